package io.github.parindex.rules.builtin;

import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The built-in rule types, in the order of the catalogue. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * New instances of every built-in evaluator, in the catalogue's order: {@code yes-no},
   * {@code option}, {@code rate-linear}, {@code rate-bands}, {@code count-bands}, {@code deduction},
   * {@code reduction-target}, {@code survey}, {@code points}.
   *
   * @return the evaluators
   */
  public static List<RuleEvaluator> all() {
    return List.of(new YesNoRule(), new OptionRule(), new RateLinearRule(), new RateBandsRule(),
        new CountBandsRule(), new DeductionRule(), new ReductionTargetRule(), new SurveyRule(),
        new PointsRule());
  }
}
