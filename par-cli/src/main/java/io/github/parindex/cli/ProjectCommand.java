package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.WhatIf;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par project}: the cheapest way to reach a total, a published index or a rank among peers,
 * with the submission re-scored under the plan. The three targets are an exclusive option group:
 * exactly one is given.
 */
@Command(name = "project", header = "the cheapest plan to reach a total, an index or a rank",
    description = """
    Finds the cheapest plan that reaches one target — --target-points X, --target-index X or
    --target-rank R among the peers of --peers P — given what can change at what cost
    (--options, par-options/1), and re-scores the submission with it. Ties are broken by
    fewer changes, then the smaller gain, then codes in document order. An unreachable target
    is not an error: feasible is false and the plan takes every improvement on offer.
    For rank targets, --peer-change D moves every peer by D; --peer-change-normal MEAN,SD
    draws each peer's change (--draws N --seed K) and reports the probability that the plan
    reaches the rank, with rank percentiles. The total must be known: give unknown parts
    (e.g. survey points) in a --scenario, whose assumptions are printed and whose parts are
    held out of the plan.
    """)
final class ProjectCommand extends ParCommand {
  /** The three targets, of which exactly one is given. */
  static final class Targets {
    @Option(names = "--target-points", paramLabel = "X", required = true,
        converter = Values.NonNegativeDecimal.class,
        description = "target: a total of at least X points")
    BigDecimal points;

    @Option(names = "--target-index", paramLabel = "X", required = true,
        converter = Values.NonNegativeDecimal.class,
        description = "target: a published index of at least X")
    BigDecimal index;

    @Option(names = "--target-rank", paramLabel = "R", required = true,
        converter = Values.Rank.class,
        description = "target: rank R or better among the peers of --peers")
    Long rank;
  }

  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S", required = true,
      description = "the submission file")
  String submission;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Targets targets;

  @Option(names = "--peers", paramLabel = "P", description = WhatIfInputs.PEERS)
  String peers;

  @Option(names = "--options", paramLabel = "O", description = "what can change and at what cost "
      + "(par-options/1); default: every lost point, 1 per point")
  String options;

  @Option(names = "--peer-change", paramLabel = "D", converter = Values.Decimal.class,
      description = "every peer's index moves by D before ranking (rank targets)")
  BigDecimal peerChange;

  @Option(names = "--peer-change-normal", paramLabel = "MEAN,SD",
      converter = Values.NormalChange.class,
      description = "each peer's index moves by a normal deviate; plans for MEAN, reports the "
          + "probability")
  Values.Normal peerChangeNormal;

  @Option(names = "--draws", paramLabel = "N", converter = Values.Draws.class,
      description = "random draws for --peer-change-normal (default 1000)")
  Long draws;

  @Option(names = "--seed", paramLabel = "K", converter = Values.Seed.class,
      description = "seed of the random draws (default 0); the same seed gives the same output")
  Long seed;

  @Option(names = "--scenario", paramLabel = "SC", description = WhatIfInputs.SCENARIO)
  String scenario;

  @Option(names = "--threads", paramLabel = "T", converter = Values.Threads.class,
      description = WhatIfInputs.THREADS)
  Long threads;

  @Option(names = "--max-states", paramLabel = "N", converter = Values.MaxStates.class,
      description = "the most states the plan search may need (default "
          + Projector.DEFAULT_MAX_STATES + "); a plan that needs more is refused before it is "
          + "searched")
  Long maxStates;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  String groupMessage() {
    return "give exactly one target: --target-points X, --target-index X or --target-rank R";
  }

  @Override
  int run() {
    refuseMisfits();
    WhatIfInputs in = WhatIfInputs.read(inputs(), methodology, submission, scenario);
    PeerTable table = WhatIfInputs.peers(inputs(), peers).orElse(null);
    Target target = targets.points != null ? Target.points(targets.points)
        : targets.index != null ? Target.index(targets.index)
        : Target.rank(targets.rank.intValue(), table);
    ImprovementOptions improvements = options == null ? ImprovementOptions.defaults()
        : WhatIfInputs.files(inputs()).options(inputs().read(options), options);
    PeerChange change = WhatIf.peerChange(peerChange,
        peerChangeNormal == null ? null : peerChangeNormal.mean(),
        peerChangeNormal == null ? null : peerChangeNormal.sd(),
        draws == null ? null : draws.intValue(), seed);
    Projection p;
    try {
      p = in.whatIf().project(target, improvements, change, WhatIfInputs.threads(threads),
          maxStates == null ? Projector.DEFAULT_MAX_STATES : maxStates.intValue());
    } catch (ValidationException e) {
      throw e.inSource(in.submissionFile());
    }
    if (format() == OutputFormat.JSON) {
      out().print(ProjectionWriter.json(p));
    } else {
      out().print(ProjectionWriter.text(p, Language.of(lang())));
    }
    return ExitCode.OK;
  }

  /**
   * Refuses flags that do not go together ({@link WhatIf#projectionMisfits}), one at a time in the
   * order a reader checks them: the random model's flags, the two peer changes, peers and rank.
   */
  private void refuseMisfits() {
    Set<WhatIf.Argument> given = EnumSet.noneOf(WhatIf.Argument.class);
    add(given, targets.points, WhatIf.Argument.TARGET_POINTS);
    add(given, targets.index, WhatIf.Argument.TARGET_INDEX);
    add(given, targets.rank, WhatIf.Argument.TARGET_RANK);
    add(given, peers, WhatIf.Argument.PEERS);
    add(given, peerChange, WhatIf.Argument.PEER_CHANGE);
    add(given, peerChangeNormal, WhatIf.Argument.PEER_CHANGE_NORMAL);
    add(given, draws, WhatIf.Argument.DRAWS);
    add(given, seed, WhatIf.Argument.SEED);
    List<WhatIf.Misfit> misfits = WhatIf.projectionMisfits(given);
    for (WhatIf.Misfit m : MISFIT_ORDER) {
      if (misfits.contains(m)) {
        throw new UsageException(words(m));
      }
    }
  }

  /** The order in which misfits are reported, one at a time. */
  private static final List<WhatIf.Misfit> MISFIT_ORDER = List.of(WhatIf.Misfit.NOT_ONE_TARGET,
      WhatIf.Misfit.DRAWS_WITHOUT_NORMAL, WhatIf.Misfit.SEED_WITHOUT_NORMAL,
      WhatIf.Misfit.BOTH_PEER_CHANGES, WhatIf.Misfit.RANK_WITHOUT_PEERS,
      WhatIf.Misfit.PEERS_WITHOUT_RANK, WhatIf.Misfit.PEER_CHANGE_WITHOUT_RANK,
      WhatIf.Misfit.PEER_CHANGE_NORMAL_WITHOUT_RANK);

  private static void add(Set<WhatIf.Argument> given, Object value, WhatIf.Argument argument) {
    if (value != null) {
      given.add(argument);
    }
  }

  private String words(WhatIf.Misfit m) {
    return switch (m) {
      case NOT_ONE_TARGET -> groupMessage();
      case DRAWS_WITHOUT_NORMAL, SEED_WITHOUT_NORMAL ->
          "--draws and --seed go with --peer-change-normal";
      case BOTH_PEER_CHANGES -> "give --peer-change or --peer-change-normal, not both";
      case RANK_WITHOUT_PEERS -> "--target-rank needs the peers' results: --peers P";
      case PEERS_WITHOUT_RANK -> "--peers goes with --target-rank";
      case PEER_CHANGE_WITHOUT_RANK, PEER_CHANGE_NORMAL_WITHOUT_RANK ->
          "--peer-change and --peer-change-normal go with --target-rank";
      case NOTHING_TO_SIMULATE -> throw new IllegalStateException(m + " is not a projection's");
    };
  }
}
