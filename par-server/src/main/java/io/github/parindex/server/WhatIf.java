package io.github.parindex.server;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.projection.ImprovementOptions;
import io.github.parindex.projection.PeerChange;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.Projection;
import io.github.parindex.projection.ProjectionRequest;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.Projector;
import io.github.parindex.projection.Scenario;
import io.github.parindex.projection.ScenarioResult;
import io.github.parindex.projection.SimulationResult;
import io.github.parindex.projection.SimulationSpec;
import io.github.parindex.projection.SimulationWriter;
import io.github.parindex.projection.Simulator;
import io.github.parindex.projection.Target;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.server.RequestBody.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The what-if endpoints: {@code /v1/project} and {@code /v1/simulate}, answering the bytes of
 * {@code par project --format json} and {@code par simulate --format json} for the same documents.
 *
 * <p>The command line turns its flags into the library's request with some glue of its own
 * ({@code ProjectCommand.checkTarget}, {@code target}, {@code peerChange}; {@code WhatIfInputs.read};
 * {@code SimulateCommand.run}); this class is the same glue for JSON members, rule for rule: exactly
 * one target; a rank target needs peers and peers need a rank target; peer changes go with a rank
 * target, a shift or a normal model but not both, draws and seed only with the normal model (1000
 * draws and seed 0 by default); a scenario is applied to the checked submission first, and a
 * projection then works from its result ({@link ProjectionRequest.Builder#fromScenario}).
 *
 * <p>Random draws run on one thread per request: the number of threads never changes the output, and
 * requests are already computed in parallel.
 *
 * <p>Guarantees: stateless and safe to share between threads.
 */
final class WhatIf {
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

  /**
   * The endpoints.
   *
   * @param catalogue the methodologies known by id
   * @param limits the limits of par's readers
   */
  WhatIf(Catalogue catalogue, ReadLimits limits) {
    this.catalogue = catalogue;
    this.limits = limits;
  }

  /** The submission and scorer to work from: as sent, or as a scenario makes them. */
  private record Base(Scorer scorer, Submission submission, ScenarioResult scenario) {
    Scorer workingScorer() {
      return scenario != null ? scenario.scorer() : scorer;
    }

    Submission workingSubmission() {
      return scenario != null ? scenario.submission() : submission;
    }

    List<LocalizedText> assumptions() {
      return scenario != null ? scenario.assumptions() : List.of();
    }
  }

  /**
   * Reads the methodology, the checked submission and the scenario; answers 400 with every problem
   * found so far in the request, then applies the scenario.
   */
  private static Base base(Documents in) {
    RequestBody body = in.body();
    Scorer scorer = in.scorer(body.required("methodology", METHODOLOGY));
    Value submissionMember = body.required("submission", "a " + Submission.FORMAT + " object");
    Submission submission = in.checked(submissionMember, scorer);
    Scenario scenario = body.member("scenario")
        .map(v -> in.document(v, Scenario.FORMAT, Scenario::read)).orElse(null);
    in.failIfAny();
    if (scenario == null) {
      return new Base(scorer, submission, null);
    }
    ScenarioResult result = in.attempt(submissionMember.pointer(),
        () -> scenario.apply(scorer, submission));
    in.failIfAny();
    return new Base(scorer, submission, result);
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
    checkTarget(in, target, peersMember.isPresent());
    PeerChange change = peerChange(in);
    PeerTable peers = peersMember.map(v -> in.document(v, PeerTable.FORMAT, PeerTable::read))
        .orElse(null);
    ImprovementOptions options = body.member("options")
        .map(v -> in.document(v, ImprovementOptions.FORMAT, ImprovementOptions::read))
        .orElse(ImprovementOptions.defaults());
    Target goal = target(in, target, peers);
    Base base = base(in);
    ProjectionRequest.Builder request = ProjectionRequest.builder();
    if (base.scenario() != null) {
      request.fromScenario(base.scenario());
    } else {
      request.submission(base.submission());
    }
    ProjectionRequest built = request.target(goal).options(options).peerChange(change).build();
    Projection p = in.attempt(SUBMISSION,
        () -> Projector.of(base.workingScorer(), 1).project(built));
    in.failIfAny();
    return ProjectionWriter.json(p).getBytes(StandardCharsets.UTF_8);
  }

  private static void checkTarget(Documents in, RequestBody target, boolean peers) {
    if (target.names().size() != 1) {
      in.problem(target.pointer(), "give exactly one target: points, index or rank");
      return;
    }
    boolean rank = target.member("rank").isPresent();
    if (rank && !peers) {
      in.problem(target.pointer() + "/rank", "a rank target needs the peers' results: peers");
    }
    if (!rank && peers) {
      in.problem("/peers", "peers go with a rank target");
    }
    RequestBody body = in.body();
    if (!rank) {
      for (String name : List.of("peerChange", "peerChangeNormal")) {
        body.member(name).ifPresent(v -> in.problem(v.pointer(), "goes with a rank target"));
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
      throw new ValidationException(List.of(io.github.parindex.model.Problem.at(value.pointer(),
          "expected a number of at least 0, got " + value.text())));
    }
    return x;
  }

  private PeerChange peerChange(Documents in) {
    RequestBody body = in.body();
    Optional<Value> shift = body.member("peerChange");
    Optional<Value> normal = body.member("peerChangeNormal");
    if (normal.isEmpty()) {
      for (String name : List.of("draws", "seed")) {
        body.member(name).ifPresent(v -> in.problem(v.pointer(),
            "goes with peerChangeNormal"));
      }
    }
    if (shift.isPresent() && normal.isPresent()) {
      in.problem("/peerChange", "give peerChange or peerChangeNormal, not both");
      return PeerChange.none();
    }
    if (shift.isPresent()) {
      BigDecimal d = in.attempt("", () -> RequestBody.decimal(shift.get()));
      return d == null ? PeerChange.none() : PeerChange.shift(d);
    }
    if (normal.isEmpty()) {
      return PeerChange.none();
    }
    RequestBody model = body.nested(normal.get(), limits, NORMAL);
    BigDecimal mean = in.attempt("", () -> RequestBody.decimal(model.required("mean",
        "a number")));
    BigDecimal sd = in.attempt("", () -> nonNegative(model.required("sd",
        "a number of at least 0")));
    Long draws = body.member("draws").map(v -> in.attempt("", () -> RequestBody.whole(v, 1,
        PeerChange.Normal.MAX_DRAWS))).orElse(1000L);
    Long seed = body.member("seed").map(v -> in.attempt("", () -> RequestBody.whole(v,
        Long.MIN_VALUE, Long.MAX_VALUE))).orElse(0L);
    if (mean == null || sd == null || draws == null || seed == null) {
      return PeerChange.none();
    }
    return PeerChange.normal(mean, sd, draws.intValue(), seed);
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
    if (body.member("scenario").isEmpty() && body.member("spec").isEmpty()) {
      throw HttpProblem.invalid("", "give a scenario, a simulation spec, or both");
    }
    PeerTable peers = body.member("peers")
        .map(v -> in.document(v, PeerTable.FORMAT, PeerTable::read)).orElse(null);
    SimulationSpec spec = body.member("spec")
        .map(v -> in.document(v, SimulationSpec.FORMAT, SimulationSpec::read)).orElse(null);
    Base base = base(in);
    SimulationResult simulation = null;
    if (spec != null) {
      simulation = in.attempt(SUBMISSION,
          () -> Simulator.of(base.workingScorer(), 1).simulate(base.workingSubmission(), spec,
              peers, base.assumptions()));
      in.failIfAny();
    }
    return SimulationWriter.json(base.scenario(), peers, simulation)
        .getBytes(StandardCharsets.UTF_8);
  }
}
