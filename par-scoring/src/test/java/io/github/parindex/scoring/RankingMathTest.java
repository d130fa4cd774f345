package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rankings, comparisons and number texts worked out by hand on the test-98 methodology
 * (src/test/resources/projection): leaf 1.1 is the only difference between four units, so each
 * total is 78 + the points of 1.1, of an applicable maximum of 98 (bands A ≥ 90, B ≥ 80, C ≥ 0).
 */
class RankingMathTest {
  private static final Path DIR = Path.of("src/test/resources/projection");

  private final Methodology m;
  private final Scorer scorer;
  private final Submission base;

  RankingMathTest() throws IOException {
    m = ParReader.standard().readMethodology(DIR.resolve("m98.yaml"));
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    base = ParReader.standard().readSubmission(DIR.resolve("s98.yaml"));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private Scorecard unit(String id, String points11) {
    return scorer.score(Submission.builder().from(base).unit(Unit.of(id))
        .putObservations("1.1", Observation.points(d(points11))).build());
  }

  @Test
  void ranking_fourUnits_ranksMeanMedianGapsAndBands() {
    // 1.1 = 10, 8, 6.0277, 0: totals 88, 86, 84.0277, 78; indices 89.80, 87.76, 85.74, 79.59.
    Ranking r = Ranking.of(List.of(unit("c", "6.0277"), unit("a", "10"), unit("d", "0"),
        unit("b", "8")));
    assertEquals(List.of("a", "b", "c", "d"), r.entries().stream().map(e -> e.unit().id())
        .toList());
    assertEquals(List.of(d("89.80"), d("87.76"), d("85.74"), d("79.59")), r.entries().stream()
        .map(RankEntry::index).toList());
    assertEquals(List.of(1, 2, 3, 4), r.entries().stream().map(RankEntry::rank).toList());
    assertNull(r.entries().get(0).gapToAbove());
    // 89.80 − 87.76 = 2.04; 87.76 − 85.74 = 2.02; 85.74 − 79.59 = 6.15.
    assertEquals(d("2.04"), r.entries().get(1).gapToAbove());
    assertEquals(d("2.02"), r.entries().get(2).gapToAbove());
    assertEquals(d("6.15"), r.entries().get(3).gapToAbove());
    // Mean 342.89 / 4 = 85.7225 → 85.72; median of an even count: (87.76 + 85.74) / 2 = 86.75.
    assertEquals(Optional.of(d("85.72")), r.mean());
    assertEquals(Optional.of(d("86.75")), r.median());
    assertEquals("a", r.best().orElseThrow().unit().id());
    assertEquals("d", r.worst().orElseThrow().unit().id());
    assertEquals(List.of("B", "B", "B", "C"), r.entries().stream().map(e -> e.band().code())
        .toList());
    assertEquals("A", r.bandOf(d("90")).orElseThrow().code());
    assertEquals("B", r.bandOf(d("89.99")).orElseThrow().code());
    assertEquals("B", r.bandOf(d("80")).orElseThrow().code());
    assertEquals("C", r.bandOf(d("79.99")).orElseThrow().code());
    assertEquals(2023, r.year());
    // An odd count: the middle one.
    assertEquals(Optional.of(d("85.74")), Ranking.of(List.of(unit("a", "10"), unit("c", "6.0277"),
        unit("d", "0"))).median());
  }

  @Test
  void ranking_previousRanks_giveTheChange() {
    Ranking before = Ranking.of(List.of(unit("a", "0"), unit("b", "10")));
    assertEquals(List.of("b", "a"), before.entries().stream().map(e -> e.unit().id()).toList());
    // a rises from 2nd to 1st (+1), b falls from 1st to 2nd (−1).
    Ranking now = Ranking.of(List.of(unit("a", "10"), unit("b", "0")), List.of(unit("a", "0"),
        unit("b", "10")));
    assertEquals(Optional.of(1), now.entries().get(0).change());
    assertEquals(Optional.of(-1), now.entries().get(1).change());
    assertEquals(Integer.valueOf(2), now.entries().get(0).previousRank());
  }

  @Test
  void comparison_rowStatusesAndDeltas() {
    // 1.1: 6.0277 then 10: +3.9723; total 84.0277 → 88 (+3.9723); index 85.74 → 89.80 (+4.06).
    Comparison c = Comparison.of(unit("u", "6.0277"), unit("u", "10"));
    assertTrue(c.sameMethodology());
    assertEquals(Optional.of(d("3.9723")), c.pointsDelta());
    assertEquals(Optional.of(d("4.06")), c.indexDelta());
    Comparison.Row row = c.rows().stream().filter(r -> r.code().equals("1.1")).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(d("3.9723")), row.delta());
    assertTrue(row.changed());
    assertEquals(Optional.of(Status.PARTIAL), row.firstStatus());
    assertEquals(Optional.of(Status.FULL), row.secondStatus());
    Comparison.Row same = c.rows().stream().filter(r -> r.code().equals("2.1")).findFirst()
        .orElseThrow();
    assertFalse(same.changed());
    assertEquals(Optional.of(d("0.0000")), same.delta());
    Comparison.Row na = c.rows().stream().filter(r -> r.code().equals("2.3")).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(Status.NOT_APPLICABLE), na.firstStatus());
  }

  @Test
  void numbers_plainTrimmedAndVietnamese() {
    assertEquals("1.50", Numbers.plain(d("1.50")));
    assertEquals("1.5", Numbers.trimmed(d("1.50")));
    assertEquals("100", Numbers.trimmed(d("1E+2")));
    assertEquals("0", Numbers.trimmed(d("0.000")));
    assertEquals("1,5", Numbers.vi(d("1.50")));
    assertEquals("1.50", Numbers.in("en", d("1.50")));
    assertEquals("1,50", Numbers.in("vi", d("1.50")));
  }

  @Test
  void nodeScoreAndScorecard_describeThemselves() {
    Scorecard card = unit("u", "6.0277");
    NodeScore leaf = card.node("1.1");
    assertTrue(leaf.isLeaf());
    assertTrue(leaf.sum().isEmpty());
    NodeScore field = card.node("1");
    assertFalse(field.isLeaf());
    // 6.0277 + 10 + 15 = 31.0277.
    assertEquals(d("31.0277"), field.sum().orElseThrow().points());
    assertEquals("1.1 (6.0277) + 1.2 (10.0000) + 1.3 (15.0000) = 31.0277",
        field.sum().orElseThrow().expression());
    assertTrue(field.toString().contains("31.0277"), field::toString);
    assertTrue(card.toString().contains("84.0277"), card::toString);
    assertFalse(card.capped());
  }
}
