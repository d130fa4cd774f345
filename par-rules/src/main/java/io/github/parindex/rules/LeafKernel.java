package io.github.parindex.rules;

import io.github.parindex.model.Observation;

/**
 * A prepared rule in exact fixed-point arithmetic: a leaf's points as a whole number of
 * 10<sup>−d</sup>, {@code d} being the methodology's {@code pointDecimals}, computed in {@code long}
 * and rounded once with the methodology's rounding mode. It is the optional fast form of a
 * {@link LeafRule}, which supplies it through {@link LeafRule#kernel()}; the scorer uses it for every
 * leaf that has one and falls back to {@link LeafRule#evaluate} otherwise. The nine built-in rules
 * supply one each.
 *
 * <p>The contract, which the test kit's {@code RuleEvaluatorContract} checks for every kernel a rule
 * supplies: for every observation the rule accepts (never {@code notApplicable}, nor {@code points}
 * unless the rule itself scores points), {@link #points} either
 *
 * <ul>
 *   <li>returns exactly {@code evaluate(o).points().round(d, mode)} × 10<sup>d</sup>;
 *   <li>returns {@link #REFUSED} — only when {@code evaluate(o)} throws {@link RuleInputException};
 *   <li>or throws {@link ArithmeticException} when {@code long} arithmetic is not enough (an overflow,
 *       a number with more decimals than it can hold): the scorer then scores that leaf through
 *       {@code evaluate}, in {@code BigDecimal}.
 * </ul>
 *
 * <p>Implementations must be immutable, pure and thread-safe; they round once, never compute through
 * {@code double}, and never wrap silently on overflow ({@link Math#multiplyExact} and friends).
 */
@FunctionalInterface
public interface LeafKernel {
  /** Returned for an observation the rule refuses (its {@code evaluate} throws). */
  long REFUSED = -1;

  /**
   * Scores an observation in fixed point.
   *
   * @param observation an observation of a kind the rule accepts
   * @return the points × 10<sup>d</sup>, from 0 to the leaf's maximum × 10<sup>d</sup>; or
   *     {@link #REFUSED}
   * @throws ArithmeticException if {@code long} arithmetic cannot give the exact result
   */
  long points(Observation observation);
}
