package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.communeUnit;
import static io.github.parindex.scoring.testing.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Problem;
import io.github.parindex.scoring.testing.Fixtures;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchScorerTest {
  private final Scorer scorer = Fixtures.scorer(Fixtures.commune());
  private final BatchScorer batch = BatchScorer.of(scorer);

  private static BatchScorer.Entry unit(String id, String points25) {
    return BatchScorer.Entry.of(id + ".yaml", submission(communeUnit(id, "A", points25, "0.5")));
  }

  @Test
  void checkAndScore_validBatch_givesScorecardsInOrderEqualToScoringEachOne() {
    List<BatchScorer.Entry> entries = List.of(unit("c", "1"), unit("a", "0.5"), unit("b", "0"));
    List<Scorecard> cards = new ArrayList<>();

    long n = batch.checkAndScore(entries::stream, cards::add);

    assertEquals(3, n);
    assertEquals(List.of("c", "a", "b"), cards.stream().map(c -> c.unit().id()).toList());
    for (int i = 0; i < 3; i++) {
      Scorecard one = scorer.score(entries.get(i).submission().orElseThrow());
      assertEquals(one.points(), cards.get(i).points());
      assertEquals(one.index(), cards.get(i).index());
    }
  }

  @Test
  void check_everyProblemOfEveryEntry_isListedWithItsLabel_andNothingIsScored() {
    List<BatchScorer.Entry> entries = List.of(
        unit("a", "1"),
        BatchScorer.Entry.unreadable("batch.jsonl:2", List.of(Problem.at("/year", "not a year"))),
        unit("c", "7"));
    List<Scorecard> cards = new ArrayList<>();

    ValidationException e = assertThrows(ValidationException.class,
        () -> batch.checkAndScore(entries::stream, cards::add));

    assertEquals(List.of(), cards);
    assertEquals("batch.jsonl:2", e.problems().get(0).source());
    assertEquals("/year", e.problems().get(0).path());
    assertTrue(e.problems().size() >= 2, e.problems()::toString);
    assertTrue(e.problems().stream().skip(1).allMatch(p -> p.source().equals("c.yaml")),
        e.problems()::toString);
  }

  @Test
  void score_batchThatChangedBetweenThePasses_isRefused() {
    AtomicInteger reads = new AtomicInteger();
    Supplier<Stream<BatchScorer.Entry>> growing = () -> reads.incrementAndGet() == 1
        ? Stream.of(unit("a", "1")) : Stream.of(unit("a", "1"), unit("b", "1"));

    ValidationException e = assertThrows(ValidationException.class,
        () -> batch.checkAndScore(growing, card -> { }));

    assertEquals(List.of(Problem.at("", "the batch changed while it was scored: 1 submissions "
        + "when checked, 2 when scored")), e.problems());
  }

  @Test
  void eachPass_closesItsStream() {
    AtomicInteger closed = new AtomicInteger();
    Supplier<Stream<BatchScorer.Entry>> source =
        () -> Stream.of(unit("a", "1")).onClose(closed::incrementAndGet);

    batch.checkAndScore(source, card -> { });

    assertEquals(2, closed.get());
  }

  @Test
  void entry_withoutProblems_cannotBeUnreadable() {
    assertThrows(IllegalArgumentException.class,
        () -> BatchScorer.Entry.unreadable("x", List.of()));
  }
}
