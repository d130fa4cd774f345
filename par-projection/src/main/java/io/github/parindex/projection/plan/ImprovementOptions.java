package io.github.parindex.projection.plan;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.projection.internal.Binding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What can change, and at what cost, for a projection: the {@code par-options/1} format.
 *
 * <p>Keys are leaf codes, or node codes for their unitemised remainder. An entry either lists
 * {@linkplain Level levels} (reachable point totals for that part with the cost of getting there from
 * today) or is {@linkplain Entry#fixed() fixed} (it cannot change). Every leaf or remainder that lost
 * points and has no entry gets one level: its full maximum, at cost deficit × {@link
 * #defaultCostPerPoint()}; for a penalty leaf, no penalty at cost penalty × {@code defaultCostPerPoint}.
 * {@link #defaults()} is the file-less case: that default everywhere.
 *
 * <p>Guarantees: immutable and safe to share between threads; entries keep their file order; costs and
 * points are exact decimals, at least 0; the levels of an entry have distinct points. Whether the codes
 * exist and the points fit their parts is checked against a methodology with {@link
 * #checkAgainst(Methodology)}.
 */
public final class ImprovementOptions {
  /** The format identifier written in options files. */
  public static final String FORMAT = "par-options/1";

  private static final ImprovementOptions DEFAULTS =
      new ImprovementOptions(BigDecimal.ONE, Map.of(), "");

  private final BigDecimal defaultCostPerPoint;
  private final Map<String, Entry> entries;
  private final String sourceName;

  private ImprovementOptions(BigDecimal defaultCostPerPoint, Map<String, Entry> entries,
      String sourceName) {
    this.defaultCostPerPoint = Objects.requireNonNull(defaultCostPerPoint, "defaultCostPerPoint");
    if (defaultCostPerPoint.signum() < 0) {
      throw new IllegalArgumentException("the default cost per point must be at least 0, got "
          + defaultCostPerPoint.toPlainString());
    }
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * One reachable point total of a part, with the cost of getting there from today.
   *
   * @param points the points the part would have, at least 0
   * @param cost the cost from today, at least 0
   */
  public record Level(BigDecimal points, BigDecimal cost) {
    /**
     * Validates.
     *
     * @param points the points, at least 0
     * @param cost the cost, at least 0
     */
    public Level {
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(cost, "cost");
      if (points.signum() < 0) {
        throw new IllegalArgumentException("level points must be at least 0, got "
            + points.toPlainString());
      }
      if (cost.signum() < 0) {
        throw new IllegalArgumentException("a cost must be at least 0, got " + cost.toPlainString());
      }
    }
  }

  /**
   * The options of one part: fixed, or a list of levels.
   *
   * @param code the leaf's code, or the node's code for its unitemised remainder
   * @param fixed whether the part cannot change
   * @param levels the reachable levels; empty when fixed
   */
  public record Entry(String code, boolean fixed, List<Level> levels) {
    /**
     * Validates and copies.
     *
     * @param code the code
     * @param fixed whether fixed
     * @param levels the levels
     */
    public Entry {
      Objects.requireNonNull(code, "code");
      levels = List.copyOf(levels);
      if (fixed != levels.isEmpty()) {
        throw new IllegalArgumentException("an entry is either fixed or has levels: " + code);
      }
      for (int i = 0; i < levels.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (levels.get(i).points().compareTo(levels.get(j).points()) == 0) {
            throw new IllegalArgumentException("two levels of " + code + " have the same points");
          }
        }
      }
    }
  }

  /**
   * The options without a file: every part that lost points can be brought to full marks at one unit
   * of cost per point.
   *
   * @return the default options
   */
  public static ImprovementOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A new builder, for options made in code.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cost of one point for parts without an entry.
   *
   * @return the cost per point, 1 by default
   */
  public BigDecimal defaultCostPerPoint() {
    return defaultCostPerPoint;
  }

  /**
   * The entries, by code, in file order.
   *
   * @return the entries
   */
  public Map<String, Entry> entries() {
    return entries;
  }

  /**
   * The entry of a part.
   *
   * @param code the leaf's code, or the node's code for its remainder
   * @return the entry, if any
   */
  public Optional<Entry> entry(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /**
   * The file the options were read from.
   *
   * @return the file's name, or the empty string for options made in code
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Checks the options against a methodology: every key names a leaf or a node with unitemised points;
   * every level's points are within 0 .. the part's maximum and have at most the methodology's
   * {@code pointDecimals}.
   *
   * @param methodology the methodology
   * @return every problem, with JSON pointers into the options file and its name; empty when valid
   */
  public List<Problem> checkAgainst(Methodology methodology) {
    List<Problem> problems = new ArrayList<>();
    for (Entry e : entries.values()) {
      String at = Pointers.child("/options", e.code());
      Optional<Node> node = methodology.node(e.code());
      if (node.isEmpty()) {
        problems.add(Problem.at(at, "no leaf or node has code '" + e.code() + "' in methodology '"
            + methodology.id() + "'"));
        continue;
      }
      if (!node.get().isLeaf() && !node.get().hasRemainder()) {
        problems.add(Problem.at(at, "'" + e.code() + "' is neither a leaf nor a node with "
            + "unitemisedPoints: give options for its leaves"));
        continue;
      }
      BigDecimal max = node.get().isLeaf() ? node.get().maxPoints()
          : node.get().unitemisedPoints();
      for (int i = 0; i < e.levels().size(); i++) {
        BigDecimal points = e.levels().get(i).points();
        String p = at + "/levels/" + i + "/points";
        if (points.compareTo(max) > 0) {
          problems.add(Problem.at(p, "points " + points.toPlainString() + " are above the maximum of "
              + e.code() + (node.get().isLeaf() ? "" : " (its unitemised points)") + " ("
              + max.stripTrailingZeros().toPlainString() + ")"));
        }
        if (points.stripTrailingZeros().scale() > methodology.pointDecimals()) {
          problems.add(Problem.at(p, points.toPlainString() + " has more than pointDecimals ("
              + methodology.pointDecimals() + ") decimals"));
        }
      }
    }
    return Binding.inSource(problems, sourceName);
  }

  @Override
  public String toString() {
    return "ImprovementOptions{defaultCostPerPoint=" + defaultCostPerPoint.toPlainString()
        + ", entries=" + entries.keySet() + "}";
  }

  /** Builds {@link ImprovementOptions} in code. */
  public static final class Builder {
    private BigDecimal defaultCostPerPoint = BigDecimal.ONE;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String sourceName = "";

    private Builder() {}

    /**
     * Names the file the options come from: their problems ({@link
     * ImprovementOptions#checkAgainst}, and those a projection finds) then carry that name. The
     * readers of {@link io.github.parindex.projection.ProjectionReader} set it; options made in code
     * have none.
     *
     * @param sourceName the file's name, or the empty string
     * @return this builder
     */
    public Builder sourceName(String sourceName) {
      this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
      return this;
    }

    /**
     * Sets the cost of one point for parts without an entry.
     *
     * @param cost the cost, at least 0
     * @return this builder
     */
    public Builder defaultCostPerPoint(BigDecimal cost) {
      this.defaultCostPerPoint = Objects.requireNonNull(cost, "cost");
      return this;
    }

    /**
     * Declares a part fixed.
     *
     * @param code the leaf's code, or the node's code for its remainder
     * @return this builder
     */
    public Builder fixed(String code) {
      entries.put(code, new Entry(code, true, List.of()));
      return this;
    }

    /**
     * Gives a part its levels.
     *
     * @param code the leaf's code, or the node's code for its remainder
     * @param levels the levels, not empty, with distinct points
     * @return this builder
     */
    public Builder levels(String code, List<Level> levels) {
      entries.put(code, new Entry(code, false, levels));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ImprovementOptions build() {
      return new ImprovementOptions(defaultCostPerPoint, entries, sourceName);
    }
  }
}
