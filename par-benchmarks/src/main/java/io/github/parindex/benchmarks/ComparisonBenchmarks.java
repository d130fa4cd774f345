package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
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
 * {@code Comparison.of} on the {@link WideWorkload} methodologies of 25,000 and 100,000 nodes: the
 * engine's part of {@code par compare}, which must grow linearly with the tree.
 *
 * <ul>
 *   <li>{@link #x_compare}: two scorecards scored once (their nodes built), compared;
 *   <li>{@link #x_scoreAndCompare}: both submissions scored, every node built, and compared.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ComparisonBenchmarks {
  /** The number of nodes of the methodology. */
  @Param({"25000", "100000"})
  public int nodes;

  private Scorer scorer;
  private Submission a;
  private Submission b;
  private Scorecard first;
  private Scorecard second;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ComparisonBenchmarks() {}

  /** Generates the methodology and the two submissions, and scores them once. */
  @Setup
  public void setUp() {
    Methodology m = WideWorkload.methodology(nodes);
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    a = WideWorkload.submission(m, 1, ScoringBenchmarks.SEED);
    b = WideWorkload.submission(m, 2, ScoringBenchmarks.SEED + 1);
    first = scorer.score(a);
    second = scorer.score(b);
    first.nodes();
    second.nodes();
  }

  /**
   * Compares two scorecards whose nodes are built.
   *
   * @return the number of rows that differ
   */
  @Benchmark
  public int x_compare() {
    return Comparison.of(first, second).changed().size();
  }

  /**
   * Scores both submissions and compares them.
   *
   * @return the number of rows that differ
   */
  @Benchmark
  public int x_scoreAndCompare() {
    return Comparison.of(scorer.score(a), scorer.score(b)).changed().size();
  }
}
