package io.github.parindex.scoring;

import io.github.parindex.model.Node;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reference scoring of one submission that passed {@link PreparedRules#check}: every leaf
 * through its rule ({@link PreparedRules#score}), every sum, the index and every percentage in
 * {@code BigDecimal} — the oracle the compiled pass is tested against, and the path of the
 * methodologies and leaves it cannot take. Decisions (remainders, the reconciliation, the cap, the
 * band, and everything {@link CardDetails} builds) are the shared ones; what is this pass's own is
 * the arithmetic. Not thread-safe while scoring; its figures are immutable once {@link #run} returns.
 */
final class ReferencePass extends Figures implements Reconciler.Subtrees {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int scale;
  private final RoundingMode mode;
  /** Per leaf: its result; null for an unknown leaf. */
  private final @Nullable LeafResult[] leaf;
  /** Per node with a remainder: its points (null when unknown) and basis. */
  private final @Nullable BigDecimal[] remainderPoints;
  private final @Nullable RemainderBasis[] remainderBasis;
  /** Per node: its points (null when unknown), and its applicable maximum as a sum of raw maxima. */
  private final @Nullable BigDecimal[] points;
  private final BigDecimal[] applicable;
  private List<Reconciliation> reconciliation = List.of();
  private @Nullable BigDecimal total;
  private BigDecimal applicableTotal = BigDecimal.ZERO;
  private boolean capped;
  private @Nullable Ratio exactIndex;

  private ReferencePass(Layout layout, Submission s, EvidenceGaps gaps) {
    super(layout, s, gaps);
    this.scale = layout.scale;
    this.mode = layout.mode;
    int n = layout.size;
    leaf = new LeafResult[n];
    remainderPoints = new BigDecimal[n];
    remainderBasis = new RemainderBasis[n];
    points = new BigDecimal[n];
    applicable = new BigDecimal[n];
  }

  /**
   * Scores a submission.
   *
   * @param layout the methodology's layout
   * @param rules its prepared rules
   * @param s a submission without problems
   * @return the scorecard
   */
  static Scorecard score(Layout layout, PreparedRules rules, Submission s, EvidenceGaps gaps) {
    return new ReferencePass(layout, s, gaps).run(rules);
  }

  private Scorecard run(PreparedRules rules) {
    boolean[] unknown = layout.unknown(submission);
    for (int i = 0; i < layout.size; i++) {
      Node node = layout.nodes[i];
      boolean isUnknown = unknown != null && unknown[i];
      if (layout.leaf[i] && !isUnknown) {
        leaf[i] = rules.score(node.code(), submission.observations().get(node.code()),
            submission.missing());
        if (!gaps.isEmpty()) {
          leaf[i] = Withheld.result(leaf[i], gaps);
        }
      }
      if (node.hasRemainder()) {
        BigDecimal given = submission.unitemised().get(node.code());
        RemainderBasis b = RemainderBasis.of(isUnknown, given != null, node.role(),
            submission.missing());
        if (b == null) {
          throw new IllegalStateException("remainder of " + node.code() + " missing under ERROR");
        }
        remainderBasis[i] = b;
        remainderPoints[i] = switch (b) {
          case UNKNOWN -> null;
          case GIVEN -> given.setScale(scale, mode);
          case MISSING_FULL -> node.unitemisedPoints().setScale(scale, mode);
          default -> zero();
        };
      }
    }
    reconciliation = Reconciler.reconcile(layout, submission, this);
    for (int i = layout.size - 1; i >= 0; i--) {
      aggregate(i, true);
    }
    return grade();
  }

  private BigDecimal zero() {
    return BigDecimal.ZERO.setScale(scale);
  }

  /**
   * Sums a subtree: from its children's sums already stored when {@code memo}, else recursively; and
   * stores the node's own.
   */
  private void aggregate(int i, boolean memo) {
    Node node = layout.nodes[i];
    if (layout.leaf[i]) {
      LeafResult r = leaf[i];
      points[i] = r == null ? null : r.points();
      applicable[i] = r == null || r.applicable() ? node.maxPoints() : zero();
      return;
    }
    BigDecimal p = zero();
    BigDecimal a = BigDecimal.ZERO;
    for (int c : layout.children[i]) {
      if (!memo) {
        aggregate(c, false);
      }
      p = p == null || points[c] == null ? null : p.add(points[c]);
      a = a.add(applicable[c]);
    }
    if (node.hasRemainder()) {
      BigDecimal r = remainderPoints[i];
      p = p == null || r == null ? null : p.add(r);
      a = a.add(node.unitemisedPoints());
    }
    points[i] = p;
    applicable[i] = a;
  }

  @Override
  public Reconciler.Subtotal subtotal(int i) {
    aggregate(i, false);
    return new Reconciler.Subtotal(points[i], applicable[i]);
  }

  @Override
  public @Nullable RemainderBasis remainder(int i) {
    return remainderBasis[i];
  }

  @Override
  public void charge(int i, BigDecimal newPoints) {
    remainderPoints[i] = newPoints;
    remainderBasis[i] = RemainderBasis.CHARGED;
  }

  private Scorecard grade() {
    BigDecimal standard = zero();
    BigDecimal bonus = zero();
    BigDecimal penalty = zero();
    BigDecimal applicableMax = BigDecimal.ZERO;
    for (int i : layout.tops) {
      BigDecimal p = points[i];
      switch (layout.role[i]) {
        case STANDARD -> {
          standard = add(standard, p);
          applicableMax = applicableMax.add(applicable[i]);
        }
        case BONUS -> bonus = add(bonus, p);
        default -> penalty = add(penalty, p);
      }
    }
    BigDecimal t = standard == null || bonus == null || penalty == null ? null
        : standard.add(bonus).subtract(penalty);
    if (t != null) {
      BigDecimal max = applicableMax.setScale(scale, mode);
      BigDecimal clamped = switch (Grading.cap(layout.methodology, t.signum(), t.compareTo(max))) {
        case TO_ZERO -> zero();
        case TO_APPLICABLE_MAX -> max;
        default -> t;
      };
      capped = clamped.compareTo(t) != 0;
      t = clamped;
    }
    total = t;
    applicableTotal = applicableMax;
    BigDecimal index = null;
    if (t != null && applicableMax.signum() > 0) {
      exactIndex = Ratio.of(t.multiply(HUNDRED), applicableMax);
      index = exactIndex.round(layout.indexScale, mode);
    }
    return new Scorecard(layout.methodology, submission, t, applicableMax.setScale(scale, mode),
        index, Grading.band(layout.methodology, index), standard, bonus, penalty, capped, this);
  }

  private static @Nullable BigDecimal add(@Nullable BigDecimal sum, @Nullable BigDecimal value) {
    return sum == null || value == null ? null : sum.add(value);
  }

  // ---- Figures ----

  @Override
  @Nullable BigDecimal points(int i) {
    return points[i];
  }

  @Override
  BigDecimal applicableMax(int i) {
    return applicable[i].setScale(scale, mode);
  }

  @Override
  @Nullable BigDecimal percent(int i) {
    BigDecimal p = points[i];
    BigDecimal a = applicable[i];
    return p == null || a.signum() == 0 ? null
        : p.multiply(HUNDRED).divide(a, layout.indexScale, mode);
  }

  @Override
  @Nullable Basis leafBasis(int i) {
    LeafResult r = leaf[i];
    return r == null ? null : r.basis();
  }

  @Override
  Status leafStatus(int i) {
    LeafResult r = leaf[i];
    return r == null ? Status.UNKNOWN : r.status();
  }

  @Override
  Explanation explanation(int i) {
    LeafResult r = leaf[i];
    if (r == null) {
      throw new IllegalStateException("leaf " + layout.codes[i] + " is unknown: no explanation");
    }
    return r.explanation();
  }

  @Override
  @Nullable BigDecimal remainderPoints(int i) {
    return remainderPoints[i];
  }

  @Override
  RemainderBasis remainderBasis(int i) {
    RemainderBasis b = remainderBasis[i];
    if (b == null) {
      throw new IllegalStateException("node " + layout.codes[i] + " has no remainder");
    }
    return b;
  }

  @Override
  List<Reconciliation> reconciliation() {
    return reconciliation;
  }

  @Override
  @Nullable BigDecimal total() {
    return total;
  }

  @Override
  BigDecimal applicableTotal() {
    return applicableTotal;
  }

  @Override
  boolean capped() {
    return capped;
  }

  @Override
  @Nullable Ratio exactIndex() {
    return exactIndex;
  }
}
