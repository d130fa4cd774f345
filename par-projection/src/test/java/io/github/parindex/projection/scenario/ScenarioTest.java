package io.github.parindex.projection.scenario;

import io.github.parindex.projection.ProjectionReader;
import static io.github.parindex.projection.Fixtures.bytes;
import static io.github.parindex.projection.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.Fixtures;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.RemainderBasis;
import io.github.parindex.scoring.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Baseline: m98.yaml / s98.yaml. 1.1 = 6.0277, 1.2 = 10, 1.3 = 15 (rate 0.75 of 20), 2.1 = 25,
 * 2.2 = 28, 2.3 not applicable: total 84.0277 of 98 -> 85.74.
 */
class ScenarioTest {
  private final Methodology m = Fixtures.methodology("m98.yaml");
  private final Submission s = Fixtures.submission("s98.yaml");
  private final Scorer scorer = Fixtures.scorer(m);

  private static Scenario scenario(String yaml) {
    return ProjectionReader.standard().scenario(bytes("format: par-scenario/1\n" + yaml), "sc.yaml");
  }

  private static List<String> problems(Runnable run) {
    ValidationException e = assertThrows(ValidationException.class, run::run);
    return e.problems().stream().map(Object::toString).toList();
  }

  /*
   * 2.3 becomes applicable and earned (yes): applicable max 100, total 86.0277 -> 86.03.
   * 1.1 raised to 10: total 84.0277 + 3.9723 = 88 of 98 -> 89.7959... -> 89.80.
   */
  @Test
  void apply_observationOverrides_reScoredAndComparedNodeByNode() {
    ScenarioResult r = scenario("""
        label: { vi: Kịch bản thử, en: Trial }
        assumptions: [ "2.3 would apply" ]
        observations:
          "2.3": { yes: true }
        """).apply(scorer, s);
    assertEquals(d("86.0277"), r.after().points().orElseThrow());
    assertEquals(0, d("100").compareTo(r.after().applicableMaxPoints()));
    assertEquals(d("86.03"), r.after().index().orElseThrow());
    assertEquals(d("0.29"), r.comparison().indexDelta().orElseThrow());
    List<Comparison.Row> changed = r.comparison().changed();
    assertEquals(List.of("2", "2.3"), changed.stream().map(Comparison.Row::code).toList());
    assertEquals(Status.NOT_APPLICABLE, changed.get(1).first().status());
    assertEquals(Status.FULL, changed.get(1).second().status());
    assertEquals(List.of(LocalizedText.of("2.3 would apply")), r.assumptions());

    ScenarioResult raised = scenario("observations: { \"1.1\": { points: 10 } }").apply(scorer, s);
    assertEquals(d("89.80"), raised.after().index().orElseThrow());
    ScenarioResult.RankChange rc = raised.ranks(Fixtures.peers("p98.yaml"));
    // Peers above 85.74: 92.18, 91.87, 91.43, 91.16, 86.98 -> 6; above 89.80: four -> 5.
    assertEquals(new ScenarioResult.RankChange(7, 6, 5), rc);
    assertEquals(1, rc.places().orElseThrow());
    String json = ProjectionWriter.json(raised, Fixtures.peers("p98.yaml"));
    assertTrue(json.contains("\"placesRisen\": 1"), json);
    assertTrue(ProjectionWriter.text(raised, Fixtures.peers("p98.yaml"), Language.EN)
        .contains("Rank among 7 peers: 6 → 5 (+1 place)"));
  }

  /*
   * One point moves from 1.2 (10 -> 9) to 1.1 (10 -> 11): field 1 still sums to 40. 1.2 earned 10,
   * now above its maximum: the scenario gives it 9. Total 6.0277 + 9 + 15 + 25 + 28 = 83.0277 -> 84.72
   * (83.0277 / 98 = 0.847221...).
   */
  @Test
  void apply_pointsMovedBetweenLeavesOfOneParent_editedMethodologyStillValid() {
    ScenarioResult r = scenario("""
        observations: { "1.2": { points: 9 } }
        methodology:
          maxPoints: { "1.1": 11, "1.2": 9 }
        """).apply(scorer, s);
    assertTrue(r.scenario().editsMethodology());
    assertEquals(0, d("11").compareTo(r.scorer().methodology().requireNode("1.1").maxPoints()));
    assertEquals(d("83.0277"), r.after().points().orElseThrow());
    assertEquals(d("84.72"), r.after().index().orElseThrow());
    Comparison.Row row = r.comparison().rows().stream().filter(x -> x.code().equals("1.1"))
        .findFirst().orElseThrow();
    assertTrue(row.changed()); // the maximum changed, the points did not
    assertEquals(0, row.delta().orElseThrow().signum());
  }

  /*
   * Clearing 1.2's observation (10 points) leaves it to the ZERO missing policy: total 74.0277 ->
   * 74.0277 / 98 = 0.755384... -> 75.54; its status becomes MISSING.
   */
  @Test
  void apply_clearedObservation_followsTheMissingPolicy() {
    ScenarioResult r = scenario("clear: [ \"1.2\" ]").apply(scorer, s);
    assertEquals(d("74.0277"), r.after().points().orElseThrow());
    assertEquals(d("75.54"), r.after().index().orElseThrow());
    assertEquals(Status.MISSING, r.after().node("1.2").status());
    assertEquals(d("-10.0000"), r.comparison().rows().stream().filter(x -> x.code().equals("1.2"))
        .findFirst().orElseThrow().delta().orElseThrow());
  }

  @Test
  void apply_editBreakingASum_reportedAtTheEditAndTheParent() {
    assertEquals(List.of("sc.yaml: /methodology: after the edits, node '1' (/nodes/0/maxPoints): "
        + "children's maxima + unitemisedPoints = 41, expected it to equal maxPoints 40"),
        problems(() -> scenario("methodology: { maxPoints: { \"1.1\": 11 } }").apply(scorer, s)));
  }

  @Test
  void apply_maxBelowTheSubmittedPoints_reportedInTheSubmission() {
    List<String> p = problems(() -> scenario("""
        methodology:
          maxPoints: { "1.1": 11, "1.2": 9 }
        """).apply(scorer, s));
    assertEquals(List.of("/observations/1.2/points: after the scenario sc.yaml: points 10 are above "
        + "the leaf's maximum (9)"), p);
  }

  /*
   * 1.3 scores rate 0.75 linearly against a target of 1 (15 of 20). With a target of 0.75 it earns
   * full marks: total 89.0277 -> 89.0277 / 98 = 0.9084459... -> 90.84.
   */
  @Test
  void apply_ruleParameterChanged_mergedIntoTheLeafsRule() {
    ScenarioResult r = scenario("methodology: { rules: { \"1.3\": { target: 0.75 } } }")
        .apply(scorer, s);
    assertEquals("rate-linear", r.scorer().methodology().requireNode("1.3").rule().orElseThrow()
        .type());
    assertEquals(d("20.0000"), r.after().node("1.3").points().orElseThrow());
    assertEquals(d("90.84"), r.after().index().orElseThrow());
  }

  @Test
  void apply_badRuleParameterOrKind_reportedAtTheScenarioOrTheSubmission() {
    List<String> bad = problems(() -> scenario("methodology: { rules: { \"1.3\": { target: -2 } } }")
        .apply(scorer, s));
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).startsWith("sc.yaml: /methodology/rules/1.3/target: "), bad.toString());
    List<String> kind = problems(() -> scenario("methodology: { rules: { \"1.3\": { type: yes-no } } }")
        .apply(scorer, s));
    assertEquals(1, kind.size());
    assertTrue(kind.get(0).startsWith("/observations/1.3: after the scenario sc.yaml: leaf 1.3 (rule "
        + "yes-no) does not accept 'rate'"), kind.toString());
    // Replaced together with an override the new rule accepts: fine. 20 of 20.
    ScenarioResult ok = scenario("""
        observations: { "1.3": { yes: true } }
        methodology: { rules: { "1.3": { type: yes-no } } }
        """).apply(scorer, s);
    assertEquals(d("20.0000"), ok.after().node("1.3").points().orElseThrow());
  }

  @Test
  void read_everyProblemAtOnce_withPointersIntoTheScenario() {
    assertEquals(List.of(
        "sc.yaml: /assumptions/0/vi: required: expected a text",
        "sc.yaml: /methodology/maxPoints/1.1: expected points of at least 0, got -1",
        "sc.yaml: /methodology/rule: unknown field 'rule'; expected one of: rules, maxPoints, "
            + "unitemisedPoints",
        "sc.yaml: /observations/1.1: more than one observation kind (points, yes): give exactly one of"
            + " points, yes, rate, numerator+denominator, count, option, responses, baseline+current "
            + "or notApplicable",
        "sc.yaml: /observations/1.3/rate: expected a rate of at least 0 (0.95 for 95 %, 1.12 for "
            + "112 %), got -1.5",
        "sc.yaml: /unitemised/1: expected a decimal number such as 1.5 or \"0.25\", got the text "
            + "'many'",
        "sc.yaml: /whatIf: unknown field 'whatIf'; expected one of: format, label, description, "
            + "assumptions, observations, unitemised, clear, known, methodology"),
        problems(() -> scenario("""
            assumptions: [ { en: only English } ]
            whatIf: true
            observations:
              "1.1": { points: 1, yes: true }
              "1.3": { rate: -1.5 }
            unitemised: { "1": many }
            methodology:
              rule: {}
              maxPoints: { "1.1": -1 }
            """)));
  }

  @Test
  void apply_unknownCodes_reportedAtTheirEdit() {
    assertEquals(List.of(
        "sc.yaml: /clear/0: no node has code '9'",
        "sc.yaml: /known/0: the submission does not declare '1' unknown",
        "sc.yaml: /methodology/maxPoints/7: no node has code '7' in methodology 'test-98'",
        "sc.yaml: /methodology/rules/1: '1' is not a leaf: only leaves have rules"),
        problems(() -> scenario("""
            clear: [ "9" ]
            known: [ "1" ]
            methodology:
              rules: { "1": { type: points } }
              maxPoints: { "7": 1 }
            """).apply(scorer, s)));
  }

  /*
   * Field 1 declared unknown: an override under it needs field 1 made known; then 1.1 = 10, and 1.2
   * and 1.3, without observations, follow the ZERO policy: field 1 = 10, total 10 + 53 = 63 -> 64.29
   * (63 / 98 = 0.642857...).
   */
  @Test
  void apply_overrideUnderAnUnknownNode_needsItMadeKnown() {
    Submission unknown = Submission.builder().from(s).observations(java.util.Map.of(
        "2.1", Observation.points(d("25")), "2.2", Observation.points(d("28")),
        "2.3", Observation.notApplicable())).unknown(List.of("1")).build();
    assertFalse(scorer.score(unknown).isComplete());
    assertEquals(List.of("sc.yaml: /observations/1.1: '1.1' lies under '1', which the submission "
        + "declares unknown: list '1' under known (its other parts then follow the missing policy)"),
        problems(() -> scenario("observations: { \"1.1\": { points: 10 } }").apply(scorer, unknown)));
    ScenarioResult r = scenario("""
        known: [ "1" ]
        observations: { "1.1": { points: 10 } }
        """).apply(scorer, unknown);
    assertEquals(d("63.0000"), r.after().points().orElseThrow());
    assertEquals(d("64.29"), r.after().index().orElseThrow());
  }

  /*
   * Hưng Yên 2023 against the bundled 876: the survey part DTXHH (32 points) is unknown. Assumed, as a
   * labelled assumption, at 26.4512 (SIPAS 2023 national mean 82.66 % of 32): total 60.5182 + 26.4512 =
   * 86.9694 -> 86.97. The remainder of field 1 keeps the 0.0046 charged by reconciliation (7.9954),
   * now given explicitly; reported figures are dropped from the derived submission.
   */
  @Test
  void apply_assumedSurveyPoints_makeTheHungYenTotalKnown() {
    Scorer s876 = Fixtures.scorer(Fixtures.m876());
    ScenarioResult r = Scenario.builder()
        .assumption(LocalizedText.of("giả định", "assumed survey points"))
        .unitemised("DTXHH", d("26.4512")).build().apply(s876, Fixtures.hungYen());
    assertFalse(r.before().isComplete());
    assertEquals(d("86.9694"), r.after().points().orElseThrow());
    assertEquals(d("86.97"), r.after().index().orElseThrow());
    assertEquals(d("7.9954"), r.after().node("1").remainder().orElseThrow().points());
    assertEquals(RemainderBasis.GIVEN, r.after().node("1").remainder().orElseThrow().basis());
    assertTrue(r.submission().reported().isEmpty());
    assertTrue(r.submission().unknown().isEmpty());
    // The derived submission projects: index 88.00 needs 87.995 points of 100 (87.995 -> 88.00
    // half-up; 87.9949 -> 87.99).
    Projection p = Projector.of(s876, 1).project(r.submission(), Target.index(d("88")));
    assertEquals(d("87.9950"), p.requiredPoints().orElseThrow());
    assertTrue(p.feasible());
  }
}
