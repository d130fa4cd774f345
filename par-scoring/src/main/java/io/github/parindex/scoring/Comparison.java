package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Node-by-node differences between two scorecards — a self-assessment and its appraisal, one year and
 * the next, or the same unit under two methodology versions. Nodes are matched by code; codes present
 * on one side only are listed.
 *
 * <p>Guarantees: immutable; rows follow the first scorecard's document order, then the codes found only
 * in the second, in its order. Comparing takes time linear in the number of nodes (each is matched by
 * a lookup of its code).
 */
public final class Comparison {
  private final Scorecard first;
  private final Scorecard second;
  private final List<Row> rows;

  /**
   * One node compared.
   *
   * @param code the code
   * @param name the name (from the first scorecard when present there)
   * @param first the node in the first scorecard, or {@code null} when absent there
   * @param second the node in the second scorecard, or {@code null} when absent there
   */
  public record Row(String code, LocalizedText name, @Nullable NodeScore first,
      @Nullable NodeScore second) {
    /**
     * Validates.
     *
     * @param code the code
     * @param name the name
     * @param first the first node, or {@code null}
     * @param second the second node, or {@code null}
     * @throws IllegalArgumentException if both are {@code null}
     */
    public Row {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      if (first == null && second == null) {
        throw new IllegalArgumentException("a row needs at least one side");
      }
    }

    /**
     * Whether the node is in both scorecards.
     *
     * @return true when matched
     */
    public boolean matched() {
      return first != null && second != null;
    }

    /**
     * Second points − first points.
     *
     * @return the change; empty when a side is absent or unknown
     */
    public Optional<BigDecimal> delta() {
      BigDecimal a = first == null ? null : first.pointsOrNull();
      BigDecimal b = second == null ? null : second.pointsOrNull();
      return a == null || b == null ? Optional.empty() : Optional.of(b.subtract(a));
    }

    /**
     * Whether anything differs: points, maximum or status.
     *
     * @return true when the sides differ
     */
    public boolean changed() {
      if (first == null || second == null) {
        return true;
      }
      return !Objects.equals(first.points(), second.points())
          || first.maxPoints().compareTo(second.maxPoints()) != 0
          || first.status() != second.status();
    }

    /**
     * The first side's status.
     *
     * @return the status, if present
     */
    public Optional<Status> firstStatus() {
      return Optional.ofNullable(first).map(NodeScore::status);
    }

    /**
     * The second side's status.
     *
     * @return the status, if present
     */
    public Optional<Status> secondStatus() {
      return Optional.ofNullable(second).map(NodeScore::status);
    }
  }

  private Comparison(Scorecard first, Scorecard second) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    List<NodeScore> firstNodes = first.nodes();
    List<NodeScore> secondNodes = second.nodes();
    List<Row> out = new ArrayList<>(firstNodes.size());
    for (int i = 0; i < firstNodes.size(); i++) {
      NodeScore a = firstNodes.get(i);
      out.add(new Row(a.code(), a.name(), a, at(secondNodes, i, a.code(), second)));
    }
    for (int i = 0; i < secondNodes.size(); i++) {
      NodeScore b = secondNodes.get(i);
      if (at(firstNodes, i, b.code(), first) == null) {
        out.add(new Row(b.code(), b.name(), null, b));
      }
    }
    this.rows = List.copyOf(out);
  }

  /**
   * The node of a scorecard with a code: the one at the same position when it has that code (two
   * scorecards of one methodology), else the one its code looks up.
   */
  private static @Nullable NodeScore at(List<NodeScore> nodes, int i, String code,
      Scorecard card) {
    if (i < nodes.size()) {
      NodeScore n = nodes.get(i);
      if (n.code().equals(code)) {
        return n;
      }
    }
    return card.find(code);
  }

  /**
   * Compares two scorecards.
   *
   * @param first the first, e.g. the self-assessment or the earlier year
   * @param second the second, e.g. the appraisal or the later year
   * @return the comparison, built in time linear in the number of nodes
   */
  public static Comparison of(Scorecard first, Scorecard second) {
    return new Comparison(first, second);
  }

  /**
   * The first scorecard.
   *
   * @return the first scorecard, as given
   */
  public Scorecard first() {
    return first;
  }

  /**
   * The second scorecard.
   *
   * @return the second scorecard, as given
   */
  public Scorecard second() {
    return second;
  }

  /**
   * Every node of either side.
   *
   * @return one row per code of either side: the first's in document order, then the second's own;
   *     unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows whose points, maximum or status differ, or that are on one side only.
   *
   * @return the changed rows, in the order of {@link #rows()}
   */
  public List<Row> changed() {
    return rows.stream().filter(Row::changed).toList();
  }

  /**
   * Codes found only in the first scorecard.
   *
   * @return the codes, in the first scorecard's document order
   */
  public List<String> onlyInFirst() {
    return rows.stream().filter(r -> r.second() == null).map(Row::code).toList();
  }

  /**
   * Codes found only in the second scorecard.
   *
   * @return the codes, in the second scorecard's document order
   */
  public List<String> onlyInSecond() {
    return rows.stream().filter(r -> r.first() == null).map(Row::code).toList();
  }

  /**
   * Whether both scorecards use the same methodology.
   *
   * @return true when the methodology ids are equal
   */
  public boolean sameMethodology() {
    return first.methodology().id().equals(second.methodology().id());
  }

  /**
   * Second total − first total.
   *
   * @return the change; empty when either total is unknown
   */
  public Optional<BigDecimal> pointsDelta() {
    return first.points().isPresent() && second.points().isPresent()
        ? Optional.of(second.points().get().subtract(first.points().get())) : Optional.empty();
  }

  /**
   * Second published index − first published index.
   *
   * @return the change; empty when either index is unknown
   */
  public Optional<BigDecimal> indexDelta() {
    return first.index().isPresent() && second.index().isPresent()
        ? Optional.of(second.index().get().subtract(first.index().get())) : Optional.empty();
  }
}
