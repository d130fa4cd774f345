package io.github.parindex.model;

/**
 * What a leaf, or a node's unitemised remainder, scores when a submission has no observation for it.
 * BONUS and PENALTY leaves without an observation always score 0, whatever the policy.
 */
public enum MissingPolicy {
  /** No evidence, no points: official practice, and the default. */
  ZERO,
  /** Full marks: for deficit-only inputs, such as a plan that lists only the leaves that lost points. */
  FULL,
  /** A missing observation is an error. */
  ERROR
}
