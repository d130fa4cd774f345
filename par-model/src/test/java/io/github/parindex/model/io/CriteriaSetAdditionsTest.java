package io.github.parindex.model.io;

import static io.github.parindex.model.io.MethodologyValidationTest.methodology;
import static io.github.parindex.model.testing.ProblemAssertions.assertPointers;
import static io.github.parindex.model.testing.ProblemAssertions.assertProblem;
import static io.github.parindex.model.testing.ProblemAssertions.methodologyProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Alert;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The criteria-set additions of CYCLE.md §1 — alert ids and alerts by band, band caps,
 * {@code evidenceRequired} — read, checked with every problem's pointer, and written back.
 */
class CriteriaSetAdditionsTest {
  private static final String BANDS = """
      "maxPoints": 4,
      "bands": [
        {"code": "XS", "minPercent": 90}, {"code": "TOT", "minPercent": 80},
        {"code": "HT", "minPercent": 0}
      ],
      """;
  private static final String NODES = """
      {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 3, "children": [
        {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 3, "evidenceRequired": true,
         "rule": {"type": "yes-no"}}
      ]},
      {"code": "P", "name": "Điểm trừ", "maxPoints": 1, "role": "PENALTY", "children": [
        {"code": "P.1", "name": "Kỷ luật", "maxPoints": 1, "rule": {"type": "points"}}
      ]},
      {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 1, "children": [
        {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": 1, "rule": {"type": "yes-no"}}
      ]}
      """;

  private static Methodology read(String text, Syntax syntax) {
    return ParReader.standard().readMethodology(text.getBytes(StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "m.json" : "m.yaml");
  }

  static byte[] communeCriteria() throws IOException {
    try (InputStream in = CriteriaSetAdditionsTest.class.getResourceAsStream(
        "MethodologyReaderFuzzTestInputs/commune-criteria-2025.yaml")) {
      return in.readAllBytes();
    }
  }

  @Test
  void readMethodology_communeCriteria2025_readsEveryAddition() throws IOException {
    Methodology m = ParReader.standard().readMethodology(communeCriteria(),
        "commune-criteria-2025.yaml");
    assertEquals(2, m.alerts().size());
    Alert byBand = m.alerts().get(0);
    assertEquals("remediation", byBand.id().orElseThrow());
    assertEquals(List.of("HT", "KHT"), byBand.bands());
    assertTrue(byBand.byBand());
    Alert byCodes = m.alerts().get(1);
    assertEquals("remediation", byCodes.id().orElseThrow());
    assertEquals(List.of("3", "7"), byCodes.codes());
    assertEquals(new BigDecimal("75"), byCodes.belowPercent().orElseThrow());
    assertEquals(List.of(BandCap.of(CapCondition.penaltyAbove(BigDecimal.ZERO), "TOT")),
        m.bandCaps());
    assertTrue(m.node("1.1").orElseThrow().evidenceRequired());
    assertFalse(m.node("3.2").orElseThrow().evidenceRequired());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void write_communeCriteria2025_readsBackEqual(Syntax syntax) throws IOException {
    Methodology m = ParReader.standard().readMethodology(communeCriteria(),
        "commune-criteria-2025.yaml");
    String written = ParWriter.toString(m, syntax);
    assertEquals(m, read(written, syntax));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_everyCapCondition_reads(Syntax syntax) {
    Methodology m = read(methodology(BANDS + """
        "alerts": [{"id": "low", "codes": ["1"], "belowPercent": 50},
                   {"id": "low", "bands": ["HT"]}],
        "bandCaps": [
          {"when": {"alert": "low"}, "atMost": "TOT"},
          {"when": {"penaltyAbove": 0.5}, "atMost": "HT"},
          {"when": {"codes": ["1", "2"], "belowPercent": 80}, "atMost": "TOT"}
        ],""", NODES), syntax);
    assertEquals(List.of(BandCap.of(CapCondition.alert("low"), "TOT"),
        BandCap.of(CapCondition.penaltyAbove(new BigDecimal("0.5")), "HT"),
        BandCap.of(CapCondition.nodesBelow(List.of("1", "2"), new BigDecimal("80")), "TOT")),
        m.bandCaps());
    assertEquals(m, read(ParWriter.toString(m, syntax), syntax));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_brokenAdditions_reportsEveryProblemWithItsPointer(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology(BANDS + """
        "alerts": [{"id": "x", "bands": ["HT", "NOPE"]},
                   {"id": "bad id!", "codes": ["1"], "belowPercent": 50}],
        "bandCaps": [
          {"when": {"alert": "missing"}, "atMost": "TOT"},
          {"when": {"penaltyAbove": 0}, "atMost": "ZZZ"},
          {"when": {"penaltyAbove": 0, "alert": "x"}, "atMost": "HT"},
          {"when": {"codes": ["9"], "belowPercent": 150}, "atMost": "HT"}
        ],""", NODES.replace("\"maxPoints\": 3, \"children\"",
            "\"maxPoints\": 3, \"evidenceRequired\": true, \"children\"")), syntax);
    assertPointers(problems, "/alerts/0/bands/1", "/alerts/1/id", "/bandCaps/0/when/alert",
        "/bandCaps/1/atMost", "/bandCaps/2/when", "/bandCaps/3/when/belowPercent",
        "/bandCaps/3/when/codes/0", "/nodes/0/evidenceRequired");
    assertProblem(problems, "/alerts/0/bands/1", "no band has code 'NOPE'");
    assertProblem(problems, "/bandCaps/0/when/alert", "no alert has id 'missing'");
    assertProblem(problems, "/bandCaps/1/atMost", "no band has code 'ZZZ'");
    assertProblem(problems, "/bandCaps/2/when", "expected one condition");
    assertProblem(problems, "/bandCaps/3/when/codes/0", "no node has code '9'");
    assertProblem(problems, "/nodes/0/evidenceRequired", "evidence is required of leaves");
  }
}
