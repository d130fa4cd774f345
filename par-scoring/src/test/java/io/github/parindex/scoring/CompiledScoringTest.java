package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.testing.Fixtures;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The compiled scorer against the reference path on the golden cases and on edge cases. */
class CompiledScoringTest {
  private static final Path ROOT = TestData.path("golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseIsCompiledAndIdentical() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(ROOT)) {
      cases = dirs.filter(d -> Files.exists(d.resolve("case.yaml"))).sorted().toList();
    }
    assertFalse(cases.isEmpty());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Tree.Obj spec = GoldenCasesTest.yaml(dir.resolve("case.yaml"));
      Scorer scorer = Scorer.builder().methodology(GoldenCasesTest.methodology(dir, spec))
          .registry(RuleRegistry.builtIn()).build();
      for (Submission s : GoldenCasesTest.submissions(dir, spec)) {
        Scorecard compiled = scorer.score(s);
        assertTrue(compiled.isCompiled(), "the golden case takes the compiled path");
        SameScorecards.assertSame(scorer.scoreReference(s), compiled,
            dir.getFileName() + "/" + s.unit().id());
      }
    }));
  }

  @Test
  void numbersBeyondLongArithmeticAreScoredThroughTheRule() {
    Methodology m = Fixtures.commune();
    Submission s = Fixtures.submission("""
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: big }
        observations:
          "1.3": { numerator: 123456789012345678901234, denominator: 223456789012345678901235 }
          "1.4": { rate: 0.912345678901234567890123 }
          "2.2": { count: 9223372036854775807 }
          "2.3": { baseline: 100000000000000000000000, current: 99999999999999999999999 }
          "2.4": { responses: { A: 9223372036854775000, B: 3 } }
        """);
    Scorer scorer = Fixtures.scorer(m);
    Scorecard compiled = scorer.score(s);
    assertTrue(compiled.isCompiled());
    SameScorecards.assertSame(scorer.scoreReference(s), compiled, "big numbers");
  }

  @Test
  void problemsAreTheReferencePathsProblems() {
    Methodology m = Fixtures.commune();
    Submission s = Fixtures.submission("""
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: bad }
        observations:
          "1.2": { option: Z }
          "2.4": { responses: { A: 3, Q: 1 } }
          "2.5": { notApplicable: true }
          "2.1": { yes: true }
          "9.9": { count: 1 }
        """);
    Scorer scorer = Fixtures.scorer(m);
    ValidationException reference = assertThrows(ValidationException.class,
        () -> scorer.scoreReference(s));
    ValidationException compiled = assertThrows(ValidationException.class, () -> scorer.score(s));
    assertEquals(reference.problems(), compiled.problems());
    assertEquals(5, compiled.problems().size(), compiled.problems().toString());
  }

  @Test
  void aCustomRuleIsScoredThroughTheRuleAndTheRestIsCompiled() {
    RandomTrees random = new RandomTrees(7);
    int custom = 0;
    for (int t = 0; t < 40; t++) {
      Methodology m = random.methodology();
      boolean hasCustom = m.leaves().stream()
          .anyMatch(l -> l.rule().orElseThrow().type().equals(RandomTrees.CUSTOM));
      if (!hasCustom) {
        continue;
      }
      Scorer scorer = Scorer.builder().methodology(m).registry(RandomTrees.registry()).build();
      for (int k = 0; k < 5; k++) {
        Submission s = random.submission(m);
        if (!scorer.check(s).isEmpty()) {
          continue;
        }
        Scorecard compiled = scorer.score(s);
        assertTrue(compiled.isCompiled());
        SameScorecards.assertSame(scorer.scoreReference(s), compiled, "custom " + t + "/" + k);
        custom++;
      }
    }
    assertTrue(custom > 5, "enough methodologies with a custom rule: " + custom);
  }

  @Test
  void aScorecardBuiltLazilyFromManyThreadsIsTheSame() throws Exception {
    Methodology m = Fixtures.commune();
    Scorer scorer = Fixtures.scorer(m);
    Submission s = Fixtures.file("commune-a/submission.yaml");
    String expected = Fingerprint.of(scorer.scoreReference(s));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        Scorecard card = scorer.score(s);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          results.add(pool.submit(() -> Fingerprint.of(card)));
        }
        for (Future<String> f : results) {
          assertEquals(expected, f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
