package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One node of a scorecard: its points, maximum, applicable maximum, deficit, percent and status, and how
 * they were computed — the rule's explanation for a leaf, the sum for an inner node.
 *
 * <p>Guarantees: immutable; points, deficit and percent are either all known or all unknown (status
 * {@link Status#UNKNOWN}); a node whose applicable maximum is 0 has no percent; points and deficits carry
 * the methodology's {@code pointDecimals}, percents its {@code indexDecimals}. The explanation and the
 * sum of a node of a scorecard from {@link Scorer#score} are built the first time they are asked for
 * (then kept): the same values whenever, and from whichever thread, they are asked for.
 */
public final class NodeScore {
  private final String code;
  private final LocalizedText name;
  private final int depth;
  private final @Nullable String parentCode;
  private final Role role;
  private final Source source;
  private final @Nullable String leadAgency;
  private final BigDecimal maxPoints;
  private final BigDecimal applicableMaxPoints;
  private final @Nullable BigDecimal points;
  private final @Nullable BigDecimal percent;
  private final Status status;
  private final boolean leaf;
  private final @Nullable RemainderScore remainder;
  private final Traces traces;
  private final int index;
  private volatile @Nullable Explanation explanation;
  private volatile @Nullable SumTrace sum;

  /** Builds the traces of a node on first use; thread-safe. */
  interface Traces {
    /**
     * A leaf's explanation.
     *
     * @param index the node's position in document order
     * @return the explanation
     */
    Explanation explanation(int index);

    /**
     * An inner node's sum.
     *
     * @param index the node's position in document order
     * @return the sum
     */
    SumTrace sum(int index);
  }

  /**
   * A node whose explanation (a leaf that is not unknown) or sum (an inner node) is built when first
   * asked for.
   */
  NodeScore(String code, LocalizedText name, int depth, @Nullable String parentCode, Role role,
      Source source, @Nullable String leadAgency, BigDecimal maxPoints,
      BigDecimal applicableMaxPoints, @Nullable BigDecimal points, @Nullable BigDecimal percent,
      Status status, boolean leaf, @Nullable RemainderScore remainder, Traces traces, int index) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.depth = depth;
    this.parentCode = parentCode;
    this.role = Objects.requireNonNull(role);
    this.source = Objects.requireNonNull(source);
    this.leadAgency = leadAgency;
    this.maxPoints = Objects.requireNonNull(maxPoints);
    this.applicableMaxPoints = Objects.requireNonNull(applicableMaxPoints);
    this.points = points;
    this.percent = percent;
    this.status = Objects.requireNonNull(status);
    this.leaf = leaf;
    this.remainder = remainder;
    this.traces = traces;
    this.index = index;
  }

  /**
   * The code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * The depth: 1 for a top-level node.
   *
   * @return the depth
   */
  public int depth() {
    return depth;
  }

  /**
   * The parent's code.
   *
   * @return the parent's code; empty for a top-level node
   */
  public Optional<String> parentCode() {
    return Optional.ofNullable(parentCode);
  }

  /**
   * Whether the node is a leaf.
   *
   * @return true for a leaf
   */
  public boolean isLeaf() {
    return leaf;
  }

  /**
   * The role.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * The source.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * The lead agency: the submission's assignment or the methodology's, nearest first.
   *
   * @return the lead agency
   */
  public Optional<String> leadAgency() {
    return Optional.ofNullable(leadAgency);
  }

  /**
   * The maximum points.
   *
   * @return the maximum
   */
  public BigDecimal maxPoints() {
    return maxPoints;
  }

  /**
   * The maximum less the maxima of not-applicable leaves.
   *
   * @return the applicable maximum
   */
  public BigDecimal applicableMaxPoints() {
    return applicableMaxPoints;
  }

  /**
   * The points.
   *
   * @return the points; empty when unknown
   */
  public Optional<BigDecimal> points() {
    return Optional.ofNullable(points);
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
   * Points as a percentage of the applicable maximum, rounded to the methodology's index decimals.
   *
   * @return the percent; empty when unknown or not applicable
   */
  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(percent);
  }

  /**
   * The status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * How a leaf's points came out.
   *
   * @return the explanation; empty for an inner node or an unknown leaf
   */
  public Optional<Explanation> explanation() {
    Explanation e = explanation;
    if (e == null && leaf && status != Status.UNKNOWN) {
      e = traces.explanation(index);
      explanation = e;
    }
    return Optional.ofNullable(e);
  }

  /**
   * How an inner node's points were summed.
   *
   * @return the sum; empty for a leaf
   */
  public Optional<SumTrace> sum() {
    SumTrace t = sum;
    if (t == null && !leaf) {
      t = traces.sum(index);
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

  @Override
  public String toString() {
    return code + " " + (points == null ? "unknown" : points.toPlainString()) + "/"
        + applicableMaxPoints.toPlainString() + " " + status;
  }
}
