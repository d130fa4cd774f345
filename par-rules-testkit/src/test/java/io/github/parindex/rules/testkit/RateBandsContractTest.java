package io.github.parindex.rules.testkit;

import static io.github.parindex.rules.testkit.Specs.band;
import static io.github.parindex.rules.testkit.Specs.builtIn;
import static io.github.parindex.rules.testkit.Specs.list;
import static io.github.parindex.rules.testkit.Specs.rule;

import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import java.util.List;

/** The contract, on the built-in {@code rate-bands} rule. */
class RateBandsContractTest extends RuleEvaluatorContract {
  @Override
  protected RuleEvaluator evaluator() {
    return builtIn("rate-bands");
  }

  @Override
  protected List<RuleSpec> validSpecs() {
    return List.of(
        rule("rate-bands", "bands", list(band("1", "100"), band("0.9", "50"), band("0", "0"))),
        rule("rate-bands", "bands", list(band("0", "100"))),
        rule("rate-bands", "bands", list(band("0.8", "100"), band("0.5", "60"), band("0", "10"))),
        rule("rate-bands", "bands", list(band("0.5", "0"), band("0", "100"))),
        // CYCLE.md §1: revenue at 110 % of the estimate
        rule("rate-bands", "bands", list(band("1.1", "100"), band("1", "80"), band("0", "0"))));
  }

  @Override
  protected List<RuleSpec> invalidSpecs() {
    return List.of(
        rule("rate-bands"),
        rule("rate-bands", "bands", list()),
        rule("rate-bands", "bands", list(band("1", "100"))),
        rule("rate-bands", "bands", list(band("0.5", "50"), band("0.5", "20"), band("0", "0"))),
        rule("rate-bands", "bands", list(band("-2", "10"), band("0", "0"))),
        rule("rate-bands", "bands", list(band("0", "101"))));
  }
}
