package io.github.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reported figure compared with what was computed. A reported value is matched within its own
 * printed precision: 9.48 (2 decimals) matches any computed value within 0.005 of it.
 *
 * <p>A reported deficit that the itemised leaves do not explain is reported as {@link #unexplained()};
 * under the FULL missing policy it is charged to the node's unitemised remainder (when the remainder
 * was assumed full and can absorb it), so that the node's points equal the reported ones — and the charge
 * is recorded in {@link #chargedToRemainder()}. Nothing is silently corrected.
 *
 * @param code the node's code
 * @param reportedPoints the printed points, or {@code null}
 * @param computedPoints the computed points (after any charge), or {@code null} when unknown
 * @param pointsMatch whether the points match, or {@code null} when not reported or not computable
 * @param reportedDeficit the printed deficit, or {@code null}
 * @param computedDeficit the computed deficit (after any charge), or {@code null} when unknown
 * @param deficitMatch whether the deficit matches, or {@code null} when not reported or not computable
 * @param unexplained the reported deficit less the deficit of the itemised parts before any charge, when
 *     they differ beyond the printed precision; otherwise {@code null}
 * @param chargedToRemainder the points charged to the node's remainder, or {@code null}
 */
public record Reconciliation(String code, @Nullable BigDecimal reportedPoints,
    @Nullable BigDecimal computedPoints, @Nullable Boolean pointsMatch,
    @Nullable BigDecimal reportedDeficit, @Nullable BigDecimal computedDeficit,
    @Nullable Boolean deficitMatch, @Nullable BigDecimal unexplained,
    @Nullable BigDecimal chargedToRemainder) {
  /**
   * Validates.
   *
   * @param code the code
   * @param reportedPoints the printed points
   * @param computedPoints the computed points
   * @param pointsMatch whether the points match
   * @param reportedDeficit the printed deficit
   * @param computedDeficit the computed deficit
   * @param deficitMatch whether the deficit matches
   * @param unexplained the unexplained deficit
   * @param chargedToRemainder the charge
   */
  public Reconciliation {
    Objects.requireNonNull(code, "code");
  }

  /**
   * Whether every reported figure of the node matches.
   *
   * @return true when no figure mismatches or is uncomputable
   */
  public boolean matches() {
    return !Boolean.FALSE.equals(pointsMatch) && !Boolean.FALSE.equals(deficitMatch)
        && (reportedPoints == null || pointsMatch != null)
        && (reportedDeficit == null || deficitMatch != null);
  }
}
