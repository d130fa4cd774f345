package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * The comparison matches nodes by a lookup of their code: on random pairs of methodologies (which
   * share some codes and not others), the rows are those of the search of the second scorecard's
   * nodes for each code that it replaced (its quadratic form, kept below as the oracle).
   */
  @Test
  void of_randomPairs_sameRowsAsTheSearchItReplaced() {
    RandomTrees random = new RandomTrees(20_261_206L);
    int compared = 0;
    int oneSided = 0;
    for (int t = 0; t < 60; t++) {
      Scorecard first = scored(random, random.methodology());
      Scorecard second = scored(random, random.methodology());
      if (first == null || second == null) {
        continue;
      }
      Comparison c = Comparison.of(first, second);
      List<Comparison.Row> expected = searched(first, second);
      assertEquals(expected.size(), c.rows().size(), "rows of pair " + t);
      for (int i = 0; i < expected.size(); i++) {
        Comparison.Row want = expected.get(i);
        Comparison.Row got = c.rows().get(i);
        assertEquals(want.code(), got.code(), "pair " + t + " row " + i);
        assertEquals(want.name(), got.name(), "pair " + t + " row " + i);
        assertSame(want.first(), got.first(), "pair " + t + " row " + i);
        assertSame(want.second(), got.second(), "pair " + t + " row " + i);
        assertEquals(want.delta(), got.delta(), "pair " + t + " row " + i);
        assertEquals(want.changed(), got.changed(), "pair " + t + " row " + i);
      }
      compared++;
      oneSided += c.onlyInFirst().size() + c.onlyInSecond().size() > 0 ? 1 : 0;
    }
    assertTrue(compared > 30 && oneSided > 10, compared + " pairs, " + oneSided + " one-sided");
  }

  /** A valid random submission scored, or null after a few that have problems. */
  private static Scorecard scored(RandomTrees random, Methodology m) {
    Scorer scorer = Scorer.builder().methodology(m).registry(RandomTrees.registry()).build();
    for (int k = 0; k < 10; k++) {
      Submission s = random.submission(m);
      if (scorer.check(s).isEmpty()) {
        return scorer.score(s);
      }
    }
    return null;
  }

  /** The rows as the comparison built them before: a search of the second's nodes per code. */
  private static List<Comparison.Row> searched(Scorecard first, Scorecard second) {
    List<Comparison.Row> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NodeScore a : first.nodes()) {
      NodeScore b = second.nodes().stream().filter(n -> n.code().equals(a.code())).findFirst()
          .orElse(null);
      out.add(new Comparison.Row(a.code(), a.name(), a, b));
      seen.add(a.code());
    }
    for (NodeScore b : second.nodes()) {
      if (!seen.contains(b.code())) {
        out.add(new Comparison.Row(b.code(), b.name(), null, b));
      }
    }
    return out;
  }
}
