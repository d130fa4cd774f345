package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code rate-linear} rule. */
class RateLinearContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("rate-linear");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("rate-linear"),
        rule("rate-linear", "target", "1"),
        rule("rate-linear", "target", "0.8"),
        rule("rate-linear", "target", "0.8", "floor", "0.5"),
        rule("rate-linear", "floor", "0.3"),
        rule("rate-linear", "target", DataValue.text("0.95")),
        // CYCLE.md §1: full points from 110 %
        rule("rate-linear", "target", "1.1", "floor", "0.9"));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("rate-linear", "target", "0"),
        rule("rate-linear", "target", "-1.2"),
        rule("rate-linear", "floor", "1"),
        rule("rate-linear", "target", "0.5", "floor", "0.6"),
        rule("rate-linear", "flor", "0.1"));
  }
}
