package io.github.parindex.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readable scorecard of the test-98 unit, lines worked out by hand: 6.0277 + 10 + 15 + 25 + 28 =
 * 84.0277 of an applicable 98 (2.3 not applicable), index 85.74, band B; lost: 1.3 (5), 2.1 (5) and
 * 1.1 (3.9723), 13.9723 in all.
 */
class ScorecardTextTest {
  private static Scorecard card() throws IOException {
    Path dir = Path.of("src/test/resources/projection");
    Scorer scorer = Scorer.builder().methodology(ParReader.standard().readMethodology(
        dir.resolve("m98.yaml"))).registry(RuleRegistry.builtIn()).build();
    return scorer.score(ParReader.standard().readSubmission(dir.resolve("s98.yaml")));
  }

  @Test
  void english_totalLineTableAndLargestDeficits() throws IOException {
    List<String> lines = List.of(ScorecardText.render(card(), Language.of("en"), true, 2)
        .split("\n"));
    assertTrue(lines.contains("Total: 84.0277 / 98.0000 · Index: 85.74 % · Band: B"),
        lines::toString);
    assertTrue(lines.contains("Largest deficits (2 of 3; total 13.9723)"), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1.1 ") && l.contains(" 10.0000 ")
        && l.contains(" 6.0277 ") && l.contains(" 3.9723 ")), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("1 ") && l.contains(" 40.0000 ")
        && l.contains(" 31.0277 ") && l.contains(" 8.9723 ")), lines::toString);
  }

  @Test
  void vietnamese_usesADecimalCommaAndItsLabels() throws IOException {
    List<String> lines = List.of(ScorecardText.render(card(), Language.of("vi"), false, 0)
        .split("\n"));
    assertTrue(lines.contains("Tổng điểm: 84,0277 / 98,0000 · Chỉ số: 85,74 % · Nhóm: B"),
        lines::toString);
    // Top-level rows only, and no deficits section.
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("  1.1")), lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("Điểm bị trừ lớn nhất")));
  }
}
