package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One node of a scorecard: its points, maximum, applicable maximum, deficit, percent and status, and how
 * they were computed — the rule's explanation for a leaf, the sum for an inner node.
 *
 * <p>Guarantees: immutable and safe to share between threads; points, deficit and percent are either
 * all known or all unknown (status {@link Status#UNKNOWN}); a node whose applicable maximum is 0 has
 * no percent; points and deficits carry the methodology's {@code pointDecimals}, percents its
 * {@code indexDecimals}. The explanation and the sum are built the first time they are asked for
 * (then kept), an explanation's texts the first time they are read: the same values whenever, and
 * from whichever thread, they are asked for.
 */
public final class NodeScore {
  private final CardDetails details;
  private final int index;
  private final boolean leaf;
  private final @Nullable BigDecimal points;
  private final BigDecimal applicableMaxPoints;
  private final @Nullable BigDecimal percent;
  private final Status status;
  private final @Nullable RemainderScore remainder;
  private volatile @Nullable Explanation explanation;
  private volatile @Nullable SumTrace sum;

  /**
   * A node of a scorecard: its figures; what the methodology says of it is read from the layout, its
   * traces are built by {@code details} when first asked for.
   */
  NodeScore(CardDetails details, int index, @Nullable BigDecimal points,
      BigDecimal applicableMaxPoints, @Nullable BigDecimal percent, Status status,
      @Nullable RemainderScore remainder) {
    this.details = details;
    this.index = index;
    this.leaf = details.layout().leaf[index];
    this.points = points;
    this.applicableMaxPoints = applicableMaxPoints;
    this.percent = percent;
    this.status = status;
    this.remainder = remainder;
  }

  private Layout layout() {
    return details.layout();
  }

  /**
   * The code.
   *
   * @return the node's code in the methodology, unique within it
   */
  public String code() {
    return layout().codes[index];
  }

  /**
   * The name.
   *
   * @return the node's name in the methodology
   */
  public LocalizedText name() {
    return layout().nodes[index].name();
  }

  /**
   * The depth.
   *
   * @return 1 for a top-level node, one more for each level below
   */
  public int depth() {
    return layout().depth[index];
  }

  /**
   * The parent's code.
   *
   * @return the parent's code; empty for a top-level node
   */
  public Optional<String> parentCode() {
    int up = layout().parent[index];
    return up < 0 ? Optional.empty() : Optional.of(layout().codes[up]);
  }

  /**
   * Whether the node is a leaf.
   *
   * @return true for a leaf: a node without children or unitemised points
   */
  public boolean isLeaf() {
    return leaf;
  }

  /**
   * The role.
   *
   * @return how the node's points enter the total: STANDARD, BONUS or PENALTY
   */
  public Role role() {
    return layout().role[index];
  }

  /**
   * The source.
   *
   * @return where the node's points come from (appraised, survey)
   */
  public Source source() {
    return layout().source[index];
  }

  /**
   * The lead agency: the submission's assignment or the methodology's, nearest first.
   *
   * @return the lead agency; empty when none is assigned on the node's path
   */
  public Optional<String> leadAgency() {
    return Optional.ofNullable(layout().leadAgency(index, details.submission()));
  }

  /**
   * The maximum points.
   *
   * @return the methodology's maximum for the node, at its {@code pointDecimals}
   */
  public BigDecimal maxPoints() {
    return layout().max[index];
  }

  /**
   * The maximum less the maxima of not-applicable leaves.
   *
   * @return the applicable maximum, at the methodology's {@code pointDecimals}
   */
  public BigDecimal applicableMaxPoints() {
    return applicableMaxPoints;
  }

  /**
   * The points.
   *
   * @return the points, at the methodology's {@code pointDecimals}; empty when unknown
   */
  public Optional<BigDecimal> points() {
    return Optional.ofNullable(points);
  }

  /** The points, or {@code null} when unknown: {@link #points()} without its {@code Optional}. */
  @Nullable BigDecimal pointsOrNull() {
    return points;
  }

  /**
   * Points lost: applicable maximum − points.
   *
   * @return the deficit; empty when unknown
   */
  public Optional<BigDecimal> deficit() {
    return points == null ? Optional.empty() : Optional.of(applicableMaxPoints.subtract(points));
  }

  /**
   * Points as a percentage of the applicable maximum, rounded once to the methodology's index
   * decimals with its rounding mode.
   *
   * @return the percent; empty when unknown or not applicable
   */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /**
   * The status.
   *
   * @return FULL, PARTIAL or ZERO for points earned; NOT_APPLICABLE, MISSING or UNKNOWN otherwise
   */
  public Status status() {
    return status;
  }

  /**
   * How a leaf's points came out.
   *
   * @return the explanation, equal to its rule's; empty for an inner node or an unknown leaf
   */
  public Optional<Explanation> explanation() {
    Explanation e = explanation;
    if (e == null && leaf && status != Status.UNKNOWN) {
      e = details.explanation(index);
      explanation = e;
    }
    return Optional.ofNullable(e);
  }

  /**
   * How an inner node's points were summed.
   *
   * @return the sum of its children and remainder; empty for a leaf
   */
  public Optional<SumTrace> sum() {
    SumTrace t = sum;
    if (t == null && !leaf) {
      t = details.sum(index);
      sum = t;
    }
    return Optional.ofNullable(t);
  }

  /**
   * The node's unitemised remainder.
   *
   * @return the remainder; empty when the node has none
   */
  public Optional<RemainderScore> remainder() {
    return Optional.ofNullable(remainder);
  }

  /**
   * The node in short.
   *
   * @return e.g. {@code 1.2 1.4800/1.5000 PARTIAL}
   */
  @Override
  public String toString() {
    return code() + " " + (points == null ? "unknown" : points.toPlainString()) + "/"
        + applicableMaxPoints.toPlainString() + " " + status;
  }
}
