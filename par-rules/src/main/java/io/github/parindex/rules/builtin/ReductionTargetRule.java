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
import io.github.parindex.rules.internal.Fixed;
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
    BigDecimal t = Checks.checked(target);
    return Kernels.rule(new Reduction(leaf.maxPoints(), t, leaf.methodology().indexDecimals()),
        leaf, at -> new Kernel(at, t));
  }

  /** The rule prepared for one leaf, with the texts of its parameters made once. */
  private static final class Reduction implements LeafRule {
    private final BigDecimal max;
    private final Ratio targetRatio;
    private final String reachedVi;
    private final String reachedEn;
    private final String belowVi;
    private final String belowEn;
    private final String targetVi;
    private final String targetEn;

    private final int decimals;

    Reduction(BigDecimal max, BigDecimal target, int decimals) {
      this.max = max;
      this.decimals = decimals;
      this.targetRatio = Ratio.of(target);
      Text.Num shown = Text.exactPercent(target);
      this.targetVi = shown.vi();
      this.targetEn = shown.en();
      reachedVi = " đạt mục tiêu " + targetVi + ": đạt điểm tối đa " + Text.vi(max);
      reachedEn = " reaches the target " + targetEn + ": full marks, " + Text.en(max);
      belowVi = " chưa đạt mục tiêu " + targetVi + ": " + Text.vi(max) + " × ";
      belowEn = " is below the target " + targetEn + ": " + Text.en(max) + " × ";
    }

    @Override
    public Evaluation evaluate(Observation o) {
      Ratio reduction;
      String en;
      if (o instanceof Observation.Change c) {
        reduction = Ratio.of(c.baseline().subtract(c.current()), c.baseline());
        en = "From " + Text.en(c.baseline()) + " to " + Text.en(c.current()) + ": reduction ";
      } else {
        reduction = Ratio.of(((Observation.Rate) o).rate());
        en = "Reduction ";
      }
      Text.Num number = Text.num(reduction);
      Text.Num percent = Text.percent(reduction, decimals);
      // "Gốc 56, hiện tại 50: mức giảm 10,71 %" / "From 56 to 50: reduction 10.71 %"
      String vi = (o instanceof Observation.Change c
          ? "Gốc " + Text.vi(c.baseline()) + ", hiện tại " + Text.vi(c.current()) + ": mức giảm "
          : "Mức giảm ") + percent.vi();
      en += percent.en();
      Ratio share = reduction.divide(targetRatio).clamp(Ratio.ZERO, Ratio.ONE);
      Ratio points = share.multiply(max);
      if (reduction.signum() <= 0) {
        vi += " không dương: 0 điểm";
        en += " is not positive: 0 points";
      } else if (reduction.compareTo(targetRatio) >= 0) {
        vi += reachedVi;
        en += reachedEn;
      } else {
        Text.Num shown = Text.num(points);
        String operand = o instanceof Observation.Change c
            ? "(" + Text.en(c.baseline()) + " − " + Text.en(c.current()) + ")/"
                + Text.en(c.baseline()) : Checks.operandEn(o);
        vi += belowVi + operand.replace('.', ',') + " / " + targetVi + " = " + shown.vi();
        en += belowEn + operand + " / " + targetEn + " = " + shown.en();
      }
      return Evaluation.of(points)
          .intermediate("reduction", number.decimal())
          .intermediate("share", share)
          .sentence(vi, en)
          .build();
    }
  }

  /**
   * A reduction {@code (baseline − current) / baseline} (or the rate given) as one fraction of whole
   * numbers: not positive: 0; at or above the target: the maximum; otherwise
   * {@code max × reduction / target}, rounded once.
   */
  private static final class Kernel implements LeafKernel {
    private final Kernels.At at;
    private final long targetUnscaled;
    private final int targetScale;

    Kernel(Kernels.At at, BigDecimal target) {
      this.at = at;
      BigDecimal t = Kernels.nonNegativeScale(target);
      targetUnscaled = Fixed.unscaled(t);
      targetScale = t.scale();
    }

    @Override
    public long points(Observation o) {
      long num;
      long den;
      if (o instanceof Observation.Change c) {
        int common = Math.max(c.baseline().scale(), c.current().scale());
        den = Fixed.of(c.baseline(), common);
        num = Math.subtractExact(den, Fixed.of(c.current(), common));
      } else {
        num = Kernels.numerator(o);
        den = Kernels.denominator(o);
      }
      if (num <= 0) {
        return 0;
      }
      if (Kernels.atLeast(num, den, targetUnscaled, targetScale)) {
        return at.max();
      }
      return at.share(Math.multiplyExact(num, Fixed.pow10(targetScale)),
          Math.multiplyExact(den, targetUnscaled));
    }
  }
}
