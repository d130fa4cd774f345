package io.github.parindex.examples.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.testkit.RuleEvaluatorContract;
import java.util.List;
import java.util.Map;

/** The rule-evaluator contract, run on the custom {@code count-target} rule. */
class CountTargetRuleContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return new CountTargetRule();
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("12"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("1"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("2.5"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.text("0.5"))));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        RuleSpec.of("count-target"),
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("0"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("-3"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.text("twelve"))),
        RuleSpec.of("count-target", Map.of("target", DataValue.decimal("12"),
            "cap", DataValue.decimal("1"))));
  }
}
