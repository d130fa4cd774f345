package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.projection.simulation.Distribution;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import java.math.BigDecimal;
import java.util.List;
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
 * (f) Monte Carlo: 10,000 draws of the published index and of the rank among the peers, for commune
 * 10,001 of the workload — one uncertain leaf per field (uniform over 0 .. its maximum), every peer
 * moving independently by N(0, 1) in each draw, P(rank ≤ the top tenth) reported. A peer table of 63
 * units; {@code -p peers=700} for a larger one (each draw moves every peer: the time grows with
 * draws × peers).
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class MonteCarloBenchmarks {
  /** The peer table's size. */
  @Param({"63"})
  public int peers;

  private Submission unit;
  private PeerTable table;
  private Simulator simulator;
  private SimulationSpec spec;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public MonteCarloBenchmarks() {}

  /** Builds the peer table, the unit and the spec. */
  @Setup
  public void setUp() {
    Methodology m = Workloads.commune88();
    Scorer scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    table = ProjectionBenchmarks.peerTable(scorer, peers);
    unit = ProjectionBenchmarks.unit(m);
    simulator = Simulator.of(scorer);
    spec = ProjectionBenchmarks.uncertainLeaves(m, SimulationSpec.builder().seed(2025)
        .draws(10_000).targetRank(Math.max(1, peers / 10))
        .peerChange(new Distribution.Normal(BigDecimal.ZERO, BigDecimal.ONE, null, null)))
        .build();
  }

  /**
   * (f) 10,000 Monte Carlo draws of the index and of the rank among the peers.
   *
   * @return the result
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SimulationResult f_monteCarlo10000RankDraws() {
    return simulator.simulate(unit, spec, table, List.of());
  }
}
