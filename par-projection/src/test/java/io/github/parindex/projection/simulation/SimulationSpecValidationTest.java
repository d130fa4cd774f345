package io.github.parindex.projection.simulation;

import io.github.parindex.projection.ProjectionReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code par-simulation/1} files at the edges of what they allow: each distribution's bounds exactly
 * at their limit (accepted) and just past it (refused, with the message and pointer), unknown members
 * of a peer change or sensitivity, and problems listed in document order with list positions compared
 * as numbers (item 9 before item 10).
 */
class SimulationSpecValidationTest {
  private static SimulationSpec read(String inputs) {
    return ProjectionReader.standard().simulation(("format: par-simulation/1\ninputs:\n" + inputs)
        .getBytes(StandardCharsets.UTF_8), "sim.yaml");
  }

  private static List<String> problems(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> ProjectionReader.standard().simulation(
        text.getBytes(StandardCharsets.UTF_8), "sim.yaml"));
    return e.problems().stream().map(Object::toString).toList();
  }

  @Test
  void bounds_atTheirLimit_areAccepted() {
    SimulationSpec spec = read("""
          "1.1": { distribution: uniform, min: 2, max: 2 }
          "1.2": { distribution: triangular, min: 0, mode: 0, max: 1 }
          "1.3": { distribution: triangular, min: 0, mode: 1, max: 1 }
          "1.4": { distribution: normal, mean: 1, sd: 0 }
        """);
    assertEquals(new Distribution.Uniform(new BigDecimal("2"), new BigDecimal("2")),
        spec.inputs().get("1.1").distribution());
    assertEquals(new Distribution.Triangular(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE),
        spec.inputs().get("1.2").distribution());
    assertEquals(new Distribution.Triangular(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE),
        spec.inputs().get("1.3").distribution());
    assertEquals(new Distribution.Normal(BigDecimal.ONE, BigDecimal.ZERO, null, null),
        spec.inputs().get("1.4").distribution());
    // Without a group in the file, the group is decided when simulating (the code of the field).
    assertEquals(null, spec.inputs().get("1.1").group());
  }

  @Test
  void bounds_pastTheirLimit_areRefusedAtTheirMember() {
    assertEquals(List.of(
        "sim.yaml: /inputs/1.1/max: expected max at least min (2), got 1.9",
        "sim.yaml: /inputs/1.2/max: expected max above min (1), got 1",
        "sim.yaml: /inputs/1.3/mode: expected a mode from min to max, got -0.1",
        "sim.yaml: /inputs/1.4/mode: expected a mode from min to max, got 1.1",
        "sim.yaml: /inputs/1.5/sd: expected a standard deviation of at least 0, got -0.5",
        "sim.yaml: /inputs/1.6/max: expected max above min (3), got 3"),
        problems("""
            format: par-simulation/1
            inputs:
              "1.1": { distribution: uniform, min: 2, max: 1.9 }
              "1.2": { distribution: triangular, min: 1, mode: 1, max: 1 }
              "1.3": { distribution: triangular, min: 0, mode: -0.1, max: 1 }
              "1.4": { distribution: triangular, min: 0, mode: 1.1, max: 1 }
              "1.5": { distribution: normal, mean: 1, sd: -0.5 }
              "1.6": { distribution: normal, mean: 1, sd: 1, min: 3, max: 3 }
            """));
  }

  @Test
  void unknownMembersAndKinds_areProblems() {
    assertEquals(List.of(
        "sim.yaml: /inputs/1.1/distribution: expected uniform, triangular or normal, got 'beta'",
        "sim.yaml: /peerChange/shape: unknown field 'shape'; expected one of: distribution, mean, "
            + "sd, min, max",
        "sim.yaml: /sensitivity/level: unknown field 'level'; expected one of: samples",
        "sim.yaml: /speed: unknown field 'speed'; expected one of: format, seed, draws, "
            + "percentiles, targetRank, inputs, peerChange, sensitivity"),
        problems("""
            format: par-simulation/1
            inputs:
              "1.1": { distribution: beta }
            peerChange: { distribution: normal, mean: 1, sd: 1, shape: 2 }
            sensitivity: { samples: 10, level: 2 }
            speed: 3
            """));
  }

  @Test
  void problems_areInDocumentOrder_listPositionsAsNumbers() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      list.append(i == 9 || i == 10 ? "x" : String.valueOf(10 * i)).append(i < 10 ? ", " : "");
    }
    List<String> p = problems("format: par-simulation/1\npercentiles: [" + list + "]\n"
        + "inputs: {}\n");
    assertEquals(2, p.size(), p::toString);
    assertEquals("sim.yaml: /percentiles/9:", p.get(0).substring(0, p.get(0).indexOf(':',
        "sim.yaml: ".length()) + 1));
    assertEquals("sim.yaml: /percentiles/10:", p.get(1).substring(0, p.get(1).indexOf(':',
        "sim.yaml: ".length()) + 1));
  }
}
