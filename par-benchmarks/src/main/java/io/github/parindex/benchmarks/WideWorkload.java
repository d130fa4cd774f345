package io.github.parindex.benchmarks;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A methodology as large as the readers allow, for timing what grows with the tree ({@code par
 * compare}): {@code F} fields of 9 criteria of 110 leaves, that is {@code F × 1,000} nodes — 25 fields
 * for 25,000 nodes, 100 for 100,000 (the readers' default limit). Leaves are worth 1 point and cycle
 * through {@code yes-no}, {@code rate-linear} and {@code points}; submissions are
 * {@link Workloads#submission}'s, from a seed. As files, for the command line:
 *
 * <pre>
 * java -cp par-benchmarks/target/benchmarks.jar io.github.parindex.benchmarks.WideWorkload \
 *     DIR NODES...
 * </pre>
 *
 * <p>writes {@code DIR/wide-NODES.json} (the methodology) and {@code DIR/wide-NODES-a.json},
 * {@code DIR/wide-NODES-b.json} (two submissions) for each NODES, a multiple of 1,000, as compact JSON
 * (100,000 nodes take 10 MB, within the readers' 16 MiB). The same arguments always give the same
 * bytes.
 */
public final class WideWorkload {
  /** Criteria per field. */
  static final int CRITERIA = 9;
  /** Leaves per criterion. */
  static final int LEAVES = 110;
  private static final List<String> TYPES = List.of("yes-no", "rate-linear", "points");

  private WideWorkload() {}

  /**
   * The methodology of about {@code nodes} nodes.
   *
   * @param nodes the number of nodes, a multiple of 1,000
   * @return the methodology, id {@code wide-NODES}
   */
  public static Methodology methodology(int nodes) {
    int fields = nodes / 1000;
    Methodology.Builder m = Methodology.builder().id("wide-" + nodes)
        .title(LocalizedText.of("Bộ tiêu chí lớn", "A large methodology"))
        .validFrom(2024)
        .maxPoints(BigDecimal.valueOf((long) fields * CRITERIA * LEAVES));
    int k = 0;
    for (int f = 1; f <= fields; f++) {
      Node.Builder field = Node.builder().code(Integer.toString(f))
          .name(LocalizedText.of("Lĩnh vực " + f))
          .maxPoints(BigDecimal.valueOf(CRITERIA * LEAVES));
      for (int c = 1; c <= CRITERIA; c++) {
        String criterion = f + "." + c;
        Node.Builder node = Node.builder().code(criterion)
            .name(LocalizedText.of("Tiêu chí " + criterion))
            .maxPoints(BigDecimal.valueOf(LEAVES));
        for (int j = 1; j <= LEAVES; j++) {
          String code = criterion + "." + j;
          node.addChildren(Node.builder().code(code).name(LocalizedText.of("Tiêu chí " + code))
              .maxPoints(BigDecimal.ONE).rule(RuleSpec.of(TYPES.get(k++ % TYPES.size())))
              .build());
        }
        field.addChildren(node.build());
      }
      m.addNodes(field.build());
    }
    return m.build();
  }

  /**
   * A submission for the methodology.
   *
   * @param m the methodology
   * @param number the unit's number
   * @param seed the seed
   * @return the submission
   */
  public static Submission submission(Methodology m, int number, long seed) {
    return Workloads.submission(m, number, new SplittableRandom(seed));
  }

  /**
   * Writes the files.
   *
   * @param args {@code DIR NODES...}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WideWorkload DIR NODES...");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      int nodes = Integer.parseInt(args[i]);
      Methodology m = methodology(nodes);
      write(m, dir.resolve(m.id() + ".json"));
      write(submission(m, 1, ScoringBenchmarks.SEED), dir.resolve(m.id() + "-a.json"));
      write(submission(m, 2, ScoringBenchmarks.SEED + 1), dir.resolve(m.id() + "-b.json"));
      System.out.println("wrote " + dir.resolve(m.id() + ".json") + " (" + m.allNodes().size()
          + " nodes) and two submissions");
    }
  }

  /** Compact JSON (no layout), so that 100,000 nodes stay within the readers' 16 MiB. */
  private static void write(Methodology m, Path file) throws IOException {
    Files.writeString(file, compact(ParWriter.toString(m, Syntax.JSON)), StandardCharsets.UTF_8);
  }

  private static void write(Submission s, Path file) throws IOException {
    Files.writeString(file, compact(ParWriter.toString(s, Syntax.JSON)), StandardCharsets.UTF_8);
  }

  /** JSON strings cannot hold a raw line break: a line break and the spaces after it are layout. */
  private static String compact(String json) {
    return json.replaceAll("\n\\s*", "").concat("\n");
  }
}
