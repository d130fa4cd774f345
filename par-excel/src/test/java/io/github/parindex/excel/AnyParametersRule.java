package io.github.parindex.excel;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import java.util.Set;

/**
 * A test double for a rule type an application registers: any name, any parameters (kept, never
 * checked), scored by points set directly. Lets the criteria sheet's tests carry custom types and
 * parameters of every shape the sheet holds.
 */
final class AnyParametersRule implements RuleEvaluator {
  private final String type;

  AnyParametersRule(String type) {
    this.type = type;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.POINTS);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.INCREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    return observation -> {
      Ratio points = Ratio.of(((Observation.Points) observation).points());
      return Evaluation.of(points).sentence("Điểm", "Points").build();
    };
  }
}
