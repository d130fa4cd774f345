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
 * {@code deduction}: points deducted per item (a violation, a late report), never below zero.
 * Parameters: exactly one of {@code perItem} (points, ≥ 0) or {@code perItemPercent} (percent of the
 * maximum, 0..100), and {@code freeItems} (a whole number ≥ 0, default 0: items that cost nothing).
 * Accepts {@code count}. Points: max(0, max − perItem × max(0, count − freeItems)). Decreasing.
 */
final class DeductionRule implements RuleEvaluator {
  @Override
  public String type() {
    return "deduction";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.COUNT);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.DECREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    boolean points = p.has("perItem");
    boolean percent = p.has("perItemPercent");
    BigDecimal perItem = points ? Checks.atLeastZero(p, "perItem", null) : null;
    BigDecimal perItemPercent = percent ? Checks.percent(p, "perItemPercent") : null;
    if (points && percent) {
      p.problem("/perItemPercent", "give either perItem (points per item) or perItemPercent "
          + "(percent of the maximum per item), not both");
    } else if (!points && !percent) {
      p.problem("/perItem", "required: perItem (points deducted per item) or perItemPercent "
          + "(percent of the maximum deducted per item)");
    }
    BigDecimal freeItems = Checks.wholeAtLeastZero(p, "freeItems", BigDecimal.ZERO);
    p.done();
    BigDecimal max = leaf.maxPoints();
    BigDecimal eachDecimal = points ? Checks.checked(perItem)
        : Checks.checked(perItemPercent).multiply(max).divide(Checks.HUNDRED);
    Ratio each = points ? Ratio.of(eachDecimal)
        : Ratio.of(Checks.checked(perItemPercent), Checks.HUNDRED).multiply(max);
    BigDecimal free = Checks.checked(freeItems);
    return Kernels.rule(new Deduct(max, each, free), leaf,
        at -> new Kernel(at, max, eachDecimal, free));
  }

  /** The rule prepared for one leaf, with the texts of its parameters made once. */
  private static final class Deduct implements LeafRule {
    private final BigDecimal max;
    private final Ratio maxRatio;
    private final Ratio each;
    private final BigDecimal freeItems;
    private final BigDecimal eachDecimal;
    private final String freeVi;
    private final String freeEn;
    private final String eachVi;
    private final String eachEn;
    private final String maxVi;
    private final String maxEn;

    Deduct(BigDecimal max, Ratio each, BigDecimal freeItems) {
      this.max = max;
      this.maxRatio = Ratio.of(max);
      this.each = each;
      this.freeItems = freeItems;
      Text.Num eachNumber = Text.num(each);
      this.eachDecimal = eachNumber.decimal();
      this.eachVi = eachNumber.vi();
      this.eachEn = eachNumber.en();
      this.freeVi = freeItems.signum() == 0 ? "" : ", miễn trừ " + Text.vi(freeItems);
      this.freeEn = freeItems.signum() == 0 ? "" : ", " + Text.en(freeItems) + " free";
      this.maxVi = Text.vi(max);
      this.maxEn = Text.en(max);
    }

    @Override
    public Evaluation evaluate(Observation observation) {
      long count = ((Observation.Count) observation).count();
      BigDecimal charged = BigDecimal.valueOf(count).subtract(freeItems).max(BigDecimal.ZERO);
      Ratio deducted = each.multiply(charged);
      Ratio left = maxRatio.subtract(deducted);
      Ratio points = left.max(Ratio.ZERO);
      String chargedEn = Text.en(charged);
      String chargedVi = chargedEn.replace('.', ',');
      Text.Num deductedNumber = Text.num(deducted);
      String endVi;
      String endEn;
      if (left.signum() < 0) {
        endVi = " < 0, còn 0 điểm";
        endEn = " is below 0, so 0 points";
      } else {
        Text.Num pointsNumber = Text.num(points);
        endVi = " = " + pointsNumber.vi();
        endEn = " = " + pointsNumber.en();
      }
      return Evaluation.of(points)
          .intermediate("chargedItems", charged)
          .intermediate("perItem", eachDecimal)
          .intermediate("deducted", deductedNumber.decimal())
          .intermediate("share", Checks.share(points, max))
          .sentence(count + " trường hợp" + freeVi + ": trừ " + chargedVi + " × " + eachVi + " = "
                  + deductedNumber.vi() + " điểm; " + maxVi + " − " + deductedNumber.vi() + endVi,
              count + (count == 1 ? " item" : " items") + freeEn + ": " + chargedEn + " × "
                  + eachEn + " = " + deductedNumber.en() + " points deducted; " + maxEn + " − "
                  + deductedNumber.en() + endEn)
          .build();
    }
  }

  /**
   * {@code max − perItem × max(0, count − freeItems)}, at least 0, computed at the scale of the
   * maximum and the deduction per item, then brought to the point decimals with one rounding.
   */
  private static final class Kernel implements LeafKernel {
    private final Kernels.At at;
    private final long max;
    private final long perItem;
    private final int deductionScale;
    private final long freeItems;

    Kernel(Kernels.At at, BigDecimal maxPoints, BigDecimal each, BigDecimal free) {
      this.at = at;
      BigDecimal e = Kernels.nonNegativeScale(each);
      BigDecimal m = Kernels.nonNegativeScale(maxPoints);
      deductionScale = Math.max(e.scale(), m.scale());
      perItem = Fixed.of(e, deductionScale);
      max = Fixed.of(m, deductionScale);
      freeItems = free.stripTrailingZeros().longValueExact();
    }

    @Override
    public long points(Observation observation) {
      long charged = Math.max(0, ((Observation.Count) observation).count() - freeItems);
      long left = max - Math.multiplyExact(perItem, charged);
      if (left <= 0) {
        return 0;
      }
      int scale = at.scale();
      return deductionScale <= scale
          ? Math.multiplyExact(left, Fixed.pow10(scale - deductionScale))
          : Fixed.divide(left, Fixed.pow10(deductionScale - scale), at.mode());
    }
  }
}
