package io.github.parindex.projection.simulation;

import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.projection.internal.Percentiles;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to simulate, the {@code par-simulation/1} format: uncertain points of leaves or remainders (each
 * a {@link Distribution}, in a named group), how peers' indices may move, how many draws with which
 * seed, which percentiles to report, an optional target rank, and an optional variance-based
 * sensitivity analysis (Sobol indices of the input groups).
 *
 * <p>Guarantees: immutable; inputs keep their file order; the same spec and seed give the same results
 * on any number of threads.
 */
public final class SimulationSpec {
  /** The format identifier written in simulation files. */
  public static final String FORMAT = "par-simulation/1";
  /** The number of draws when none is given. */
  public static final int DEFAULT_DRAWS = 1000;
  /** The most draws (or Sobol samples) accepted. */
  public static final int MAX_DRAWS = 1_000_000;
  /** The group of the peers' changes in a sensitivity analysis. */
  public static final String PEERS_GROUP = "peers";

  private final long seed;
  private final int draws;
  private final List<BigDecimal> percentiles;
  private final Integer targetRank;
  private final Map<String, Input> inputs;
  private final Distribution peerChange;
  private final int sensitivitySamples;
  private final String sourceName;

  private SimulationSpec(long seed, int draws, List<BigDecimal> percentiles, Integer targetRank,
      Map<String, Input> inputs, Distribution peerChange, int sensitivitySamples,
      String sourceName) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new IllegalArgumentException("draws must be from 1 to " + MAX_DRAWS);
    }
    if (sensitivitySamples < 0 || sensitivitySamples > MAX_DRAWS) {
      throw new IllegalArgumentException("sensitivity samples must be from 0 to " + MAX_DRAWS);
    }
    this.seed = seed;
    this.draws = draws;
    this.percentiles = List.copyOf(percentiles);
    this.targetRank = targetRank;
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    this.peerChange = peerChange;
    this.sensitivitySamples = sensitivitySamples;
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * One uncertain part.
   *
   * @param code the leaf's code, or the node's code for its unitemised remainder
   * @param distribution its points' distribution
   * @param group the group it belongs to in a sensitivity analysis (by default its field's code)
   */
  public record Input(String code, Distribution distribution, String group) {
    /**
     * Validates.
     *
     * @param code the code
     * @param distribution the distribution
     * @param group the group, or {@code null} for the field's code
     */
    public Input {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(distribution, "distribution");
    }
  }

  /**
   * A new builder, for specs made in code.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of Monte Carlo draws.
   *
   * @return the draws
   */
  public int draws() {
    return draws;
  }

  /**
   * The percentiles to report (nearest rank), 0 to 100.
   *
   * @return the percentiles
   */
  public List<BigDecimal> percentiles() {
    return percentiles;
  }

  /**
   * The rank whose probability is reported, if any.
   *
   * @return the target rank
   */
  public Optional<Integer> targetRank() {
    return Optional.ofNullable(targetRank);
  }

  /**
   * The uncertain parts, by code, in file order.
   *
   * @return the inputs
   */
  public Map<String, Input> inputs() {
    return inputs;
  }

  /**
   * How each peer's index may move (independently per peer), if at all.
   *
   * @return the distribution of a peer's change
   */
  public Optional<Distribution> peerChange() {
    return Optional.ofNullable(peerChange);
  }

  /**
   * The number of base samples N of the Sobol analysis ({@code N × (groups + 2)} evaluations).
   *
   * @return the samples; 0 for no analysis
   */
  public int sensitivitySamples() {
    return sensitivitySamples;
  }

  /**
   * The file the spec was read from.
   *
   * @return the file's name, or the empty string for a spec made in code
   */
  public String sourceName() {
    return sourceName;
  }

  /** Builds a {@link SimulationSpec} in code. */
  public static final class Builder {
    private long seed;
    private int draws = DEFAULT_DRAWS;
    private List<BigDecimal> percentiles = Percentiles.DEFAULT;
    private Integer targetRank;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private Distribution peerChange;
    private int sensitivitySamples;
    private String sourceName = "";

    private Builder() {}

    /**
     * Names the file the spec comes from: its problems (and those a simulation finds in it) then
     * carry that name. The readers of {@link ProjectionReader} set it; specs made in code have none.
     *
     * @param sourceName the file's name, or the empty string
     * @return this builder
     */
    public Builder sourceName(String sourceName) {
      this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
      return this;
    }

    /**
     * Sets the seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of draws.
     *
     * @param draws the draws
     * @return this builder
     */
    public Builder draws(int draws) {
      this.draws = draws;
      return this;
    }

    /**
     * Sets the percentiles to report.
     *
     * @param percentiles the percentiles, 0 to 100
     * @return this builder
     */
    public Builder percentiles(List<BigDecimal> percentiles) {
      this.percentiles = List.copyOf(percentiles);
      return this;
    }

    /**
     * Sets the target rank.
     *
     * @param rank the rank, at least 1
     * @return this builder
     */
    public Builder targetRank(int rank) {
      this.targetRank = rank;
      return this;
    }

    /**
     * Adds an uncertain part.
     *
     * @param code the leaf's code, or the node's code for its remainder
     * @param distribution the distribution of its points
     * @param group the group, or {@code null} for its field's code
     * @return this builder
     */
    public Builder input(String code, Distribution distribution, String group) {
      inputs.put(code, new Input(code, distribution, group));
      return this;
    }

    /**
     * Sets how each peer's index may move.
     *
     * @param change the distribution of a peer's change
     * @return this builder
     */
    public Builder peerChange(Distribution change) {
      this.peerChange = change;
      return this;
    }

    /**
     * Asks for Sobol indices with N base samples.
     *
     * @param samples N, at least 1; 0 for none
     * @return this builder
     */
    public Builder sensitivity(int samples) {
      this.sensitivitySamples = samples;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     */
    public SimulationSpec build() {
      return new SimulationSpec(seed, draws, percentiles, targetRank, inputs, peerChange,
          sensitivitySamples, sourceName);
    }
  }
}
