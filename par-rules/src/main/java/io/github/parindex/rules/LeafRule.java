package io.github.parindex.rules;

import io.github.parindex.model.Observation;
import org.jspecify.annotations.Nullable;

/**
 * A rule prepared for one leaf: its parameters parsed and checked once. Implementations must be
 * immutable, pure and thread-safe: the same observation always gives the same evaluation.
 */
@FunctionalInterface
public interface LeafRule {
  /**
   * Scores one observation exactly.
   *
   * @param observation an observation of one of the evaluator's {@linkplain
   *     RuleEvaluator#acceptedKinds() accepted kinds}; never {@code points} or {@code notApplicable},
   *     which the framework handles for every rule
   * @return the exact points, within 0 and the leaf's maximum, and their explanation
   * @throws RuleInputException if this observation cannot be scored by the rule
   */
  Evaluation evaluate(Observation observation);

  /**
   * This rule's exact fixed-point form, if it has one. Called once per leaf when a scorer is built;
   * the kernel must agree with {@link #evaluate} as {@link LeafKernel} says (the test kit checks it).
   *
   * @return a kernel for this leaf at its methodology's {@code pointDecimals} and rounding mode; or
   *     {@code null} (the default), and the leaf is scored through {@link #evaluate}
   */
  default @Nullable LeafKernel kernel() {
    return null;
  }
}
