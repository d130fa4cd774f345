package io.github.parindex.projection.plan;

import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.Fixtures;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.scoring.Deficits;
import static io.github.parindex.projection.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The test methodology m98.yaml: 100 points; leaf 2.3 (2 points) is not applicable in s98.yaml, so the
 * applicable maximum is 98. Today: 1.1 = 6.0277, 1.2 = 10, 1.3 = 15 (rate 0.75 of 20), 2.1 = 25,
 * 2.2 = 28: total 84.0277; index 84.0277 / 98 = 85.7425... -> 85.74.
 *
 * Options o98.yaml: 1.1 fixed; 1.3 -> 16 (cost 1), 18 (3), 20 (4), i.e. gains 1, 3, 5; 2.1 -> 28 (2),
 * 30 (3.5), i.e. gains 3, 5. 1.2 and 2.2 are full: no default level.
 */
class ProjectorTest {
  private final Methodology m = Fixtures.methodology("m98.yaml");
  private final Submission s = Fixtures.submission("s98.yaml");
  private final Projector projector = Projector.of(Fixtures.scorer(m), 1);

  private Projection project(Target target, PeerChange change) {
    return projector.project(ProjectionRequest.builder().submission(s).target(target)
        .options(Fixtures.options("o98.yaml")).peerChange(change).build());
  }

  private static List<String> plan(Projection p) {
    return p.plan().stream().map(c -> c.code() + "@" + c.to().toPlainString()).toList();
  }

  /*
   * Peers (p98.yaml, "self" left out): 92.18, 91.87, 91.43, 91.16, 86.98, 85.71, 80.00.
   * Today 85.74: five peers are higher -> rank 6.
   * Rank 2 needs the 2nd highest peer index, 91.87 (a tie with peer B shares rank 2).
   * Least P (4 decimals) with round_HALF_UP(P / 98 * 100, 2) >= 91.87: P / 98 * 100 >= 91.865, i.e.
   * P >= 91.865 * 0.98 = 90.0277 exactly (90.0277 / 98 * 100 = 91.865 -> 91.87; 90.0276 gives
   * 91.86489... -> 91.86). Gain needed: 90.0277 - 84.0277 = 6.
   * Plans reaching a gain of 6: 1.3@16 + 2.1@30 (1 + 5, cost 1 + 3.5 = 4.5); 1.3@18 + 2.1@28 (3 + 3,
   * cost 5); 1.3@20 + 2.1@28 (8, cost 6); 1.3@18 + 2.1@30 (8, 6.5); 1.3@20 + 2.1@30 (10, 7.5); no single
   * level reaches 6. Cheapest: 1.3@16 + 2.1@30 at 4.5 -> total 90.0277, index 91.87, rank 2 (tied
   * with B).
   */
  @Test
  void project_rankTargetWithNotApplicableLeaf_exactAtPublishedDecimalsAndTiedWithAPeer() {
    Projection p = project(Target.rank(2, Fixtures.peers("p98.yaml")), PeerChange.none());
    assertEquals(0, d("98").compareTo(p.baseline().applicableMaxPoints()));
    assertEquals(d("85.74"), p.currentIndex());
    assertEquals(6, p.currentRank().orElseThrow());
    assertEquals(7, p.peerCount().orElseThrow());
    assertEquals(d("91.87"), p.requiredIndex().orElseThrow());
    assertEquals(d("90.0277"), p.requiredPoints().orElseThrow());
    assertTrue(p.feasible());
    assertEquals(List.of("1.3@16.0000", "2.1@30.0000"), plan(p));
    assertEquals(d("4.5"), p.totalCost());
    assertEquals(d("6.0000"), p.totalGain());
    assertEquals(d("90.0277"), p.resultingPoints());
    assertEquals(d("91.87"), p.resultingIndex());
    assertEquals(2, p.resultingRank().orElseThrow());
    assertEquals("Agency One", p.plan().get(0).leadAgency());
  }

  /*
   * The same under HALF_EVEN: 91.865 rounds to 91.86 (6 is even), so the least total is 90.0278
   * (91.86530... -> 91.87) and the gain needed is 6.0001. 1.3@16 + 2.1@30 (gain 6) no longer reaches
   * it; the cheapest plans with a gain of at least 6.0001: 1.3@20 + 2.1@28 (8, cost 6), 1.3@18 + 2.1@30
   * (8, 6.5), 1.3@20 + 2.1@30 (10, 7.5) -> 1.3@20 + 2.1@28 at 6: total 92.0277, index
   * 92.0277 / 98 * 100 = 93.90581... -> 93.91, rank 1.
   */
  @Test
  void project_halfEvenRounding_needsOneMoreGridStepAtTheMidpoint() {
    Methodology even = Methodology.builder().from(m).rounding(RoundingMode.HALF_EVEN).build();
    Projection p = Projector.of(Fixtures.scorer(even), 1).project(ProjectionRequest.builder()
        .submission(s).target(Target.rank(2, Fixtures.peers("p98.yaml")))
        .options(Fixtures.options("o98.yaml")).build());
    assertEquals(d("90.0278"), p.requiredPoints().orElseThrow());
    assertEquals(List.of("1.3@20.0000", "2.1@28.0000"), plan(p));
    assertEquals(d("6"), p.totalCost());
    assertEquals(d("92.0277"), p.resultingPoints());
    assertEquals(d("93.91"), p.resultingIndex());
    assertEquals(1, p.resultingRank().orElseThrow());
  }

  /*
   * Every peer +1.2: 92.18 -> 93.38, 91.87 -> 93.07, ... Rank 2 needs 93.07: P >= 93.065 * 0.98 =
   * 91.2037 exactly -> gain 7.176. Plans: 1.3@18 + 2.1@30 (8, 6.5), 1.3@20 + 2.1@28 (8, 6), 1.3@20 +
   * 2.1@30 (10, 7.5) -> 1.3@20 + 2.1@28 at 6; total 92.0277 -> 93.91, rank 1 among moved peers
   * (93.38 is below 93.91).
   */
  @Test
  void project_peersShifted_targetsTheMovedPeerIndex() {
    Projection p = project(Target.rank(2, Fixtures.peers("p98.yaml")), PeerChange.shift(d("1.2")));
    assertEquals(d("93.07"), p.requiredIndex().orElseThrow());
    assertEquals(d("91.2037"), p.requiredPoints().orElseThrow());
    assertEquals(List.of("1.3@20.0000", "2.1@28.0000"), plan(p));
    assertEquals(1, p.resultingRank().orElseThrow());
    assertEquals(6, p.currentRank().orElseThrow()); // today's rank is against today's peers
  }

  @Test
  void project_pointsTarget_sameArithmeticAsTheRankTarget() {
    Projection p = project(Target.points(d("90.0277")), PeerChange.none());
    assertEquals(d("90.0277"), p.requiredPoints().orElseThrow());
    assertEquals(d("91.87"), p.requiredIndex().orElseThrow());
    assertEquals(List.of("1.3@16.0000", "2.1@30.0000"), plan(p));
    assertTrue(p.peerCount().isEmpty());
  }

  /*
   * An index of 91.8651 is asked: published indices have 2 decimals, so it means 91.87.
   */
  @Test
  void project_indexTargetWithMoreDecimals_roundsTheTargetUpToThePublishedGrid() {
    Projection p = project(Target.index(d("91.8651")), PeerChange.none());
    assertEquals(d("91.87"), p.requiredIndex().orElseThrow());
    assertEquals(d("90.0277"), p.requiredPoints().orElseThrow());
  }

  /*
   * Index 99 needs P / 98 * 100 >= 98.995, P >= 97.0151. Every improvement on offer: 1.3 -> 20 and
   * 2.1 -> 30 (cost 4 + 3.5 = 7.5), total 84.0277 + 10 = 94.0277, index 94.0277 / 98 * 100 =
   * 95.9466... -> 95.95: infeasible, with those best figures.
   */
  @Test
  void project_unreachableTarget_infeasibleWithTheBestReachableFigures() {
    Projection p = project(Target.index(d("99")), PeerChange.none());
    assertFalse(p.feasible());
    assertEquals(d("97.0151"), p.requiredPoints().orElseThrow());
    assertEquals(List.of("1.3@20.0000", "2.1@30.0000"), plan(p));
    assertEquals(d("7.5"), p.totalCost());
    assertEquals(d("94.0277"), p.resultingPoints());
    assertEquals(d("95.95"), p.resultingIndex());
    assertTrue(ProjectionWriter.json(p).contains("\"feasible\": false"));
  }

  @Test
  void project_targetAlreadyMet_emptyPlan() {
    Projection p = project(Target.index(d("85")), PeerChange.none());
    assertTrue(p.feasible());
    assertEquals(List.of(), p.plan());
    assertEquals(0, BigDecimal.ZERO.compareTo(p.totalCost()));
    assertEquals(d("85.74"), p.resultingIndex());
  }

  @Test
  void project_rankBelowThePeerCount_anyTotalReachesIt() {
    Projection p = project(Target.rank(8, Fixtures.peers("p98.yaml")), PeerChange.none());
    assertTrue(p.feasible());
    assertTrue(p.requiredIndex().isEmpty());
    assertEquals(List.of(), p.plan());
  }

  /*
   * Default options (no file): every part that lost points can reach its maximum at cost = deficit.
   * Deficits: 1.1 3.9723, 1.3 5, 2.1 5. Target 90.0277 needs a gain of 6: 1.1 + 1.3 (8.9723, cost
   * 8.9723), 1.1 + 2.1 (same cost and gain; 1.3 comes before 2.1 in document order), 1.3 + 2.1 (10).
   * Cheapest: 1.1 + 1.3.
   */
  @Test
  void project_defaultOptions_costIsTheDeficitAndTiesGoToTheEarlierCode() {
    Projection p = projector.project(s, Target.points(d("90.0277")));
    assertEquals(List.of("1.1@10.0000", "1.3@20.0000"), plan(p));
    assertEquals(d("8.9723"), p.totalCost());
    assertEquals(d("93.0000"), p.resultingPoints());
  }

  /*
   * The same with 1.1 held (as a scenario's assumption would be): it gets no default level, so the
   * only plan left reaching a gain of 6 is 1.3 + 2.1 (10, cost 10). With an explicit entry in the
   * options, the entry wins over the hold.
   */
  @Test
  void project_heldPart_getsNoDefaultLevelButAnExplicitEntryWins() {
    Projection p = projector.project(ProjectionRequest.builder().submission(s)
        .target(Target.points(d("90.0277"))).hold(List.of("1.1")).build());
    assertEquals(List.of("1.3@20.0000", "2.1@30.0000"), plan(p));
    assertTrue(p.notes().get(0).get("en").startsWith("1.1: held at its assumed 6.0277"));
    Projection q = projector.project(ProjectionRequest.builder().submission(s)
        .target(Target.points(d("90.0277"))).hold(List.of("1.1"))
        .options(ImprovementOptions.builder().levels("1.1", List.of(
            new ImprovementOptions.Level(d("10"), d("1")))).build()).build());
    assertEquals(List.of("1.1@10.0000", "1.3@20.0000"), plan(q));
  }

  /*
   * A scenario that assumes 1.1's points (its own 6.0277): fromScenario takes the scenario's
   * submission, carries its assumption and holds 1.1, so the plan is the held one above (1.3 + 2.1),
   * and the projection repeats the assumption.
   */
  @Test
  void fromScenario_holdsTheAssumedPartsAndCarriesTheAssumptions() {
    LocalizedText assumed = LocalizedText.of("1.1 là giả định", "1.1 is assumed");
    ScenarioResult r = Scenario.builder().assumption(assumed)
        .observation("1.1", Observation.points(d("6.0277"))).build()
        .apply(projector.scorer(), s);
    ProjectionRequest request = ProjectionRequest.builder().fromScenario(r)
        .target(Target.points(d("90.0277"))).build();
    assertEquals(r.submission(), request.submission());
    assertEquals(List.of("1.1"), request.held());
    assertEquals(List.of(assumed), request.assumptions());
    Projection p = Projector.of(r.scorer(), 1).project(request);
    assertEquals(List.of("1.3@20.0000", "2.1@30.0000"), plan(p));
    assertEquals(List.of(assumed), p.assumptions());
  }

  /*
   * Golden commune methodology (16 points; bonus B.1 up to 1; penalties P.1, P.2). Full marks except
   * 2.5 = 0.2; bonus 0.5; penalty P.1 = 1 (yes). Total 15.2 + 0.5 - 1 = 14.7 -> 91.875 -> 91.88.
   * Default options: 2.5 -> 1 (gain 0.8, cost 0.8); P.1 -> 0 (penalty avoided, gain 1, cost 1); no
   * default for the bonus. Target 15.5 needs 0.8: 2.5 alone. Target 16 needs 1.3: both (1.8); the
   * uncapped total 16.5 is capped at the maximum 16 -> index 100.
   */
  @Test
  void project_penaltyAndBonusUnderACap_reScoredWithTheRealScorer() {
    Methodology commune;
    try {
      commune = io.github.parindex.model.io.ParReader.standard().readMethodology(
          TestData.path("golden/commune-methodology.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Submission unit = Fixtures.submissionYaml("""
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: x }
        missing: FULL
        observations:
          "2.5": { points: 0.2 }
          B.1: { points: 0.5 }
          P.1: { yes: true }
        """);
    Projector p = Projector.of(Fixtures.scorer(commune), 1);
    Projection a = p.project(unit, Target.points(d("15.5")));
    assertEquals(d("91.88"), a.currentIndex());
    assertEquals(List.of("2.5@1.0000"), plan(a));
    assertEquals(d("15.5000"), a.resultingPoints());
    Projection b = p.project(unit, Target.points(d("16")));
    assertEquals(List.of("2.5@1.0000", "P.1@0.0000"), plan(b));
    assertEquals(d("1.8"), b.totalCost());
    assertEquals(d("16.0000"), b.resultingPoints());
    assertEquals(d("100.00"), b.resultingIndex());
    assertTrue(b.result().capped());
  }

  @Test
  void project_unknownSurveyPart_rejectedWithAPointerToTheUnknownDeclaration() {
    Scorer scorer = Fixtures.scorer(Fixtures.m876());
    ValidationException e = assertThrows(ValidationException.class,
        () -> Projector.of(scorer, 1).project(Fixtures.hungYen(), Target.index(d("90"))));
    assertEquals("/unknown/0", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().contains("DTXHH"), e.getMessage());
  }

  @Test
  void project_optionsForNotApplicableOrMissingParts_rejectedWithEveryProblem() {
    ImprovementOptions bad = ProjectionReader.standard().options(Fixtures.bytes("""
        format: par-options/1
        options:
          "2.3": { levels: [ { points: 2, cost: 1 } ] }
          "9.9": { fixed: true }
          "1": { fixed: true }
          "2.1": { levels: [ { points: 31, cost: 1 }, { points: 29.12345, cost: 1 } ] }
        """), "bad.yaml");
    ValidationException e = assertThrows(ValidationException.class, () -> projector.project(
        ProjectionRequest.builder().submission(s).target(Target.index(d("90"))).options(bad)
            .build()));
    assertEquals(List.of("bad.yaml: /options/1: '1' is neither a leaf nor a node with unitemisedPoints:"
            + " give options for its leaves",
        "bad.yaml: /options/2.1/levels/0/points: points 31 are above the maximum of 2.1 (30)",
        "bad.yaml: /options/2.1/levels/1/points: 29.12345 has more than pointDecimals (4) decimals",
        "bad.yaml: /options/2.3: leaf '2.3' is not applicable in this submission: it is out of the "
            + "maximum and cannot change",
        "bad.yaml: /options/9.9: no leaf or node has code '9.9' in methodology 'test-98'"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void project_normalPeerChanges_sameBytesOnOneAndFourThreads() {
    PeerTable peers = Fixtures.peers("p98.yaml");
    PeerChange change = PeerChange.normal(d("0.5"), d("1.5"), 3000, 42);
    ProjectionRequest r = ProjectionRequest.builder().submission(s)
        .target(Target.rank(2, peers)).options(Fixtures.options("o98.yaml")).peerChange(change)
        .build();
    Projection one = Projector.of(Fixtures.scorer(m), 1).project(r);
    Projection four = Projector.of(Fixtures.scorer(m), 4).project(r);
    assertEquals(ProjectionWriter.json(one), ProjectionWriter.json(four));
    assertEquals(one.random(), four.random());
    RankDistribution d = one.random().orElseThrow();
    assertEquals(3000, d.draws());
    // Another seed draws differently.
    Projection other = Projector.of(Fixtures.scorer(m), 4).project(ProjectionRequest.builder()
        .submission(s).target(Target.rank(2, peers)).options(Fixtures.options("o98.yaml"))
        .peerChange(PeerChange.normal(d("0.5"), d("1.5"), 3000, 43)).build());
    assertFalse(one.random().equals(other.random()));
  }

  /*
   * With a zero standard deviation every draw is the planning change itself (the mean is kept exact):
   * every draw ranks like the deterministic result, so the probability is 1 or 0 exactly.
   */
  @Test
  void project_normalWithZeroDeviation_agreesWithTheDeterministicShift() {
    PeerTable peers = Fixtures.peers("p98.yaml");
    Projection p = project(Target.rank(2, peers), PeerChange.normal(d("0.005"), d("0"), 50, 1));
    RankDistribution d = p.random().orElseThrow();
    assertEquals(50, d.histogram().get(p.resultingRank().orElseThrow()));
    assertEquals(d("1.0000"), d.probability());
  }
}
