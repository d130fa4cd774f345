package io.github.parindex.rules.builtin;

import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The built-in rule types, in the order of the catalogue. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * New instances of every built-in evaluator.
   *
   * @return the evaluators
   */
  public static List<RuleEvaluator> all() {
    return List.of();
  }
}
