package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (g) Sobol sensitivity: first-order and total indices of 8 groups — one uncertain leaf per field of
 * the commune methodology, uniform over 0 .. its maximum, grouped by field — with N = 10,000 (so
 * 100,000 exact evaluations), for commune 10,001 of the workload, without peers.
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class SensitivityBenchmarks {
  private Submission unit;
  private Simulator simulator;
  private SimulationSpec sobol;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public SensitivityBenchmarks() {}

  /** Builds the unit and the spec. */
  @Setup
  public void setUp() {
    Methodology m = Workloads.commune88();
    Scorer scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    unit = ProjectionBenchmarks.unit(m);
    simulator = Simulator.of(scorer);
    sobol = ProjectionBenchmarks.uncertainLeaves(m,
        SimulationSpec.builder().seed(2025).draws(1).sensitivity(10_000)).build();
  }

  /**
   * (g) Sobol indices of 8 groups with N = 10,000.
   *
   * @return the result
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SimulationResult g_sobol10000Over8Groups() {
    return simulator.simulate(unit, sobol, null, List.of());
  }
}
