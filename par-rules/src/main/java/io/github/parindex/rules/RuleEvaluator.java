package io.github.parindex.rules;

import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.ValidationException;
import java.util.Set;

/**
 * The service-provider interface of a rule type: turns a leaf's declared data into points.
 *
 * <p>An evaluator is looked up by {@link #type()} in a {@link RuleRegistry}; a data file names only the
 * type, never a class. Implementations must be stateless and thread-safe. The framework, not the
 * evaluator, handles what every rule shares: {@code notApplicable}, the appraiser's {@code points}
 * override, the missing policy, the range check and the one rounding to the methodology's decimals.
 *
 * <p>To add a type: implement this interface with a public no-argument constructor, list the class in
 * {@code META-INF/services/io.github.parindex.rules.RuleEvaluator}, and extend the test kit's
 * {@code RuleEvaluatorContract} in your tests.
 */
public interface RuleEvaluator {
  /**
   * The type name methodology files use, e.g. {@code rate-linear}: lower case letters, digits and
   * {@code -}.
   *
   * @return the type name, the same on every call
   */
  String type();

  /**
   * The observation kinds this rule scores itself. {@code points} (an override) and
   * {@code notApplicable} are always accepted in addition and never reach the evaluator, except that a
   * rule may list {@code POINTS} as its own input (as the {@code points} type does).
   *
   * @return the accepted kinds, never empty, never {@code notApplicable}
   */
  Set<ObservationKind> acceptedKinds();

  /**
   * How points move with the declared amount, checked by the test kit.
   *
   * @return the monotonicity, {@link Monotonicity#NONE} by default
   */
  default Monotonicity monotonicity() {
    return Monotonicity.NONE;
  }

  /**
   * Checks a rule's parameters and prepares the rule for one leaf.
   *
   * @param spec the rule as written in the methodology
   * @param leaf the leaf and its methodology
   * @return the prepared rule: immutable, pure and thread-safe
   * @throws ValidationException listing every parameter problem, with JSON pointers relative to the
   *     rule object (e.g. {@code /bands/1/min}); see {@link Parameters}
   */
  LeafRule prepare(RuleSpec spec, LeafContext leaf);
}
