package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Methodology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The methodology's cap of the total and its band, decided once for both scoring passes. The passes
 * compute the total, the index and the percentages in their own arithmetic ({@code long} fixed point
 * or {@code BigDecimal}); what the methodology makes of those numbers is decided here.
 *
 * <p>Both passes take the band from the index here ({@link #band}); the band caps (CYCLE.md §1) are
 * applied to it here too ({@link #caps}), once, from the figures both passes share.
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

  /**
   * The band caps whose condition holds, applied in the methodology's order to the band found from
   * the index: each lowers the band to its {@code atMost} when that is lower (later in the
   * methodology's list of bands). The index is untouched.
   *
   * @param m the methodology
   * @param indexBand the band found from the index; {@code null} when there is none (no cap applies)
   * @param penalty the total penalty points, {@code null} when unknown
   * @param alerts the alerts raised (on the band before caps)
   * @param percentOf a node's published percent by code, {@code null} when unknown
   * @return every cap that held, in order, with the band before and after it
   */
  static List<AppliedCap> caps(Methodology m, @Nullable Band indexBand,
      @Nullable BigDecimal penalty, List<RaisedAlert> alerts,
      Function<String, @Nullable BigDecimal> percentOf) {
    if (indexBand == null || m.bandCaps().isEmpty()) {
      return List.of();
    }
    List<AppliedCap> out = new ArrayList<>();
    Band current = indexBand;
    for (BandCap cap : m.bandCaps()) {
      if (!holds(cap.when(), penalty, alerts, percentOf)) {
        continue;
      }
      Band limit = bandOf(m, cap.atMost());
      // bands are listed from the highest: a later band is a lower one
      Band after = m.bands().indexOf(limit) > m.bands().indexOf(current) ? limit : current;
      out.add(new AppliedCap(cap, current, after));
      current = after;
    }
    return List.copyOf(out);
  }

  private static boolean holds(CapCondition when, @Nullable BigDecimal penalty,
      List<RaisedAlert> alerts, Function<String, @Nullable BigDecimal> percentOf) {
    if (when instanceof CapCondition.AlertRaised a) {
      return alerts.stream().anyMatch(r -> a.id().equals(r.id()));
    }
    if (when instanceof CapCondition.PenaltyAbove p) {
      return penalty != null && penalty.compareTo(p.points()) > 0;
    }
    CapCondition.NodesBelow n = (CapCondition.NodesBelow) when;
    return Alerts.anyBelow(n.codes(), n.belowPercent(), percentOf);
  }

  private static Band bandOf(Methodology m, String code) {
    for (Band b : m.bands()) {
      if (b.code().equals(code)) {
        return b;
      }
    }
    throw new IllegalStateException("a checked methodology's cap names band " + code);
  }
}
