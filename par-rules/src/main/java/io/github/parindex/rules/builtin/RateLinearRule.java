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
import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code rate-linear}: points in proportion to a rate, up to a target. Parameters {@code target}
 * (0 &lt; t ≤ 1, default 1) and {@code floor} (0 ≤ f &lt; t, default 0). Accepts {@code rate} and
 * {@code numerator+denominator} (an exact quotient). Points: rate &lt; floor → 0; otherwise
 * max × min(1, rate / target). Increasing.
 */
final class RateLinearRule implements RuleEvaluator {
  @Override
  public String type() {
    return "rate-linear";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.RATE, ObservationKind.NUMERATOR_DENOMINATOR);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.INCREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    BigDecimal target = p.decimalIn("target", BigDecimal.ONE, BigDecimal.ZERO, false,
        BigDecimal.ONE, true);
    BigDecimal floor = p.decimalIn("floor", BigDecimal.ZERO, BigDecimal.ZERO, true,
        BigDecimal.ONE, false);
    if (target != null && floor != null && floor.compareTo(target) >= 0) {
      p.problem("/floor", "expected a floor below the target " + target.toPlainString() + ", got "
          + floor.toPlainString());
    }
    p.done();
    BigDecimal max = leaf.maxPoints();
    return observation -> evaluate(observation, max, target, floor);
  }

  private static Evaluation evaluate(Observation o, BigDecimal max, BigDecimal target,
      BigDecimal floor) {
    Ratio rate = Checks.rate(o);
    String rateVi = Checks.rateVi(o, rate);
    String rateEn = Checks.rateEn(o, rate);
    if (rate.compareTo(Ratio.of(floor)) < 0) {
      return Evaluation.of(Ratio.ZERO)
          .intermediate("rate", rate)
          .intermediate("share", Ratio.ZERO)
          .sentence("Tỷ lệ " + rateVi + " dưới ngưỡng " + Text.vi(floor) + ": 0 điểm",
              "Rate " + rateEn + " is below the floor " + Text.en(floor) + ": 0 points")
          .build();
    }
    Ratio share = rate.divide(Ratio.of(target));
    if (share.compareTo(Ratio.ONE) >= 0) {
      return Evaluation.of(Ratio.of(max))
          .intermediate("rate", rate)
          .intermediate("share", Ratio.ONE)
          .sentence("Tỷ lệ " + rateVi + " đạt mục tiêu " + Text.vi(target) + ": đạt điểm tối đa "
                  + Text.vi(max),
              "Rate " + rateEn + " reaches the target " + Text.en(target) + ": full marks, "
                  + Text.en(max))
          .build();
    }
    Ratio points = share.multiply(max);
    boolean one = target.compareTo(BigDecimal.ONE) == 0;
    return Evaluation.of(points)
        .intermediate("rate", rate)
        .intermediate("share", share)
        .sentence("Tỷ lệ " + rateVi + " chưa đạt mục tiêu " + Text.vi(target) + ": "
                + Text.vi(max) + " × " + Text.vi(rate) + (one ? "" : " / " + Text.vi(target))
                + " = " + Text.vi(points),
            "Rate " + rateEn + " is below the target " + Text.en(target) + ": " + Text.en(max)
                + " × " + Text.en(rate) + (one ? "" : " / " + Text.en(target)) + " = "
                + Text.en(points))
        .build();
  }
}
