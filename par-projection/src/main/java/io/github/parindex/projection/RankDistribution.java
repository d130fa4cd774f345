package io.github.parindex.projection;

import io.github.parindex.projection.internal.Percentiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How a unit's rank is distributed over random draws: percentiles (nearest rank), a histogram, the
 * mean, and — when a target rank is given — how often the rank is at that target or better.
 *
 * <p>Guarantees: immutable; computed from the draws in draw order, so the same draws give equal
 * distributions.
 */
public final class RankDistribution {
  private final int draws;
  private final Integer targetRank;
  private final int reached;
  private final double mean;
  private final Map<BigDecimal, Integer> percentiles;
  private final SortedMap<Integer, Integer> histogram;

  private RankDistribution(int draws, Integer targetRank, int reached, double mean,
      Map<BigDecimal, Integer> percentiles, SortedMap<Integer, Integer> histogram) {
    this.draws = draws;
    this.targetRank = targetRank;
    this.reached = reached;
    this.mean = mean;
    this.percentiles = Collections.unmodifiableMap(percentiles);
    this.histogram = Collections.unmodifiableSortedMap(histogram);
  }

  /**
   * Summarises the ranks of the draws: the histogram and the mean over every draw, the percentiles by
   * the nearest-rank method (each an exact rank of some draw), and how many draws reached the target.
   *
   * @param ranks one rank per draw, in draw order; not empty
   * @param targetRank the target rank, or {@code null}
   * @param percentiles the percentiles to report, each 0 to 100
   * @return the distribution
   * @throws IllegalArgumentException if there are no draws
   */
  public static RankDistribution of(int[] ranks, @Nullable Integer targetRank,
      List<BigDecimal> percentiles) {
    if (ranks.length == 0) {
      throw new IllegalArgumentException("no draws");
    }
    long[] values = new long[ranks.length];
    SortedMap<Integer, Integer> histogram = new TreeMap<>();
    int reached = 0;
    double sum = 0;
    for (int i = 0; i < ranks.length; i++) {
      values[i] = ranks[i];
      histogram.merge(ranks[i], 1, Integer::sum);
      if (targetRank != null && ranks[i] <= targetRank) {
        reached++;
      }
      sum += ranks[i];
    }
    long[] sorted = Percentiles.sorted(values);
    Map<BigDecimal, Integer> ps = new LinkedHashMap<>();
    for (BigDecimal p : percentiles) {
      ps.put(p, (int) Percentiles.of(sorted, p));
    }
    return new RankDistribution(ranks.length, targetRank, reached, sum / ranks.length, ps, histogram);
  }

  /**
   * The number of draws.
   *
   * @return the draws
   */
  public int draws() {
    return draws;
  }

  /**
   * The target rank, if one was given.
   *
   * @return the target rank, or {@code null}
   */
  public Integer targetRank() {
    return targetRank;
  }

  /**
   * The number of draws whose rank is at the target or better.
   *
   * @return the count; 0 without a target
   */
  public int reached() {
    return reached;
  }

  /**
   * The share of draws whose rank is at the target or better, rounded half-up to 4 decimals.
   *
   * @return the probability, or {@code null} without a target
   */
  public BigDecimal probability() {
    return targetRank == null ? null : BigDecimal.valueOf(reached)
        .divide(BigDecimal.valueOf(draws), 4, RoundingMode.HALF_UP);
  }

  /**
   * The mean rank (an estimate, in floating point).
   *
   * @return the mean
   */
  public double mean() {
    return mean;
  }

  /**
   * Rank percentiles by the nearest-rank method, in the order asked.
   *
   * @return percentile (0 to 100) → rank
   */
  public Map<BigDecimal, Integer> percentiles() {
    return percentiles;
  }

  /**
   * How many draws gave each rank.
   *
   * @return rank → count, ranks ascending
   */
  public SortedMap<Integer, Integer> histogram() {
    return histogram;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RankDistribution r && draws == r.draws
        && Objects.equals(targetRank, r.targetRank) && reached == r.reached
        && Double.compare(mean, r.mean) == 0 && percentiles.equals(r.percentiles)
        && histogram.equals(r.histogram);
  }

  @Override
  public int hashCode() {
    return Objects.hash(draws, targetRank, reached, mean, percentiles, histogram);
  }

  @Override
  public String toString() {
    return "RankDistribution{draws=" + draws + ", percentiles=" + percentiles + ", probability="
        + probability() + "}";
  }
}
