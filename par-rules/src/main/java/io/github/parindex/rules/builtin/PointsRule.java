package io.github.parindex.rules.builtin;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleInputException;
import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code points}: points set directly by the appraiser. No parameters; accepts {@code points}
 * (0 ≤ points ≤ max, traced as the rule's own result rather than an override). Increasing.
 */
final class PointsRule implements RuleEvaluator {
  @Override
  public String type() {
    return "points";
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
    Parameters.of(spec).done();
    BigDecimal max = leaf.maxPoints();
    String maxVi = " / " + Text.vi(max) + " điểm";
    String maxEn = " of " + Text.en(max);
    return observation -> {
      BigDecimal given = ((Observation.Points) observation).points();
      if (given.compareTo(max) > 0) {
        throw new RuleInputException("/points", "points " + given.toPlainString()
            + " are above the leaf's maximum " + Text.en(max));
      }
      Ratio points = Ratio.of(given);
      String givenEn = Text.en(given);
      return Evaluation.of(points)
          .intermediate("share", Checks.share(points, max))
          .sentence("Điểm chấm trực tiếp: " + givenEn.replace('.', ',') + maxVi,
              "Points given: " + givenEn + maxEn)
          .build();
    };
  }
}
