package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.Syntax;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model built in code: builders, checks, normalisation and the small value types. */
class ModelTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Node leaf(String code, String max) {
    return Node.builder().code(code).name(LocalizedText.of("Tiêu chí " + code)).maxPoints(d(max))
        .rule(RuleSpec.of("points")).build();
  }

  private static Methodology.Builder oneLeaf(Node leaf) {
    return Methodology.builder().id("test").title(LocalizedText.of("Thử")).validFrom(2022)
        .maxPoints(leaf.maxPoints()).addNodes(leaf);
  }

  private static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).toList();
  }

  @Test
  void build_invalidMethodology_reportsEveryProblemWithFilePointers() {
    Node inner = Node.builder().code("1").name(LocalizedText.of("Lĩnh vực 1 lặp"))
        .maxPoints(d("2")).addChildren(Node.builder().code("2.1").name(LocalizedText.of("Con"))
            .maxPoints(d("1")).build()).build();
    ValidationException e = assertThrows(ValidationException.class, () -> Methodology.builder()
        .id("bad id").title(LocalizedText.of("Thử")).validFrom(2022).validTo(2020)
        .maxPoints(d("5")).addNodes(leaf("1", "2"), inner).build());
    // In the order found: header, then the tree depth first, then the top-level sum.
    assertEquals(List.of("/id", "/validTo", "/nodes/1/code", "/nodes/1/children/0/code",
        "/nodes/1/children/0/rule", "/nodes/1/maxPoints", "/maxPoints"), paths(e));
    assertTrue(e.problems().get(2).message().contains("duplicate code '1': already used at /nodes/0"));
    assertTrue(e.problems().get(6).message().contains("sum to 4, expected maxPoints 5"));
    assertTrue(e.getMessage().startsWith("7 problems:"), e.getMessage());
  }

  @Test
  void build_blankOptionalTexts_areReportedAsTheReadersDo() {
    Node node = Node.builder().from(leaf("1", "1")).leadAgency(" ").evidence("").build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> oneLeaf(node).issuer("\t").build());
    assertEquals(List.of("/issuer", "/nodes/0/leadAgency", "/nodes/0/evidence"), paths(e));
    for (Problem p : e.problems()) {
      assertEquals("expected a text, got a blank text", p.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1\u0007", "1\u00a02", "1 2", "1/2", "1~2", ".1", "1.", ""})
  void build_codeWithSpaceControlCharacterSlashTildeOrEdgeDot_isReported(String code) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> oneLeaf(leaf(code, "1")).build());
    assertEquals(List.of("/nodes/0/code"), paths(e));
    assertTrue(e.problems().get(0).message().contains("expected a code without spaces"));
  }

  @Test
  void build_sameTreeWrittenWithTrailingZeros_isEqual() {
    Methodology a = oneLeaf(leaf("1", "1.5")).build();
    Methodology b = oneLeaf(leaf("1", "1.50")).maxPoints(d("1.500")).build();
    assertEquals(a, b);
    assertEquals(d("1.5"), b.maxPoints());
    assertEquals(Band.of("A", d("90")), Band.of("A", d("90.00")));
    assertEquals(Alert.builder().addCodes("1").belowPercent(d("75")).build(),
        Alert.builder().addCodes("1").belowPercent(d("75.0")).build());
  }

  @Test
  void observations_equalDecimalsWithOtherScales_areEqual() {
    assertEquals(Observation.rate(d("0.5")), Observation.rate(d("0.50")));
    assertEquals(Observation.points(d("1")), Observation.points(d("1.0")));
    assertEquals(Observation.fraction(d("3"), d("4")), Observation.fraction(d("3.0"), d("4.00")));
    assertEquals(Observation.change(d("56"), d("50")), Observation.change(d("56.0"), d("50")));
  }

  @Test
  void observations_outOfRangeValues_areRefused() {
    List<Executable> bad = List.of(
        () -> Observation.rate(d("-0.1")),
        () -> Observation.fraction(d("0"), d("0")),
        () -> Observation.fraction(d("-1"), d("4")),
        () -> Observation.count(-1),
        () -> Observation.points(d("-0.25")),
        () -> Observation.option(" "),
        () -> Observation.responses(Map.of("A", 0L, "B", 0L)),
        () -> Observation.responses(Map.of("A", -1L, "B", 5L)),
        () -> Observation.change(d("0"), d("1")),
        () -> Observation.change(d("5"), d("-1")));
    for (Executable e : bad) {
      assertThrows(IllegalArgumentException.class, e);
    }
    // rates above 1 are valid (CYCLE.md §1)
    assertEquals(d("1.12"), ((Observation.Rate) Observation.rate(d("1.12"))).rate());
    assertEquals(d("5"), ((Observation.Fraction) Observation.fraction(d("5"), d("4"))).numerator());
  }

  @Test
  void responses_totalAndOrder_areKept() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("D", 1L);
    counts.put("A", 120L);
    Observation.Responses r = (Observation.Responses) Observation.responses(counts);
    assertEquals(121, r.total());
    assertEquals(List.of("D", "A"), new ArrayList<>(r.counts().keySet()));
  }

  @Test
  void reported_keepsItsPrintedScaleButNeverANegativeOne() {
    assertNotEquals(Reported.points(d("9.48")), Reported.points(d("9.480")));
    assertEquals(d("4.30"), Reported.points(d("4.30")).points().orElseThrow());
    // 1E+1 cannot be written as printed; it is held as 10.
    assertEquals(d("10"), Reported.points(d("1E+1")).points().orElseThrow());
    assertEquals(0, Reported.builder().deficit(d("2E+2")).build().deficit().orElseThrow().scale());
    assertThrows(IllegalArgumentException.class, () -> Reported.builder().build());
  }

  @Test
  void dataValue_decimalsKeepTheirScaleButNeverANegativeOne() {
    assertNotEquals(DataValue.decimal("0.5"), DataValue.decimal("0.50"));
    assertEquals(DataValue.decimal("1000"), DataValue.decimal(d("1E+3")));
    assertEquals("number", DataValue.decimal("1").kindName());
    assertEquals("object", DataValue.map(Map.of()).kindName());
    assertEquals("null", DataValue.nullValue().kindName());
  }

  @Test
  void dataValue_mapKeepsInsertionOrder() {
    Map<String, DataValue> entries = new LinkedHashMap<>();
    entries.put("z", DataValue.bool(true));
    entries.put("a", DataValue.text("x"));
    DataValue.MapValue map = (DataValue.MapValue) DataValue.map(entries);
    assertEquals(List.of("z", "a"), new ArrayList<>(map.entries().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> map.entries().put("b", DataValue.nullValue()));
  }

  @Test
  void ruleSpec_blankTypeOrTypeParameter_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> RuleSpec.of(" "));
    assertThrows(IllegalArgumentException.class,
        () -> RuleSpec.of("points", Map.of("type", DataValue.text("x"))));
    assertEquals(Optional.empty(), RuleSpec.of("points").parameter("target"));
  }

  @Test
  void valueTypes_blankTextsThatFilesCannotHold_areRefused() {
    List<Executable> bad = List.of(
        () -> Unit.of(" "),
        () -> Unit.builder().id("u").name("").build(),
        () -> Unit.builder().id("u").region(" ").build(),
        () -> EvidenceRef.of(" "),
        () -> EvidenceRef.builder().title("Báo cáo").uri("").build(),
        () -> Provenance.of(" ", Confidence.VERIFIED),
        () -> Provenance.builder().source("seed").confidence(Confidence.DERIVED).note(" ").build(),
        () -> LocalizedText.of(" "),
        () -> Submission.builder().methodology("m").year(2023).unit(Unit.of("u")).addUnknown(" ")
            .build(),
        () -> Submission.builder().methodology("m").year(2023).unit(Unit.of("u"))
            .putLeadAgencies("1", "").build());
    for (Executable e : bad) {
      assertThrows(IllegalArgumentException.class, e);
    }
  }

  @Test
  void submission_unitemisedDecimals_areNormalised() {
    Submission s = Submission.builder().methodology("m").year(2023).unit(Unit.of("u"))
        .putUnitemised("3", d("11.20")).build();
    assertEquals(d("11.2"), s.unitemised().get("3"));
    assertEquals(Stage.SELF, s.stage());
    assertEquals(MissingPolicy.ZERO, s.missing());
  }

  @Test
  void localizedText_englishFallsBackToVietnamese() {
    LocalizedText both = LocalizedText.of("Cải cách thủ tục hành chính", "Administrative procedures");
    LocalizedText vi = LocalizedText.of("Cải cách thủ tục hành chính", " ");
    assertEquals("Administrative procedures", both.get("en"));
    assertEquals("Administrative procedures", both.get(Locale.ENGLISH));
    assertEquals("Cải cách thủ tục hành chính", both.get("fr"));
    assertEquals(Optional.empty(), vi.en());
    assertEquals("Cải cách thủ tục hành chính", vi.get("en"));
    assertEquals(LocalizedText.of("Cải cách thủ tục hành chính"), vi);
  }

  @Test
  void problem_toString_namesFilePathAndMessage() {
    assertEquals("a.json: /nodes/0: bad", new Problem("a.json", "/nodes/0", "bad").toString());
    assertEquals("/: bad", Problem.at("", "bad").toString());
    assertEquals("/nodes/2/rule/x", Problem.at("/x", "bad").under("/nodes/2/rule").path());
  }

  @Test
  void validationException_summarisesAtMostTwentyProblems() {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      problems.add(Problem.at("/nodes/" + i, "bad"));
    }
    ValidationException e = new ValidationException(problems);
    assertEquals(23, e.problems().size());
    assertTrue(e.getMessage().startsWith("23 problems:"));
    assertTrue(e.getMessage().endsWith("... and 3 more"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
  }

  @Test
  void completeness_ofAZeroMaximum_isZeroPercent() {
    Completeness c = new Completeness(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    assertEquals(d("0.00"), c.itemisedPercent());
    assertTrue(c.isComplete());
    assertEquals(new Completeness(d("1.50"), d("0"), d("2.0")),
        new Completeness(d("1.5"), d("0.00"), d("2")));
  }

  @Test
  void syntaxDetect_byExtensionThenByContent() {
    byte[] json = "  {\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] yaml = "a: 1".getBytes(StandardCharsets.UTF_8);
    assertEquals(Syntax.JSON, Syntax.detect("m.JSON", yaml));
    assertEquals(Syntax.YAML, Syntax.detect("m.yml", json));
    assertEquals(Syntax.YAML, Syntax.detect("m.Yaml", json));
    assertEquals(Syntax.JSON, Syntax.detect("-", json));
    assertEquals(Syntax.YAML, Syntax.detect("-", yaml));
    assertEquals(Syntax.JSON, Syntax.detect("", "\uFEFF[1]".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Syntax.JSON, Syntax.detect("", new byte[0]));
  }
}
