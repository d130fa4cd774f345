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
 * {@code reduction-target}: points for reducing something (public-service units, staff) against a
 * target reduction. Parameter {@code target} (required, 0 &lt; t ≤ 1): the reduction that earns full
 * points. Accepts {@code baseline+current} (baseline &gt; 0; reduction = (baseline − current) /
 * baseline, exactly) or {@code rate} (the reduction achieved). Points: max × clamp(reduction / target,
 * 0, 1), so a growth earns 0 and a reduction beyond the target earns the maximum. Increasing in the
 * reduction.
 */
final class ReductionTargetRule implements RuleEvaluator {
  @Override
  public String type() {
    return "reduction-target";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.RATE, ObservationKind.BASELINE_CURRENT);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.INCREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    BigDecimal target = p.decimalIn("target", null, BigDecimal.ZERO, false, BigDecimal.ONE, true);
    p.done();
    BigDecimal max = leaf.maxPoints();
    return observation -> evaluate(observation, max, target);
  }

  private static Evaluation evaluate(Observation o, BigDecimal max, BigDecimal target) {
    Ratio reduction;
    String vi;
    String en;
    if (o instanceof Observation.Change c) {
      reduction = Ratio.of(c.baseline().subtract(c.current()), c.baseline());
      vi = "Gốc " + Text.vi(c.baseline()) + ", hiện tại " + Text.vi(c.current())
          + ": mức giảm " + Text.vi(reduction);
      en = "From " + Text.en(c.baseline()) + " to " + Text.en(c.current()) + ": reduction "
          + Text.en(reduction);
    } else {
      reduction = Ratio.of(((Observation.Rate) o).rate());
      vi = "Mức giảm " + Text.vi(reduction);
      en = "Reduction " + Text.en(reduction);
    }
    Ratio share = reduction.divide(Ratio.of(target)).clamp(Ratio.ZERO, Ratio.ONE);
    Ratio points = share.multiply(max);
    if (reduction.signum() <= 0) {
      vi += " không dương: 0 điểm";
      en += " is not positive: 0 points";
    } else if (reduction.compareTo(Ratio.of(target)) >= 0) {
      vi += " đạt mục tiêu " + Text.vi(target) + ": đạt điểm tối đa " + Text.vi(max);
      en += " reaches the target " + Text.en(target) + ": full marks, " + Text.en(max);
    } else {
      vi += " chưa đạt mục tiêu " + Text.vi(target) + ": " + Text.vi(max) + " × "
          + Text.vi(reduction) + " / " + Text.vi(target) + " = " + Text.vi(points);
      en += " is below the target " + Text.en(target) + ": " + Text.en(max) + " × "
          + Text.en(reduction) + " / " + Text.en(target) + " = " + Text.en(points);
    }
    return Evaluation.of(points)
        .intermediate("reduction", reduction)
        .intermediate("share", share)
        .sentence(vi, en)
        .build();
  }
}
