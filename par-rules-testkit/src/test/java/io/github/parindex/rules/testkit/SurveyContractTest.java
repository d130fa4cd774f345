package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.obj;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code survey} rule. */
class SurveyContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("survey");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("survey", "options", obj("A", "100", "B", "60", "C", "20", "D", "0")),
        rule("survey"),
        rule("survey", "options", obj("YES", "100", "NO", "0")));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("survey", "options", obj("A", "150")),
        rule("survey", "options", obj()),
        rule("survey", "weights", obj("A", "1")));
  }
}
