package io.github.parindex.projection.plan;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.internal.Baselines;
import io.github.parindex.projection.internal.Binding;
import io.github.parindex.projection.internal.Decimals;
import io.github.parindex.projection.internal.IndexMath;
import io.github.parindex.projection.internal.NormalMath;
import io.github.parindex.projection.internal.Parallel;
import io.github.parindex.projection.internal.Percentiles;
import io.github.parindex.projection.internal.SplitMix64;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the cheapest way to reach a target — a total, a published index or a rank among peers — and
 * re-scores the submission with it.
 *
 * <pre>{@code
 * ProjectionReader files = ProjectionReader.standard();   // or ProjectionReader.of(ParReader.withLimits(l))
 * Projector projector = Projector.of(Scorer.of(methodology));
 * Projection p = projector.project(ProjectionRequest.builder()
 *     .submission(submission)
 *     .target(Target.rank(16, files.peers(Path.of("peers.yaml"))))
 *     .options(files.options(Path.of("options.yaml")))
 *     .peerChange(PeerChange.shift(new BigDecimal("1.39")))
 *     .build());
 * }</pre>
 *
 * <p>The plan is exact: a multiple-choice knapsack on the methodology's point grid, solved by dynamic
 * programming (see {@code docs/projections.md}); costs are exact decimals. Ties are broken by fewer
 * changes, then the smaller total gain, then part by part in document order (changing the earlier part
 * first, with the smaller gain).
 *
 * <p>Guarantees: immutable and safe to use from many threads; the same request gives an equal
 * projection whatever the number of threads (random peer changes are drawn per draw from the seed and
 * the draw's index alone).
 */
public final class Projector {
  /**
   * The most states a plan search may need unless told otherwise ({@link #withMaxStates}): 50
   * million, a fraction of a second and at most a few hundred megabytes. A province's methodology
   * (about 90 parts, 4 point decimals) stays well below it for a gain of 20 index points.
   */
  public static final int DEFAULT_MAX_STATES = 50_000_000;

  /** The random stream of peer changes in projections. */
  private static final long STREAM_PEERS = 1;

  private final Scorer scorer;
  private final int threads;
  private final int maxStates;

  private Projector(Scorer scorer, int threads, int maxStates) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (maxStates < 1) {
      throw new IllegalArgumentException("the limit of states must be at least 1, got "
          + maxStates);
    }
    this.threads = threads;
    this.maxStates = maxStates;
  }

  /**
   * A projector using every available processor for random draws.
   *
   * @param scorer the scorer of the methodology
   * @return the projector
   */
  public static Projector of(Scorer scorer) {
    return new Projector(scorer, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_STATES);
  }

  /**
   * A projector using a given number of threads for random draws (results do not depend on it).
   *
   * @param scorer the scorer of the methodology
   * @param threads the threads, at least 1
   * @return the projector
   */
  public static Projector of(Scorer scorer, int threads) {
    return new Projector(scorer, threads, DEFAULT_MAX_STATES);
  }

  /**
   * The same projector with another limit on the plan search. The search examines, for each part that
   * can change, (its levels + 1) × the point totals it can lead to, up to the required gain on the
   * point grid; a request that would need more states than the limit is refused with a problem that
   * says how many it needs, before any table is allocated. Time grows with the states, and memory
   * with the point totals of one layer (12 bytes each) and a few bits per state.
   *
   * @param maxStates the limit, at least 1
   * @return the projector
   * @throws IllegalArgumentException if the limit is below 1
   */
  public Projector withMaxStates(int maxStates) {
    return new Projector(scorer, threads, maxStates);
  }

  /**
   * The limit on the plan search.
   *
   * @return the most states a plan may need ({@link #DEFAULT_MAX_STATES} unless set)
   */
  public int maxStates() {
    return maxStates;
  }

  /**
   * The scorer.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * Projects with the default options and no peer change.
   *
   * @param submission the submission
   * @param target the target
   * @return the projection
   * @throws ValidationException if the submission is invalid or its total is unknown
   */
  public Projection project(Submission submission, Target target) {
    return project(ProjectionRequest.builder().submission(submission).target(target).build());
  }

  /**
   * Projects.
   *
   * @param request what to project
   * @return the projection
   * @throws ValidationException if the submission, the options or the peers are invalid (a peer's
   *     index above 100 under a methodology that caps totals, {@link PeerTable#checkAgainst}), the
   *     submission's total is unknown, or the plan would need more states than {@link #maxStates()};
   *     each problem names its file where the input came from one
   * @throws IllegalArgumentException if a peer change is given with a target other than a rank
   */
  public Projection project(ProjectionRequest request) {
    Methodology m = scorer.methodology();
    Submission s = request.submission();
    Scorecard base = scorer.score(s);
    ImprovementOptions options = request.options();
    List<Problem> problems = new ArrayList<>(options.checkAgainst(m));
    Parts parts = Parts.of(base, options, request.held());
    problems.addAll(Binding.inSource(parts.problems, options.sourceName()));
    if (request.target() instanceof Target.Rank rank) {
      problems.addAll(rank.peers().checkAgainst(m));
    }
    if (!problems.isEmpty()) {
      problems.sort(Problem.documentOrder());
      throw new ValidationException(problems);
    }
    requireKnownTotal(s, base);
    IndexMath im = new IndexMath(m, base.applicableMaxPoints());
    List<LocalizedText> notes = new ArrayList<>(parts.notes);
    Requirement req = requirement(request, base, im, notes);
    BigDecimal uncapped = base.standardPoints().orElseThrow().add(base.bonusPoints().orElseThrow())
        .subtract(base.penaltyPoints().orElseThrow());

    int[] choice;
    boolean feasible;
    if (req.anyTotal) {
      choice = none(parts.parts.size());
      feasible = true;
    } else if (req.points == null) {
      choice = everything(parts.parts);
      feasible = false;
    } else {
      BigDecimal needed = req.points.subtract(uncapped);
      int[] found = needed.signum() <= 0 ? none(parts.parts.size())
          : solve(parts.parts, needed.movePointRight(m.pointDecimals()).longValueExact(), options,
              m.pointDecimals(), maxStates);
      feasible = found != null;
      choice = feasible ? found : everything(parts.parts);
    }
    if (!feasible) {
      notes.add(LocalizedText.of("Không thể đạt mục tiêu với các phương án cải thiện đã cho: kế hoạch"
          + " dưới đây thực hiện mọi cải thiện có thể (kết quả tốt nhất đạt được)",
          "The target cannot be reached with the options given: the plan below takes every "
          + "improvement on offer (the best reachable figures)"));
    }
    List<PlannedChange> plan = plan(parts.parts, choice);
    BigDecimal totalCost = BigDecimal.ZERO;
    BigDecimal totalGain = BigDecimal.ZERO.setScale(m.pointDecimals());
    for (PlannedChange c : plan) {
      totalCost = totalCost.add(c.cost());
      totalGain = totalGain.add(c.gain());
    }
    totalCost = Decimals.plain(totalCost);
    Scorecard result = scorer.score(apply(s, base, plan));
    check(result, im.capped(uncapped.add(totalGain)), "total");

    Integer resultingRank = null;
    RankDistribution random = null;
    if (req.movedPeers != null) {
      resultingRank = IndexMath.rank(result.index().orElseThrow(), req.movedPeers);
      if (request.peerChange() instanceof PeerChange.Normal normal) {
        random = draw(normal, req.peers, result.index().orElseThrow(), im,
            ((Target.Rank) request.target()).rank());
      }
    }
    if (feasible) {
      verify(request.target(), req, result, resultingRank);
    }
    return new Projection(request, base, result, feasible, req.points, req.index, plan, totalCost,
        totalGain, req.peers == null ? null : req.peers.size(), req.currentRank, resultingRank,
        random, notes);
  }

  /** What a target requires. */
  private static final class Requirement {
    BigDecimal points;
    BigDecimal index;
    boolean anyTotal;
    List<PeerTable.Peer> peers;
    List<BigDecimal> movedPeers;
    Integer currentRank;
  }

  private Requirement requirement(ProjectionRequest request, Scorecard base, IndexMath im,
      List<LocalizedText> notes) {
    Requirement r = new Requirement();
    Target t = request.target();
    Methodology m = im.methodology();
    if (!(t instanceof Target.Rank) && !(request.peerChange() instanceof PeerChange.None)) {
      throw new IllegalArgumentException("a peer change applies to rank targets only");
    }
    if (t instanceof Target.Points p) {
      BigDecimal total = im.pointCeiling(p.points());
      if (m.capTotal() && total.compareTo(base.applicableMaxPoints()) > 0) {
        notes.add(LocalizedText.of("Tổng điểm mục tiêu vượt điểm tối đa áp dụng ("
            + base.applicableMaxPoints().toPlainString() + ")", "The target total is above the "
            + "applicable maximum (" + base.applicableMaxPoints().toPlainString() + ")"));
      } else {
        r.points = total;
        r.index = im.published(total);
      }
    } else if (t instanceof Target.Index x) {
      r.index = im.indexCeiling(x.index());
      r.points = im.leastTotalFor(r.index);
    } else {
      Target.Rank rank = (Target.Rank) t;
      PeerTable table = rank.peers();
      String unitId = base.unit().id();
      r.peers = table.excluding(unitId);
      if (r.peers.size() < table.units().size()) {
        notes.add(LocalizedText.of("Đơn vị " + unitId + " có trong bảng so sánh và được loại ra",
            "Unit " + unitId + " is in the peers table and is left out of its own peers"));
      }
      if (table.indexDecimals().isPresent()
          && table.indexDecimals().getAsInt() != m.indexDecimals()) {
        notes.add(LocalizedText.of("Bảng so sánh công bố chỉ số với " + table.indexDecimals()
            .getAsInt() + " chữ số thập phân, phương pháp dùng " + m.indexDecimals(), "The peers are"
            + " published with " + table.indexDecimals().getAsInt() + " decimals, the methodology "
            + "with " + m.indexDecimals()));
      }
      if (table.year().isPresent() && table.year().getAsInt() != base.year()) {
        notes.add(LocalizedText.of("Bảng so sánh là năm " + table.year().getAsInt() + ", bản kê khai"
            + " là năm " + base.year(), "The peers are for " + table.year().getAsInt()
            + ", the submission for " + base.year()));
      }
      BigDecimal delta = request.peerChange().planningDelta();
      BigDecimal[] today = new BigDecimal[r.peers.size()];
      BigDecimal[] moved = new BigDecimal[today.length];
      for (int i = 0; i < today.length; i++) {
        today[i] = r.peers.get(i).index();
        moved[i] = im.movedPeer(today[i], delta);
      }
      r.currentRank = IndexMath.rank(base.index().orElseThrow(), Arrays.asList(today));
      r.movedPeers = List.of(moved);
      if (rank.rank() > moved.length) {
        r.anyTotal = true;
        notes.add(LocalizedText.of("Với " + moved.length + " đơn vị so sánh, mọi chỉ số đều đạt"
            + " hạng " + rank.rank() + " hoặc cao hơn", "With " + moved.length
            + " peers, every index ranks " + rank.rank() + " or better"));
      } else {
        // The R-th highest moved index, selected in linear time (sorting 10,000 peers was a tenth
        // of a plan's time).
        r.index = IndexMath.highest(moved, rank.rank());
        r.points = im.leastTotalFor(r.index);
      }
    }
    return r;
  }

  private static void requireKnownTotal(Submission s, Scorecard base) {
    if (base.isComplete() && base.applicableMaxPoints().signum() > 0) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < s.unknown().size(); i++) {
      problems.add(Problem.at("/unknown/" + i, "'" + s.unknown().get(i) + "' is declared unknown, so"
          + " the total and the index are unknown and a projection cannot start from them: assume"
          + " its points explicitly (e.g. a par-scenario/1 file giving them, with the assumption "
          + "stated) and project from that"));
    }
    if (problems.isEmpty()) {
      problems.add(Problem.at("", "nothing applies: the applicable maximum is 0, so there is no "
          + "index to project"));
    }
    throw new ValidationException(problems);
  }

  private static int[] solve(List<Parts.Part> parts, long required, ImprovementOptions options,
      int pointDecimals, int maxStates) {
    int costScale = 0;
    for (Parts.Part p : parts) {
      for (Parts.Level l : p.levels()) {
        costScale = Math.max(costScale, Decimals.plain(l.cost()).scale());
      }
    }
    if (costScale > 18) {
      throw costProblem(options, "costs with more than 18 decimals are not supported: use a "
          + "coarser unit");
    }
    BigInteger sum = BigInteger.ZERO;
    List<PlanSolver.Choices> choices = new ArrayList<>();
    for (Parts.Part p : parts) {
      long[] gains = new long[p.levels().size()];
      long[] costs = new long[p.levels().size()];
      BigInteger most = BigInteger.ZERO;
      for (int j = 0; j < gains.length; j++) {
        Parts.Level l = p.levels().get(j);
        gains[j] = l.gain().movePointRight(pointDecimals).longValueExact();
        BigInteger units = l.cost().movePointRight(costScale).toBigIntegerExact();
        most = most.max(units);
        if (units.bitLength() > 62) {
          throw costProblem(options, "a cost of " + l.cost().toPlainString() + " is too large");
        }
        costs[j] = units.longValueExact();
      }
      sum = sum.add(most);
      choices.add(new PlanSolver.Choices(gains, costs));
    }
    if (sum.bitLength() > 62) {
      throw costProblem(options, "the costs add up to more than the solver can hold (about 4.6e18 "
          + "units of 10^-" + costScale + "): use a coarser unit");
    }
    try {
      return PlanSolver.solve(choices, required, maxStates);
    } catch (PlanSolver.TooLargeException e) {
      throw new ValidationException(List.of(Problem.at("", e.getMessage() + " states: ask for a "
          + "smaller gain, give fewer levels, or raise the limit of states (par project "
          + "--max-states N)")));
    }
  }

  private static ValidationException costProblem(ImprovementOptions options, String message) {
    return new ValidationException(Binding.inSource(List.of(Problem.at("/options", message)),
        options.sourceName()));
  }

  private static int[] none(int n) {
    int[] choice = new int[n];
    Arrays.fill(choice, -1);
    return choice;
  }

  /** Every part at its highest level: the best reachable figures. */
  private static int[] everything(List<Parts.Part> parts) {
    int[] choice = new int[parts.size()];
    for (int k = 0; k < choice.length; k++) {
      choice[k] = parts.get(k).levels().size() - 1;
    }
    return choice;
  }

  private static List<PlannedChange> plan(List<Parts.Part> parts, int[] choice) {
    List<PlannedChange> plan = new ArrayList<>();
    for (int k = 0; k < choice.length; k++) {
      if (choice[k] < 0) {
        continue;
      }
      Parts.Part p = parts.get(k);
      Parts.Level l = p.levels().get(choice[k]);
      plan.add(new PlannedChange(p.code(), p.remainder(), p.node().name(), p.node().role(), p.from(),
          l.to(), l.gain(), Decimals.plain(l.cost()), p.node().leadAgency().orElse(null)));
    }
    return plan;
  }

  private RankDistribution draw(PeerChange.Normal normal, List<PeerTable.Peer> peers,
      BigDecimal index, IndexMath im, int targetRank) {
    int[] ranks = new int[normal.draws()];
    double sd = normal.sd().doubleValue();
    Parallel.run(normal.draws(), threads, d -> {
      SplitMix64 rng = SplitMix64.of(normal.seed(), STREAM_PEERS, d);
      int higher = 0;
      for (PeerTable.Peer p : peers) {
        double noise = sd * NormalMath.inverse(rng.nextOpenDouble());
        BigDecimal change = normal.mean().add(new BigDecimal(noise));
        if (im.movedPeer(p.index(), change).compareTo(index) > 0) {
          higher++;
        }
      }
      ranks[d] = 1 + higher;
    });
    return RankDistribution.of(ranks, targetRank, Percentiles.DEFAULT);
  }

  private static void check(Scorecard result, BigDecimal expected, String what) {
    if (result.points().isEmpty() || result.points().get().compareTo(expected) != 0) {
      throw new IllegalStateException("internal error: the re-scored " + what + " "
          + result.points().map(BigDecimal::toPlainString).orElse("unknown")
          + " differs from the planned " + expected.toPlainString());
    }
  }

  private static void verify(Target target, Requirement req, Scorecard result,
      Integer resultingRank) {
    boolean ok;
    if (req.anyTotal) {
      ok = true;
    } else if (target instanceof Target.Points) {
      ok = result.points().orElseThrow().compareTo(req.points) >= 0;
    } else if (target instanceof Target.Index) {
      ok = result.index().orElseThrow().compareTo(req.index) >= 0;
    } else {
      ok = resultingRank <= ((Target.Rank) target).rank();
    }
    if (!ok) {
      throw new IllegalStateException("internal error: the plan does not reach the " + target.kind()
          + " target once re-scored");
    }
  }

  /** The submission with the plan applied: leaves' and remainders' new points. */
  private static Submission apply(Submission s, Scorecard base, List<PlannedChange> plan) {
    Map<String, BigDecimal> leaves = new LinkedHashMap<>();
    Map<String, BigDecimal> remainders = new LinkedHashMap<>();
    for (PlannedChange c : plan) {
      (c.remainder() ? remainders : leaves).put(c.code(), c.to());
    }
    return Baselines.apply(s, base, leaves, remainders);
  }
}
