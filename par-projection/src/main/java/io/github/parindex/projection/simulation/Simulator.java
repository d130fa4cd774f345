package io.github.parindex.projection.simulation;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.internal.Baselines;
import io.github.parindex.projection.internal.Binding;
import io.github.parindex.projection.internal.Decimals;
import io.github.parindex.projection.internal.IndexMath;
import io.github.parindex.projection.internal.Labels;
import io.github.parindex.projection.internal.Parallel;
import io.github.parindex.projection.internal.SplitMix64;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Monte Carlo and sensitivity analysis of a unit's index and rank under uncertain inputs — points of
 * leaves or remainders drawn from distributions (survey points, say, or the unknown survey part
 * itself), and peers' indices moving at random.
 *
 * <pre>{@code
 * ProjectionReader files = ProjectionReader.standard();
 * SimulationResult r = Simulator.of(scorer).simulate(submission,
 *     files.simulation(Path.of("simulation.yaml")), files.peers(Path.of("peers.yaml")), List.of());
 * }</pre>
 *
 * <p>Every draw is scored exactly (see {@code DrawModel}); floating point is used only for the
 * statistics (means, standard deviations, Sobol indices). Draw {@code d} uses a generator derived from
 * (seed, d) alone and the work is cut into fixed blocks, so results are the same bytes on any number of
 * threads.
 *
 * <p>Guarantees: immutable and safe to use from many threads.
 */
public final class Simulator {
  /** The random stream of Monte Carlo draws. */
  static final long STREAM_DRAWS = 2;

  private final Scorer scorer;
  private final int threads;

  private Simulator(Scorer scorer, int threads) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * A simulator using every available processor.
   *
   * @param scorer the scorer
   * @return the simulator
   */
  public static Simulator of(Scorer scorer) {
    return new Simulator(scorer, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A simulator using a given number of threads (results do not depend on it).
   *
   * @param scorer the scorer
   * @param threads the threads, at least 1
   * @return the simulator
   */
  public static Simulator of(Scorer scorer, int threads) {
    return new Simulator(scorer, threads);
  }

  /** An uncertain part, resolved against the scorecard. */
  record Uncertain(String code, boolean remainder, int sign, BigDecimal max, Distribution dist,
      String group) {}

  /**
   * Simulates.
   *
   * @param submission the submission (parts it declares unknown must all be given a distribution)
   * @param spec what to draw
   * @param peers the peers, or {@code null} (then no rank is reported)
   * @param assumptions assumptions to repeat in the result (e.g. from a scenario)
   * @return the result
   * @throws ValidationException if the submission is invalid or the spec does not fit it; problems of
   *     the spec carry its file's name and pointers into it
   */
  public SimulationResult simulate(Submission submission, SimulationSpec spec, PeerTable peers,
      List<LocalizedText> assumptions) {
    Prepared p = prepare(submission, spec, peers);
    Methodology m = scorer.methodology();
    DrawModel model = p.model();
    int n = spec.draws();
    long[] index = new long[n];
    long[] points = new long[n];
    int[] ranks = new int[n];
    Parallel.run(n, threads, d -> {
      double[] row = new double[model.columns()];
      double[] out = new double[model.outputs()];
      p.sampler().sample(SplitMix64.of(spec.seed(), STREAM_DRAWS, d), row);
      model.evaluate(row, out);
      index[d] = (long) out[DrawModel.OUT_INDEX];
      points[d] = (long) out[DrawModel.OUT_POINTS];
      if (p.others() != null) {
        ranks[d] = (int) out[DrawModel.OUT_RANK];
      }
    });
    SimulationResult.Summary indexSummary = SimulationResult.Summary.of(index, m.indexDecimals(),
        spec.percentiles());
    SimulationResult.Summary pointsSummary = SimulationResult.Summary.of(points,
        m.pointDecimals(), spec.percentiles());
    RankDistribution rank = p.others() == null ? null
        : RankDistribution.of(ranks, spec.targetRank().orElse(null), spec.percentiles());
    List<SimulationResult.GroupSensitivity> sensitivity = spec.sensitivitySamples() > 0
        ? sensitivity(spec, p) : List.of();
    List<LocalizedText> notes = new ArrayList<>();
    if (!sensitivity.isEmpty() && Double.isNaN(sensitivity.get(0).indexFirst())) {
      notes.add(LocalizedText.of("Chỉ số không thay đổi giữa các lượt rút: không tính được độ nhạy",
          "The index does not vary across draws: sensitivity indices are undefined"));
    }
    return new SimulationResult(spec, p.base(), List.copyOf(assumptions), indexSummary,
        pointsSummary, rank, sensitivity, notes);
  }

  /** A simulation ready to draw. */
  record Prepared(Scorecard base, List<Uncertain> parts, List<BigDecimal> others, boolean move,
      DrawModel model, Sobol.Sampler sampler) {}

  /** Checks the spec against the submission and builds the exact model of a draw. */
  Prepared prepare(Submission submission, SimulationSpec spec, PeerTable peers) {
    Scorecard base = scorer.score(submission);
    Methodology m = scorer.methodology();
    List<Problem> problems = new ArrayList<>();
    List<Uncertain> parts = new ArrayList<>();
    for (SimulationSpec.Input in : spec.inputs().values()) {
      Uncertain u = resolve(in, base, m, problems);
      if (u != null) {
        parts.add(u);
      }
    }
    BigDecimal fixed = fixedTotal(base, m, spec, problems);
    if (peers == null && spec.targetRank().isPresent()) {
      problems.add(Problem.at("/targetRank", "a target rank needs peers (a par-peers/1 file)"));
    }
    if (peers == null && spec.peerChange().isPresent()) {
      problems.add(Problem.at("/peerChange", "peer changes need peers (a par-peers/1 file)"));
    }
    if (base.applicableMaxPoints().signum() <= 0) {
      problems.add(Problem.at("", "nothing applies: the applicable maximum is 0"));
    }
    List<Problem> all = new ArrayList<>(Binding.inSource(problems, spec.sourceName()));
    if (peers != null) {
      all.addAll(peers.checkAgainst(m));
    }
    if (!all.isEmpty()) {
      all.sort(Problem.documentOrder());
      throw new ValidationException(all);
    }
    IndexMath im = new IndexMath(m, base.applicableMaxPoints());
    List<BigDecimal> others = peers == null ? null : peers.excluding(base.unit().id()).stream()
        .map(PeerTable.Peer::index).toList();
    boolean move = others != null && spec.peerChange().isPresent();
    DrawModel model = new DrawModel(im, fixed, parts, others, move,
        Baselines.freeze(submission, base));
    return new Prepared(base, parts, others, move, model,
        sampler(parts, spec, others == null ? 0 : others.size()));
  }

  private Uncertain resolve(SimulationSpec.Input in, Scorecard base, Methodology m,
      List<Problem> problems) {
    String at = Pointers.child("/inputs", in.code());
    Node node = m.node(in.code()).orElse(null);
    if (node == null) {
      problems.add(Problem.at(at, "no leaf or node has code '" + in.code() + "' in methodology '"
          + m.id() + "'"));
      return null;
    }
    if (!node.isLeaf() && !node.hasRemainder()) {
      problems.add(Problem.at(at, "'" + in.code() + "' is neither a leaf nor a node with "
          + "unitemisedPoints: give distributions for its leaves"));
      return null;
    }
    NodeScore n = base.node(in.code());
    if (node.isLeaf() && n.status() == Status.NOT_APPLICABLE) {
      problems.add(Problem.at(at, "leaf '" + in.code() + "' is not applicable in this submission"));
      return null;
    }
    BigDecimal max = node.isLeaf() ? node.maxPoints() : node.unitemisedPoints();
    Distribution d = in.distribution().boundedBy(BigDecimal.ZERO, max);
    boolean ok = true;
    if (d.lower() != null && d.lower().signum() < 0) {
      problems.add(Problem.at(at + "/min", "points cannot be below 0; got a lower bound of "
          + d.lower().toPlainString()));
      ok = false;
    }
    if (d.upper() != null && d.upper().compareTo(max) > 0) {
      problems.add(Problem.at(at + "/max", "points cannot be above the maximum of " + in.code()
          + " (" + Decimals.plain(max).toPlainString() + "); got an upper bound of "
          + d.upper().toPlainString()));
      ok = false;
    }
    String group = in.group() != null ? in.group() : m.path(in.code()).get(0).code();
    return ok ? new Uncertain(in.code(), !node.isLeaf(), n.role() == Role.PENALTY ? -1 : 1, max, d,
        group) : null;
  }

  /** The signed sum of every leaf and remainder not drawn; reports unknown ones. */
  private static BigDecimal fixedTotal(Scorecard base, Methodology m, SimulationSpec spec,
      List<Problem> problems) {
    BigDecimal total = BigDecimal.ZERO;
    for (NodeScore n : base.nodes()) {
      Node node = m.requireNode(n.code());
      int sign = n.role() == Role.PENALTY ? -1 : 1;
      if (node.isLeaf() && n.status() != Status.NOT_APPLICABLE
          && !spec.inputs().containsKey(n.code())) {
        total = add(total, n.points().orElse(null), sign, n.code(), false, problems);
      }
      if (n.remainder().isPresent() && !spec.inputs().containsKey(n.code())) {
        total = add(total, n.remainder().get().points(), sign, n.code(), true, problems);
      }
    }
    return total;
  }

  private static BigDecimal add(BigDecimal total, BigDecimal points, int sign, String code,
      boolean remainder, List<Problem> problems) {
    if (points == null) {
      problems.add(Problem.at("/inputs", (remainder ? "the unitemised remainder of '" + code + "'"
          : "leaf '" + code + "'") + " is unknown in the submission and has no distribution here: "
          + "give it one (or assume its points in a scenario)"));
      return total;
    }
    return sign < 0 ? total.subtract(points) : total.add(points);
  }

  private static Sobol.Sampler sampler(List<Uncertain> parts, SimulationSpec spec, int peers) {
    Distribution change = spec.peerChange().orElse(null);
    return (rng, row) -> {
      for (int i = 0; i < parts.size(); i++) {
        row[i] = parts.get(i).dist().sample(rng.nextOpenDouble());
      }
      if (change != null) {
        for (int j = 0; j < peers; j++) {
          row[parts.size() + j] = change.sample(rng.nextOpenDouble());
        }
      }
    };
  }

  private List<SimulationResult.GroupSensitivity> sensitivity(SimulationSpec spec, Prepared p) {
    List<Uncertain> parts = p.parts();
    List<BigDecimal> others = p.others();
    DrawModel model = p.model();
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      Uncertain u = parts.get(i);
      columns.computeIfAbsent(u.group(), g -> new ArrayList<>()).add(i);
      members.computeIfAbsent(u.group(), g -> new ArrayList<>()).add(Labels.part(u.code(),
          u.remainder()));
    }
    if (p.move()) {
      List<Integer> cols = columns.computeIfAbsent(SimulationSpec.PEERS_GROUP, g -> new ArrayList<>());
      for (int j = 0; j < others.size(); j++) {
        cols.add(parts.size() + j);
      }
      members.computeIfAbsent(SimulationSpec.PEERS_GROUP, g -> new ArrayList<>())
          .add(others.size() + " peers");
    }
    List<String> names = new ArrayList<>(columns.keySet());
    int[][] groups = new int[names.size()][];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = columns.get(names.get(g)).stream().mapToInt(Integer::intValue).toArray();
    }
    Sobol.Estimate[][] est = Sobol.run(spec.sensitivitySamples(), spec.seed(), model.columns(),
        groups, model.outputs(), p.sampler(), model, threads);
    List<SimulationResult.GroupSensitivity> out = new ArrayList<>();
    for (int g = 0; g < groups.length; g++) {
      Sobol.Estimate index = est[DrawModel.OUT_INDEX][g];
      Sobol.Estimate rank = others == null ? null : est[DrawModel.OUT_RANK][g];
      out.add(new SimulationResult.GroupSensitivity(names.get(g), members.get(names.get(g)),
          index.first(), index.total(), rank == null ? Double.NaN : rank.first(),
          rank == null ? Double.NaN : rank.total()));
    }
    return out;
  }
}
