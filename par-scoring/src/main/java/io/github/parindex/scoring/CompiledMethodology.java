package io.github.parindex.scoring;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Node;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Role;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.internal.Fixed;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A methodology compiled for fast, exact scoring — the form behind {@link Scorer#score}: its
 * {@link Layout}, every maximum as a {@code long} at the methodology's {@code pointDecimals} {@code s}
 * (the value × 10^s, exact: a methodology allows no more decimals), and each leaf's
 * {@link LeafKernel} when its rule supplies one ({@link PreparedRules#kernel}); a leaf without one is
 * scored through its rule ({@link PreparedRules#score}, in {@code BigDecimal}). Compiling checks that
 * the largest total × 100 × 10^{@code indexDecimals} fits in a long, so no sum, total, percentage or
 * index of the compiled pass can overflow.
 *
 * <p>A methodology that cannot be compiled (more than 18 point decimals, maxima beyond long range)
 * gets no compiled form: {@link #compile} returns {@code null} and the scorer uses the reference
 * pass for everything. Immutable and thread-safe.
 */
final class CompiledMethodology {
  final Layout layout;
  final PreparedRules rules;
  /** Node maxima × 10^s. */
  final long[] max;
  /** Unitemised points × 10^s (0 when none). */
  final long[] remainderMax;
  final @Nullable LeafKernel[] kernels;
  /** Per leaf: its rule's type and parameters, as its explanations hold them; null elsewhere. */
  final @Nullable Rule[] rule;
  /** Per leaf: the observation kinds accepted, as bits of {@link ObservationKind#ordinal()}. */
  final int[] accepted;
  /** Per leaf: whether the rule itself scores {@code points} (rather than taking them as override). */
  final boolean[] ruleTakesPoints;
  final boolean[] allowNotApplicable;
  /** 100 × 10^indexDecimals. */
  final long hundred;
  /**
   * 0 at the point decimals, and 0 and 100 percent at the index decimals: the most common figures of
   * a scorecard's nodes, shared rather than made again for each.
   */
  final BigDecimal zeroPoints;
  final BigDecimal zeroPercent;
  final BigDecimal fullPercent;
  /**
   * The largest scale of the raw maxima under STANDARD top-level nodes: the scale of the applicable
   * maximum of the reference pass when no leaf is not applicable (it is {@code s} otherwise).
   */
  final int standardMaxScale;

  private CompiledMethodology(Layout layout, PreparedRules rules) {
    this.layout = layout;
    this.rules = rules;
    int size = layout.size;
    int scale = layout.scale;
    max = new long[size];
    remainderMax = new long[size];
    kernels = new LeafKernel[size];
    rule = new Rule[size];
    accepted = new int[size];
    ruleTakesPoints = new boolean[size];
    allowNotApplicable = new boolean[size];
    long topTotal = 0;
    int maxScale = 0;
    for (int i = 0; i < size; i++) {
      Node node = layout.nodes[i];
      max[i] = Fixed.of(node.maxPoints(), scale);
      if (layout.parent[i] < 0) {
        topTotal = Math.addExact(topTotal, max[i]);
      }
      boolean standard = node.role() == Role.STANDARD;
      if (node.hasRemainder()) {
        remainderMax[i] = Fixed.of(node.unitemisedPoints(), scale);
        if (standard) {
          maxScale = Math.max(maxScale, node.unitemisedPoints().scale());
        }
      }
      if (layout.leaf[i]) {
        String code = node.code();
        if (standard) {
          maxScale = Math.max(maxScale, node.maxPoints().scale());
        }
        for (ObservationKind kind : rules.acceptedKinds(code)) {
          accepted[i] |= 1 << kind.ordinal();
        }
        ruleTakesPoints[i] = rules.evaluator(code).acceptedKinds()
            .contains(ObservationKind.POINTS);
        allowNotApplicable[i] = node.allowNotApplicable();
        kernels[i] = rules.kernel(code);
        rule[i] = new Rule(rules.evaluator(code).type(), rules.parameters(code));
      }
    }
    standardMaxScale = maxScale;
    hundred = Math.multiplyExact(100, Fixed.pow10(layout.indexScale));
    zeroPoints = Fixed.decimal(0, scale);
    zeroPercent = Fixed.decimal(0, layout.indexScale);
    fullPercent = Fixed.decimal(hundred, layout.indexScale);
    // Every total, sum and percentage of a pass is at most topTotal × 100 × 10^indexDecimals.
    Math.multiplyExact(topTotal, hundred);
  }

  /**
   * A leaf's rule as its explanations name it.
   *
   * @param type the rule's type
   * @param parameters its parameters, the map every explanation of the leaf holds
   */
  record Rule(String type, Map<String, DataValue> parameters) {}

  /**
   * Compiles a methodology.
   *
   * @param layout the methodology's layout
   * @param rules its prepared rules
   * @return the compiled form, or {@code null} when its numbers do not fit in long arithmetic
   */
  static @Nullable CompiledMethodology compile(Layout layout, PreparedRules rules) {
    try {
      return new CompiledMethodology(layout, rules);
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
