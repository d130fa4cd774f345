package io.github.parindex.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.parindex.model.io.ParReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A cross-check of {@link ReadingBenchmarks} on a shared machine, as {@link CpuTime} is of the scoring
 * benchmarks: (r) reading the 10,000 submissions, (k) tokenizing the same bytes and (k') tokenizing
 * them with every text taken, each timed in the CPU time of the measuring thread, best of 15 rounds
 * after 5 of warm-up, in the same JVM; and the bytes the measuring thread allocates per submission
 * read, over one more round.
 *
 * <pre>
 * java -cp par-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.ReadingCpuTime
 * </pre>
 */
public final class ReadingCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long sink;

  private ReadingCpuTime() {}

  /**
   * Runs the cross-check.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ReadingBenchmarks state = new ReadingBenchmarks();
    state.setUp();
    byte[][] lines = state.lines();
    JsonFactory json = new JsonFactory();
    ParReader reader = ParReader.standard();
    // Interleaved rounds, so that the three see the same state of the machine.
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int i = 0; i < 20; i++) {
      double r = time(() -> {
        for (byte[] line : lines) {
          sink += reader.readSubmission(line, "line.json").observations().size();
        }
      });
      double k = time(() -> tokenize(json, lines, false));
      double kText = time(() -> tokenize(json, lines, true));
      if (i >= 5) {
        best[0] = Math.min(best[0], r);
        best[1] = Math.min(best[1], k);
        best[2] = Math.min(best[2], kText);
      }
    }
    long before = allocated();
    for (byte[] line : lines) {
      sink += reader.readSubmission(line, "line.json").observations().size();
    }
    double perSubmission = (allocated() - before) / (double) lines.length;
    System.out.printf(Locale.ROOT, "CPU time, best of 15 rounds, %d submissions (%d bytes):%n"
        + "  (r)  read:                 %8.1f ms%n"
        + "  (k)  tokenize:             %8.1f ms%n"
        + "  (k') tokenize, every text: %8.1f ms%n"
        + "  (r)/(k) = %.2f, (r)/(k') = %.2f%n"
        + "  (r) allocates %.0f bytes per submission%n", lines.length, size(lines), best[0], best[1],
        best[2], best[0] / best[1], best[0] / best[2], perSubmission);
    if (sink == 42) {
      System.out.println();
    }
  }

  /** Bytes allocated by this thread so far (HotSpot's extension of the thread bean). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
  }

  private static long size(byte[][] lines) {
    long n = 0;
    for (byte[] line : lines) {
      n += line.length + 1;
    }
    return n;
  }

  private static void tokenize(JsonFactory json, byte[][] lines, boolean text) {
    try {
      for (byte[] line : lines) {
        try (JsonParser p = json.createParser(line)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            if (!text) {
              sink += t.ordinal();
            } else if (t == JsonToken.FIELD_NAME) {
              sink += p.currentName().length();
            } else if (t.isScalarValue()) {
              sink += p.getText().length();
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double time(Runnable round) {
    long start = THREADS.getCurrentThreadCpuTime();
    round.run();
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
  }
}
