package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The library's share of one {@code POST /v1/score} of par-server, in-process: read an 88-leaf
 * commune submission from its JSON bytes, check it, score it, and write the {@code par-scorecard/1}
 * JSON with every trace — the calls {@code par score --format json} makes. The submissions are those
 * {@link GenerateWorkload} writes (the same seed, the first 256), which par-server/perf/load.sh sends
 * to the server; the difference between its latencies and this is what HTTP and the server add.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RequestBenchmarks {
  private static final int COUNT = 256;

  private Scorer scorer;
  private byte[][] submissions;
  private int next;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public RequestBenchmarks() {}

  /** Generates the submissions as GenerateWorkload writes them (one JSON document each). */
  @Setup
  public void setUp() {
    Methodology m = Workloads.commune88();
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    SplittableRandom random = new SplittableRandom(ScoringBenchmarks.SEED);
    submissions = new byte[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      Submission s = Workloads.submission(m, i + 1, random.split());
      submissions[i] = ParWriter.toString(s, Syntax.JSON).replaceAll("\n\\s*", "")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * One scorecard request's library work.
   *
   * @return the scorecard's JSON bytes
   */
  @Benchmark
  public byte[] scoreRequestInProcess() {
    byte[] json = submissions[next++ % COUNT];
    Submission s = ParReader.standard().readSubmission(json, "submission.json");
    if (!scorer.check(s).isEmpty()) {
      throw new IllegalStateException("the workload has an invalid submission");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    ScorecardJson.write(scorer.score(s), out);
    return out.toByteArray();
  }
}
