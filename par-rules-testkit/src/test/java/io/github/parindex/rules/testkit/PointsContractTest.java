package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code points} rule. */
class PointsContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("points");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("points"));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("points", "max", "1"));
  }
}
