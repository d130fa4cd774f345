package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.Warning;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.ScorecardHtml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of docs/embedding.md, sections 3 to 5, with the figures the guide gives. Paths are
 * relative to the examples module here ({@code data/...}), to the repository root in the guide.
 */
class EmbeddingGuideTest {
  private final ParReader reader = ParReader.standard();

  private Methodology commune() throws IOException {
    return reader.readMethodology(Path.of("data", "commune-methodology.yaml"));
  }

  private Scorecard score(Methodology m, Path file) throws IOException {
    return Scorer.of(m).score(reader.readSubmission(file));
  }

  private List<Scorecard> scoreAll(Methodology m, List<Path> files) throws IOException {
    List<Scorecard> cards = new ArrayList<>();
    for (Path p : files) {
      cards.add(score(m, p));
    }
    return cards;
  }

  private static List<Path> yaml(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void section3_tanPhu2024_figuresOfTheGuide() throws IOException {
    Scorecard tanPhu = score(commune(), Path.of("data", "commune-2024.yaml"));
    assertEquals("10.4993", tanPhu.points().orElseThrow().toPlainString());
    assertEquals("14.0000", tanPhu.applicableMaxPoints().toPlainString());
    assertEquals("74.995", tanPhu.exactIndex().orElseThrow().exactDecimal().toPlainString());
    assertEquals("75.00", tanPhu.index().orElseThrow().toPlainString());
    assertEquals("KHA", tanPhu.band().orElseThrow().code());
    assertEquals(List.of("1 72.22", "2 70.62"), tanPhu.alerts().stream()
        .map(a -> a.code() + " " + a.percent().toPlainString()).toList());
    assertEquals(List.of("75"), tanPhu.alerts().stream().map(RaisedAlert::belowPercent)
        .map(java.math.BigDecimal::toPlainString).distinct().toList());
    assertEquals("2.3937", tanPhu.node("2.4").points().orElseThrow().toPlainString());
    assertEquals("95 phiếu, Σ(số phiếu × %) = 7580: 3 × 7580 / (100 × 95) = 2,3936842105…",
        tanPhu.node("2.4").explanation().orElseThrow().sentence().vi());
    assertEquals(List.of(true, false), tanPhu.reconciliation().stream()
        .map(Reconciliation::matches).toList());
    assertEquals(List.of(Warning.Kind.INCOMPLETE_METHODOLOGY,
        Warning.Kind.RECONCILIATION_MISMATCH), tanPhu.warnings().stream().map(Warning::kind)
        .toList());
  }

  @Test
  void section3_invalidSubmission_everyProblemWithItsPointer() throws IOException {
    Submission bad = reader.readSubmission("""
        format: par-submission/1
        methodology: golden-commune
        year: 2019
        unit: { id: x }
        observations:
          "1.1": { count: 3 }
          "9.9": { yes: true }
        """.getBytes(StandardCharsets.UTF_8), "bad.yaml");
    Scorer scorer = Scorer.of(commune());
    ValidationException e = assertThrows(ValidationException.class, () -> scorer.score(bad));
    assertEquals(List.of("/observations/1.1", "/observations/9.9", "/year"), e.problems().stream()
        .sorted().map(Problem::path).toList());
    assertTrue(e.inSource("bad.yaml").problems().stream().map(Problem::toString).anyMatch(
        line -> line.startsWith("bad.yaml: /observations/1.1: leaf 1.1 (rule yes-no) does not "
            + "accept 'count'; accepted: ")), e.problems()::toString);
  }

  @Test
  void section4_htmlReport_writtenToAFile(@TempDir Path dir) throws IOException {
    Scorecard tanPhu = score(commune(), Path.of("data", "commune-2024.yaml"));
    Path file = dir.resolve("tan-phu-2024.html");
    try (OutputStream out = Files.newOutputStream(file)) {
      ScorecardHtml.write(tanPhu, Language.VI, out);
    }
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(ScorecardHtml.render(tanPhu, Language.VI), html);
    assertTrue(html.contains("data-role=\"index\" data-value=\"75.00\">75,00</span>"));
    assertTrue(ScorecardHtml.render(tanPhu, Language.EN).contains(">75.00</span>"));
  }

  @Test
  void section5_rankingAndComparison_figuresOfTheGuide() throws IOException {
    Methodology m = commune();
    List<Path> previousFiles = new ArrayList<>(yaml(Path.of("data", "communes", "2024")));
    previousFiles.add(Path.of("data", "commune-2024.yaml"));
    Ranking ranking = Ranking.of(scoreAll(m, yaml(Path.of("data", "communes", "2025"))),
        scoreAll(m, previousFiles));
    List<String> rows = ranking.entries().stream().map(e -> e.unit().id() + " "
        + (e.index() == null ? "unknown" : e.index().toPlainString()) + " " + e.rank() + " "
        + e.change().map(String::valueOf).orElse("")).toList();
    assertEquals(List.of("xa-tan-phu 98.13 1 2", "xa-an-binh 96.88 2 -1",
        "xa-binh-minh 87.50 3 -1", "xa-dong-lac 87.50 3 ", "xa-hoa-son 73.13 5 -1",
        "xa-my-loc 43.75 6 ", "xa-phu-tho unknown 0 "), rows);
    assertEquals("87.50", ranking.median().orElseThrow().toPlainString());
    assertEquals("81.15", ranking.mean().orElseThrow().toPlainString());
    assertTrue(ranking.entries().stream().filter(RankEntry::ranked).count() == 6);
    assertTrue(RankingHtml.render(ranking, Language.VI).contains("data-median=\"87.50\""));

    Scorecard tanPhu = score(m, Path.of("data", "commune-2024.yaml"));
    Scorecard tanPhu2025 = score(m, Path.of("data", "communes", "2025", "xa-tan-phu.yaml"));
    Comparison c = Comparison.of(tanPhu, tanPhu2025);
    Comparison.Row field1 = c.rows().stream().filter(r -> r.code().equals("1")).findFirst()
        .orElseThrow();
    assertEquals("2.4444", field1.delta().orElseThrow().toPlainString());   // 7.5 − 5.0556
  }
}
