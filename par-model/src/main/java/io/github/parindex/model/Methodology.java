package io.github.parindex.model;

import io.github.parindex.model.internal.MethodologyChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An index methodology: the versioned tree of an index (fields, criteria, component criteria), its
 * maximum, its precision rules, its bands and its alerts. A methodology is data; it is versioned by the
 * evaluation years it applies to.
 *
 * <p>Guarantees: immutable and safe to share between threads; a built methodology is valid:
 * codes are unique and nested, every parent's maximum is the sum of its children's and its unitemised
 * points, the top-level STANDARD nodes sum to {@link #maxPoints()}, every leaf has a rule and no inner
 * node has one, no point value has more decimals than {@link #pointDecimals()}, bands descend,
 * alerts name existing nodes or bands, and band caps name existing bands, alerts and nodes. {@link Builder#build()} reports every violation at once in a
 * {@link ValidationException}. Whether the rules' types exist is checked by the rule registry.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Methodology {
  /** The format identifier written in methodology files. */
  public static final String FORMAT = "par-methodology/1";

  Methodology() {}

  /**
   * The identifier, e.g. {@code vn-par-province-876}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The issuing body, e.g. "Bộ Nội vụ".
   *
   * @return the issuer
   */
  public abstract Optional<String> issuer();

  /**
   * The legal basis, e.g. "Quyết định 876/QĐ-BNV ngày 10/11/2022".
   *
   * @return the legal basis
   */
  public abstract Optional<String> legalBasis();

  /**
   * The level of unit scored, e.g. {@code PROVINCE}, {@code DEPARTMENT}, {@code COMMUNE}.
   *
   * @return the unit level
   */
  public abstract Optional<String> unitLevel();

  /**
   * A free description, e.g. what is and is not transcribed.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Where the methodology as a whole comes from.
   *
   * @return the provenance
   */
  public abstract Optional<Provenance> provenance();

  /**
   * The first evaluation year the methodology applies to.
   *
   * @return the first year
   */
  public abstract int validFrom();

  /**
   * The last evaluation year the methodology applies to, if it has ended.
   *
   * @return the last year
   */
  public abstract OptionalInt validTo();

  /**
   * The maximum: the sum of the top-level STANDARD nodes' maxima.
   *
   * @return the maximum points
   */
  public abstract BigDecimal maxPoints();

  /**
   * The number of decimals leaf points are kept to.
   *
   * @return the point decimals, 4 by default
   */
  @Value.Default
  public int pointDecimals() {
    return 4;
  }

  /**
   * The number of decimals of published indices and percentages.
   *
   * @return the index decimals, 2 by default
   */
  @Value.Default
  public int indexDecimals() {
    return 2;
  }

  /**
   * The rounding mode: {@link RoundingMode#HALF_UP} (default), {@link RoundingMode#HALF_EVEN} or
   * {@link RoundingMode#DOWN}.
   *
   * @return the rounding mode
   */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Whether the total is clamped to 0 .. the applicable maximum.
   *
   * @return true by default
   */
  @Value.Default
  public boolean capTotal() {
    return true;
  }

  /**
   * The bands, highest first.
   *
   * @return the bands
   */
  public abstract List<Band> bands();

  /**
   * The alerts.
   *
   * @return the alerts
   */
  public abstract List<Alert> alerts();

  /**
   * The band caps, applied in order after the band is found from the index.
   *
   * @return the caps
   */
  public abstract List<BandCap> bandCaps();

  /**
   * The top-level nodes (fields, and any BONUS or PENALTY nodes), in order.
   *
   * @return the top-level nodes
   */
  public abstract List<Node> nodes();

  @Value.Lazy
  TreeIndex index() {
    return new TreeIndex(nodes());
  }

  /**
   * Finds a node by code.
   *
   * @param code the code
   * @return the node, if any
   */
  public Optional<Node> node(String code) {
    return Optional.ofNullable(index().byCode.get(code));
  }

  /**
   * Finds a node by code, or fails.
   *
   * @param code the code
   * @return the node
   * @throws NoSuchElementException if there is no such node
   */
  public Node requireNode(String code) {
    Node node = index().byCode.get(code);
    if (node == null) {
      throw new NoSuchElementException("no node " + code + " in methodology " + id());
    }
    return node;
  }

  /**
   * The parent of a node.
   *
   * @param code the node's code
   * @return the parent; empty for a top-level node or an unknown code
   */
  public Optional<Node> parent(String code) {
    return Optional.ofNullable(index().parentOf.get(code));
  }

  /**
   * The path from the top-level node down to a node, both included.
   *
   * @param code the node's code
   * @return the nodes from the root to the node
   * @throws NoSuchElementException if there is no such node
   */
  public List<Node> path(String code) {
    List<Node> path = new ArrayList<>();
    Node node = requireNode(code);
    while (node != null) {
      path.add(node);
      node = index().parentOf.get(node.code());
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * The depth of a node: 1 for a top-level node (a field), 2 for its children, and so on.
   *
   * @param code the node's code
   * @return the depth
   * @throws NoSuchElementException if there is no such node
   */
  public int depth(String code) {
    Integer depth = index().depthOf.get(code);
    if (depth == null) {
      throw new NoSuchElementException("no node " + code + " in methodology " + id());
    }
    return depth;
  }

  /**
   * Where a node sits in a methodology file, as a JSON pointer such as {@code /nodes/2/children/0}.
   *
   * @param code the node's code
   * @return the pointer
   * @throws NoSuchElementException if there is no such node
   */
  public String pointer(String code) {
    String pointer = index().pointerOf.get(code);
    if (pointer == null) {
      throw new NoSuchElementException("no node " + code + " in methodology " + id());
    }
    return pointer;
  }

  /**
   * Every node, in document order (a parent before its children).
   *
   * @return all nodes
   */
  public List<Node> allNodes() {
    return index().preorder;
  }

  /**
   * Every leaf, in document order.
   *
   * @return the leaves
   */
  public List<Node> leaves() {
    return index().leaves;
  }

  /**
   * The lead agency of a node: its own, or its nearest ancestor's.
   *
   * @param code the node's code
   * @return the lead agency, if any node on the path names one
   * @throws NoSuchElementException if there is no such node
   */
  public Optional<String> leadAgency(String code) {
    List<Node> path = path(code);
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i).leadAgency().isPresent()) {
        return path.get(i).leadAgency();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the methodology applies to an evaluation year.
   *
   * @param year the evaluation year
   * @return true when {@code validFrom <= year <= validTo}
   */
  public boolean appliesTo(int year) {
    return year >= validFrom() && (validTo().isEmpty() || year <= validTo().getAsInt());
  }

  /**
   * How much of the maximum is itemised into leaves.
   *
   * @return the completeness
   */
  @Value.Lazy
  public Completeness completeness() {
    BigDecimal itemised = BigDecimal.ZERO;
    BigDecimal unitemised = BigDecimal.ZERO;
    for (Node node : allNodes()) {
      if (node.role() != Role.STANDARD) {
        continue;
      }
      if (node.isLeaf()) {
        itemised = itemised.add(node.maxPoints());
      }
      unitemised = unitemised.add(node.unitemisedPoints());
    }
    return new Completeness(itemised, unitemised, maxPoints());
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
  Methodology normalize() {
    return Decimals.isNormalized(maxPoints())
        ? this : builder().from(this).maxPoints(Decimals.normalize(maxPoints())).buildUnchecked();
  }

  /**
   * Builds a {@link Methodology}; {@link #build()} checks the whole tree and reports every problem.
   */
  public static final class Builder extends ImmutableMethodology.Builder {
    Builder() {}

    /**
     * Builds the methodology and checks it.
     *
     * @return the methodology
     * @throws ValidationException listing every problem, with JSON pointers as if the methodology
     *     were written to a file
     */
    @Override
    public Methodology build() {
      Methodology m = super.build();
      List<Problem> problems = MethodologyChecks.check(m);
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return m;
    }

    Methodology buildUnchecked() {
      return super.build();
    }
  }
}
