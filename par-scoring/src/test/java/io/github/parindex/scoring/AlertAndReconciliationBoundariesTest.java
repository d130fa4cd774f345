package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Submission;
import io.github.parindex.scoring.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alerts and reconciliation exactly on their boundaries, on the golden commune methodology (field 1:
 * 7 applicable points when 1.4 is not applicable, remainder 1; field 2: 8 points; alerts below 75 %),
 * through the compiled path and the reference path alike. Every figure worked out by hand.
 */
class AlertAndReconciliationBoundariesTest {
  private static final Scorer SCORER = Fixtures.scorer(Fixtures.commune());

  /** Commune-a's observations with 2.1, 2.5, the missing policy and the reported figures given. */
  private static Submission submission(String count21, String points25, String missing,
      String unitemised, String reported) {
    return Fixtures.submission("""
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: xa-bien }
        missing: %s
        observations:
          "1.1": { yes: true }
          "1.2": { option: B }
          "1.3": { rate: 0.81 }
          "1.4": { notApplicable: true }
          "2.1": { count: %s }
          "2.2": { count: 3 }
          "2.3": { baseline: 40, current: 37 }
          "2.4": { responses: { A: 50, B: 30, C: 15, D: 5 } }
          "2.5": { points: %s }
        %s
        %s
        """.formatted(missing, count21, points25, unitemised, reported));
  }

  private static List<Scorecard> bothPaths(Submission s) {
    Scorecard compiled = SCORER.score(s);
    assertTrue(compiled.isCompiled());
    return List.of(compiled, SCORER.scoreReference(s));
  }

  @Test
  void alert_percentExactlyAtItsThreshold_isNotRaised() {
    // Field 2: 2.1 count 3 -> 2; 2.2 0.5; 2.3 0.75; 2.4 2.13; 2.5 0.62 -> 6.00 of 8 = 75.00 %, not
    // below 75. Field 1: 2 + 1.5 + 1.8 + 0.75 = 6.05 of 7 = 86.43 %.
    for (Scorecard card : bothPaths(submission("3", "0.62", "ZERO", "unitemised: { \"1\": 0.75 }",
        ""))) {
      assertEquals(0, d("75.00").compareTo(card.node("2").percent().orElseThrow()));
      assertEquals(List.of(), card.alerts());
    }
  }

  @Test
  void alert_percentJustBelowItsThreshold_isRaised() {
    // Field 2 with 2.5 at 0.6: 5.98 of 8 = 74.75 %.
    for (Scorecard card : bothPaths(submission("3", "0.6", "ZERO", "unitemised: { \"1\": 0.75 }",
        ""))) {
      assertEquals(1, card.alerts().size(), card.alerts()::toString);
      assertEquals("2", card.alerts().get(0).code());
      assertEquals(0, d("74.75").compareTo(card.alerts().get(0).percent()));
    }
  }

  @Test
  void reconciliation_differenceOfExactlyHalfThePrintedUnit_matches() {
    // Field 1 computes 6.05 points and a deficit of 0.95. Printed with one decimal, 6.1 and 0.9 are
    // both 0.05 away: half of 0.1, still a match. Field 2 computes 4.98; printed 5.0 is 0.02 away (a
    // match), printed 4.97 with two decimals is 0.01 away, more than 0.005 (a mismatch).
    for (Scorecard card : bothPaths(submission("2", "0.6", "ZERO", "unitemised: { \"1\": 0.75 }",
        "reported: { \"1\": { points: 6.1, deficit: 0.9 }, \"2\": { points: 4.97 } }"))) {
      Reconciliation one = card.reconciliation().get(0);
      assertEquals("1", one.code());
      assertEquals(Boolean.TRUE, one.pointsMatch());
      assertEquals(Boolean.TRUE, one.deficitMatch());
      assertNull(one.unexplained(), "a deficit within its precision leaves nothing unexplained");
      Reconciliation two = card.reconciliation().get(1);
      assertEquals("2", two.code());
      assertEquals(Boolean.FALSE, two.pointsMatch());
    }
  }

  @Test
  void reconciliation_reportedOutOfDocumentOrder_isListedInDocumentOrder() {
    for (Scorecard card : bothPaths(submission("2", "0.6", "ZERO", "unitemised: { \"1\": 0.75 }",
        "reported: { \"2\": { points: 4.98 }, \"1.3\": { points: 1.8 }, \"1\": { points: 6.05 } }"))) {
      assertEquals(List.of("1", "1.3", "2"),
          card.reconciliation().stream().map(Reconciliation::code).toList());
    }
  }

  @Test
  void reconciliation_unexplainedDeficitEqualToTheWholeRemainder_isChargedToIt() {
    // Missing FULL, no unitemised points given: field 1 = 2 + 1.5 + 1.8 + remainder 1 = 6.3 of 7,
    // deficit 0.7. Printed deficit 1.7: 1 unexplained, exactly the remainder's maximum, so it is
    // charged: remainder 0, field 1 = 5.3 points, deficit 1.7, which then matches.
    for (Scorecard card : bothPaths(submission("2", "0.6", "FULL", "",
        "reported: { \"1\": { deficit: 1.7 } }"))) {
      Reconciliation r = card.reconciliation().get(0);
      assertEquals(0, d("1").compareTo(r.unexplained()));
      assertEquals(0, d("1").compareTo(r.chargedToRemainder()));
      assertEquals(Boolean.TRUE, r.deficitMatch());
      assertEquals(0, d("5.3").compareTo(card.node("1").points().orElseThrow()));
      assertEquals(0, java.math.BigDecimal.ZERO.compareTo(
          card.node("1").remainder().orElseThrow().knownPoints().orElseThrow()));
    }
  }

  @Test
  void reconciliation_unexplainedDeficitAboveTheRemainder_isNotCharged() {
    // Printed deficit 1.7001: 1.0001 unexplained, more than the remainder's 1: reported, not charged.
    for (Scorecard card : bothPaths(submission("2", "0.6", "FULL", "",
        "reported: { \"1\": { deficit: 1.7001 } }"))) {
      Reconciliation r = card.reconciliation().get(0);
      assertEquals(0, d("1.0001").compareTo(r.unexplained()));
      assertNull(r.chargedToRemainder());
      assertEquals(Boolean.FALSE, r.deficitMatch());
      assertEquals(0, d("6.3").compareTo(card.node("1").points().orElseThrow()));
    }
  }

  @Test
  void reconciliation_unexplainedDeficitOfOnePointUnit_isCharged() {
    // Printed deficit 0.7001 (4 decimals, the methodology's pointDecimals): 0.0001 unexplained, more
    // than half a unit of its precision, charged: remainder 0.9999, field 1 = 6.2999.
    for (Scorecard card : bothPaths(submission("2", "0.6", "FULL", "",
        "reported: { \"1\": { deficit: 0.7001 } }"))) {
      Reconciliation r = card.reconciliation().get(0);
      assertEquals(0, d("0.0001").compareTo(r.chargedToRemainder()));
      assertEquals(0, d("6.2999").compareTo(card.node("1").points().orElseThrow()));
      assertEquals(Boolean.TRUE, r.deficitMatch());
    }
  }

  @Test
  void reconciliation_unexplainedDeficitFinerThanThePointGrid_isNotCharged() {
    // Printed deficit 0.70001 (5 decimals): 0.00001 unexplained cannot be charged at 4 decimals.
    for (Scorecard card : bothPaths(submission("2", "0.6", "FULL", "",
        "reported: { \"1\": { deficit: 0.70001 } }"))) {
      Reconciliation r = card.reconciliation().get(0);
      assertEquals(0, d("0.00001").compareTo(r.unexplained()));
      assertNull(r.chargedToRemainder());
      assertEquals(0, d("6.3").compareTo(card.node("1").points().orElseThrow()));
    }
  }
}
