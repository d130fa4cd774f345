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
 * {@code rate-linear}: points in proportion to a rate, up to a target. Parameters {@code target}
 * (t &gt; 0, default 1; above 1 when full points need more than 100 %, CYCLE.md §1) and
 * {@code floor} (0 ≤ f &lt; t, default 0). Accepts {@code rate} and
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
    BigDecimal target = p.decimal("target", BigDecimal.ONE);
    if (target != null && target.signum() <= 0) {
      p.problem("/target", "expected a target above 0 (1.1 for full points from 110 %), got "
          + target.toPlainString());
      target = null;
    }
    BigDecimal floor = Checks.atLeastZero(p, "floor", BigDecimal.ZERO);
    if (target != null && floor != null && floor.compareTo(target) >= 0) {
      p.problem("/floor", "expected a floor below the target " + target.toPlainString() + ", got "
          + floor.toPlainString());
    }
    p.done();
    BigDecimal t = Checks.checked(target);
    BigDecimal f = Checks.checked(floor);
    return Kernels.rule(new Linear(leaf.maxPoints(), t, f, leaf.methodology().indexDecimals()),
        leaf, at -> new Kernel(at, t, f));
  }

  /** The rule prepared for one leaf, with the texts of its parameters made once. */
  private static final class Linear implements LeafRule {
    private static final BigDecimal ZERO_SHARE = Ratio.ZERO.toDecimal(Text.SHOWN);
    private static final BigDecimal ONE_SHARE = Ratio.ONE.toDecimal(Text.SHOWN);

    private final BigDecimal max;
    private final Ratio maxRatio;
    private final Ratio targetRatio;
    private final Ratio floorRatio;
    private final String belowFloorVi;
    private final String belowFloorEn;
    private final String reachedVi;
    private final String reachedEn;
    private final String belowTargetVi;
    private final String belowTargetEn;
    private final String maxVi;
    private final String maxEn;
    private final String divideVi;
    private final String divideEn;
    private final int decimals;

    Linear(BigDecimal max, BigDecimal target, BigDecimal floor, int decimals) {
      this.decimals = decimals;
      this.max = max;
      this.maxRatio = Ratio.of(max);
      this.targetRatio = Ratio.of(target);
      this.floorRatio = Ratio.of(floor);
      this.maxVi = Text.vi(max);
      this.maxEn = Text.en(max);
      Text.Num floorShown = Text.exactPercent(floor);
      Text.Num targetShown = Text.exactPercent(target);
      belowFloorVi = " dưới ngưỡng " + floorShown.vi() + ": 0 điểm";
      belowFloorEn = " is below the floor " + floorShown.en() + ": 0 points";
      reachedVi = " đạt mục tiêu " + targetShown.vi() + ": đạt điểm tối đa " + maxVi;
      reachedEn = " reaches the target " + targetShown.en() + ": full marks, " + maxEn;
      belowTargetVi = " chưa đạt mục tiêu " + targetShown.vi() + ": " + maxVi + " × ";
      belowTargetEn = " is below the target " + targetShown.en() + ": " + maxEn + " × ";
      boolean one = target.compareTo(BigDecimal.ONE) == 0;
      divideVi = one ? "" : " / " + targetShown.vi();
      divideEn = one ? "" : " / " + targetShown.en();
    }

    @Override
    public Evaluation evaluate(Observation o) {
      Ratio rate = Checks.rate(o);
      Text.Num number = Text.num(rate);
      Text.Num percent = Text.percent(rate, decimals);
      String rateEn = Checks.ratePercentEn(o, percent);
      String rateVi = rateEn.replace('.', ',');
      String operandEn = Checks.operandEn(o);
      String operandVi = operandEn.replace('.', ',');
      if (rate.compareTo(floorRatio) < 0) {
        return Evaluation.of(Ratio.ZERO)
            .intermediate("rate", number.decimal())
            .intermediate("share", ZERO_SHARE)
            .sentence("Tỷ lệ " + rateVi + belowFloorVi, "Rate " + rateEn + belowFloorEn)
            .build();
      }
      Ratio share = rate.divide(targetRatio);
      if (share.compareTo(Ratio.ONE) >= 0) {
        return Evaluation.of(maxRatio)
            .intermediate("rate", number.decimal())
            .intermediate("share", ONE_SHARE)
            .sentence("Tỷ lệ " + rateVi + reachedVi, "Rate " + rateEn + reachedEn)
            .build();
      }
      Ratio points = share.multiply(max);
      Text.Num shown = Text.num(points);
      return Evaluation.of(points)
          .intermediate("rate", number.decimal())
          .intermediate("share", share)
          .sentence("Tỷ lệ " + rateVi + belowTargetVi + operandVi + divideVi + " = "
                  + shown.vi(),
              "Rate " + rateEn + belowTargetEn + operandEn + divideEn + " = " + shown.en())
          .build();
    }
  }

  /**
   * Rate below the floor: 0; at or above the target: the maximum; otherwise
   * {@code max × rate / target} as one fraction of whole numbers, rounded once.
   */
  private static final class Kernel implements LeafKernel {
    private final Kernels.At at;
    private final long targetUnscaled;
    private final int targetScale;
    private final long floorUnscaled;
    private final int floorScale;

    Kernel(Kernels.At at, BigDecimal target, BigDecimal floor) {
      this.at = at;
      BigDecimal t = Kernels.nonNegativeScale(target);
      BigDecimal f = Kernels.nonNegativeScale(floor);
      targetUnscaled = Fixed.unscaled(t);
      targetScale = t.scale();
      floorUnscaled = Fixed.unscaled(f);
      floorScale = f.scale();
    }

    @Override
    public long points(Observation observation) {
      long num = Kernels.numerator(observation);
      long den = Kernels.denominator(observation);
      if (!Kernels.atLeast(num, den, floorUnscaled, floorScale)) {
        return 0;
      }
      if (Kernels.atLeast(num, den, targetUnscaled, targetScale)) {
        return at.max();
      }
      // max × (num / den) / (target / 10^targetScale)
      return at.share(Math.multiplyExact(num, Fixed.pow10(targetScale)),
          Math.multiplyExact(den, targetUnscaled));
    }
  }
}
