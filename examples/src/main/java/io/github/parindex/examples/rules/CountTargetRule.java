package io.github.parindex.examples.rules;

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
import java.math.RoundingMode;
import java.util.Set;

/**
 * A custom rule type, {@code count-target}: points in proportion to a count, up to a target count.
 *
 * <pre>
 * rule: { type: count-target, target: 12 }     # 12 news items a year earn full marks
 * </pre>
 *
 * <p>Parameter {@code target} (required, a number above 0). Accepts {@code count}. Points:
 * max × min(1, count / target), computed exactly; the framework rounds them once to the
 * methodology's decimals. Increasing: a higher count never earns fewer points.
 *
 * <p>It is found by {@link io.github.parindex.rules.RuleRegistry#withServiceLoader()} because this
 * module lists it in {@code META-INF/services/io.github.parindex.rules.RuleEvaluator}; a service needs
 * a public class with a public no-argument constructor. Like every evaluator it is stateless and
 * thread-safe: {@link #prepare} checks the parameters once and returns an immutable rule.
 */
public final class CountTargetRule implements RuleEvaluator {
  /** Creates the evaluator; called by {@link java.util.ServiceLoader}. */
  public CountTargetRule() {}

  @Override
  public String type() {
    return "count-target";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.COUNT);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.INCREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    // Parameters records every problem (with a JSON pointer relative to the rule object) and
    // done() throws them all at once, including parameters this rule does not know.
    Parameters p = Parameters.of(spec);
    BigDecimal target = p.decimal("target");
    if (target != null && target.signum() <= 0) {
      p.problem("/target", "expected a target above 0, got " + target.toPlainString());
    }
    p.done();
    BigDecimal max = leaf.maxPoints();
    return observation -> evaluate(((Observation.Count) observation).count(), target, max);
  }

  private static Evaluation evaluate(long count, BigDecimal target, BigDecimal max) {
    Ratio share = Ratio.of(BigDecimal.valueOf(count), target).min(Ratio.ONE);
    Ratio points = share.multiply(max);
    String en = share.compareTo(Ratio.ONE) == 0
        ? "Count " + count + " reaches the target " + plain(target) + ": full marks, " + plain(max)
        : "Count " + count + " of the target " + plain(target) + ": " + plain(max) + " × " + count
            + " / " + plain(target) + " = " + plain(points);
    String vi = share.compareTo(Ratio.ONE) == 0
        ? "Số lượng " + count + " đạt mục tiêu " + vi(target) + ": đạt điểm tối đa " + vi(max)
        : "Số lượng " + count + " trên mục tiêu " + vi(target) + ": " + vi(max) + " × " + count
            + " / " + vi(target) + " = " + vi(points);
    return Evaluation.of(points)
        .intermediate("share", share)
        .sentence(vi, en)
        .build();
  }

  private static String plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** An exact value, or rounded to 10 decimals when it has no short exact form (1/3). */
  private static String plain(Ratio value) {
    BigDecimal exact = value.exactDecimal();
    return exact != null && exact.scale() <= 10 ? plain(exact)
        : plain(value.round(10, RoundingMode.HALF_UP)) + "…";
  }

  /** Vietnamese writes decimals with a comma: 1,5. */
  private static String vi(BigDecimal value) {
    return plain(value).replace('.', ',');
  }

  private static String vi(Ratio value) {
    return plain(value).replace('.', ',');
  }
}
