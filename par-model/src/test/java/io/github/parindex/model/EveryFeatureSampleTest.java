package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written samples {@code samples/every-feature.yaml} (a commune index using every feature of
 * the methodology format and all nine rule types) and {@code samples/every-feature-submission.yaml}
 * (every observation kind): both read and check cleanly, and the methodology's arithmetic is right.
 */
class EveryFeatureSampleTest {
  static final Methodology METHODOLOGY = read("every-feature.yaml", true);
  static final Submission SUBMISSION = read("every-feature-submission.yaml", false);

  @SuppressWarnings("unchecked")
  private static <T> T read(String name, boolean methodology) {
    try (InputStream in = EveryFeatureSampleTest.class.getResourceAsStream("/samples/" + name)) {
      return methodology ? (T) ParReader.standard().readMethodology(in, name)
          : (T) ParReader.standard().readSubmission(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void checkAgainst_sampleSubmissionOnSampleMethodology_findsNothing() {
    assertEquals(List.of(), SUBMISSION.checkAgainst(METHODOLOGY));
  }

  @Test
  void maxPoints_ofTheSample_isTheStandardFieldsSumWithoutBonusOrPenalty() {
    assertDecimal("20", METHODOLOGY.maxPoints());
    List<String> top = METHODOLOGY.nodes().stream().map(Node::code).toList();
    assertEquals(List.of("1", "2", "3", "B", "P"), top);
    assertDecimal("8.5", METHODOLOGY.requireNode("1").maxPoints());
    assertDecimal("6.5", METHODOLOGY.requireNode("2").maxPoints());
    assertDecimal("5", METHODOLOGY.requireNode("3").maxPoints());
    assertDecimal("1.5", METHODOLOGY.requireNode("B").maxPoints());
    assertDecimal("2", METHODOLOGY.requireNode("P").maxPoints());
    assertEquals(Role.BONUS, METHODOLOGY.requireNode("B").role());
    assertEquals(Role.PENALTY, METHODOLOGY.requireNode("P").role());
  }

  @Test
  void maxPoints_ofEveryInnerNode_isItsChildrenAndUnitemisedPoints() {
    // By hand, from the file's comment.
    assertDecimal("3.75", METHODOLOGY.requireNode("1.1").maxPoints());
    assertDecimal("0.5", METHODOLOGY.requireNode("1.1").unitemisedPoints());
    assertDecimal("3.25", METHODOLOGY.requireNode("1.2").maxPoints());
    assertDecimal("2", METHODOLOGY.requireNode("2.4").unitemisedPoints());
    // And the rule itself, on every inner node.
    for (Node node : METHODOLOGY.allNodes()) {
      if (!node.isLeaf()) {
        BigDecimal sum = node.unitemisedPoints();
        for (Node child : node.children()) {
          sum = sum.add(child.maxPoints());
        }
        assertEquals(0, sum.compareTo(node.maxPoints()), node::code);
      }
    }
  }

  @Test
  void completeness_ofTheSample_countsStandardLeavesAndRemainders() {
    // Leaves: 1 + 1.25 + 1 + 1.5 + 1.75 + 1.5 + 2 + 1.5 + 1 + 3 + 1.25 + 0.75 = 17.5; remainders
    // 0.5 (1.1) + 2 (2.4) = 2.5; BONUS and PENALTY leaves are not counted.
    Completeness c = METHODOLOGY.completeness();
    assertDecimal("17.5", c.itemisedPoints());
    assertDecimal("2.5", c.unitemisedPoints());
    assertDecimal("20", c.maxPoints());
    assertFalse(c.isComplete());
    assertEquals(d("87.50"), c.itemisedPercent());
  }

  @Test
  void leaves_ofTheSample_areInDocumentOrderAndUseAllNineRuleTypes() {
    assertEquals(List.of("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3.1",
        "3.1", "3.2", "3.3", "B.1", "B.2", "P.1", "P.2"),
        METHODOLOGY.leaves().stream().map(Node::code).toList());
    Set<String> types = new HashSet<>();
    METHODOLOGY.leaves().forEach(l -> types.add(l.rule().orElseThrow().type()));
    assertEquals(Set.copyOf(RandomRules.TYPES), types);
  }

  @Test
  void readMethodology_sample_keepsEveryMember() {
    Methodology m = METHODOLOGY;
    assertEquals("sample-commune-every-feature", m.id());
    assertEquals(LocalizedText.of("Chỉ số cải cách hành chính cấp xã (mẫu đủ tính năng)",
        "Commune PAR index (every-feature sample)"), m.title());
    assertEquals("Ủy ban nhân dân tỉnh Mẫu", m.issuer().orElseThrow());
    assertTrue(m.legalBasis().orElseThrow().startsWith("Quyết định mẫu 01/QĐ-UBND"));
    assertEquals("COMMUNE", m.unitLevel().orElseThrow());
    assertEquals("A sample tree that exercises every feature of the format.",
        m.description().orElseThrow().get("en"));
    assertEquals(Confidence.UNVERIFIED, m.provenance().orElseThrow().confidence());
    assertEquals(2023, m.validFrom());
    assertEquals(2025, m.validTo().getAsInt());
    assertEquals(4, m.pointDecimals());
    assertEquals(2, m.indexDecimals());
    assertEquals(java.math.RoundingMode.HALF_EVEN, m.rounding());
    assertTrue(m.capTotal());
    assertEquals(List.of(
        Band.builder().code("TOT").label(LocalizedText.of("Tốt", "Good")).minPercent(d("90")).build(),
        Band.builder().code("KHA").label(LocalizedText.of("Khá")).minPercent(d("80")).build(),
        Band.builder().code("TB").label(LocalizedText.of("Trung bình")).minPercent(d("65.5")).build(),
        Band.of("YEU", BigDecimal.ZERO)), m.bands());
    assertEquals(List.of(
        Alert.builder().addCodes("1", "2").belowPercent(d("75")).message(LocalizedText.of(
            "Phải xây dựng kế hoạch khắc phục", "A remediation plan is required")).build(),
        Alert.builder().addCodes("1.2.1").belowPercent(d("50.5")).build()), m.alerts());
  }

  @Test
  void readMethodology_sample_inheritsSourceAndRoleAndKeepsParameterScales() {
    Methodology m = METHODOLOGY;
    assertEquals(Source.SURVEY, m.requireNode("3.1").source());
    assertEquals(Source.SURVEY, m.requireNode("3.2").source());
    assertEquals(Source.APPRAISED, m.requireNode("3.3").source());
    assertEquals(Source.APPRAISED, m.requireNode("1.2.1").source());
    assertEquals(Role.BONUS, m.requireNode("B.2").role());
    assertEquals(Role.PENALTY, m.requireNode("P.2").role());
    assertEquals(Role.STANDARD, m.requireNode("2.3.1").role());
    assertFalse(m.requireNode("1.2.2").allowNotApplicable());
    assertFalse(m.requireNode("B.1").allowNotApplicable());
    assertTrue(m.requireNode("2.3.1").allowNotApplicable());
    assertEquals("Quyết định ban hành kế hoạch", m.requireNode("1.1.1").evidence().orElseThrow());
    RuleSpec rate = m.requireNode("1.2.1").rule().orElseThrow();
    assertEquals("rate-linear", rate.type());
    assertEquals(Map.of("target", DataValue.decimal(d("0.95")), "floor",
        DataValue.decimal(d("0.50"))), rate.parameters());
    assertEquals(DataValue.decimal(d("0.10")),
        m.requireNode("2.2").rule().orElseThrow().parameter("target").orElseThrow());
    assertEquals(DataValue.list(List.of(
        DataValue.map(Map.of("min", DataValue.decimal(d("10")), "percent", DataValue.decimal(d("100")))),
        DataValue.map(Map.of("min", DataValue.decimal(d("5")), "percent", DataValue.decimal(d("50")))),
        DataValue.map(Map.of("min", DataValue.decimal(d("0")), "percent", DataValue.decimal(d("0")))))),
        m.requireNode("2.1").rule().orElseThrow().parameter("bands").orElseThrow());
    for (Node node : m.allNodes()) {
      assertTrue(node.provenance().isPresent(), node::code);
    }
  }

  @Test
  void readSubmission_sample_hasEveryObservationKindAndMember() {
    Submission s = SUBMISSION;
    Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    s.observations().values().forEach(o -> kinds.add(o.kind()));
    assertEquals(EnumSet.allOf(ObservationKind.class), kinds);
    assertEquals("sample-commune-every-feature", s.methodology());
    assertEquals(2024, s.year());
    assertEquals(Unit.builder().id("xa-mau").name("Xã Mẫu").level("COMMUNE")
        .region("Đồng bằng sông Hồng").build(), s.unit());
    assertEquals(Stage.APPRAISED, s.stage());
    assertEquals(MissingPolicy.FULL, s.missing());
    assertEquals(Observation.yes(true), s.observation("B.1").orElseThrow());
    assertEquals(Observation.responses(Map.of("A", 120L, "B", 30L, "C", 5L, "D", 1L)),
        s.observation("3.1").orElseThrow());
    assertEquals(Map.of("1.1", d("0.5"), "2.4", d("1.75")), s.unitemised());
    assertEquals(2, s.evidence().get("1.1.1").size());
    assertEquals("https://example.invalid/xa-mau/qd-ke-hoach-2024.pdf",
        s.evidence().get("1.1.1").get(0).uri().orElseThrow());
    // Reported figures keep their printed scale: 4.30 has two decimals.
    assertEquals(d("4.30"), s.reported().get("2").points().orElseThrow());
    assertEquals(d("7.48"), s.reported().get("1").points().orElseThrow());
    assertEquals(d("1.02"), s.reported().get("1").deficit().orElseThrow());
    assertEquals(List.of("P.2"), s.unknown());
    assertEquals(Map.of("2", "Công chức Tư pháp - Hộ tịch", "3.1", "Công chức Văn hóa - Xã hội"),
        s.leadAgencies());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void writeThenRead_samples_giveEqualObjects(Syntax syntax) {
    String name = syntax == Syntax.JSON ? "sample.json" : "sample.yaml";
    assertEquals(METHODOLOGY, ParReader.standard().readMethodology(
        ParWriter.toString(METHODOLOGY, syntax).getBytes(StandardCharsets.UTF_8), name));
    assertEquals(SUBMISSION, ParReader.standard().readSubmission(
        ParWriter.toString(SUBMISSION, syntax).getBytes(StandardCharsets.UTF_8), name));
  }
}
