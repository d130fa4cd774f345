package io.github.parindex.model.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * Random exact decimals for generated data. Deterministic for a given {@link Random}.
 */
public final class RandomDecimals {
  private RandomDecimals() {}

  /**
   * A positive decimal with exactly the given number of decimals before normalisation, from one unit
   * of the last decimal up to about {@code 20}.
   *
   * @param random the source of randomness
   * @param decimals the number of decimals, 0 or more
   * @return the decimal, above 0
   */
  public static BigDecimal positive(Random random, int decimals) {
    long units = 20L * BigDecimal.TEN.pow(decimals).longValueExact();
    return BigDecimal.valueOf(1 + (long) (random.nextDouble() * units), decimals);
  }

  /**
   * A decimal between two bounds, both included, with at most the given number of decimals.
   *
   * @param random the source of randomness
   * @param low the lower bound
   * @param high the upper bound, at least {@code low}
   * @param decimals the number of decimals, 0 or more
   * @return the decimal, or {@code high} itself when no decimal with that many decimals lies between
   *     the bounds
   */
  public static BigDecimal between(Random random, BigDecimal low, BigDecimal high, int decimals) {
    BigDecimal lo = low.setScale(decimals, RoundingMode.CEILING);
    BigDecimal hi = high.setScale(decimals, RoundingMode.FLOOR);
    if (hi.compareTo(lo) < 0) {
      return high;
    }
    if (hi.compareTo(lo) == 0) {
      return lo;
    }
    long span = hi.subtract(lo).unscaledValue().longValueExact();
    long pick = switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> span;
      default -> (long) (random.nextDouble() * (span + 1));
    };
    return lo.add(BigDecimal.valueOf(Math.min(pick, span), decimals));
  }

  /**
   * The same value, printed with 0 to 2 more trailing zeros ({@code 0.1}, {@code 0.10},
   * {@code 0.100}); equal by {@code compareTo}, not by {@code equals}.
   *
   * @param random the source of randomness
   * @param value the value
   * @return the value with a random larger scale
   */
  public static BigDecimal rescale(Random random, BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    int scale = Math.max(plain.scale(), 0) + random.nextInt(3);
    return plain.setScale(scale);
  }
}
