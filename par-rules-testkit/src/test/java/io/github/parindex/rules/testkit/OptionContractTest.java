package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.obj;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code option} rule. */
class OptionContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("option");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("option", "options", obj("A", "100", "B", "75", "C", "50", "D", "0")),
        rule("option", "options", obj("X", "40")),
        rule("option", "options", obj("tốt", "100", "đạt", "62.5")));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("option"),
        rule("option", "options", obj()),
        rule("option", "options", obj("A", "101")),
        rule("option", "options", DataValue.text("A")));
  }
}
