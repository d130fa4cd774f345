package io.github.parindex.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading benchmarks read what they claim: the workload's JSON Lines, back into its submissions. */
class ReadingBenchmarksTest {
  @Test
  void lines_areGenerateWorkloadsLines_andReadBackAsTheSubmissions(@TempDir Path dir)
      throws IOException {
    ReadingBenchmarks b = new ReadingBenchmarks();
    b.setUp();
    byte[][] lines = b.lines();
    assertEquals(ScoringBenchmarks.SUBMISSIONS, lines.length);
    List<Submission> submissions = Workloads.submissions(Workloads.commune88(),
        ScoringBenchmarks.SUBMISSIONS, ScoringBenchmarks.SEED);
    GenerateWorkload.write(dir, 3, ScoringBenchmarks.SEED, false);
    for (int i = 0; i < lines.length; i += 997) {
      assertEquals(submissions.get(i), ParReader.standard().readSubmission(lines[i], "l.json"));
    }
    // Both write each submission the same way: one compact JSON document per line.
    List<String> written = Files.readAllLines(dir.resolve("submissions.jsonl"));
    assertEquals(3, written.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(written.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8), lines[i]);
    }
  }
}
