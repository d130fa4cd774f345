package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Methodology;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The methodology's cap of the total and its band, decided once for both scoring passes. The passes
 * compute the total, the index and the percentages in their own arithmetic ({@code long} fixed point
 * or {@code BigDecimal}); what the methodology makes of those numbers is decided here.
 *
 * <p>Band caps (a band lowered after it is found, CYCLE.md §1) belong in {@link #band}: it is the one
 * place both passes take the band from.
 */
final class Grading {
  /** Where the cap puts a total. */
  enum Cap {
    /** The total stands. */
    NONE,
    /** The total is raised to 0. */
    TO_ZERO,
    /** The total is lowered to the applicable maximum. */
    TO_APPLICABLE_MAX
  }

  private Grading() {}

  /**
   * Where the methodology's cap puts a total: with {@code capTotal}, a total (bonus and penalty
   * included) is clamped to 0 .. the applicable maximum.
   *
   * @param m the methodology
   * @param totalSignum the sign of the total
   * @param totalVsApplicableMax the total compared with the applicable maximum (its sign)
   * @return what to do with the total
   */
  static Cap cap(Methodology m, int totalSignum, int totalVsApplicableMax) {
    if (!m.capTotal()) {
      return Cap.NONE;
    }
    if (totalSignum < 0) {
      return Cap.TO_ZERO;
    }
    return totalVsApplicableMax > 0 ? Cap.TO_APPLICABLE_MAX : Cap.NONE;
  }

  /**
   * The band of a published index: the first band, in the methodology's order, whose minimum the
   * index reaches.
   *
   * @param m the methodology
   * @param index the published index, or {@code null} when there is none
   * @return the band, or {@code null} when there is no index or no band applies
   */
  static @Nullable Band band(Methodology m, @Nullable BigDecimal index) {
    if (index == null) {
      return null;
    }
    for (Band b : m.bands()) {
      if (b.minPercent().compareTo(index) <= 0) {
        return b;
      }
    }
    return null;
  }
}
