package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code reduction-target} rule. */
class ReductionTargetContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("reduction-target");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("reduction-target", "target", "0.10"),
        rule("reduction-target", "target", "1"),
        rule("reduction-target", "target", "0.025"));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("reduction-target"),
        rule("reduction-target", "target", "0"),
        rule("reduction-target", "target", "1.1"));
  }
}
