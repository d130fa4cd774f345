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
 *
 * <p>{@link #main} is the CPU-time cross-check for shared machines (as {@link CpuTime} for scoring):
 * the same request on one thread for a fixed time, reporting the CPU time per request of the thread
 * and of the whole process (JIT and garbage collection included) — the figures to set against the
 * server process's CPU time per request, which par-server/perf/load.sh reads from {@code /proc}.
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
   * The CPU-time cross-check: {@code java -cp benchmarks.jar
   * io.github.parindex.benchmarks.RequestBenchmarks [SECONDS]} (default 20, after 10 s of warm-up).
   *
   * @param args {@code [SECONDS]}
   */
  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
    RequestBenchmarks b = new RequestBenchmarks();
    b.setUp();
    java.lang.management.ThreadMXBean thread = java.lang.management.ManagementFactory
        .getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end;) {
      sink += b.scoreRequestInProcess().length;
    }
    long threadStart = thread.getCurrentThreadCpuTime();
    long processStart = os.getProcessCpuTime();
    long wallStart = System.nanoTime();
    long ops = 0;
    long bytes = 0;
    for (long end = wallStart + seconds * 1_000_000_000L; System.nanoTime() < end; ops++) {
      bytes += b.scoreRequestInProcess().length;
    }
    double wall = (System.nanoTime() - wallStart) / 1e3 / ops;
    double threadCpu = (thread.getCurrentThreadCpuTime() - threadStart) / 1e3 / ops;
    double processCpu = (os.getProcessCpuTime() - processStart) / 1e3 / ops;
    System.out.printf(java.util.Locale.ROOT, "in-process, one thread, %d s: %d requests "
        + "(%.0f bytes each); wall %.1f us, thread CPU %.1f us, process CPU %.1f us per request%n",
        seconds, ops, (double) bytes / ops, wall, threadCpu, processCpu);
    if (sink == 0) {
      throw new IllegalStateException("no answer during the warm-up");
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
