package io.github.parindex.cli;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.Language;
import io.github.parindex.projection.ImprovementOptions;
import io.github.parindex.projection.PeerChange;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.Projection;
import io.github.parindex.projection.ProjectionRequest;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.Projector;
import io.github.parindex.projection.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code par project}: the cheapest way to reach a total, a published index or a rank among peers,
 * with the submission re-scored under the plan.
 */
final class ProjectCommand implements Command {
  static final Option TARGET_POINTS = Option.value("target-points", "X",
      "target: a total of at least X points");
  static final Option TARGET_INDEX = Option.value("target-index", "X",
      "target: a published index of at least X");
  static final Option TARGET_RANK = Option.value("target-rank", "R",
      "target: rank R or better among the peers of --peers");
  static final Option OPTIONS = Option.value("options", "O",
      "what can change and at what cost (par-options/1); default: every lost point, 1 per point");
  static final Option PEER_CHANGE = Option.value("peer-change", "D",
      "every peer's index moves by D before ranking (rank targets)");
  static final Option PEER_CHANGE_NORMAL = Option.value("peer-change-normal", "MEAN,SD",
      "each peer's index moves by a normal deviate; plans for MEAN, reports the probability");
  static final Option DRAWS = Option.value("draws", "N",
      "random draws for --peer-change-normal (default 1000)");
  static final Option SEED = Option.value("seed", "K",
      "seed of the random draws (default 0); the same seed gives the same output");

  /** Creates the command. */
  ProjectCommand() {}

  @Override
  public String name() {
    return "project";
  }

  @Override
  public String summary() {
    return "the cheapest plan to reach a total, an index or a rank";
  }

  @Override
  public String description() {
    return "Finds the cheapest plan that reaches one target — --target-points X, --target-index X or\n"
        + "--target-rank R among the peers of --peers P — given what can change at what cost\n"
        + "(--options, par-options/1), and re-scores the submission with it. Ties are broken by\n"
        + "fewer changes, then the smaller gain, then codes in document order. An unreachable target\n"
        + "is not an error: feasible is false and the plan takes every improvement on offer.\n"
        + "For rank targets, --peer-change D moves every peer by D; --peer-change-normal MEAN,SD\n"
        + "draws each peer's change (--draws N --seed K) and reports the probability that the plan\n"
        + "reaches the rank, with rank percentiles. The total must be known: give unknown parts\n"
        + "(e.g. survey points) in a --scenario, whose assumptions are printed and whose parts are\n"
        + "held out of the plan.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, ScoreCommand.SUBMISSION, TARGET_POINTS, TARGET_INDEX,
        TARGET_RANK, WhatIfInputs.PEERS, OPTIONS, PEER_CHANGE, PEER_CHANGE_NORMAL, DRAWS, SEED,
        WhatIfInputs.SCENARIO, WhatIfInputs.THREADS);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  public int run(Invocation invocation) {
    PeerChange change = peerChange(invocation);
    int threads = WhatIfInputs.threads(invocation);
    checkTarget(invocation);
    WhatIfInputs in = WhatIfInputs.read(invocation);
    Optional<PeerTable> peers = WhatIfInputs.peers(invocation);
    Target target = target(invocation, peers.orElse(null));
    ImprovementOptions options = invocation.value("options")
        .map(f -> ImprovementOptions.read(invocation.inputs().read(f), f))
        .orElse(ImprovementOptions.defaults());
    ProjectionRequest request = ProjectionRequest.builder().submission(in.submission())
        .target(target).options(options).peerChange(change).addAssumptions(in.assumptions())
        .hold(in.assumedCodes()).build();
    Projection p;
    try {
      p = Projector.of(in.scorer(), threads).project(request);
    } catch (ValidationException e) {
      throw e.inSource(in.submissionFile());
    }
    if (invocation.format() == OutputFormat.JSON) {
      invocation.out().print(ProjectionWriter.json(p));
    } else {
      invocation.out().print(ProjectionWriter.text(p, Language.of(invocation.lang())));
    }
    return ExitCode.OK;
  }

  private static void checkTarget(Invocation invocation) {
    int targets = 0;
    for (String name : List.of("target-points", "target-index", "target-rank")) {
      targets += invocation.value(name).isPresent() ? 1 : 0;
    }
    if (targets != 1) {
      throw new UsageException("give exactly one target: --target-points X, --target-index X or "
          + "--target-rank R");
    }
    boolean rank = invocation.value("target-rank").isPresent();
    if (rank != invocation.value("peers").isPresent()) {
      throw new UsageException(rank ? "--target-rank needs the peers' results: --peers P"
          : "--peers goes with --target-rank");
    }
    if (!rank && (invocation.value("peer-change").isPresent()
        || invocation.value("peer-change-normal").isPresent())) {
      throw new UsageException("--peer-change and --peer-change-normal go with --target-rank");
    }
  }

  private static Target target(Invocation invocation, PeerTable peers) {
    Optional<String> points = invocation.value("target-points");
    if (points.isPresent()) {
      return Target.points(WhatIfInputs.decimal("target-points", points.get(), true));
    }
    Optional<String> index = invocation.value("target-index");
    if (index.isPresent()) {
      return Target.index(WhatIfInputs.decimal("target-index", index.get(), true));
    }
    int rank = (int) WhatIfInputs.whole("target-rank", invocation.value("target-rank").orElseThrow(),
        1, Integer.MAX_VALUE);
    return Target.rank(rank, peers);
  }

  private static PeerChange peerChange(Invocation invocation) {
    Optional<String> shift = invocation.value("peer-change");
    Optional<String> normal = invocation.value("peer-change-normal");
    boolean random = normal.isPresent();
    if (!random && (invocation.value("draws").isPresent() || invocation.value("seed").isPresent())) {
      throw new UsageException("--draws and --seed go with --peer-change-normal");
    }
    if (shift.isPresent() && random) {
      throw new UsageException("give --peer-change or --peer-change-normal, not both");
    }
    if (shift.isPresent()) {
      return PeerChange.shift(WhatIfInputs.decimal("peer-change", shift.get(), false));
    }
    if (!random) {
      return PeerChange.none();
    }
    String[] parts = normal.get().split(",", -1);
    if (parts.length != 2) {
      throw new UsageException("--peer-change-normal expects MEAN,SD such as 1.39,1, got '"
          + normal.get() + "'");
    }
    int draws = (int) WhatIfInputs.whole("draws", invocation.value("draws").orElse("1000"), 1,
        PeerChange.Normal.MAX_DRAWS);
    long seed = WhatIfInputs.whole("seed", invocation.value("seed").orElse("0"), Long.MIN_VALUE,
        Long.MAX_VALUE);
    return PeerChange.normal(WhatIfInputs.decimal("peer-change-normal", parts[0], false),
        WhatIfInputs.decimal("peer-change-normal", parts[1], true), draws, seed);
  }
}
