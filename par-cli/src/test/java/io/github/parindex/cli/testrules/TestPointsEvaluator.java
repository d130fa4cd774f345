package io.github.parindex.cli.testrules;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import java.util.Set;

/**
 * A test-only rule type, {@code test-points}: takes no parameters, accepts {@code yes}; yes scores
 * the leaf's maximum, no scores 0. Registered through the test class path's
 * {@code META-INF/services}, so the tests do not depend on which built-in types exist.
 */
public final class TestPointsEvaluator implements RuleEvaluator {
  /** Creates the evaluator (for {@link java.util.ServiceLoader}). */
  public TestPointsEvaluator() {}

  @Override
  public String type() {
    return "test-points";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.YES);
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters.of(spec).done();
    Ratio max = Ratio.of(leaf.maxPoints());
    return observation -> {
      boolean yes = ((Observation.YesNo) observation).yes();
      return Evaluation.of(yes ? max : Ratio.ZERO)
          .sentence(yes ? "có" : "không", yes ? "yes" : "no").build();
    };
  }
}
