package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.ImprovementOptions;
import io.github.parindex.projection.PeerChange;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.Projection;
import io.github.parindex.projection.ProjectionRequest;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.Projector;
import io.github.parindex.projection.Target;
import java.math.BigDecimal;
import java.util.EnumSet;
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
    PeerChange change = peerChange();
    boolean rank = targets.rank != null;
    if (rank != (peers != null)) {
      throw new UsageException(rank ? "--target-rank needs the peers' results: --peers P"
          : "--peers goes with --target-rank");
    }
    if (!rank && (peerChange != null || peerChangeNormal != null)) {
      throw new UsageException("--peer-change and --peer-change-normal go with --target-rank");
    }
    WhatIfInputs in = WhatIfInputs.read(inputs(), methodology, submission, scenario);
    PeerTable table = WhatIfInputs.peers(inputs(), peers).orElse(null);
    Target target = targets.points != null ? Target.points(targets.points)
        : targets.index != null ? Target.index(targets.index)
        : Target.rank(targets.rank.intValue(), table);
    ImprovementOptions improvements = options == null ? ImprovementOptions.defaults()
        : ImprovementOptions.read(inputs().read(options), options);
    ProjectionRequest request = ProjectionRequest.builder().submission(in.submission())
        .target(target).options(improvements).peerChange(change)
        .addAssumptions(in.assumptions()).hold(in.assumedCodes()).build();
    Projection p;
    try {
      p = Projector.of(in.scorer(), WhatIfInputs.threads(threads)).project(request);
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

  private PeerChange peerChange() {
    boolean random = peerChangeNormal != null;
    if (!random && (draws != null || seed != null)) {
      throw new UsageException("--draws and --seed go with --peer-change-normal");
    }
    if (peerChange != null && random) {
      throw new UsageException("give --peer-change or --peer-change-normal, not both");
    }
    if (peerChange != null) {
      return PeerChange.shift(peerChange);
    }
    if (!random) {
      return PeerChange.none();
    }
    return PeerChange.normal(peerChangeNormal.mean(), peerChangeNormal.sd(),
        draws == null ? 1000 : draws.intValue(), seed == null ? 0 : seed);
  }
}
