package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled methodologies against the facts of {@code methodology-876-facts.md}, typed here by hand:
 * the 876 tree's eight appraised field maxima, its 32 survey points and its 22 known leaves; the 2948
 * tree's eight field maxima and no leaves.
 */
class BundledMethodologiesTest {
  private static final String ID_876 = "vn-par-province-876";
  private static final String ID_2948 = "vn-par-province-2948";

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertDecimal(String expected, BigDecimal actual, String what) {
    assertEquals(0, d(expected).compareTo(actual), () -> what + ": expected " + expected + ", got "
        + actual.toPlainString());
  }

  @Test
  void ids_listsThe876AndThe2948Methodologies() {
    assertEquals(List.of(ID_876, ID_2948), BundledMethodologies.ids());
    assertEquals(List.of(ID_876, ID_2948),
        BundledMethodologies.all().stream().map(Methodology::id).toList());
  }

  @Test
  void load_sameIdTwice_givesTheSameInstance() {
    assertSame(BundledMethodologies.load(ID_876), BundledMethodologies.load(ID_876));
    assertSame(BundledMethodologies.load(ID_876), BundledMethodologies.find(ID_876).orElseThrow());
  }

  @Test
  void load_unknownId_failsNamingTheBundledIds() {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> BundledMethodologies.load("vn-par-province-1149"));
    assertTrue(e.getMessage().contains("vn-par-province-1149"), e.getMessage());
    assertTrue(e.getMessage().contains(ID_876 + ", " + ID_2948), e.getMessage());
    assertTrue(BundledMethodologies.find("vn-par-province-1149").isEmpty());
  }

  @Test
  void methodology876_hasTheEightAppraisedFieldsAndTheSurveyPart() {
    Methodology m = BundledMethodologies.load(ID_876);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("1", "9.5");
    fields.put("2", "6");
    fields.put("3", "13");
    fields.put("4", "6.5");
    fields.put("5", "6");
    fields.put("6", "8");
    fields.put("7", "12.5");
    fields.put("8", "6.5");
    fields.put("DTXHH", "32");
    assertEquals(List.copyOf(fields.keySet()), m.nodes().stream().map(Node::code).toList());
    BigDecimal appraised = BigDecimal.ZERO;
    for (Map.Entry<String, String> f : fields.entrySet()) {
      Node node = m.requireNode(f.getKey());
      assertDecimal(f.getValue(), node.maxPoints(), f.getKey());
      assertEquals(Role.STANDARD, node.role(), f.getKey());
      if (node.source() == Source.APPRAISED) {
        appraised = appraised.add(node.maxPoints());
      }
    }
    assertDecimal("68", appraised, "appraised points");
    Node survey = m.requireNode("DTXHH");
    assertEquals(Source.SURVEY, survey.source());
    assertDecimal("32", survey.unitemisedPoints(), "DTXHH unitemised");
    assertTrue(survey.children().isEmpty());
    assertDecimal("100", m.maxPoints(), "maxPoints");
  }

  @Test
  void methodology876_hasExactlyTheTwentyTwoKnownLeavesWithTheirMaxima() {
    Map<String, String> leaves = new LinkedHashMap<>();
    leaves.put("1.7", "1.5");
    leaves.put("3.2.1", "0.5");
    leaves.put("3.2.2", "1.5");
    leaves.put("3.2.3", "1");
    leaves.put("3.4.1", "1.5");
    leaves.put("3.4.2", "1.5");
    leaves.put("3.4.3", "1");
    leaves.put("4.1.3", "1");
    leaves.put("5.6", "0.5");
    leaves.put("6.1.1", "1");
    leaves.put("6.1.3", "1");
    leaves.put("6.2.3", "0.75");
    leaves.put("6.3.1", "0.25");
    leaves.put("6.3.2", "0.75");
    leaves.put("7.1.2", "1");
    leaves.put("7.1.3", "1");
    leaves.put("7.1.4", "1");
    leaves.put("7.3.6", "1.5");
    leaves.put("7.3.7", "1.5");
    leaves.put("8.3.2", "0.5");
    leaves.put("8.3.3", "1");
    leaves.put("8.5", "2");
    Methodology m = BundledMethodologies.load(ID_876);
    assertEquals(22, leaves.size());
    assertEquals(List.copyOf(leaves.keySet()), m.leaves().stream().map(Node::code).toList());
    for (Map.Entry<String, String> leaf : leaves.entrySet()) {
      Node node = m.requireNode(leaf.getKey());
      assertDecimal(leaf.getValue(), node.maxPoints(), leaf.getKey());
      assertTrue(node.rule().isPresent(), leaf.getKey());
      assertEquals(Source.APPRAISED, node.source(), leaf.getKey());
      // Each leaf sits in the field its code starts with.
      assertEquals(leaf.getKey().substring(0, 1), m.path(leaf.getKey()).get(0).code());
    }
  }

  @Test
  void methodology876_everyNodeHasProvenance() {
    for (Node node : BundledMethodologies.load(ID_876).allNodes()) {
      assertTrue(node.provenance().isPresent(), node.code());
    }
    for (Node node : BundledMethodologies.load(ID_2948).allNodes()) {
      assertTrue(node.provenance().isPresent(), node.code());
    }
  }

  @Test
  void completeness_of876_is23point25ItemisedAndNotComplete() {
    // 1.5 + (0.5 + 1.5 + 1 + 1.5 + 1.5 + 1) + 1 + 0.5 + (1 + 1 + 0.75 + 0.25 + 0.75)
    //   + (1 + 1 + 1 + 1.5 + 1.5) + (0.5 + 1 + 2) = 23.25; 100 - 23.25 = 76.75 unitemised.
    Completeness c = BundledMethodologies.load(ID_876).completeness();
    assertDecimal("23.25", c.itemisedPoints(), "itemised");
    assertDecimal("76.75", c.unitemisedPoints(), "unitemised");
    assertDecimal("100", c.maxPoints(), "max");
    assertFalse(c.isComplete());
    assertEquals(d("23.25"), c.itemisedPercent());
  }

  @Test
  void methodology876_hasThePublishedGroupsAndPrecision() {
    Methodology m = BundledMethodologies.load(ID_876);
    assertEquals(List.of("A", "B", "C"), m.bands().stream().map(Band::code).toList());
    assertEquals(List.of(d("90"), d("80"), d("70")),
        m.bands().stream().map(Band::minPercent).toList());
    assertEquals(2022, m.validFrom());
    assertTrue(m.validTo().isEmpty());
    assertFalse(m.appliesTo(2021));
    assertTrue(m.appliesTo(2022));
    assertTrue(m.appliesTo(2030));
    assertEquals(4, m.pointDecimals());
    assertEquals(2, m.indexDecimals());
    assertEquals("Bộ Nội vụ", m.issuer().orElseThrow());
  }

  @Test
  void methodology876_rulesOfTheRateLeaves_reproduceTheSeedChoices() {
    Methodology m = BundledMethodologies.load(ID_876);
    assertEquals(RuleSpec.of("rate-linear", Map.of("target", DataValue.decimal(d("1")))),
        m.requireNode("3.4.1").rule().orElseThrow());
    // The 10 % target keeps its printed scale.
    assertEquals(RuleSpec.of("reduction-target", Map.of("target", DataValue.decimal(d("0.10")))),
        m.requireNode("4.1.3").rule().orElseThrow());
  }

  @Test
  void methodology2948_hasTheEightFieldMaximaAndNoLeaves() {
    Methodology m = BundledMethodologies.load(ID_2948);
    List<String> maxima = List.of("10", "10", "14.5", "11", "16", "7", "16", "15.5");
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"),
        m.nodes().stream().map(Node::code).toList());
    for (int i = 0; i < maxima.size(); i++) {
      Node field = m.nodes().get(i);
      assertDecimal(maxima.get(i), field.maxPoints(), field.code());
      assertDecimal(maxima.get(i), field.unitemisedPoints(), field.code() + " unitemised");
    }
    assertEquals(List.of(), m.leaves());
    assertDecimal("100", m.maxPoints(), "maxPoints");
    assertDecimal("0", m.completeness().itemisedPoints(), "itemised");
    assertEquals(2017, m.validFrom());
    assertEquals(2019, m.validTo().getAsInt());
    assertEquals("Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", m.requireNode("5").name().vi());
    assertEquals("Hiện đại hóa hành chính", m.requireNode("7").name().vi());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void writeThenRead_bundledMethodologies_giveEqualObjects(Syntax syntax) {
    for (Methodology m : BundledMethodologies.all()) {
      assertEquals(m, ParReader.standard().readMethodology(
          ParWriter.toString(m, syntax).getBytes(StandardCharsets.UTF_8), m.id() + "."
              + syntax.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }
}
