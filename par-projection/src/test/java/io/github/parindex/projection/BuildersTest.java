package io.github.parindex.projection;

import static io.github.parindex.projection.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Observation;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.Distribution;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scenarios and simulation specs made in code with their builders mean what the same files mean.
 * The test-98 unit (src/test/resources/projection): 6.0277 + 10 + 15 + 25 + 28 = 84.0277 points of
 * an applicable maximum of 98 (leaf 2.3, 2 points, not applicable).
 */
class BuildersTest {
  private final Scorer scorer = Fixtures.scorer(Fixtures.methodology("m98.yaml"));
  private final Submission s = Fixtures.submission("s98.yaml");

  @Test
  void scenario_observationAndTexts() {
    Scenario sc = Scenario.builder().label(LocalizedText.of("Kịch bản thử", "Trial"))
        .description(LocalizedText.of("Mô tả")).assumption(LocalizedText.of("2.3 áp dụng"))
        .observation("2.3", Observation.yes(true)).build();
    assertEquals(Optional.of(LocalizedText.of("Kịch bản thử", "Trial")), sc.label());
    assertEquals(Optional.of(LocalizedText.of("Mô tả")), sc.description());
    assertEquals(List.of(LocalizedText.of("2.3 áp dụng")), sc.assumptions());
    assertEquals(List.of("2.3"), sc.overriddenCodes());
    assertFalse(sc.editsMethodology());
    // 2.3 earned: 84.0277 + 2 = 86.0277 of 100 → 86.03.
    ScenarioResult r = sc.apply(scorer, s);
    assertEquals(d("86.0277"), r.after().points().orElseThrow());
    assertEquals(d("86.03"), r.after().index().orElseThrow());
    assertTrue(Scenario.builder().build().label().isEmpty());
    assertTrue(Scenario.builder().build().description().isEmpty());
  }

  @Test
  void scenario_clear_leavesTheLeafWithoutData() {
    Scenario sc = Scenario.builder().clear("1.2").build();
    assertEquals(List.of(), sc.overriddenCodes());
    assertFalse(sc.editsMethodology());
    // 84.0277 − 10 = 74.0277 of 98 = 75.538… → 75.54.
    assertEquals(d("75.54"), sc.apply(scorer, s).after().index().orElseThrow());
  }

  @Test
  void scenario_maxPoints_editTheMethodology() {
    Scenario sc = Scenario.builder().observation("1.2", Observation.points(d("9")))
        .maxPoints("1.1", d("11")).maxPoints("1.2", d("9")).build();
    assertTrue(sc.editsMethodology());
    assertEquals(Map.of("1.1", d("11"), "1.2", d("9")), sc.maxPoints());
    assertEquals(Map.of(), sc.unitemisedPoints());
    // 6.0277 + 9 + 15 + 25 + 28 = 83.0277 of 98 = 84.722… → 84.72.
    ScenarioResult r = sc.apply(scorer, s);
    assertEquals(d("83.0277"), r.after().points().orElseThrow());
    assertEquals(d("84.72"), r.after().index().orElseThrow());
    assertEquals(0, d("11").compareTo(r.scorer().methodology().requireNode("1.1").maxPoints()));
  }

  @Test
  void scenario_ruleAndParameters_editTheMethodology() {
    // rate 0.75 against a target of 0.75: 1.3 earns its 20: 89.0277 of 98 = 90.844… → 90.84.
    Scenario target = Scenario.builder().ruleParameters("1.3", Map.of("target",
        DataValue.decimal("0.75"))).build();
    assertTrue(target.editsMethodology());
    assertEquals(d("90.84"), target.apply(scorer, s).after().index().orElseThrow());
    Scenario yesNo = Scenario.builder().rule("1.3", RuleSpec.of("yes-no", Map.of()))
        .observation("1.3", Observation.yes(true)).build();
    assertTrue(yesNo.editsMethodology());
    ScenarioResult r = yesNo.apply(scorer, s);
    assertEquals(d("20.0000"), r.after().node("1.3").points().orElseThrow());
    assertEquals("yes-no", r.scorer().methodology().requireNode("1.3").rule().orElseThrow()
        .type());
  }

  @Test
  void simulationSpec_builtInCode_isTheSpecOfTheFile() {
    SimulationSpec read = ProjectionReader.standard().simulation("""
        format: par-simulation/1
        seed: 5
        draws: 300
        percentiles: [10, 50, 90]
        targetRank: 3
        inputs:
          "1.1": { distribution: uniform, min: 5, max: 10, group: one }
          "2.1": { distribution: normal, mean: 25, sd: 2, group: two }
        peerChange: { distribution: normal, mean: 1, sd: 0.5 }
        sensitivity: { samples: 64 }
        """.getBytes(StandardCharsets.UTF_8), "sim.yaml");
    SimulationSpec built = SimulationSpec.builder().seed(5).draws(300)
        .percentiles(List.of(d("10"), d("50"), d("90"))).targetRank(3)
        .input("1.1", new Distribution.Uniform(d("5"), d("10")), "one")
        .input("2.1", new Distribution.Normal(d("25"), d("2"), null, null), "two")
        .peerChange(new Distribution.Normal(d("1"), d("0.5"), null, null)).sensitivity(64)
        .build();
    assertEquals(5, built.seed());
    assertEquals(300, built.draws());
    assertEquals(List.of(d("10"), d("50"), d("90")), built.percentiles());
    assertEquals(Optional.of(3), built.targetRank());
    assertEquals(64, built.sensitivitySamples());
    for (SimulationSpec spec : List.of(read, built)) {
      assertEquals(List.of("1.1", "2.1"), List.copyOf(spec.inputs().keySet()));
      assertEquals("one", spec.inputs().get("1.1").group());
      assertEquals(new Distribution.Uniform(d("5"), d("10")),
          spec.inputs().get("1.1").distribution());
    }
    assertEquals(read.seed(), built.seed());
    assertEquals(read.draws(), built.draws());
    assertEquals(read.percentiles(), built.percentiles());
    assertEquals(read.targetRank(), built.targetRank());
    assertEquals(read.peerChange(), built.peerChange());
    assertEquals(read.sensitivitySamples(), built.sensitivitySamples());
    // Simulated with the peers of p98: the same result, draw for draw.
    PeerTable peers = Fixtures.peers("p98.yaml");
    SimulationResult a = Simulator.of(scorer, 1).simulate(s, read, peers, List.of());
    SimulationResult b = Simulator.of(scorer, 2).simulate(s, built, peers, List.of());
    assertEquals(a.index(), b.index());
    assertEquals(a.rank(), b.rank());
    BigDecimal low = a.points().min();
    assertTrue(low.compareTo(a.points().max()) <= 0);
  }
}
