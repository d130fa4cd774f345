package io.github.parindex.projection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
 * position ⌈p·n/100⌉ (1-based; the first value for p = 0). Exact on the values themselves: no
 * interpolation, so a percentile of ranks is a rank and a percentile of published indices is a
 * published index.
 */
public final class Percentiles {
  /** The percentiles reported when none are asked for. */
  public static final List<BigDecimal> DEFAULT = List.of(BigDecimal.valueOf(5), BigDecimal.valueOf(25),
      BigDecimal.valueOf(50), BigDecimal.valueOf(75), BigDecimal.valueOf(95));

  private Percentiles() {}

  /**
   * The position of a percentile.
   *
   * @param p the percentile, 0 to 100
   * @param n the number of values, at least 1
   * @return the 0-based index into the sorted values
   */
  public static int position(BigDecimal p, int n) {
    BigDecimal rank = p.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(100), 0,
        RoundingMode.CEILING);
    return Math.max(0, Math.min(n - 1, rank.intValueExact() - 1));
  }

  /**
   * A percentile of whole values.
   *
   * @param sorted the values, ascending
   * @param p the percentile
   * @return the value
   */
  public static long of(long[] sorted, BigDecimal p) {
    return sorted[position(p, sorted.length)];
  }

  /**
   * Sorted copy.
   *
   * @param values the values
   * @return a sorted copy
   */
  public static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
