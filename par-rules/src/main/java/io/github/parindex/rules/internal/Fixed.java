package io.github.parindex.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic in {@code long}, for the built-in rules' kernels and the compiled
 * scorer: a decimal {@code x} at scale {@code s} is the integer {@code x × 10^s}. Every operation is
 * exact or throws {@link ArithmeticException} (overflow, a value with more decimals than the scale, an
 * unnecessary rounding that is necessary), so that the caller can fall back to {@link BigDecimal};
 * nothing is ever silently wrapped or truncated.
 *
 * <p>Not API: exported only to par-scoring.
 */
public final class Fixed {
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Fixed() {}

  /**
   * 10 to a power.
   *
   * @param n the power, 0..18
   * @return 10^n
   * @throws ArithmeticException if 10^n does not fit in a long
   */
  public static long pow10(int n) {
    if (n < 0 || n >= POW10.length) {
      throw new ArithmeticException("10^" + n + " does not fit in a long");
    }
    return POW10[n];
  }

  /**
   * The unscaled value of a decimal, {@code v × 10^v.scale()}, for a decimal of scale at least 0.
   *
   * @param v the decimal
   * @return its unscaled value
   * @throws ArithmeticException if it does not fit in a long or the scale is negative
   */
  public static long unscaled(BigDecimal v) {
    int scale = v.scale();
    if (scale == 0) {
      return v.longValueExact();
    }
    if (scale < 0) {
      // Not an unscaled value at a scale of its own (the model never holds one: it normalises).
      throw new ArithmeticException("negative scale " + scale);
    }
    // A new BigDecimal of scale 0 that never escapes: compiled code scalar-replaces it.
    return v.scaleByPowerOfTen(scale).longValueExact();
  }

  /**
   * A decimal at a scale: {@code v × 10^scale}, exactly.
   *
   * @param v the decimal
   * @param scale the scale
   * @return the fixed-point value
   * @throws ArithmeticException if {@code v} has more decimals than {@code scale} or the result does
   *     not fit
   */
  public static long of(BigDecimal v, int scale) {
    BigDecimal w = v;
    if (w.scale() > scale) {
      w = w.stripTrailingZeros();
      if (w.scale() > scale) {
        throw new ArithmeticException(v.toPlainString() + " has more than " + scale + " decimals");
      }
    }
    if (w.scale() < 0) {
      w = w.setScale(0);
    }
    return Math.multiplyExact(unscaled(w), pow10(scale - w.scale()));
  }

  /**
   * A fixed-point value as a decimal.
   *
   * @param value the value at {@code scale}
   * @param scale the scale
   * @return the decimal, with exactly that scale
   */
  public static BigDecimal decimal(long value, int scale) {
    return BigDecimal.valueOf(value, scale);
  }

  /**
   * {@code num / den} rounded to a whole number, as {@link BigDecimal#divide(BigDecimal, int,
   * RoundingMode)} would to scale 0.
   *
   * @param num the dividend
   * @param den the divisor, positive
   * @param mode the rounding mode
   * @return the rounded quotient
   * @throws ArithmeticException for {@link RoundingMode#UNNECESSARY} when the division is inexact
   */
  public static long divide(long num, long den, RoundingMode mode) {
    long q = num / den;
    long r = num - q * den;
    if (r == 0) {
      return q;
    }
    long sign = num < 0 ? -1 : 1;
    long abs = Math.abs(r);
    // compare 2|r| with den without overflow: |r| against den - |r|
    int half = Long.compare(abs, den - abs);
    boolean away;
    switch (mode) {
      case UP:
        away = true;
        break;
      case DOWN:
        away = false;
        break;
      case CEILING:
        away = sign > 0;
        break;
      case FLOOR:
        away = sign < 0;
        break;
      case HALF_UP:
        away = half >= 0;
        break;
      case HALF_DOWN:
        away = half > 0;
        break;
      case HALF_EVEN:
        away = half > 0 || (half == 0 && (q & 1) != 0);
        break;
      default:
        throw new ArithmeticException("Rounding necessary");
    }
    return away ? q + sign : q;
  }
}
