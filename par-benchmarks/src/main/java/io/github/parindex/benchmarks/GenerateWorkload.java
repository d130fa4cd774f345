package io.github.parindex.benchmarks;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark workload as files, for measuring {@code par score --batch}:
 *
 * <pre>
 * java -cp par-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.GenerateWorkload \
 *     DIR [COUNT [SEED]] [--folder]
 * </pre>
 *
 * <p>writes {@code DIR/bench-commune-88.json} (the 88-leaf methodology) and
 * {@code DIR/submissions.jsonl}, COUNT submissions (default 10,000) one per line, generated from SEED
 * (default the benchmarks' seed); with {@code --folder}, also {@code DIR/submissions/xa-00001.json}
 * and so on, one file each. The same arguments always give the same bytes.
 */
public final class GenerateWorkload {
  private GenerateWorkload() {}

  /**
   * Runs the generator.
   *
   * @param args {@code DIR [COUNT [SEED]] [--folder]}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean folder = false;
    Path dir = null;
    int count = ScoringBenchmarks.SUBMISSIONS;
    long seed = ScoringBenchmarks.SEED;
    int positional = 0;
    for (String arg : args) {
      if (arg.equals("--folder")) {
        folder = true;
      } else if (positional == 0) {
        dir = Path.of(arg);
        positional++;
      } else if (positional == 1) {
        count = Integer.parseInt(arg);
        positional++;
      } else {
        seed = Long.parseLong(arg);
      }
    }
    if (dir == null) {
      System.err.println("usage: GenerateWorkload DIR [COUNT [SEED]] [--folder]");
      System.exit(2);
    }
    write(dir, count, seed, folder);
    System.out.println("wrote " + count + " submissions to " + dir.resolve("submissions.jsonl")
        + (folder ? " and " + dir.resolve("submissions") : "") + ", methodology "
        + dir.resolve(Workloads.METHODOLOGY_ID + ".json"));
  }

  /**
   * Writes the files.
   *
   * @param dir the directory, created if needed
   * @param count the number of submissions
   * @param seed the seed
   * @param folder whether to write one file per submission too
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, int count, long seed, boolean folder) throws IOException {
    Files.createDirectories(dir);
    Methodology m = Workloads.commune88();
    try (OutputStream out = Files.newOutputStream(dir.resolve(Workloads.METHODOLOGY_ID + ".json"))) {
      ParWriter.write(m, Syntax.JSON, out);
    }
    if (folder) {
      Files.createDirectories(dir.resolve("submissions"));
    }
    SplittableRandom random = new SplittableRandom(seed);
    try (OutputStream lines = new BufferedOutputStream(
        Files.newOutputStream(dir.resolve("submissions.jsonl")), 1 << 16)) {
      for (int i = 1; i <= count; i++) {
        Submission s = Workloads.submission(m, i, random.split());
        String json = ParWriter.toString(s, Syntax.JSON);
        // JSON strings cannot hold a raw line break: the line breaks are all layout
        lines.write(json.replaceAll("\n\\s*", "").concat("\n").getBytes(StandardCharsets.UTF_8));
        if (folder) {
          Files.writeString(dir.resolve("submissions").resolve(s.unit().id() + ".json"), json,
              StandardCharsets.UTF_8);
        }
      }
    }
  }
}
