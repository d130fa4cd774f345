package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.d;
import static io.github.parindex.scoring.testing.Fixtures.methodology;
import static io.github.parindex.scoring.testing.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScorerTest {
  /** Field 1 (max 4): leaves 1.1 (1) and 1.2 (1), remainder 2; field 2 (max 6): 2.1 (6). */
  private static final Methodology TWO_FIELDS = methodology("""
      format: par-methodology/1
      id: two-fields
      title: Two fields
      validFrom: 2020
      maxPoints: 10
      bands: [ { code: A, minPercent: 90 }, { code: B, minPercent: 0 } ]
      nodes:
        - code: "1"
          name: One
          maxPoints: 4
          unitemisedPoints: 2
          children:
            - { code: "1.1", name: a, maxPoints: 1, rule: { type: points } }
            - { code: "1.2", name: b, maxPoints: 1, rule: { type: points } }
        - code: "2"
          name: Two
          maxPoints: 6
          children:
            - { code: "2.1", name: c, maxPoints: 6, rule: { type: points } }
        - code: X
          name: Bonus
          maxPoints: 3
          role: BONUS
          children:
            - { code: X.1, name: x, maxPoints: 3, rule: { type: points } }
        - code: Y
          name: Penalty
          maxPoints: 20
          role: PENALTY
          children:
            - { code: Y.1, name: y, maxPoints: 20, rule: { type: points } }
      """);

  private final Scorer scorer = Fixtures.scorer(TWO_FIELDS);

  private static String sub(String missing, String body) {
    return """
        format: par-submission/1
        methodology: two-fields
        year: 2024
        unit: { id: u }
        missing: %s
        """.formatted(missing) + body;
  }

  @Test
  void reconcile_unexplainedDeficitUnderFull_chargedToTheRemainder() {
    // 1.1 loses 0.25; reported deficit 0.30 (2 decimals: tolerance 0.005) -> 0.05 unexplained,
    // charged: remainder 2 - 0.05 = 1.95. (Printed as 0.3 it would match within 0.05.)
    Scorecard c = scorer.score(submission(sub("FULL", """
        observations: { "1.1": { points: 0.75 } }
        reported: { "1": { deficit: 0.30 } }
        """)));
    Reconciliation r = c.reconciliation().get(0);
    assertEquals(0, d("0.05").compareTo(r.unexplained()));
    assertEquals(0, d("0.05").compareTo(r.chargedToRemainder()));
    assertTrue(r.matches());
    assertEquals(0, d("3.7").compareTo(c.node("1").points().orElseThrow())); // 0.75 + 1 + 1.95
    assertEquals(RemainderBasis.CHARGED, c.node("1").remainder().orElseThrow().basis());
  }

  @Test
  void reconcile_unexplainedDeficitUnderZero_reportedNotCharged() {
    // Everything given explicitly; reported deficit 0.5 but only 0.25 is lost: a mismatch.
    Scorecard c = scorer.score(submission(sub("ZERO", """
        observations: { "1.1": { points: 0.75 }, "1.2": { points: 1 }, "2.1": { points: 6 } }
        unitemised: { "1": 2 }
        reported: { "1": { deficit: 0.5 } }
        """)));
    Reconciliation r = c.reconciliation().get(0);
    assertEquals(0, d("0.25").compareTo(r.unexplained()));
    assertNull(r.chargedToRemainder());
    assertEquals(Boolean.FALSE, r.deficitMatch());
    assertFalse(r.matches());
    assertTrue(c.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.RECONCILIATION_MISMATCH));
    assertEquals(0, d("3.75").compareTo(c.node("1").points().orElseThrow()));
  }

  @Test
  void reconcile_deficitSmallerThanTheListedLeaves_isAMismatchNotACorrection() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        observations: { "1.1": { points: 0.5 } }
        reported: { "1": { deficit: 0.2 } }
        """)));
    Reconciliation r = c.reconciliation().get(0);
    assertEquals(0, d("-0.3").compareTo(r.unexplained())); // 0.2 reported, 0.5 lost
    assertNull(r.chargedToRemainder());
    assertFalse(r.matches());
    assertEquals(0, d("3.5").compareTo(c.node("1").points().orElseThrow()));
  }

  @Test
  void reconcile_unexplainedAboveTheRemainder_isNotCharged() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        reported: { "1": { deficit: 2.5 } }
        """)));
    assertNull(c.reconciliation().get(0).chargedToRemainder());
    assertFalse(c.reconciliation().get(0).matches());
  }

  @Test
  void reconcile_printedPrecision_decidesTheMatch() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        observations: { "1.1": { points: 0.9951 } }
        reported: { "1": { points: 4.0 }, "2": { points: 6.01 } }
        """)));
    // 3.9951 printed 4.0 (1 decimal, tolerance 0.05): matches; 6 printed 6.01 (tolerance 0.005): no.
    assertEquals(Boolean.TRUE, c.reconciliation().get(0).pointsMatch());
    assertEquals(Boolean.FALSE, c.reconciliation().get(1).pointsMatch());
  }

  @Test
  void score_penaltyBelowZero_totalCappedAtZero() {
    Scorecard c = scorer.score(submission(sub("ZERO", """
        observations: { "1.1": { points: 1 }, Y.1: { points: 20 } }
        """)));
    // standard 1 (only 1.1), penalty 20 -> -19, capped to 0.
    assertEquals(0, d("0").compareTo(c.points().orElseThrow()));
    assertTrue(c.capped());
    assertEquals(0, d("0.00").compareTo(c.index().orElseThrow()));
    assertTrue(c.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.TOTAL_CAPPED));
  }

  @Test
  void score_bonusAboveTheMaximum_totalCappedAtTheApplicableMaximum() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        observations: { X.1: { points: 3 } }
        """)));
    assertEquals(0, d("10").compareTo(c.points().orElseThrow()));
    assertEquals(0, d("100.00").compareTo(c.index().orElseThrow()));
    assertEquals("A", c.band().orElseThrow().code());
  }

  @Test
  void score_allLeavesOfAFieldNotApplicable_fieldNotApplicableAndLeftOutOfTheMaximum() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        observations: { "2.1": { notApplicable: true } }
        """)));
    assertEquals(Status.NOT_APPLICABLE, c.node("2").status());
    assertTrue(c.node("2").percent().isEmpty());
    assertEquals(0, d("4").compareTo(c.applicableMaxPoints()));
    assertEquals(0, d("100.00").compareTo(c.index().orElseThrow())); // 4 / 4
  }

  @Test
  void score_unknownLeaf_makesItsAncestorsAndTheTotalUnknown() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        unknown: ["1.2"]
        """)));
    assertEquals(Status.UNKNOWN, c.node("1.2").status());
    assertEquals(Status.UNKNOWN, c.node("1").status());
    assertTrue(c.node("1").points().isEmpty());
    assertEquals(0, d("6").compareTo(c.node("2").points().orElseThrow()));
    assertTrue(c.points().isEmpty());
    assertTrue(c.index().isEmpty());
    assertTrue(c.band().isEmpty());
    assertFalse(c.isComplete());
  }

  @Test
  void score_invalidSubmission_rejectedWithEveryProblem() {
    Submission bad = submission(sub("ZERO", """
        observations: { "1.1": { points: 1.5 }, "9.9": { yes: true }, "2.1": { yes: true } }
        """));
    ValidationException e = assertThrows(ValidationException.class, () -> scorer.score(bad));
    List<String> paths = e.problems().stream().map(p -> p.path()).toList();
    assertTrue(paths.contains("/observations/1.1/points"), paths.toString());
    assertTrue(paths.contains("/observations/9.9"), paths.toString());
    assertTrue(paths.contains("/observations/2.1"), paths.toString());
  }

  @Test
  void score_missingError_listsEveryMissingLeafAndRemainder() {
    Submission s = submission(sub("ERROR", """
        observations: { "1.1": { points: 1 } }
        """));
    List<String> messages = scorer.check(s).stream().map(p -> p.message()).toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("1.2")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("2.1")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("remainder of 1")), messages.toString());
    assertFalse(messages.stream().anyMatch(m -> m.contains("X.1")), messages.toString());
  }

  @Test
  void leadAgency_submissionAssignmentBeatsTheMethodologyAtTheSameLevelAndNearestWins() {
    Scorecard c = scorer.score(submission(sub("FULL", """
        leadAgencies: { "1": Office, "1.2": Finance }
        """)));
    assertEquals("Office", c.node("1.1").leadAgency().orElseThrow());
    assertEquals("Finance", c.node("1.2").leadAgency().orElseThrow());
    assertTrue(c.node("2.1").leadAgency().isEmpty());
  }

  @Test
  void score_sharedByManyThreads_sameScorecardsAsOneThread() throws Exception {
    Scorer shared = Fixtures.scorer(Fixtures.commune());
    List<Submission> subs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      subs.add(submission(Fixtures.communeUnit("u" + i, "R" + (i % 3),
          d("0." + String.format("%04d", i * 37 % 10000)).toPlainString(), "0." + (i % 10))));
    }
    List<String> single = new ArrayList<>();
    for (Submission s : subs) {
      single.add(Fingerprint.of(shared.score(s)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (Submission s : subs) {
          futures.add(pool.submit(() -> Fingerprint.of(shared.score(s))));
        }
        for (int i = 0; i < subs.size(); i++) {
          assertEquals(single.get(i), futures.get(i).get(), "unit " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
