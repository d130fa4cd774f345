package io.github.parindex.projection;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.ProjectionRequest;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A what-if study as a front end asks for it — {@code par project} and {@code par simulate} on the
 * command line, {@code /v1/project} and {@code /v1/simulate} of the HTTP service — with the rules of
 * how its arguments combine and the steps from the documents read to the result, written once for
 * every front end.
 *
 * <p>An instance is the starting point: a submission with the scorer of its methodology and, when a
 * scenario is given, the scenario applied to them — then every projection and simulation works from
 * the scenario's result (its possibly edited methodology, its submission, its assumptions), and a
 * projection holds the parts the scenario assumes out of the plan ({@link
 * ProjectionRequest.Builder#fromScenario}).
 *
 * <pre>{@code
 * List<WhatIf.Misfit> wrong = WhatIf.projectionMisfits(given);   // before reading anything
 * WhatIf start = WhatIf.of(scorer, submission, scenario);          // scenario may be null
 * Projection p = start.project(Target.index(new BigDecimal("90")), ImprovementOptions.defaults(),
 *     PeerChange.none(), 1, Projector.DEFAULT_MAX_STATES);
 * }</pre>
 *
 * <p>The front ends keep only their own words: which flag or member an {@link Argument} is, and how a
 * {@link Misfit} is said. The library decides which combinations are refused, the defaults (1000
 * draws, seed 0), which scorer and submission to work from, and checks the peers against the
 * methodology before any result is computed or written.
 *
 * <p>Guarantees: immutable and safe to share between threads; the same inputs give equal results on
 * any number of threads.
 */
public final class WhatIf {
  private final Scorer scorer;
  private final Submission submission;
  private final @Nullable ScenarioResult scenario;

  private WhatIf(Scorer scorer, Submission submission, @Nullable ScenarioResult scenario) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.submission = Objects.requireNonNull(submission, "submission");
    this.scenario = scenario;
  }

  /** An argument a front end takes, whatever its name there: a flag, a member of a request. */
  public enum Argument {
    /** A target total ({@code --target-points}, {@code target.points}). */
    TARGET_POINTS,
    /** A target index ({@code --target-index}, {@code target.index}). */
    TARGET_INDEX,
    /** A target rank ({@code --target-rank}, {@code target.rank}). */
    TARGET_RANK,
    /** The peers' published results, {@code par-peers/1}. */
    PEERS,
    /** Every peer moving by the same amount ({@code --peer-change}, {@code peerChange}). */
    PEER_CHANGE,
    /** Peers moving at random ({@code --peer-change-normal}, {@code peerChangeNormal}). */
    PEER_CHANGE_NORMAL,
    /** The number of random draws of the peers' changes. */
    DRAWS,
    /** The seed of the random draws of the peers' changes. */
    SEED,
    /** A scenario, {@code par-scenario/1}. */
    SCENARIO,
    /** A simulation, {@code par-simulation/1}. */
    SPEC
  }

  /** A combination of arguments that does not make a study. */
  public enum Misfit {
    /** Not exactly one target: give one of a total, an index or a rank. */
    NOT_ONE_TARGET,
    /** A rank target without the peers to rank against. */
    RANK_WITHOUT_PEERS,
    /** Peers without a rank target: a projection to a total or an index has no use for them. */
    PEERS_WITHOUT_RANK,
    /** A peer change ({@link Argument#PEER_CHANGE}) without a rank target. */
    PEER_CHANGE_WITHOUT_RANK,
    /** Random peer changes ({@link Argument#PEER_CHANGE_NORMAL}) without a rank target. */
    PEER_CHANGE_NORMAL_WITHOUT_RANK,
    /** Draws without random peer changes. */
    DRAWS_WITHOUT_NORMAL,
    /** A seed without random peer changes. */
    SEED_WITHOUT_NORMAL,
    /** Both a peer change and random peer changes: give one. */
    BOTH_PEER_CHANGES,
    /** A simulation request with neither a scenario nor a simulation. */
    NOTHING_TO_SIMULATE
  }

  /**
   * What is wrong with the arguments of a projection, judged on which were given (their values are the
   * front end's to check). Exactly one target is needed; a rank target and peers go together; a peer
   * change, random or not, goes with a rank target, and only one of the two is given; draws and seed
   * go with random peer changes. When the number of targets is wrong, the rules that depend on the kind
   * of target are not judged.
   *
   * @param given the arguments given
   * @return every misfit, in the order of {@link Misfit}; empty when the arguments make a projection
   */
  public static List<Misfit> projectionMisfits(Set<Argument> given) {
    List<Misfit> misfits = new ArrayList<>();
    int targets = (given.contains(Argument.TARGET_POINTS) ? 1 : 0)
        + (given.contains(Argument.TARGET_INDEX) ? 1 : 0)
        + (given.contains(Argument.TARGET_RANK) ? 1 : 0);
    boolean rank = given.contains(Argument.TARGET_RANK);
    boolean peers = given.contains(Argument.PEERS);
    boolean shift = given.contains(Argument.PEER_CHANGE);
    boolean normal = given.contains(Argument.PEER_CHANGE_NORMAL);
    if (targets != 1) {
      misfits.add(Misfit.NOT_ONE_TARGET);
    } else {
      if (rank && !peers) {
        misfits.add(Misfit.RANK_WITHOUT_PEERS);
      }
      if (!rank && peers) {
        misfits.add(Misfit.PEERS_WITHOUT_RANK);
      }
      if (!rank && shift) {
        misfits.add(Misfit.PEER_CHANGE_WITHOUT_RANK);
      }
      if (!rank && normal) {
        misfits.add(Misfit.PEER_CHANGE_NORMAL_WITHOUT_RANK);
      }
    }
    if (!normal && given.contains(Argument.DRAWS)) {
      misfits.add(Misfit.DRAWS_WITHOUT_NORMAL);
    }
    if (!normal && given.contains(Argument.SEED)) {
      misfits.add(Misfit.SEED_WITHOUT_NORMAL);
    }
    if (shift && normal) {
      misfits.add(Misfit.BOTH_PEER_CHANGES);
    }
    return List.copyOf(misfits);
  }

  /**
   * What is wrong with the arguments of a simulation: it needs a scenario, a simulation, or both.
   *
   * @param given the arguments given
   * @return {@link Misfit#NOTHING_TO_SIMULATE} when neither is given; else empty
   */
  public static List<Misfit> simulationMisfits(Set<Argument> given) {
    return given.contains(Argument.SCENARIO) || given.contains(Argument.SPEC) ? List.of()
        : List.of(Misfit.NOTHING_TO_SIMULATE);
  }

  /**
   * How the peers move, from the arguments that say it: a shift when one is given, else a normal
   * model when its mean and standard deviation are ({@value PeerChange.Normal#DEFAULT_DRAWS} draws and
   * seed 0 unless given), else none. Check the arguments with {@link #projectionMisfits} first: a
   * shift and a normal model together are a misfit.
   *
   * @param shift the change of every peer, or {@code null}
   * @param mean the mean of the normal model, or {@code null}
   * @param sd its standard deviation, at least 0, or {@code null}
   * @param draws the number of draws, or {@code null} for the default
   * @param seed the seed, or {@code null} for 0
   * @return the model
   * @throws IllegalArgumentException if the standard deviation is negative or the draws are out of
   *     range ({@link PeerChange#normal})
   */
  public static PeerChange peerChange(@Nullable BigDecimal shift, @Nullable BigDecimal mean,
      @Nullable BigDecimal sd, @Nullable Integer draws, @Nullable Long seed) {
    if (shift != null) {
      return PeerChange.shift(shift);
    }
    if (mean == null || sd == null) {
      return PeerChange.none();
    }
    return PeerChange.normal(mean, sd, draws == null ? PeerChange.Normal.DEFAULT_DRAWS : draws,
        seed == null ? 0 : seed);
  }

  /**
   * The starting point of a study: the submission as given, or as a scenario makes it.
   *
   * @param scorer the scorer of the submission's methodology
   * @param submission the submission, checked against the methodology ({@link Scorer#check}) by the
   *     caller, who knows where to report its problems
   * @param scenario a scenario to apply first, or {@code null}
   * @return the starting point
   * @throws ValidationException if the scenario does not apply to the submission (problems of the
   *     scenario carry its file's name), or the submission is invalid
   */
  public static WhatIf of(Scorer scorer, Submission submission, @Nullable Scenario scenario) {
    return new WhatIf(scorer, submission, scenario == null ? null
        : scenario.apply(scorer, submission));
  }

  /**
   * The scorer to work with: the scenario's (its methodology may be edited), else the one given.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scenario != null ? scenario.scorer() : scorer;
  }

  /**
   * The submission to work with: as the scenario makes it, else as given.
   *
   * @return the submission
   */
  public Submission submission() {
    return scenario != null ? scenario.submission() : submission;
  }

  /**
   * The scenario's result.
   *
   * @return the result, if a scenario was given
   */
  public Optional<ScenarioResult> scenarioResult() {
    return Optional.ofNullable(scenario);
  }

  /**
   * The assumptions every output repeats: the scenario's.
   *
   * @return the assumptions; empty without a scenario
   */
  public List<LocalizedText> assumptions() {
    return scenario != null ? scenario.assumptions() : List.of();
  }

  /**
   * The cheapest plan to a target, from the starting point: with a scenario, from its result, its
   * assumptions repeated and the parts it assumes held out of the plan.
   *
   * @param target the target (a rank target carries its peers)
   * @param options what can change and at what cost
   * @param peerChange how the peers move (rank targets only)
   * @param threads the threads of random draws, at least 1 (the result does not depend on it)
   * @param maxStates the most states the plan search may need ({@link Projector#withMaxStates})
   * @return the projection
   * @throws ValidationException if the options or the peers do not fit the methodology or the
   *     submission, the total is unknown, or the plan would need more than {@code maxStates} states;
   *     problems of the options and peers carry their files' names
   */
  public Projection project(Target target, ImprovementOptions options, PeerChange peerChange,
      int threads, int maxStates) {
    ProjectionRequest.Builder request = ProjectionRequest.builder();
    if (scenario != null) {
      request.fromScenario(scenario);
    } else {
      request.submission(submission);
    }
    return Projector.of(scorer(), threads).withMaxStates(maxStates)
        .project(request.target(target).options(options).peerChange(peerChange).build());
  }

  /**
   * The simulation part of a study, from the starting point; the peers are checked against the
   * methodology first, so that neither the scenario's ranks nor the simulation use an impossible
   * index.
   *
   * @param spec what to draw, or {@code null} for no simulation
   * @param peers the peers, or {@code null}
   * @param threads the threads, at least 1 (the result does not depend on it)
   * @return the simulation's result, or {@code null} without a spec
   * @throws ValidationException if the peers do not fit the methodology, or the spec does not fit the
   *     submission; problems of the spec and peers carry their files' names
   */
  public @Nullable SimulationResult simulate(@Nullable SimulationSpec spec,
      @Nullable PeerTable peers, int threads) {
    if (peers != null) {
      List<Problem> problems = peers.checkAgainst(scorer().methodology());
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
    }
    return spec == null ? null
        : Simulator.of(scorer(), threads).simulate(submission(), spec, peers, assumptions());
  }
}
