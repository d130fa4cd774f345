package io.github.parindex.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readable ranking of four test-98 units, laid out by hand: leaf 1.1 is the only difference
 * between them, so each total is 78 + the points of 1.1, of an applicable maximum of 98.
 */
class RankingTextTest {
  private static final Path DIR = TestData.path("projection");

  private final Scorer scorer;
  private final Submission base;

  RankingTextTest() throws IOException {
    Methodology m = ParReader.standard().readMethodology(DIR.resolve("m98.yaml"));
    scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    base = ParReader.standard().readSubmission(DIR.resolve("s98.yaml"));
  }

  private Scorecard unit(String id, String points11) {
    return scorer.score(Submission.builder().from(base).unit(Unit.of(id))
        .putObservations("1.1", Observation.points(new BigDecimal(points11))).build());
  }

  @Test
  void rankingText_laidOutByHand() {
    Ranking r = Ranking.of(List.of(unit("c", "6.0277"), unit("a", "10"), unit("d", "0"),
        unit("b", "8")));
    String text = RankingWriter.text(r, Language.of("en"));
    // Columns: rank (right), unit, index (right), band, gap above (right), change (right).
    assertTrue(text.startsWith("Test methodology 98 (test-98) · Evaluation year 2023\n\n"
        + "Rank  Unit  Index  Classification  Gap above  Change\n"
        + "----  ----  -----  --------------  ---------  ------\n"
        + "   1  a     89.80  B\n"
        + "   2  b     87.76  B                    2.04\n"
        + "   3  c     85.74  B                    2.02\n"
        + "   4  d     79.59  C                    6.15\n"
        + "\nMean: 85.72\nMedian: 86.75\nBest: a (89.80)\nWorst: d (79.59)\n"), text);
  }
}
