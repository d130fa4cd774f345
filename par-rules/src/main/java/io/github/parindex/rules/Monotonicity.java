package io.github.parindex.rules;

/**
 * How a rule's points move with the amount an observation declares (a rate, a count, the share of a
 * numerator in its denominator, yes over no, the reduction from a baseline). The contract test kit
 * checks a declared monotonicity on generated observations.
 */
public enum Monotonicity {
  /** No promise. */
  NONE,
  /** More never earns fewer points (rates, counts of achievements). */
  INCREASING,
  /** More never earns more points (counts of violations). */
  DECREASING
}
