package io.github.parindex.projection.simulation;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.internal.Percentiles;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a simulation: the distribution of the published index and of the total, the rank's
 * distribution among peers, and the Sobol indices of the input groups.
 *
 * <p>Guarantees: immutable; the same spec (seed included) and inputs give an equal result on any
 * number of threads.
 */
public final class SimulationResult {
  private final SimulationSpec spec;
  private final Scorecard baseline;
  private final List<LocalizedText> assumptions;
  private final Summary index;
  private final Summary points;
  private final RankDistribution rank;
  private final List<GroupSensitivity> sensitivity;
  private final List<LocalizedText> notes;

  SimulationResult(SimulationSpec spec, Scorecard baseline, List<LocalizedText> assumptions,
      Summary index, Summary points, RankDistribution rank, List<GroupSensitivity> sensitivity,
      List<LocalizedText> notes) {
    this.spec = spec;
    this.baseline = baseline;
    this.assumptions = List.copyOf(assumptions);
    this.index = index;
    this.points = points;
    this.rank = rank;
    this.sensitivity = List.copyOf(sensitivity);
    this.notes = List.copyOf(notes);
  }

  /**
   * The distribution of an exact quantity over the draws: its mean and standard deviation (estimates,
   * in floating point), its least and greatest values and its percentiles (nearest rank, exact
   * values).
   *
   * @param mean the mean
   * @param sd the standard deviation (population, over the draws)
   * @param min the least value
   * @param max the greatest value
   * @param percentiles percentile (0 to 100) → value, in the order asked
   */
  public record Summary(double mean, double sd, BigDecimal min, BigDecimal max,
      Map<BigDecimal, BigDecimal> percentiles) {
    /**
     * Copies the percentiles.
     *
     * @param mean the mean
     * @param sd the standard deviation
     * @param min the least value
     * @param max the greatest value
     * @param percentiles the percentiles
     */
    public Summary {
      percentiles = Collections.unmodifiableMap(new LinkedHashMap<>(percentiles));
    }

    /** Summarises whole numbers of units of 10^−scale, in draw order. */
    static Summary of(long[] units, int scale, List<BigDecimal> percentiles) {
      double sum = 0;
      for (long u : units) {
        sum += u;
      }
      double mean = sum / units.length;
      double squares = 0;
      for (long u : units) {
        squares += (u - mean) * (u - mean);
      }
      double sd = StrictMath.sqrt(squares / units.length);
      long[] sorted = Percentiles.sorted(units);
      Map<BigDecimal, BigDecimal> ps = new LinkedHashMap<>();
      for (BigDecimal p : percentiles) {
        ps.put(p, BigDecimal.valueOf(Percentiles.of(sorted, p), scale));
      }
      double ten = 1;
      for (int i = 0; i < scale; i++) {
        ten *= 10;
      }
      return new Summary(mean / ten, sd / ten, BigDecimal.valueOf(sorted[0], scale),
          BigDecimal.valueOf(sorted[sorted.length - 1], scale), ps);
    }
  }

  /**
   * The Sobol indices of one group of inputs.
   *
   * @param group the group's name (a field's code by default, {@code peers} for the peers' changes)
   * @param members the inputs in the group
   * @param indexFirst the first-order index of the published index
   * @param indexTotal the total index of the published index
   * @param rankFirst the first-order index of the rank (NaN without peers)
   * @param rankTotal the total index of the rank (NaN without peers)
   */
  public record GroupSensitivity(String group, List<String> members, double indexFirst,
      double indexTotal, double rankFirst, double rankTotal) {
    /**
     * Copies the members.
     *
     * @param group the group
     * @param members the members
     * @param indexFirst first-order index of the index
     * @param indexTotal total index of the index
     * @param rankFirst first-order index of the rank
     * @param rankTotal total index of the rank
     */
    public GroupSensitivity {
      members = List.copyOf(members);
    }
  }

  /**
   * The spec.
   *
   * @return the spec
   */
  public SimulationSpec spec() {
    return spec;
  }

  /**
   * The baseline scorecard (its total may be unknown when the unknown parts are drawn).
   *
   * @return the baseline
   */
  public Scorecard baseline() {
    return baseline;
  }

  /**
   * Assumptions the simulation rests on.
   *
   * @return the assumptions
   */
  public List<LocalizedText> assumptions() {
    return assumptions;
  }

  /**
   * The published index over the draws.
   *
   * @return its summary
   */
  public Summary index() {
    return index;
  }

  /**
   * The total (capped as the methodology says) over the draws.
   *
   * @return its summary
   */
  public Summary points() {
    return points;
  }

  /**
   * The rank among peers over the draws.
   *
   * @return its distribution; empty without peers
   */
  public Optional<RankDistribution> rank() {
    return Optional.ofNullable(rank);
  }

  /**
   * Sobol indices per input group, in the order groups first appear.
   *
   * @return the indices; empty when no sensitivity analysis was asked for
   */
  public List<GroupSensitivity> sensitivity() {
    return sensitivity;
  }

  /**
   * Remarks.
   *
   * @return the notes
   */
  public List<LocalizedText> notes() {
    return notes;
  }
}
