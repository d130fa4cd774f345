package io.github.parindex.rules.builtin;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleInputException;
import io.github.parindex.rules.internal.Fixed;
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
    LeafRule rule = observation -> {
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
    return Kernels.rule(rule, leaf, at -> new Kernel(at.scale(), at.max()));
  }

  /**
   * The points given, at the scale: exact, or an {@link ArithmeticException} when they have more
   * decimals than the scale holds (the rule then rounds them once).
   */
  private record Kernel(int scale, long max) implements LeafKernel {
    @Override
    public long points(Observation observation) {
      long points = Fixed.of(((Observation.Points) observation).points(), scale);
      return points <= max ? points : REFUSED;
    }
  }
}
