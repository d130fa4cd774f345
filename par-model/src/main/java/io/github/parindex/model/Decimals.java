package io.github.parindex.model;

import java.math.BigDecimal;

/** Small helpers for exact decimals, shared by the model. */
final class Decimals {
  private Decimals() {}

  /** The value without trailing zeros and never with a negative scale, so that 1.50 equals 1.5. */
  static BigDecimal normalize(BigDecimal value) {
    int scale = value.scale();
    if (scale == 0) {
      // A whole number: stripping its zeros and setting the scale back to 0 gives it again.
      return value;
    }
    if (scale > 0 && value.precision() <= 18
        && value.scaleByPowerOfTen(scale).longValue() % 10 != 0) {
      // The unscaled value ends in a digit other than 0: already normalised, and kept — no second
      // object for every decimal a reader makes (scaleByPowerOfTen(scale) is that unscaled value
      // at scale 0, which fits a long at this precision; no BigInteger is made).
      return value;
    }
    BigDecimal n = value.stripTrailingZeros();
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  static boolean isNormalized(BigDecimal value) {
    return value.equals(normalize(value));
  }
}
