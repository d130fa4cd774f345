package io.github.parindex.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading benchmarks: the 10,000 commune submissions of {@link Workloads} as the JSON Lines of
 * {@link GenerateWorkload} (one compact JSON document each, 29 MB in all), from bytes in memory.
 *
 * <ul>
 *   <li>(r) {@link #r_read10000Submissions}: {@code ParReader.readSubmission} on each — the UTF-8
 *       check, the limits, binding into {@code Submission}s with every check of the format;
 *   <li>(k) {@link #k_tokenize10000}: the baseline, jackson-core's JSON parser reading every token of
 *       the same bytes and nothing more — no reader can do less;
 *   <li>(k') {@link #k_tokenize10000WithText}: and taking the text of every name and value, which
 *       any reader that keeps the values must do.
 * </ul>
 *
 * <p>Target (issue 19): (r)/(k) at most 2.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReadingBenchmarks {
  private byte[][] lines;
  private final JsonFactory json = new JsonFactory();
  private final ParReader reader = ParReader.standard();

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ReadingBenchmarks() {}

  /** Writes the submissions as GenerateWorkload does, one compact JSON document each. */
  @Setup
  public void setUp() {
    Methodology m = Workloads.commune88();
    List<io.github.parindex.model.Submission> submissions =
        Workloads.submissions(m, ScoringBenchmarks.SUBMISSIONS, ScoringBenchmarks.SEED);
    lines = new byte[submissions.size()][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = ParWriter.toString(submissions.get(i), Syntax.JSON).replaceAll("\n\\s*", "")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The bytes read by every benchmark, for the tests.
   *
   * @return the documents
   */
  byte[][] lines() {
    return lines;
  }

  /**
   * (r) Reads the 10,000 submissions.
   *
   * @param bh the sink
   */
  @Benchmark
  public void r_read10000Submissions(Blackhole bh) {
    for (byte[] line : lines) {
      bh.consume(reader.readSubmission(line, "line.json"));
    }
  }

  /**
   * (k) Tokenizes the same bytes.
   *
   * @param bh the sink
   * @throws IOException never, for valid JSON
   */
  @Benchmark
  public void k_tokenize10000(Blackhole bh) throws IOException {
    for (byte[] line : lines) {
      try (JsonParser p = json.createParser(line)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          bh.consume(t);
        }
      }
    }
  }

  /**
   * (k') Tokenizes the same bytes and takes the text of every name and scalar.
   *
   * @param bh the sink
   * @throws IOException never, for valid JSON
   */
  @Benchmark
  public void k_tokenize10000WithText(Blackhole bh) throws IOException {
    for (byte[] line : lines) {
      try (JsonParser p = json.createParser(line)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME) {
            bh.consume(p.currentName());
          } else if (t.isScalarValue()) {
            bh.consume(p.getText());
          }
        }
      }
    }
  }
}
