package io.github.parindex.projection.internal;

import java.math.BigDecimal;

/** How the projection outputs write a decimal that has no fixed number of decimals (costs, targets). */
public final class Decimals {
  private Decimals() {}

  /**
   * A decimal without trailing zeros, never in exponent notation: {@code 2.50} is {@code 2.5},
   * {@code 1E+2} is {@code 100}.
   *
   * @param value the value
   * @return the same value at the least scale of at least 0 that holds it exactly
   */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
