package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private final Scorer scorer = Fixtures.scorer(Fixtures.commune());
  private final Scorecard a = scorer.score(Fixtures.file("commune-a/submission.yaml"));
  private final Scorecard b = scorer.score(Fixtures.file("commune-b-submission.yaml"));

  @Test
  void of_sameMethodology_matchesEveryNodeAndGivesDeltas() {
    Comparison c = Comparison.of(a, b);
    assertTrue(c.sameMethodology());
    assertTrue(c.onlyInFirst().isEmpty());
    assertTrue(c.onlyInSecond().isEmpty());
    Comparison.Row r11 = c.rows().stream().filter(r -> r.code().equals("1.1")).findFirst()
        .orElseThrow();
    assertEquals(0, d("-2").compareTo(r11.delta().orElseThrow()));     // 0 - 2
    // totals: 11.22 - 10.53 = 0.69; published indices 70.13 - 70.20 = -0.07
    assertEquals(0, d("0.69").compareTo(c.pointsDelta().orElseThrow()));
    assertEquals(0, d("-0.07").compareTo(c.indexDelta().orElseThrow()));
  }

  @Test
  void changed_listsOnlyNodesThatDiffer() {
    Comparison c = Comparison.of(a, a);
    assertTrue(c.changed().isEmpty());
    assertFalse(Comparison.of(a, b).changed().isEmpty());
  }

  @Test
  void of_twoMethodologyVersions_listsCodesOnOneSideOnly() {
    // Version 2 renames leaf 2.5 to 2.6 (same maximum, so every sum still holds).
    String v1 = ParWriter.toString(Fixtures.commune(), Syntax.YAML);
    Methodology v2 = Fixtures.methodology(v1.replace("id: golden-commune", "id: golden-commune-v2")
        .replace("code: \"2.5\"", "code: \"2.6\""));
    Scorecard second = Fixtures.scorer(v2).score(Fixtures.submission("""
        format: par-submission/1
        methodology: golden-commune-v2
        year: 2024
        unit: { id: xa-an-binh }
        missing: FULL
        """));
    Comparison c = Comparison.of(a, second);
    assertFalse(c.sameMethodology());
    assertEquals(List.of("2.5"), c.onlyInFirst());
    assertEquals(List.of("2.6"), c.onlyInSecond());
    assertTrue(c.rows().stream().filter(r -> r.code().equals("2.5")).findFirst().orElseThrow()
        .delta().isEmpty());
  }
}
