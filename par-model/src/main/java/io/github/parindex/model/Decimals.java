package io.github.parindex.model;

import java.math.BigDecimal;

/** Small helpers for exact decimals, shared by the model. */
final class Decimals {
  private Decimals() {}

  /** The value without trailing zeros and never with a negative scale, so that 1.50 equals 1.5. */
  static BigDecimal normalize(BigDecimal value) {
    if (value.scale() == 0) {
      // A whole number: stripping its zeros and setting the scale back to 0 gives it again.
      return value;
    }
    BigDecimal n = value.stripTrailingZeros();
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  static boolean isNormalized(BigDecimal value) {
    return value.equals(normalize(value));
  }
}
