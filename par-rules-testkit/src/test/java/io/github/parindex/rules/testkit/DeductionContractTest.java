package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code deduction} rule. */
class DeductionContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("deduction");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("deduction", "perItem", "0.25"),
        rule("deduction", "perItemPercent", "30"),
        rule("deduction", "perItem", "0.5", "freeItems", "2"),
        rule("deduction", "perItem", "0"),
        rule("deduction", "perItemPercent", "100", "freeItems", "1"));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("deduction"),
        rule("deduction", "perItem", "0.25", "perItemPercent", "10"),
        rule("deduction", "perItem", "-1"),
        rule("deduction", "perItemPercent", "101"),
        rule("deduction", "perItem", "0.1", "freeItems", "1.5"));
  }
}
