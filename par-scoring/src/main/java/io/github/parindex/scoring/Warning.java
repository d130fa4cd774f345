package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * Something a reader of a scorecard must know: its figures are computed, but rest on an assumption or
 * an incomplete input.
 *
 * @param kind what kind of warning
 * @param message the message
 * @param codes the codes concerned, in document order
 */
public record Warning(Kind kind, LocalizedText message, List<String> codes) {
  /** Kinds of warning. */
  public enum Kind {
    /** The methodology does not itemise all of its points. */
    INCOMPLETE_METHODOLOGY,
    /** Leaves scored by the FULL or ZERO policy without an observation. */
    MISSING_OBSERVATIONS,
    /** Unitemised remainders scored by the FULL or ZERO policy without points. */
    MISSING_REMAINDERS,
    /** Parts whose points are unknown: totals above them are not computed. */
    UNKNOWN_PARTS,
    /** Reported figures that do not match what was computed. */
    RECONCILIATION_MISMATCH,
    /** Unexplained reported deficits charged to unitemised remainders. */
    DEFICIT_CHARGED,
    /** Every leaf is not applicable: there is no index. */
    NOTHING_APPLICABLE,
    /** The total was clamped to 0 .. the applicable maximum. */
    TOTAL_CAPPED
  }

  /**
   * Validates and copies.
   *
   * @param kind the kind
   * @param message the message
   * @param codes the codes
   */
  public Warning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    codes = List.copyOf(codes);
  }
}
