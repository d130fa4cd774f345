package io.github.parindex.projection.internal;

import io.github.parindex.model.Methodology;
import io.github.parindex.rules.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exact arithmetic of published indices, as the scorer does it: total (capped when the methodology
 * caps it) × 100 ÷ applicable maximum, rounded once to {@code indexDecimals} with the methodology's
 * mode. Everything is {@link BigDecimal} or {@link Ratio}; nothing goes through binary floating point.
 */
public final class IndexMath {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Methodology m;
  private final BigDecimal applicableMax;

  /**
   * The arithmetic of one unit's index.
   *
   * @param m the methodology (its decimals, rounding mode and cap)
   * @param applicableMax the unit's applicable maximum, positive
   * @throws IllegalArgumentException if the applicable maximum is not positive
   */
  public IndexMath(Methodology m, BigDecimal applicableMax) {
    if (applicableMax.signum() <= 0) {
      throw new IllegalArgumentException("the applicable maximum must be positive");
    }
    this.m = m;
    this.applicableMax = applicableMax;
  }

  /**
   * The published index of a total, exactly as the scorer computes it.
   *
   * @param total a total of points, uncapped
   * @return the index at {@code indexDecimals}
   */
  public BigDecimal published(BigDecimal total) {
    return Ratio.of(capped(total).multiply(HUNDRED), applicableMax)
        .round(m.indexDecimals(), m.rounding());
  }

  /**
   * The total as the scorer keeps it.
   *
   * @param total a total of points, uncapped
   * @return the total clamped to 0 .. the applicable maximum when the methodology caps totals, else
   *     the total itself
   */
  public BigDecimal capped(BigDecimal total) {
    return m.capTotal() ? total.max(BigDecimal.ZERO).min(applicableMax) : total;
  }

  /**
   * A value rounded up to the point grid.
   *
   * @param value the value
   * @return the least multiple of 10<sup>−pointDecimals</sup> at least {@code value}
   */
  public BigDecimal pointCeiling(BigDecimal value) {
    return value.setScale(m.pointDecimals(), RoundingMode.CEILING);
  }

  /**
   * A value rounded up to the published-index grid.
   *
   * @param value the value
   * @return the least multiple of 10<sup>−indexDecimals</sup> at least {@code value}
   */
  public BigDecimal indexCeiling(BigDecimal value) {
    return value.setScale(m.indexDecimals(), RoundingMode.CEILING);
  }

  /**
   * The least total on the point grid whose published index is at least {@code index}; the published
   * index is a non-decreasing function of the total, so a binary search over the grid is exact for
   * every rounding mode.
   *
   * @param index the index
   * @return the total, at {@code pointDecimals}; {@code null} when no total reaches it (an index above
   *     100 under a capped methodology)
   */
  public @Nullable BigDecimal leastTotalFor(BigDecimal index) {
    BigDecimal target = indexCeiling(index);
    int scale = m.pointDecimals();
    long hi;
    if (m.capTotal()) {
      hi = applicableMax.movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
    } else {
      hi = target.add(BigDecimal.ONE).multiply(applicableMax).divide(HUNDRED)
          .movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
    }
    if (published(units(hi)).compareTo(target) < 0) {
      return null;
    }
    long lo = 0;
    if (published(units(lo)).compareTo(target) >= 0) {
      return units(lo);
    }
    // Invariant: published(lo) < target <= published(hi).
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (published(units(mid)).compareTo(target) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return units(hi);
  }

  private BigDecimal units(long u) {
    return BigDecimal.valueOf(u, m.pointDecimals());
  }

  /**
   * A peer's index after a change.
   *
   * @param index the peer's published index
   * @param change the change, in index points
   * @return the moved index rounded exactly to the index grid with the methodology's mode, within
   *     0 .. 100 when the methodology caps totals
   */
  public BigDecimal movedPeer(BigDecimal index, BigDecimal change) {
    BigDecimal moved = index.add(change).setScale(m.indexDecimals(), m.rounding());
    if (m.capTotal()) {
      moved = moved.max(BigDecimal.ZERO.setScale(m.indexDecimals()))
          .min(HUNDRED.setScale(m.indexDecimals()));
    }
    return moved;
  }

  /**
   * A competition rank.
   *
   * @param index the unit's index
   * @param peers the peers' indices
   * @return 1 + the number of peers whose index is strictly higher
   */
  public static int rank(BigDecimal index, List<BigDecimal> peers) {
    int higher = 0;
    for (BigDecimal p : peers) {
      if (p.compareTo(index) > 0) {
        higher++;
      }
    }
    return 1 + higher;
  }

  /**
   * The {@code r}-th highest of some indices (equal indices counted one by one), by selection in
   * expected linear time; the array is reordered.
   *
   * @param indices the indices, reordered in place
   * @param r the position from the top, from 1 to {@code indices.length}
   * @return the index at position {@code r} of the indices sorted highest first
   * @throws IllegalArgumentException if {@code r} is out of range
   */
  public static BigDecimal highest(BigDecimal[] indices, int r) {
    if (r < 1 || r > indices.length) {
      throw new IllegalArgumentException("position " + r + " among " + indices.length);
    }
    int k = r - 1;
    int lo = 0;
    int hi = indices.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      BigDecimal pivot = medianOfThree(indices[lo], indices[mid], indices[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (indices[i].compareTo(pivot) > 0) {
          i++;
        }
        while (indices[j].compareTo(pivot) < 0) {
          j--;
        }
        if (i <= j) {
          BigDecimal t = indices[i];
          indices[i] = indices[j];
          indices[j] = t;
          i++;
          j--;
        }
      }
      // Now [lo, j] >= pivot, [i, hi] <= pivot, and (j, i) == pivot.
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return indices[k];
      }
    }
    return indices[k];
  }

  private static BigDecimal medianOfThree(BigDecimal a, BigDecimal b, BigDecimal c) {
    if (a.compareTo(b) > 0) {
      BigDecimal t = a;
      a = b;
      b = t;
    }
    if (b.compareTo(c) > 0) {
      b = c;
    }
    return a.compareTo(b) > 0 ? a : b;
  }

  /**
   * A competition rank among indices sorted highest first, by binary search.
   *
   * @param index the unit's index
   * @param descending the peers' indices, highest first
   * @return 1 + the number of peers whose index is strictly higher
   */
  public static int rankSorted(BigDecimal index, BigDecimal[] descending) {
    int lo = 0;
    int hi = descending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (descending[mid].compareTo(index) > 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return 1 + lo;
  }

  /**
   * The methodology.
   *
   * @return the methodology whose arithmetic this is
   */
  public Methodology methodology() {
    return m;
  }

  /**
   * The applicable maximum.
   *
   * @return the unit's applicable maximum, positive
   */
  public BigDecimal applicableMax() {
    return applicableMax;
  }
}
