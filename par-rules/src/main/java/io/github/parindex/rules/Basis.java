package io.github.parindex.rules;

/** What a leaf's points were decided by. */
public enum Basis {
  /** The leaf's rule, applied to its observation. */
  RULE,
  /** Points set directly on a leaf whose rule scores other data: the appraiser's override. */
  OVERRIDE,
  /** The leaf was declared not applicable. */
  NOT_APPLICABLE,
  /** No observation; the submission's missing policy FULL gave full marks. */
  MISSING_FULL,
  /** No observation; the submission's missing policy ZERO gave no points. */
  MISSING_ZERO,
  /** A BONUS or PENALTY leaf without an observation: no bonus, no penalty. */
  NO_BONUS_OR_PENALTY,
  /**
   * A leaf that needs evidence ({@code evidenceRequired}) without an accepted document at an
   * appraised stage: 0 points whatever its observation gave (CYCLE.md §3).
   */
  NO_EVIDENCE
}
