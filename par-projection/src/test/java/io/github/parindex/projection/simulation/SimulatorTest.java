package io.github.parindex.projection.simulation;

import io.github.parindex.projection.ProjectionReader;
import static io.github.parindex.projection.Fixtures.bytes;
import static io.github.parindex.projection.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.Fixtures;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionWriter;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.internal.SplitMix64;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Baseline m98.yaml / s98.yaml: 1.1 = 6.0277, 1.2 = 10, 1.3 = 15, 2.1 = 25, 2.2 = 28, 2.3 not
 * applicable; applicable maximum 98.
 */
class SimulatorTest {
  private final Methodology m = Fixtures.methodology("m98.yaml");
  private final Submission s = Fixtures.submission("s98.yaml");
  private final Scorer scorer = Fixtures.scorer(m);

  private static SimulationSpec spec(String yaml) {
    return ProjectionReader.standard().simulation(bytes("format: par-simulation/1\n" + yaml), "sim.yaml");
  }

  private static List<String> problems(Runnable run) {
    ValidationException e = assertThrows(ValidationException.class, run::run);
    return e.problems().stream().map(Object::toString).toList();
  }

  /*
   * 1.1 ~ U(6, 10) and 2.1 ~ U(25, 30); the rest is fixed at 84.0277 - 6.0277 - 25 = 53. The index is
   * (53 + X1 + X2) / 98 * 100, additive: S1 = 4^2 / (4^2 + 5^2) = 16/41 = 0.390, S2 = 25/41 = 0.610
   * (the variance of U(a, b) is (b - a)^2 / 12); rounding to 4 and 2 decimals adds a negligible
   * variance. The total lies in [84, 93], the index in [85.71, 94.90]; its mean is
   * (53 + 8 + 27.5) / 98 * 100 = 90.31 and its standard deviation sqrt(41 / 12) / 98 * 100 = 1.886.
   */
  @Test
  void simulate_additiveInputs_sobolIndicesAreTheVarianceShares() {
    SimulationResult r = Simulator.of(scorer, 2).simulate(s, spec("""
        seed: 11
        draws: 4000
        inputs:
          "1.1": { distribution: uniform, min: 6, max: 10 }
          "2.1": { distribution: uniform, min: 25, max: 30 }
        sensitivity: { samples: 4000 }
        """), null, List.of());
    assertTrue(r.index().min().compareTo(d("85.71")) >= 0, r.index().toString());
    assertTrue(r.index().max().compareTo(d("94.90")) <= 0, r.index().toString());
    assertEquals(90.31, r.index().mean(), 0.15);
    assertEquals(1.886, r.index().sd(), 0.1);
    assertEquals(List.of("1", "2"), r.sensitivity().stream()
        .map(SimulationResult.GroupSensitivity::group).toList());
    assertEquals(16 / 41.0, r.sensitivity().get(0).indexFirst(), 0.05);
    assertEquals(16 / 41.0, r.sensitivity().get(0).indexTotal(), 0.05);
    assertEquals(25 / 41.0, r.sensitivity().get(1).indexFirst(), 0.05);
    assertEquals(25 / 41.0, r.sensitivity().get(1).indexTotal(), 0.05);
    assertTrue(r.rank().isEmpty());
    String text = ProjectionWriter.text(r, Language.EN);
    assertTrue(text.contains("Sensitivity (Sobol indices, N = 4000)"), text);
  }

  private static final String WITH_PEERS = """
      seed: 5
      draws: 700
      targetRank: 3
      inputs:
        "1.3": { distribution: triangular, min: 14, mode: 17, max: 20, group: delivery }
        "2.1": { distribution: normal, mean: 27, sd: 2 }
      peerChange: { distribution: normal, mean: 0.5, sd: 1 }
      sensitivity: { samples: 300 }
      """;

  @Test
  void simulate_sameSeed_sameBytesOnOneAndFourThreads_otherSeedDiffers() {
    PeerTable peers = Fixtures.peers("p98.yaml");
    SimulationResult one = Simulator.of(scorer, 1).simulate(s, spec(WITH_PEERS), peers, List.of());
    SimulationResult four = Simulator.of(scorer, 4).simulate(s, spec(WITH_PEERS), peers, List.of());
    assertEquals(ProjectionWriter.json(one), ProjectionWriter.json(four));
    assertEquals(ProjectionWriter.text(one, Language.VI), ProjectionWriter.text(four, Language.VI));
    SimulationResult other = Simulator.of(scorer, 4).simulate(s,
        spec(WITH_PEERS.replace("seed: 5", "seed: 6")), peers, List.of());
    assertNotEquals(ProjectionWriter.json(one), ProjectionWriter.json(other));
    RankDistribution rank = one.rank().orElseThrow();
    assertEquals(700, rank.histogram().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(List.of("delivery", "2", "peers"), one.sensitivity().stream()
        .map(SimulationResult.GroupSensitivity::group).toList());
  }

  /*
   * The exact model of a draw agrees with the real scorer on the submission it stands for.
   */
  @Test
  void drawModel_randomRows_agreeWithTheRealScorer() {
    Simulator.Prepared p = Simulator.of(scorer, 1).prepare(s, spec(WITH_PEERS),
        Fixtures.peers("p98.yaml"));
    double[] out = new double[p.model().outputs()];
    for (int d = 0; d < 40; d++) {
      double[] row = new double[p.model().columns()];
      p.sampler().sample(SplitMix64.of(1, 77, d), row);
      p.model().evaluate(row, out);
      Scorecard card = scorer.score(p.model().submission(row));
      assertEquals(card.index().orElseThrow().unscaledValue().doubleValue(),
          out[DrawModel.OUT_INDEX]);
      assertEquals(card.points().orElseThrow().unscaledValue().doubleValue(),
          out[DrawModel.OUT_POINTS]);
    }
  }

  /*
   * Hưng Yên 2023: the survey part DTXHH (32 points) is unknown; drawn from a triangular
   * distribution on [22, 30] with mode 26.4512 (an illustrative assumption), the total is
   * 60.5182 + DTXHH in [82.5182, 90.5182]: index in [82.52, 90.52].
   */
  @Test
  void simulate_unknownSurveyPartDrawn_indexWithinItsBounds_andExactAgainstTheScorer() {
    Scorer s876 = Fixtures.scorer(Fixtures.m876());
    SimulationSpec hy = spec("""
        seed: 3
        draws: 500
        inputs:
          DTXHH: { distribution: triangular, min: 22, mode: 26.4512, max: 30, group: survey }
        """);
    SimulationResult r = Simulator.of(s876, 2).simulate(Fixtures.hungYen(), hy, null, List.of());
    assertTrue(r.index().min().compareTo(d("82.52")) >= 0);
    assertTrue(r.index().max().compareTo(d("90.52")) <= 0);
    Simulator.Prepared p = Simulator.of(s876, 1).prepare(Fixtures.hungYen(), hy, null);
    double[] row = {25.00005};
    double[] out = new double[p.model().outputs()];
    p.model().evaluate(row, out);
    // 25.00005 -> 25.0001 (4 decimals, half-up); total 85.5183 -> 85.52.
    assertEquals(8552.0, out[DrawModel.OUT_INDEX]);
    assertEquals(d("85.5183"), s876.score(p.model().submission(row)).points().orElseThrow());
  }

  @Test
  void simulate_constantInputAndFixedPeers_exactPercentilesAndUndefinedSensitivity() {
    // 1.1 fixed at 10 by a degenerate uniform: total 88 -> 89.80; rank among the peers: 5.
    SimulationResult r = Simulator.of(scorer, 1).simulate(s, spec("""
        draws: 50
        targetRank: 5
        percentiles: [0, 50, 100]
        inputs: { "1.1": { distribution: uniform, min: 10, max: 10 } }
        sensitivity: { samples: 20 }
        """), Fixtures.peers("p98.yaml"), List.of());
    assertEquals(d("89.80"), r.index().percentiles().get(BigDecimal.ZERO));
    assertEquals(d("89.80"), r.index().percentiles().get(BigDecimal.valueOf(100)));
    assertEquals(0.0, r.index().sd());
    assertEquals(d("1.0000"), r.rank().orElseThrow().probability());
    assertEquals(50, r.rank().orElseThrow().histogram().get(5));
    assertTrue(Double.isNaN(r.sensitivity().get(0).indexFirst()));
    assertEquals(1, r.notes().size());
    assertTrue(ProjectionWriter.json(r).contains("\"first\": null"));
  }

  @Test
  void simulate_specNotFittingTheSubmission_everyProblemAtOnce() {
    assertEquals(List.of(
        "sim.yaml: /inputs/1: '1' is neither a leaf nor a node with unitemisedPoints: give "
            + "distributions for its leaves",
        "sim.yaml: /inputs/1.2/max: points cannot be above the maximum of 1.2 (10); got an upper "
            + "bound of 11",
        "sim.yaml: /inputs/2.3: leaf '2.3' is not applicable in this submission",
        "sim.yaml: /inputs/9: no leaf or node has code '9' in methodology 'test-98'",
        "sim.yaml: /targetRank: a target rank needs peers (a par-peers/1 file)"),
        problems(() -> Simulator.of(scorer, 1).simulate(s, spec("""
            targetRank: 2
            inputs:
              "1": { distribution: uniform, min: 0, max: 1 }
              "1.2": { distribution: uniform, min: 9, max: 11 }
              "2.3": { distribution: uniform, min: 0, max: 1 }
              "9": { distribution: uniform, min: 0, max: 1 }
            """), null, List.of())));
    assertEquals(List.of("sim.yaml: /inputs: the unitemised remainder of 'DTXHH' is unknown in the "
        + "submission and has no distribution here: give it one (or assume its points in a "
        + "scenario)"),
        problems(() -> Simulator.of(Fixtures.scorer(Fixtures.m876()), 1).simulate(
            Fixtures.hungYen(), spec("draws: 10\n"), null, List.of())));
  }

  @Test
  void read_everyProblemAtOnce_withPointers() {
    assertEquals(List.of(
        "sim.yaml: /draws: expected a whole number from 1 to 1000000, got the number 0",
        "sim.yaml: /inputs/a/distribution: expected uniform, triangular or normal, got 'beta'",
        "sim.yaml: /inputs/b/max: expected max at least min (2), got 1",
        "sim.yaml: /inputs/c/mode: expected a mode from min to max, got 5",
        "sim.yaml: /inputs/d/sd: expected a standard deviation of at least 0, got -1",
        "sim.yaml: /inputs/e/mean: unknown field 'mean'; expected one of: group, distribution, min,"
            + " max",
        "sim.yaml: /peerChange/group: unknown field 'group'; expected one of: distribution, mean, "
            + "sd, min, max",
        "sim.yaml: /percentiles/0: expected a percentile from 0 to 100, got 101",
        "sim.yaml: /sensitivity/samples: required: expected a whole number"),
        problems(() -> spec("""
            draws: 0
            percentiles: [101]
            inputs:
              a: { distribution: beta, min: 0, max: 1 }
              b: { distribution: uniform, min: 2, max: 1 }
              c: { distribution: triangular, min: 0, mode: 5, max: 1 }
              d: { distribution: normal, mean: 1, sd: -1 }
              e: { distribution: uniform, min: 0, max: 1, mean: 0.5 }
            peerChange: { distribution: normal, mean: 0, sd: 1, group: x }
            sensitivity: {}
            """)));
  }
}
