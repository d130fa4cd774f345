package io.github.parindex.report;

import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
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
    Path dir = TestData.path("projection");
    Scorer scorer = Scorer.builder().methodology(ParReader.standard().readMethodology(
        dir.resolve("m98.yaml"))).registry(RuleRegistry.builtIn()).build();
    return scorer.score(ParReader.standard().readSubmission(dir.resolve("s98.yaml")));
  }

  @Test
  void english_totalLineTableAndLargestDeficits() throws IOException {
    List<String> lines = List.of(ScorecardText.render(card(), Language.of("en"), true, 2)
        .split("\n"));
    assertTrue(lines.contains("Total: 84.0277 / 98.0000 · Index: 85.74 % · Classification: B"),
        lines::toString);
    assertTrue(lines.contains("Largest points lost (2 of 3; total 13.9723)"), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1.1 ") && l.contains(" 10.0000 ")
        && l.contains(" 6.0277 ") && l.contains(" 3.9723 ")), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("1 ") && l.contains(" 40.0000 ")
        && l.contains(" 31.0277 ") && l.contains(" 8.9723 ")), lines::toString);
  }

  @Test
  void vietnamese_usesADecimalCommaAndItsLabels() throws IOException {
    List<String> lines = List.of(ScorecardText.render(card(), Language.of("vi"), false, 0)
        .split("\n"));
    assertTrue(lines.contains("Tổng điểm: 84,0277 / 98,0000 · Chỉ số: 85,74 % · Xếp loại: B"),
        lines::toString);
    // Top-level rows only, and no deficits section.
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("  1.1")), lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("Điểm chưa đạt lớn nhất")));
  }

  @Test
  void english_communeA_everySectionWithFiguresCheckedByHand() throws IOException {
    Scorer scorer = Scorer.builder().methodology(ParReader.standard().readMethodology(
        TestData.path("golden/commune-methodology.yaml")))
        .registry(RuleRegistry.builtIn()).build();
    Scorecard card = scorer.score(ParReader.standard().readSubmission(
        TestData.path("golden/commune-a/submission.yaml")));

    // Figures of golden/commune-a/expected.yaml (worked out by hand): 10.53 of 15, 70.20, band TB;
    // by source: survey 2.4 = 2.13 of 3, appraised the rest, 10.53 - 0.5 + 1 - 2.13 = 8.9 of 12;
    // shares of the 4.97 lost: 1 / 4.97 = 20.12 %, 0.87 -> 17.51 %, 0.5 -> 10.06 %, 0.4 -> 8.05 %,
    // 0.25 -> 5.03 %, 0.2 -> 4.02 %; field 2 printed 5.1 against 4.98 (more than 0.05 apart);
    // 15 of 16 points itemised = 93.75 %.
    assertEquals("""
        Commune PAR index (test example) (golden-commune)
        Unit: Xã An Bình (xa-an-binh) · Evaluation year 2024 · Stage: appraisal
        Total: 10.5300 / 15.0000 · Index: 70.20 % · Classification: Average
        By source: Appraisal 8.9000 / 12.0000 · Survey 2.1300 / 3.0000

        Code  Field                         Max   Points  Points lost      %  Status
        ----  -------------------------  ------  -------  -----------  -----  ----------------------
        1     Steering                   7.0000   6.0500       0.9500  86.43  partial
        2     Administrative procedures  8.0000   4.9800       3.0200  62.25  partial
        B     Bonus                      1.0000  +0.5000                      0.5000 bonus points
        P     Penalty                    2.0000  −1.0000                      1.0000 points deducted

        Largest points lost (3 of 9; total 4.9700)
        Code  Criterion                      Points lost  Share %  Lead agency
        ----  -----------------------------  -----------  -------  -----------------
        2.1   Số lần kiểm tra nội bộ              1.0000    20.12  Tư pháp - Hộ tịch
        P.1   Bị phê bình về CCHC                 1.0000    20.12  —
        2.4   Mức độ hài lòng của người dân       0.8700    17.51  Tư pháp - Hộ tịch

        Reconciliation with reported figures
        Code  Reported  Computed  Reported lost  Computed lost  Unexplained  Result
        ----  --------  --------  -------------  -------------  -----------  --------------
        1         6.05    6.0500           0.95         0.9500               matches
        2          5.1    4.9800                        3.0200               does not match

        Alerts
        - 2: 62.25 % < 75 % — A remediation plan is required

        Warnings
        - Methodology golden-commune is incomplete: only 93.75 % of its points are itemised \
        into leaves; the other 1 points are scored through unitemised remainders
        - Reported figures do not match the computed ones for: 2
        """, ScorecardText.render(card, Language.of("en"), false, 3));
  }
}
