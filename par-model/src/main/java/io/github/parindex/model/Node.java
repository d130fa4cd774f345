package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of an index tree: a field (lĩnh vực), a criterion (tiêu chí) or a component criterion
 * (tiêu chí thành phần).
 *
 * <p>A node is a <em>leaf</em> when it has neither children nor {@linkplain #unitemisedPoints()
 * unitemised points}; a leaf is scored by its {@link #rule()}. An inner node's points are the sum of its
 * children's points and its unitemised remainder's points. A node with unitemised points and no
 * children is an inner node whose whole content is not transcribed.
 *
 * <p>Guarantees: immutable; decimals are normalised (1.50 is kept as 1.5), so equal trees are
 * {@code equals}. Tree-wide rules (unique codes, sums, a rule on every leaf, ...) are checked when the
 * node's {@link Methodology} is built, where every problem is reported at once.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Node {
  Node() {}

  /**
   * The code, e.g. {@code 3.4.1}; unique in its methodology and starting with its parent's code and a
   * dot.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The maximum points (điểm tối đa); for an inner node, the sum of its children's maxima and its
   * unitemised points.
   *
   * @return the maximum, at least 0
   */
  public abstract BigDecimal maxPoints();

  /**
   * Points known to exist under this node whose leaves are not transcribed; they score like one extra
   * leaf, the node's <em>remainder</em>.
   *
   * @return the unitemised points, 0 by default
   */
  @Value.Default
  public BigDecimal unitemisedPoints() {
    return BigDecimal.ZERO;
  }

  /**
   * Where the points come from; in files a child without a source takes its parent's.
   *
   * @return the source, {@link Source#APPRAISED} by default
   */
  @Value.Default
  public Source source() {
    return Source.APPRAISED;
  }

  /**
   * How the points enter the total; a node's children share its role.
   *
   * @return the role, {@link Role#STANDARD} by default
   */
  @Value.Default
  public Role role() {
    return Role.STANDARD;
  }

  /**
   * The agency responsible for the node (cơ quan chủ trì); inherited by descendants without one.
   *
   * @return the lead agency
   */
  public abstract Optional<String> leadAgency();

  /**
   * The evidence a unit must provide.
   *
   * @return the evidence required
   */
  public abstract Optional<String> evidence();

  /**
   * Whether a leaf's points need an accepted evidence document (the criteria set's "tài liệu kiểm
   * chứng" column): without one, an appraised leaf scores 0 (status {@code NO_EVIDENCE}), and a
   * self-assessed one is scored with a warning when nothing is attached.
   *
   * @return false by default
   */
  @Value.Default
  public boolean evidenceRequired() {
    return false;
  }

  /**
   * The rule that scores this node; present exactly when the node is a leaf.
   *
   * @return the rule
   */
  public abstract Optional<RuleSpec> rule();

  /**
   * Where this node comes from and how sure we are of it.
   *
   * @return the provenance
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Whether a submission may declare this leaf not applicable.
   *
   * @return true by default
   */
  @Value.Default
  public boolean allowNotApplicable() {
    return true;
  }

  /**
   * The children, in order.
   *
   * @return the children
   */
  public abstract List<Node> children();

  /**
   * Whether this node is a leaf: no children and no unitemised points.
   *
   * @return true for a leaf
   */
  public final boolean isLeaf() {
    return children().isEmpty() && unitemisedPoints().signum() == 0;
  }

  /**
   * Whether this node has an unitemised remainder.
   *
   * @return true when {@link #unitemisedPoints()} is positive
   */
  public final boolean hasRemainder() {
    return unitemisedPoints().signum() > 0;
  }

  /**
   * The leaves under this node (or this node, if it is a leaf), in document order.
   *
   * @return the leaves
   */
  public final List<Node> leaves() {
    List<Node> out = new ArrayList<>();
    collectLeaves(this, out);
    return List.copyOf(out);
  }

  private static void collectLeaves(Node node, List<Node> out) {
    if (node.isLeaf()) {
      out.add(node);
    }
    for (Node child : node.children()) {
      collectLeaves(child, out);
    }
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Node normalize() {
    if (Decimals.isNormalized(maxPoints()) && Decimals.isNormalized(unitemisedPoints())) {
      return this;
    }
    return builder().from(this)
        .maxPoints(Decimals.normalize(maxPoints()))
        .unitemisedPoints(Decimals.normalize(unitemisedPoints()))
        .build();
  }

  /** Builds a {@link Node}. */
  public static final class Builder extends ImmutableNode.Builder {
    Builder() {}
  }
}
