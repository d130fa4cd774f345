package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.communeUnit;
import static io.github.parindex.scoring.testing.Fixtures.d;
import static io.github.parindex.scoring.testing.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.scoring.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  private final Scorer scorer = Fixtures.scorer(Fixtures.commune());

  /*
   * The commune methodology has 16 applicable points. With everything full except leaf 2.5 (max 1):
   * total = 15 + p(2.5) + bonus, capped at 16. Index = total / 16 * 100, HALF_UP to 2 decimals.
   *   a: 2.5 = 1,      bonus 0   -> 16      -> 100.00
   *   b: 2.5 = 0.2,    bonus 0   -> 15.2    -> 95.00
   *   c: 2.5 = 0.2002, bonus 0   -> 15.2002 -> 15.2002 / 16 = 0.9500125 -> 95.00125 -> 95.00
   *   d: 2.5 = 0.1,    bonus 0   -> 15.1    -> 94.375  -> 94.38 (HALF_UP)
   *   e: 2.5 = 0.1,    bonus 0   -> 94.38, same as d
   * Ranks: a 1; b and c tie at 95.00 -> both 2 (b before c by id); d and e tie at 94.38 -> both 4.
   */
  private List<Scorecard> cards() {
    List<Scorecard> cards = new ArrayList<>();
    cards.add(scorer.score(submission(communeUnit("e", "North", "0.1", "0"))));
    cards.add(scorer.score(submission(communeUnit("c", "South", "0.2002", "0"))));
    cards.add(scorer.score(submission(communeUnit("a", "North", "1", "0"))));
    cards.add(scorer.score(submission(communeUnit("d", "South", "0.1", "0"))));
    cards.add(scorer.score(submission(communeUnit("b", "North", "0.2", "0"))));
    return cards;
  }

  @Test
  void of_tiesOnPublishedDecimals_shareCompetitionRanksListedById() {
    Ranking r = Ranking.of(cards());
    assertEquals(List.of("a", "b", "c", "d", "e"),
        r.entries().stream().map(e -> e.unit().id()).toList());
    assertEquals(List.of(1, 2, 2, 4, 4), r.entries().stream().map(RankEntry::rank).toList());
    assertEquals(0, d("95.00").compareTo(r.entry("c").orElseThrow().index()));
  }

  @Test
  void of_anyInputOrder_givesTheSameRanking() {
    List<Scorecard> shuffled = cards();
    Collections.reverse(shuffled);
    assertEquals(Ranking.of(cards()).entries().stream().map(e -> e.unit().id() + e.rank())
        .toList(), Ranking.of(shuffled).entries().stream().map(e -> e.unit().id() + e.rank())
        .toList());
  }

  @Test
  void gapToAbove_isTheDistanceToTheNearestHigherPublishedIndex() {
    Ranking r = Ranking.of(cards());
    assertEquals(null, r.entry("a").orElseThrow().gapToAbove());
    assertEquals(0, d("5.00").compareTo(r.entry("b").orElseThrow().gapToAbove())); // 100 - 95
    assertEquals(0, d("5.00").compareTo(r.entry("c").orElseThrow().gapToAbove())); // tied with b
    assertEquals(0, d("0.62").compareTo(r.entry("e").orElseThrow().gapToAbove())); // 95 - 94.38
  }

  @Test
  void statistics_areOfPublishedIndices() {
    Ranking r = Ranking.of(cards());
    // (100 + 95 + 95 + 94.38 + 94.38) / 5 = 478.76 / 5 = 95.752 -> 95.75
    assertEquals(0, d("95.75").compareTo(r.mean().orElseThrow()));
    assertEquals(0, d("95.00").compareTo(r.median().orElseThrow()));
    assertEquals("a", r.best().orElseThrow().unit().id());
    assertEquals("e", r.worst().orElseThrow().unit().id());
  }

  @Test
  void byRegion_meansPublishedIndices() {
    Ranking r = Ranking.of(cards());
    // North: a 100, b 95, e 94.38 -> 289.38 / 3 = 96.46; South: c 95, d 94.38 -> 94.69
    assertEquals(0, d("96.46").compareTo(r.byRegion().get("North").mean()));
    assertEquals(3, r.byRegion().get("North").units());
    assertEquals(0, d("94.69").compareTo(r.byRegion().get("South").mean()));
  }

  @Test
  void byField_ranksComponentIndices() {
    Ranking r = Ranking.of(cards());
    // Field 1 is full for everyone: all tied at rank 1. Field 2 = (7 + p(2.5)) / 8.
    assertEquals(List.of(1, 1, 1, 1, 1), r.byField().get("1").stream().map(Ranking.FieldRank::rank)
        .toList());
    // a 100.00; b, c 90.00 (7.2/8; 7.2002/8 = 90.0025 -> 90.00); d, e 88.75 (7.1/8)
    assertEquals(List.of(1, 2, 2, 4, 4), r.byField().get("2").stream()
        .map(Ranking.FieldRank::rank).toList());
    assertEquals(List.of("1", "2"), List.copyOf(r.byField().keySet())); // not B (bonus), P (penalty)
  }

  @Test
  void of_withPreviousSet_reportsPlacesRisen() {
    List<Scorecard> previous = List.of(
        scorer.score(submission(communeUnit("a", "North", "0", "0"))),   // 15/16 = 93.75 -> 2
        scorer.score(submission(communeUnit("b", "North", "1", "0"))));  // 100 -> 1
    Ranking r = Ranking.of(cards(), previous);
    assertEquals(1, r.entry("a").orElseThrow().change().orElseThrow());   // 2 -> 1
    assertEquals(-1, r.entry("b").orElseThrow().change().orElseThrow());  // 1 -> 2
    assertEquals(java.util.Optional.empty(), r.entry("c").orElseThrow().change());
  }

  @Test
  void of_mixedYears_isRejected() {
    List<Scorecard> mixed = new ArrayList<>(cards());
    mixed.add(scorer.score(submission(communeUnit("z", "North", "1", "0")
        .replace("year: 2024", "year: 2025"))));
    assertThrows(IllegalArgumentException.class, () -> Ranking.of(mixed));
  }
}
