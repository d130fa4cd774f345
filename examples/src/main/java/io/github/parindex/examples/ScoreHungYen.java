package io.github.parindex.examples;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.SourceTotal;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores Hưng Yên's 2023 appraisal (seed 001) against the bundled Decision 876 methodology and
 * prints the field table and the deficits: the smallest complete program that embeds par, walked
 * through in {@code docs/embedding.md}.
 *
 * <pre>
 * mvn -q -B -ntp package -DskipTests
 * java -cp examples/target/par-examples-0.1.0-SNAPSHOT.jar:par-cli/target/par.jar \
 *     io.github.parindex.examples.ScoreHungYen examples/data/hung-yen-2023.yaml
 * </pre>
 */
public final class ScoreHungYen {
  private ScoreHungYen() {}

  /**
   * Scores a submission (by default {@code examples/data/hung-yen-2023.yaml}) and prints the report
   * to standard output, as UTF-8.
   *
   * @param args the submission file, optionally
   * @throws IOException if the file cannot be read
   * @throws ValidationException if the file has problems (each one listed)
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : defaultFile();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(file, out);
    out.flush();
  }

  private static Path defaultFile() {
    Path fromRoot = Path.of("examples", "data", "hung-yen-2023.yaml");
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", "hung-yen-2023.yaml");
  }

  /**
   * Scores a submission against the bundled {@code vn-par-province-876} and prints the index (or
   * why it is not computed), the points per source, the table of fields, the ten largest deficits
   * with their lead agencies, and the deficits per lead agency.
   *
   * @param submissionFile a {@code par-submission/1} file (JSON or YAML)
   * @param out where to print
   * @throws IOException if the file cannot be read
   * @throws ValidationException if the file has problems (each one listed)
   */
  public static void print(Path submissionFile, PrintStream out) throws IOException {
    // 1. The methodology: bundled with par, read once, immutable.
    Methodology methodology = BundledMethodologies.load("vn-par-province-876");
    // 2. A scorer: checks the rules once; immutable and safe to share between threads.
    Scorer scorer = Scorer.of(methodology);
    // 3. The submission: every problem is reported at once, as a ValidationException.
    Submission submission = ParReader.standard().readSubmission(submissionFile);
    // 4. The scorecard: exact decimals, a trace for every point.
    Scorecard card = scorer.score(submission);

    out.printf(Locale.ROOT, "%s · %s · %d · %s%n", card.unit().label(), methodology.id(),
        card.year(), card.stage());
    if (card.index().isPresent()) {
      out.printf(Locale.ROOT, "Index: %s (%s)%n", card.index().get().toPlainString(),
          card.band().map(b -> b.code()).orElse("no band"));
    } else {
      out.printf(Locale.ROOT, "Index: not computed (unknown: %s)%n", String.join(", ",
          submission.unknown()));
    }
    for (SourceTotal t : card.bySource()) {
      out.printf(Locale.ROOT, "%s: %s of %s%n", t.source(),
          t.knownPoints().map(BigDecimal::toPlainString).orElse("unknown"),
          t.applicableMaxPoints().toPlainString());
    }

    out.printf(Locale.ROOT, "%n%-7s %-52s %9s %9s %7s%n", "Field", "Name", "Points", "Max", "%");
    for (NodeScore field : card.topLevel()) {
      out.printf(Locale.ROOT, "%-7s %-52s %9s %9s %7s%n", field.code(), cut(field.name().vi(), 52),
          field.points().map(BigDecimal::toPlainString).orElse("unknown"),
          field.applicableMaxPoints().toPlainString(),
          field.percent().map(BigDecimal::toPlainString).orElse("-"));
    }

    Deficits deficits = Deficits.of(card);
    List<DeficitItem> items = deficits.items();
    out.printf(Locale.ROOT,
        "%nPoints lost: %s in %d items (unknown parts left out); the ten largest:%n",
        deficits.total().toPlainString(), items.size());
    for (DeficitItem d : items.subList(0, Math.min(10, items.size()))) {
      out.printf(Locale.ROOT, "%-18s %8s %7s %%  %s%n", d.label(), d.deficit().toPlainString(),
          d.sharePercent().toPlainString(), d.agency().orElse("(unassigned)"));
    }
    out.printf(Locale.ROOT, "%nBy lead agency:%n");
    for (DeficitGroup g : deficits.byLeadAgency()) {
      out.printf(Locale.ROOT, "%8s %7s %%  %s%n", g.deficit().toPlainString(),
          g.sharePercent().toPlainString(), g.key().isEmpty() ? "(unassigned)" : g.key());
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
