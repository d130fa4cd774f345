package io.github.parindex.scoring;

import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reconciliation of a submission's reported figures, for both scoring passes: each reported
 * figure compared with the computed one within its printed precision, and a reported deficit the
 * itemised leaves do not explain charged to the node's unitemised remainder when the FULL policy
 * assumed it full and it can absorb the amount (see {@link Reconciliation}). Nodes are reconciled
 * deepest first, so that a parent's comparison sees its children's charges; the result is in document
 * order. The passes give their subtotals through {@link Subtrees}, in their own arithmetic.
 */
final class Reconciler {
  private Reconciler() {}

  /** A subtree's points ({@code null} when unknown) and applicable maximum, at the point decimals. */
  record Subtotal(@Nullable BigDecimal points, BigDecimal applicableMax) {}

  /** A pass's subtrees, as the reconciliation reads and charges them. */
  interface Subtrees {
    /**
     * A node's subtotal now, charges made so far included.
     *
     * @param i the node
     * @return its subtotal
     */
    Subtotal subtotal(int i);

    /**
     * What decided the points of a node's remainder.
     *
     * @param i the node
     * @return the basis, or {@code null} when the node has no remainder
     */
    @Nullable RemainderBasis remainder(int i);

    /**
     * Charges an unexplained deficit to a node's remainder: its points become {@code points} and its
     * basis {@link RemainderBasis#CHARGED}.
     *
     * @param i the node
     * @param points the remainder's new points, at the point decimals
     */
    void charge(int i, BigDecimal points);
  }

  /**
   * Reconciles every reported figure.
   *
   * @param layout the methodology's layout
   * @param s the submission; its reported codes exist
   * @param subtrees the pass's subtrees
   * @return one entry per reported code, in document order
   */
  static List<Reconciliation> reconcile(Layout layout, Submission s, Subtrees subtrees) {
    List<Integer> order = new ArrayList<>();
    for (String code : s.reported().keySet()) {
      order.add(layout.indexOf.get(code));
    }
    order.sort((x, y) -> layout.depth[x] != layout.depth[y]
        ? Integer.compare(layout.depth[y], layout.depth[x]) : Integer.compare(x, y));
    Reconciliation[] byIndex = new Reconciliation[layout.size];
    for (int i : order) {
      byIndex[i] = reconcile(layout, s, subtrees, i, s.reported().get(layout.codes[i]));
    }
    List<Reconciliation> out = new ArrayList<>(order.size());
    for (Reconciliation r : byIndex) {
      if (r != null) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private static Reconciliation reconcile(Layout layout, Submission s, Subtrees subtrees, int i,
      Reported reported) {
    Subtotal before = subtrees.subtotal(i);
    BigDecimal unexplained = null;
    BigDecimal charged = null;
    if (reported.deficit().isPresent() && before.points() != null) {
      BigDecimal d = reported.deficit().get();
      BigDecimal e = before.applicableMax().subtract(before.points());
      if (!within(e, d)) {
        unexplained = d.subtract(e);
        BigDecimal max = layout.nodes[i].unitemisedPoints();
        if (unexplained.signum() > 0 && s.missing() == MissingPolicy.FULL
            && subtrees.remainder(i) == RemainderBasis.MISSING_FULL
            && unexplained.compareTo(max) <= 0
            && unexplained.stripTrailingZeros().scale() <= layout.scale) {
          subtrees.charge(i, max.subtract(unexplained).setScale(layout.scale, layout.mode));
          charged = unexplained.setScale(layout.scale, layout.mode);
        }
      }
    }
    Subtotal after = charged == null ? before : subtrees.subtotal(i);
    BigDecimal computedPoints = after.points();
    BigDecimal computedDeficit = computedPoints == null ? null
        : after.applicableMax().subtract(computedPoints);
    Boolean pointsMatch = reported.points().isPresent() && computedPoints != null
        ? within(computedPoints, reported.points().get()) : null;
    Boolean deficitMatch = reported.deficit().isPresent() && computedDeficit != null
        ? within(computedDeficit, reported.deficit().get()) : null;
    return new Reconciliation(layout.codes[i], reported.points().orElse(null), computedPoints,
        pointsMatch, reported.deficit().orElse(null), computedDeficit, deficitMatch, unexplained,
        charged);
  }

  /** Whether a computed value matches a printed one within the printed value's precision. */
  static boolean within(BigDecimal computed, BigDecimal printed) {
    int decimals = Math.max(0, printed.scale());
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    return computed.subtract(printed).abs().compareTo(tolerance) <= 0;
  }
}
