package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.Status;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The compiled scorer and the reference path give identical scorecards — node by node, traces,
 * alerts, reconciliation and warnings included, every writer's bytes too — on random methodologies and
 * submissions ({@link RandomTrees}), and the same problems for submissions that have some.
 */
class CompiledScoringProperties {
  @Property(tries = 400)
  void compiledScorecardsEqualTheReference(@ForAll long seed) {
    RandomTrees random = new RandomTrees(seed);
    Methodology m = random.methodology();
    Scorer scorer = Scorer.builder().methodology(m).registry(RandomTrees.registry()).build();
    // Very precise methodologies may not fit long arithmetic: then every submission takes the
    // reference path, and the comparison below still holds
    Statistics.label("methodology").collect(scorer.isCompiled() ? "compiled" : "reference only");
    for (int k = 0; k < 8; k++) {
      Submission s = random.submission(m);
      String context = "seed " + seed + ", submission " + k;
      assertEquals(scorer.rules().check(s), scorer.check(s), context + ": check");
      Scorecard reference = null;
      ValidationException referenceProblems = null;
      try {
        reference = scorer.scoreReference(s);
      } catch (ValidationException e) {
        referenceProblems = e;
      }
      Scorecard compiled = null;
      ValidationException compiledProblems = null;
      try {
        compiled = scorer.score(s);
      } catch (ValidationException e) {
        compiledProblems = e;
      }
      if (referenceProblems != null) {
        assertTrue(compiledProblems != null, context + ": the reference refuses, "
            + referenceProblems.problems());
        assertEquals(referenceProblems.problems(), compiledProblems.problems(), context);
        Statistics.collect("refused");
        continue;
      }
      assertTrue(compiledProblems == null, context + ": the compiled path refuses "
          + compiled(compiledProblems));
      Statistics.collect(compiled.isCompiled() ? "compiled" : "reference fallback");
      Statistics.label("charged to a remainder").collect(compiled.reconciliation().stream()
          .anyMatch(r -> r.chargedToRemainder() != null));
      Statistics.label("unknown parts").collect(!compiled.isComplete());
      Statistics.label("not applicable leaves").collect(compiled.nodes().stream()
          .anyMatch(n -> n.isLeaf() && n.status() == Status.NOT_APPLICABLE));
      SameScorecards.assertSame(reference, compiled, context);
    }
    // Not vacuous: most submissions are scored, and nearly all of those by the compiled path
    Statistics.coverage(c -> {
      c.check("compiled").percentage(p -> p > 40);
      c.check("reference fallback").percentage(p -> p < 5);
    });
    Statistics.label("charged to a remainder").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("methodology").coverage(c -> c.check("compiled").percentage(p -> p > 80));
    Statistics.label("unknown parts").coverage(c -> c.check(true).count(n -> n > 0));
  }

  private static String compiled(ValidationException e) {
    return e == null ? "" : e.problems().toString();
  }
}
