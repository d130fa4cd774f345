package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.ProjectionRequest;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.projection.simulation.Distribution;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Projection benchmarks (package {@code io.github.parindex.projection}) on the commune
 * workload, against peer tables of 63, 700 and 10,000 units — the published indices of the first
 * {@code peers} generated communes. The unit projected is commune 10,001 (not in any table).
 *
 * <ul>
 *   <li>(e) {@link #e_onePlan}: the cheapest exact plan to reach the top tenth of the peers, with the
 *       default improvement options;
 *   <li>{@link #e_baselineScore}: scoring the same unit with the same scorer — the first step of
 *       every plan, measured in the same run so that the plan's time is also given as a ratio to it
 *       (docs/PERFORMANCE.md, issue 19: one plan at most 20 ms against 10,000 peers).
 * </ul>
 *
 * <p>(f), Monte Carlo draws of the rank, is in {@link MonteCarloBenchmarks} (63 peers by default:
 * with 10,000 peers one run of 10,000 draws moves 10^8 peers and takes tens of seconds); (g), Sobol
 * indices, in {@link SensitivityBenchmarks}: it does not depend on the peers.
 *
 * <p>Projectors and simulators use every available processor, as {@code Projector.of} and
 * {@code Simulator.of} do by default.
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class ProjectionBenchmarks {
  /** The peer table's size. */
  @Param({"63", "700", "10000"})
  public int peers;

  private Submission unit;
  private PeerTable table;
  private Projector projector;
  private Scorer scorer;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ProjectionBenchmarks() {}

  /**
   * A peer table: the published indices of the first {@code size} communes of the workload.
   *
   * @param scorer the scorer of {@link Workloads#commune88()}
   * @param size how many units
   * @return the table
   */
  public static PeerTable peerTable(Scorer scorer, int size) {
    List<PeerTable.Peer> units = new ArrayList<>(size);
    for (Submission s : Workloads.submissions(scorer.methodology(), size, ScoringBenchmarks.SEED)) {
      units.add(new PeerTable.Peer(s.unit().id(), s.unit().name().orElse(null),
          scorer.score(s).index().orElseThrow()));
    }
    return PeerTable.of(units);
  }

  /**
   * The uncertain inputs of (f) and (g): the third leaf of each field, uniform over 0 .. its maximum,
   * grouped by field.
   *
   * @param m the methodology
   * @param spec the spec to add them to
   * @return the spec
   */
  static SimulationSpec.Builder uncertainLeaves(Methodology m, SimulationSpec.Builder spec) {
    for (Node field : m.nodes()) {
      Node leaf = field.leaves().get(2);
      spec.input(leaf.code(), new Distribution.Uniform(BigDecimal.ZERO, leaf.maxPoints()),
          field.code());
    }
    return spec;
  }

  /**
   * The unit projected: commune 10,001 of the workload, in no peer table.
   *
   * @param m the methodology
   * @return its submission
   */
  static Submission unit(Methodology m) {
    return Workloads.submission(m, 10_001, new SplittableRandom(ScoringBenchmarks.SEED + 1));
  }

  /** Builds the peer table and the unit. */
  @Setup
  public void setUp() {
    Methodology m = Workloads.commune88();
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    table = peerTable(scorer, peers);
    unit = unit(m);
    projector = Projector.of(scorer);
  }

  /**
   * (e) One exact plan: the cheapest way into the top tenth of the peers.
   *
   * @return the projection
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Projection e_onePlan() {
    return projector.project(ProjectionRequest.builder().submission(unit)
        .target(new Target.Rank(Math.max(1, peers / 10), table)).build());
  }

  /**
   * The baseline of (e) in the same run: the unit scored by the projector's scorer, which every plan
   * does once before searching (the peers do not change it).
   *
   * @return the scorecard
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Scorecard e_baselineScore() {
    return scorer.score(unit);
  }
}
