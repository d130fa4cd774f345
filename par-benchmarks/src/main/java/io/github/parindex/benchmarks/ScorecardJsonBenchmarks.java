package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.ScorecardJson.Detail;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
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
 * (h) Writing scorecards as {@code par-scorecard/1} JSON Lines at each level of detail
 * ({@link ScorecardJson.Detail}), as {@code par score --batch --format json} does: each of the
 * 10,000 submissions of the {@link Workloads} is scored and written on one line to a stream that
 * counts the bytes and keeps none. The baseline is {@code full}, the default; {@code leaves} and
 * {@code summary} write less and build no trace.
 *
 * <p>{@link #main} prints the bytes per scorecard at each level (docs/PERFORMANCE.md).
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
public class ScorecardJsonBenchmarks {
  /** The level of detail: {@code full} (the baseline), {@code leaves} or {@code summary}. */
  @Param({"full", "leaves", "summary"})
  public String detail;

  private Detail level;
  private List<Submission> submissions;
  private Scorer scorer;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ScorecardJsonBenchmarks() {}

  /** Generates the 10,000 submissions. */
  @Setup
  public void setUp() {
    level = Detail.of(detail);
    Methodology m = Workloads.commune88();
    submissions = Workloads.submissions(m, ScoringBenchmarks.SUBMISSIONS, ScoringBenchmarks.SEED);
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  /** A stream that counts what is written to it and keeps nothing. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /**
   * (h) Scores the 10,000 submissions and writes each scorecard as one line of JSON.
   *
   * @return the bytes written
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long h_write10000ScorecardsJsonLines() {
    Counting out = new Counting();
    for (Submission s : submissions) {
      ScorecardJson.writeLine(scorer.score(s), level, out);
    }
    return out.bytes;
  }

  /**
   * Prints the bytes per scorecard of the 10,000 scorecards at each level, on one line (JSON Lines)
   * and pretty-printed: {@code java -cp par-benchmarks/target/benchmarks.jar
   * io.github.parindex.benchmarks.ScorecardJsonBenchmarks}.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Methodology m = Workloads.commune88();
    List<Submission> submissions = Workloads.submissions(m, ScoringBenchmarks.SUBMISSIONS,
        ScoringBenchmarks.SEED);
    Scorer scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    System.out.println("level    bytes per scorecard (one line)  (pretty-printed)");
    for (Detail d : Detail.values()) {
      Counting line = new Counting();
      Counting pretty = new Counting();
      for (Submission s : submissions) {
        var card = scorer.score(s);
        ScorecardJson.writeLine(card, d, line);
        ScorecardJson.write(card, d, pretty);
      }
      System.out.println(String.format(Locale.ROOT, "%-8s %30d  %16d", d.id(),
          line.bytes / submissions.size(), pretty.bytes / submissions.size()));
    }
  }
}
