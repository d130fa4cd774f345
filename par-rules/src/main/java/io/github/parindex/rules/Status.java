package io.github.parindex.rules;

/** The status of a scored node. */
public enum Status {
  /** All applicable points earned (points = applicable max &gt; 0). */
  FULL,
  /** Some points earned. */
  PARTIAL,
  /** No points earned, with an applicable max above 0. */
  ZERO,
  /** The node does not apply: its applicable max is 0. */
  NOT_APPLICABLE,
  /** A leaf or remainder scored by the FULL or ZERO missing policy, without an observation. */
  MISSING,
  /** The points are not known and were not assumed (see {@code Submission#unknown()}). */
  UNKNOWN,
  /** Zeroed for want of an accepted evidence document (CYCLE.md §3); its basis says so too. */
  NO_EVIDENCE
}
