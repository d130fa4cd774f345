package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.band;
import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.list;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code count-bands} rule. */
class CountBandsContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("count-bands");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("count-bands", "bands", list(band("3", "100"), band("1", "50"), band("0", "0"))),
        rule("count-bands", "bands", list(band("2", "0"), band("1", "25"), band("0", "100"))),
        rule("count-bands", "bands", list(band("0", "70"))));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("count-bands"),
        rule("count-bands", "bands", list(band("1.5", "100"), band("0", "0"))),
        rule("count-bands", "bands", list(band("1", "100"), band("2", "50"), band("0", "0"))),
        rule("count-bands", "bands", list(band("1", "100"))));
  }
}
