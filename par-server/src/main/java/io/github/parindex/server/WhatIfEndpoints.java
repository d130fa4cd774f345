package io.github.parindex.server;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.WhatIf;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.server.RequestBody.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The what-if endpoints: {@code /v1/project} and {@code /v1/simulate}, answering the bytes of
 * {@code par project --format json} and {@code par simulate --format json} for the same documents.
 *
 * <p>The rules of how the members combine, the defaults and the steps from the documents to the
 * result are the library's ({@link WhatIf}), shared with the command line; this class only says which
 * member each {@link WhatIf.Argument} is, where each {@link WhatIf.Misfit} is reported, and reads the
 * documents with the server's limits ({@link ProjectionReader}).
 *
 * <p>Random draws run on one thread per request: the number of threads never changes the output, and
 * requests are already computed in parallel.
 *
 * <p>Guarantees: stateless and safe to share between threads.
 */
final class WhatIfEndpoints {
  static final List<String> PROJECT = List.of("methodology", "submission", "target", "peers",
      "options", "scenario", "peerChange", "peerChangeNormal", "draws", "seed");
  static final List<String> SIMULATE = List.of("methodology", "submission", "scenario", "spec",
      "peers");
  private static final String SUBMISSION = "/submission";
  private static final List<String> TARGETS = List.of("points", "index", "rank");
  private static final List<String> NORMAL = List.of("mean", "sd");
  private static final String METHODOLOGY = "the id of a methodology (a string) or a "
      + Methodology.FORMAT + " object";

  private final Catalogue catalogue;
  private final ReadLimits limits;
  private final ProjectionReader reader;

  /**
   * The endpoints.
   *
   * @param catalogue the methodologies known by id
   * @param limits the limits of par's readers
   */
  WhatIfEndpoints(Catalogue catalogue, ReadLimits limits) {
    this.catalogue = catalogue;
    this.limits = limits;
    this.reader = ProjectionReader.of(ParReader.withLimits(limits));
  }

  /**
   * Reads the methodology, the checked submission and the scenario; answers 400 with every problem
   * found so far in the request, then applies the scenario ({@link WhatIf#of}).
   */
  private WhatIf start(Documents in) {
    RequestBody body = in.body();
    Scorer scorer = in.scorer(body.required("methodology", METHODOLOGY));
    Value submissionMember = body.required("submission", "a " + Submission.FORMAT + " object");
    Submission submission = in.checked(submissionMember, scorer);
    Scenario scenario = body.member("scenario")
        .map(v -> in.document(v, Scenario.FORMAT, reader::scenario)).orElse(null);
    in.failIfAny();
    WhatIf start = in.attempt(submissionMember.pointer(),
        () -> WhatIf.of(scorer, submission, scenario));
    in.failIfAny();
    return start;
  }

  /**
   * {@code POST /v1/project}: the cheapest plan to a target.
   *
   * @param bytes the request body
   * @return the bytes of {@code par-projection/1}
   */
  byte[] project(byte[] bytes) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, PROJECT), catalogue, limits);
    RequestBody body = in.body();
    RequestBody target = body.nested(body.required("target",
        "an object with one of points, index, rank"), limits, TARGETS);
    Optional<Value> peersMember = body.member("peers");
    refuseMisfits(in, target);
    PeerChange change = peerChange(in);
    PeerTable peers = peersMember.map(v -> in.document(v, PeerTable.FORMAT, reader::peers))
        .orElse(null);
    ImprovementOptions options = body.member("options")
        .map(v -> in.document(v, ImprovementOptions.FORMAT, reader::options))
        .orElse(ImprovementOptions.defaults());
    Target goal = target(in, target, peers);
    WhatIf start = start(in);
    Projection p = in.attempt(SUBMISSION,
        () -> start.project(goal, options, change, 1, Projector.DEFAULT_MAX_STATES));
    in.failIfAny();
    return ProjectionWriter.json(p).getBytes(StandardCharsets.UTF_8);
  }

  /** Every misfit of the members given ({@link WhatIf#projectionMisfits}), each at its member. */
  private static void refuseMisfits(Documents in, RequestBody target) {
    RequestBody body = in.body();
    Set<WhatIf.Argument> given = EnumSet.noneOf(WhatIf.Argument.class);
    add(given, target, "points", WhatIf.Argument.TARGET_POINTS);
    add(given, target, "index", WhatIf.Argument.TARGET_INDEX);
    add(given, target, "rank", WhatIf.Argument.TARGET_RANK);
    add(given, body, "peers", WhatIf.Argument.PEERS);
    add(given, body, "peerChange", WhatIf.Argument.PEER_CHANGE);
    add(given, body, "peerChangeNormal", WhatIf.Argument.PEER_CHANGE_NORMAL);
    add(given, body, "draws", WhatIf.Argument.DRAWS);
    add(given, body, "seed", WhatIf.Argument.SEED);
    for (WhatIf.Misfit m : WhatIf.projectionMisfits(given)) {
      switch (m) {
        case NOT_ONE_TARGET -> in.problem(target.pointer(),
            "give exactly one target: points, index or rank");
        case RANK_WITHOUT_PEERS -> in.problem(target.pointer() + "/rank",
            "a rank target needs the peers' results: peers");
        case PEERS_WITHOUT_RANK -> in.problem("/peers", "peers go with a rank target");
        case PEER_CHANGE_WITHOUT_RANK -> at(in, body, "peerChange", "goes with a rank target");
        case PEER_CHANGE_NORMAL_WITHOUT_RANK -> at(in, body, "peerChangeNormal",
            "goes with a rank target");
        case DRAWS_WITHOUT_NORMAL -> at(in, body, "draws", "goes with peerChangeNormal");
        case SEED_WITHOUT_NORMAL -> at(in, body, "seed", "goes with peerChangeNormal");
        case BOTH_PEER_CHANGES -> in.problem("/peerChange",
            "give peerChange or peerChangeNormal, not both");
        case NOTHING_TO_SIMULATE -> throw new IllegalStateException(m + " is not a projection's");
      }
    }
  }

  private static Target target(Documents in, RequestBody target, PeerTable peers) {
    if (target.names().size() != 1) {
      return null;
    }
    Optional<Value> points = target.member("points");
    if (points.isPresent()) {
      BigDecimal x = in.attempt("", () -> nonNegative(points.get()));
      return x == null ? null : Target.points(x);
    }
    Optional<Value> index = target.member("index");
    if (index.isPresent()) {
      BigDecimal x = in.attempt("", () -> nonNegative(index.get()));
      return x == null ? null : Target.index(x);
    }
    Value rank = target.member("rank").orElseThrow();
    Long r = in.attempt("", () -> RequestBody.whole(rank, 1, Integer.MAX_VALUE));
    return r == null || peers == null ? null : Target.rank(r.intValue(), peers);
  }

  private static BigDecimal nonNegative(Value value) {
    BigDecimal x = RequestBody.decimal(value);
    if (x.signum() < 0) {
      throw new ValidationException(List.of(Problem.at(value.pointer(),
          "expected a number of at least 0, got " + value.text())));
    }
    return x;
  }

  /** How the peers move: the members' values, read here, combined by {@link WhatIf#peerChange}. */
  private PeerChange peerChange(Documents in) {
    RequestBody body = in.body();
    Optional<Value> shift = body.member("peerChange");
    Optional<Value> normal = body.member("peerChangeNormal");
    if (shift.isPresent() && normal.isPresent()) {
      return PeerChange.none();
    }
    if (shift.isPresent()) {
      BigDecimal d = in.attempt("", () -> RequestBody.decimal(shift.get()));
      return d == null ? PeerChange.none() : WhatIf.peerChange(d, null, null, null, null);
    }
    if (normal.isEmpty()) {
      return PeerChange.none();
    }
    RequestBody model = body.nested(normal.get(), limits, NORMAL);
    BigDecimal mean = in.attempt("", () -> RequestBody.decimal(model.required("mean",
        "a number")));
    BigDecimal sd = in.attempt("", () -> nonNegative(model.required("sd",
        "a number of at least 0")));
    Optional<Long> draws = body.member("draws").map(v -> in.attempt("", () -> RequestBody.whole(v,
        1, PeerChange.Normal.MAX_DRAWS)));
    Optional<Long> seed = body.member("seed").map(v -> in.attempt("", () -> RequestBody.whole(v,
        Long.MIN_VALUE, Long.MAX_VALUE)));
    if (mean == null || sd == null || body.member("draws").isPresent() && draws.isEmpty()
        || body.member("seed").isPresent() && seed.isEmpty()) {
      return PeerChange.none();
    }
    return WhatIf.peerChange(null, mean, sd, draws.map(Long::intValue).orElse(null),
        seed.orElse(null));
  }

  private static void add(Set<WhatIf.Argument> given, RequestBody body, String member,
      WhatIf.Argument argument) {
    if (body.member(member).isPresent()) {
      given.add(argument);
    }
  }

  private static void at(Documents in, RequestBody body, String member, String message) {
    body.member(member).ifPresent(v -> in.problem(v.pointer(), message));
  }

  /**
   * {@code POST /v1/simulate}: a scenario, a simulation, or both (the simulation then runs on the
   * scenario's result).
   *
   * @param bytes the request body
   * @return the bytes of {@code par-simulate/1}
   */
  byte[] simulate(byte[] bytes) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, SIMULATE), catalogue, limits);
    RequestBody body = in.body();
    Set<WhatIf.Argument> given = EnumSet.noneOf(WhatIf.Argument.class);
    add(given, body, "scenario", WhatIf.Argument.SCENARIO);
    add(given, body, "spec", WhatIf.Argument.SPEC);
    if (!WhatIf.simulationMisfits(given).isEmpty()) {
      throw HttpProblem.invalid("", "give a scenario, a simulation spec, or both");
    }
    PeerTable peers = body.member("peers")
        .map(v -> in.document(v, PeerTable.FORMAT, reader::peers)).orElse(null);
    SimulationSpec spec = body.member("spec")
        .map(v -> in.document(v, SimulationSpec.FORMAT, reader::simulation)).orElse(null);
    WhatIf start = start(in);
    SimulationResult simulation = in.attempt(SUBMISSION,
        () -> start.simulate(spec, peers, 1));
    in.failIfAny();
    return ProjectionWriter.json(start.scenarioResult().orElse(null), peers, simulation)
        .getBytes(StandardCharsets.UTF_8);
  }
}
