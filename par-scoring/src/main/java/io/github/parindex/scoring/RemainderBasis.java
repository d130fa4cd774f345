package io.github.parindex.scoring;

/** What decided the points of a node's unitemised remainder. */
public enum RemainderBasis {
  /** Given in the submission's {@code unitemised} member. */
  GIVEN,
  /** Not given; full marks under the FULL missing policy. */
  MISSING_FULL,
  /** Not given; no points under the ZERO missing policy. */
  MISSING_ZERO,
  /**
   * Full marks under the FULL policy, less a reported deficit that the itemised leaves do not explain
   * (see {@link Reconciliation#chargedToRemainder()}).
   */
  CHARGED,
  /** A BONUS or PENALTY remainder without points: no bonus, no penalty. */
  NO_BONUS_OR_PENALTY,
  /** Not known, and not assumed. */
  UNKNOWN
}
