package io.github.parindex.projection;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.internal.Binding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The other units' published results, for rank targets: the {@code par-peers/1} format.
 *
 * <p>A unit's rank is 1 + the number of peers whose published index is strictly higher; the unit itself
 * is left out of its peers by id ({@link #excluding(String)}).
 *
 * <p>Guarantees: immutable and safe to share between threads; units keep their file order, have
 * distinct ids and indices of at least 0, with at most {@link #indexDecimals()} decimals when the file
 * states them.
 */
public final class PeerTable {
  /** The format identifier written in peers files. */
  public static final String FORMAT = "par-peers/1";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Integer year;
  private final Integer indexDecimals;
  private final List<Peer> units;
  private final String sourceName;

  PeerTable(Integer year, Integer indexDecimals, List<Peer> units, String sourceName) {
    this.year = year;
    this.indexDecimals = indexDecimals;
    this.units = List.copyOf(units);
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    Set<String> ids = new HashSet<>();
    for (Peer p : this.units) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("peer " + p.id() + " appears twice");
      }
    }
  }

  /**
   * One peer.
   *
   * @param id the unit's id, as in its submission
   * @param name the unit's name, or {@code null}
   * @param index its published index, at least 0
   */
  public record Peer(String id, String name, BigDecimal index) {
    /**
     * Validates.
     *
     * @param id the id, not blank
     * @param name the name, or {@code null}
     * @param index the index, at least 0
     */
    public Peer {
      if (Objects.requireNonNull(id, "id").isBlank()) {
        throw new IllegalArgumentException("a peer id must not be blank");
      }
      Objects.requireNonNull(index, "index");
      if (index.signum() < 0) {
        throw new IllegalArgumentException("a published index must be at least 0, got "
            + index.toPlainString());
      }
    }

    /**
     * The name, if given.
     *
     * @return the name
     */
    public Optional<String> displayName() {
      return Optional.ofNullable(name);
    }

    /**
     * A label for tables: the name, else the id.
     *
     * @return the label
     */
    public String label() {
      return name != null ? name : id;
    }
  }

  /**
   * A table made in code.
   *
   * @param units the peers, with distinct ids
   * @return the table
   * @throws IllegalArgumentException if an id appears twice
   */
  public static PeerTable of(List<Peer> units) {
    return new PeerTable(null, null, units, "");
  }

  /**
   * The evaluation year, if the file states it.
   *
   * @return the year
   */
  public OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * The decimals the indices are published with, if the file states them.
   *
   * @return the decimals
   */
  public OptionalInt indexDecimals() {
    return indexDecimals == null ? OptionalInt.empty() : OptionalInt.of(indexDecimals);
  }

  /**
   * The peers, in file order.
   *
   * @return the peers
   */
  public List<Peer> units() {
    return units;
  }

  /**
   * The peers other than a unit.
   *
   * @param unitId the unit's id
   * @return the peers whose id differs, in file order
   */
  public List<Peer> excluding(String unitId) {
    return units.stream().filter(p -> !p.id().equals(unitId)).toList();
  }

  /**
   * Checks the peers against the methodology they are ranked under: when the methodology caps totals
   * ({@code capTotal}, the default), an index is at most 100, so a peer above 100 cannot be a
   * published index and would make every rank meaningless (a projection would plan against a peer no
   * index can pass, a simulation would clamp it). {@link io.github.parindex.projection.plan.Projector},
   * {@link io.github.parindex.projection.simulation.Simulator}, {@link
   * io.github.parindex.projection.scenario.ScenarioResult#ranks} and {@link WhatIf} check it before
   * using the peers.
   *
   * @param methodology the methodology the unit is scored under
   * @return one problem per impossible index, at its pointer ({@code /units/3/index}) in the peers
   *     file, with the file's name; empty when every index is possible
   */
  public List<Problem> checkAgainst(Methodology methodology) {
    List<Problem> problems = new ArrayList<>();
    if (methodology.capTotal()) {
      for (int i = 0; i < units.size(); i++) {
        BigDecimal index = units.get(i).index();
        if (index.compareTo(HUNDRED) > 0) {
          problems.add(Problem.at("/units/" + i + "/index", "an index of " + index.toPlainString()
              + " is impossible under methodology '" + methodology.id() + "': it caps totals, so an"
              + " index is at most 100"));
        }
      }
    }
    return Binding.inSource(problems, sourceName);
  }

  /**
   * The file the table was read from.
   *
   * @return the file's name, or the empty string for a table made in code
   */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "PeerTable{" + units.size() + " units" + (year == null ? "" : ", " + year) + "}";
  }
}
