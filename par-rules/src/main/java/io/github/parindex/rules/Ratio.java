package io.github.parindex.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number, numerator / denominator, for computing points without rounding until the
 * one rounding the methodology prescribes. {@code 2 × 13900 / 15600} stays exact until it is rounded to
 * 1.7821.
 *
 * <p>Guarantees: immutable; the denominator is positive; {@link #equals} and {@link #compareTo} compare
 * values (so 1/2 equals 2/4).
 */
public final class Ratio implements Comparable<Ratio> {
  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
  /** One. */
  public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

  /** Marks a ratio of small numbers found to have no finite expansion. */
  private static final BigDecimal NOT_FINITE = new BigDecimal(-1);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * An exact decimal as a ratio.
   *
   * @param value the decimal
   * @return the ratio value/1
   */
  public static Ratio of(BigDecimal value) {
    return new Ratio(Objects.requireNonNull(value, "value"), BigDecimal.ONE);
  }

  /**
   * A quotient.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return numerator / denominator
   * @throws ArithmeticException if the denominator is zero
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (denominator.signum() < 0) {
      return new Ratio(numerator.negate(), denominator.negate());
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * A quotient of whole numbers.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return numerator / denominator
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * The numerator as held (not reduced).
   *
   * @return the numerator, with its sign
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * The denominator as held (not reduced), positive.
   *
   * @return the denominator, always positive
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * The sum.
   *
   * @param other the other ratio
   * @return this + other
   */
  public Ratio add(Ratio other) {
    if (denominator.compareTo(other.denominator) == 0) {
      return new Ratio(numerator.add(other.numerator), denominator);
    }
    return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference.
   *
   * @param other the other ratio
   * @return this − other
   */
  public Ratio subtract(Ratio other) {
    return add(other.negate());
  }

  /**
   * The product.
   *
   * @param other the other ratio
   * @return this × other
   */
  public Ratio multiply(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The product with a decimal.
   *
   * @param factor the decimal
   * @return this × factor
   */
  public Ratio multiply(BigDecimal factor) {
    return new Ratio(numerator.multiply(factor), denominator);
  }

  /**
   * The quotient.
   *
   * @param other the divisor, not zero
   * @return this / other
   * @throws ArithmeticException if the divisor is zero
   */
  public Ratio divide(Ratio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * The negation.
   *
   * @return −this
   */
  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  /**
   * The smaller of two ratios.
   *
   * @param other the other ratio
   * @return min(this, other)
   */
  public Ratio min(Ratio other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two ratios.
   *
   * @param other the other ratio
   * @return max(this, other)
   */
  public Ratio max(Ratio other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * This ratio clamped to a range.
   *
   * @param low the least value
   * @param high the greatest value
   * @return max(low, min(high, this))
   */
  public Ratio clamp(Ratio low, Ratio high) {
    return max(low).min(high);
  }

  /**
   * The sign.
   *
   * @return −1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Rounds once to a number of decimals.
   *
   * @param scale the decimals
   * @param mode the rounding mode
   * @return the rounded decimal, with exactly {@code scale} decimals
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return numerator.divide(denominator, scale, mode);
  }

  /**
   * The exact decimal value, if the ratio has a finite decimal expansion of at most 30 decimals.
   *
   * @return the exact value, without trailing zeros; or {@code null}
   */
  public @Nullable BigDecimal exactDecimal() {
    if (numerator.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // value = n / d × 10^shift, with n and d the unscaled values. It has a finite expansion when d,
    // divided by gcd(n, d), is 2^a × 5^b; then n / d = u / 10^max(a, b). Found by arithmetic rather
    // than by dividing to 30 places and catching the exception: explanations call this often.
    int shift = denominator.scale() - numerator.scale();
    if (numerator.precision() <= 18 && denominator.precision() <= 18) {
      BigDecimal fast = exactSmall(numerator.unscaledValue().longValue(),
          denominator.unscaledValue().longValue(), shift);
      if (fast != null) {
        return fast == NOT_FINITE ? null : fast;
      }
    }
    BigInteger n = numerator.unscaledValue();
    BigInteger d = denominator.unscaledValue();
    BigInteger g = n.gcd(d);
    n = n.divide(g);
    d = d.divide(g);
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    BigInteger[] qr = d.divideAndRemainder(FIVE);
    while (qr[1].signum() == 0) {
      d = qr[0];
      fives++;
      qr = d.divideAndRemainder(FIVE);
    }
    if (!d.equals(BigInteger.ONE)) {
      return null;
    }
    int k = Math.max(twos, fives);
    BigInteger u = n.shiftLeft(k - twos).multiply(FIVE.pow(k - fives));
    return normalized(new BigDecimal(u, k - shift));
  }

  /**
   * {@link #exactDecimal()} for numerators and denominators of at most 18 digits.
   *
   * @return the value; {@link #NOT_FINITE}; or {@code null} when long arithmetic overflows
   */
  private static @Nullable BigDecimal exactSmall(long n, long d, int shift) {
    long a = Math.abs(n);
    long b = d;
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    n /= a;
    d /= a;
    int twos = Long.numberOfTrailingZeros(d);
    d >>= twos;
    int fives = 0;
    while (d % 5 == 0) {
      d /= 5;
      fives++;
    }
    if (d != 1) {
      return NOT_FINITE;
    }
    int k = Math.max(twos, fives);
    try {
      long u = n;
      for (int i = twos; i < k; i++) {
        u = Math.multiplyExact(u, 2);
      }
      for (int i = fives; i < k; i++) {
        u = Math.multiplyExact(u, 5);
      }
      return normalized(BigDecimal.valueOf(u, k - shift));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Without trailing zeros and never with a negative scale; {@code null} beyond 30 decimals. */
  private static @Nullable BigDecimal normalized(BigDecimal value) {
    BigDecimal q = value.stripTrailingZeros();
    if (q.scale() < 0) {
      q = q.setScale(0);
    }
    return q.scale() > 30 ? null : q;
  }

  /**
   * A decimal for explanations: exact when the expansion is finite within 30 decimals, otherwise
   * rounded half-up to {@code scale} decimals.
   *
   * @param scale the decimals used when the value is not exact
   * @return the exact value, or the value rounded half up to {@code scale} decimals
   */
  public BigDecimal toDecimal(int scale) {
    BigDecimal exact = exactDecimal();
    return exact != null ? exact : round(scale, RoundingMode.HALF_UP);
  }

  /** Compares values exactly. */
  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    BigDecimal exact = exactDecimal();
    return exact != null ? exact.hashCode() : round(30, RoundingMode.HALF_UP).hashCode();
  }

  /**
   * The value as {@code n/d}, or as a decimal when exact.
   *
   * @return the exact decimal without trailing zeros, or {@code numerator/denominator}
   */
  @Override
  public String toString() {
    BigDecimal exact = exactDecimal();
    return exact != null ? exact.toPlainString()
        : numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
