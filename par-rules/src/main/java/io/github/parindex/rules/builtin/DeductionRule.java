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
    Ratio each = points ? Ratio.of(perItem)
        : Ratio.of(perItemPercent, Checks.HUNDRED).multiply(max);
    return observation -> evaluate(((Observation.Count) observation).count(), max, each,
        freeItems);
  }

  private static Evaluation evaluate(long count, BigDecimal max, Ratio each, BigDecimal freeItems) {
    BigDecimal charged = BigDecimal.valueOf(count).subtract(freeItems).max(BigDecimal.ZERO);
    Ratio deducted = each.multiply(charged);
    Ratio left = Ratio.of(max).subtract(deducted);
    Ratio points = left.max(Ratio.ZERO);
    String freeVi = freeItems.signum() == 0 ? "" : ", miễn trừ " + Text.vi(freeItems);
    String freeEn = freeItems.signum() == 0 ? "" : ", " + Text.en(freeItems) + " free";
    String endVi = left.signum() < 0 ? " < 0, còn 0 điểm" : " = " + Text.vi(points);
    String endEn = left.signum() < 0 ? " is below 0, so 0 points" : " = " + Text.en(points);
    return Evaluation.of(points)
        .intermediate("chargedItems", charged)
        .intermediate("perItem", each)
        .intermediate("deducted", deducted)
        .intermediate("share", Checks.share(points, max))
        .sentence(count + " trường hợp" + freeVi + ": trừ " + Text.vi(charged) + " × "
                + Text.vi(each) + " = " + Text.vi(deducted) + " điểm; " + Text.vi(max) + " − "
                + Text.vi(deducted) + endVi,
            count + (count == 1 ? " item" : " items") + freeEn + ": " + Text.en(charged) + " × "
                + Text.en(each) + " = " + Text.en(deducted) + " points deducted; " + Text.en(max)
                + " − " + Text.en(deducted) + endEn)
        .build();
  }
}
