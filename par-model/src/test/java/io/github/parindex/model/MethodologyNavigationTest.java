package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Finding one's way in a tree: {@code node}, {@code parent}, {@code path}, {@code depth},
 * {@code pointer}, {@code leaves} and lead-agency inheritance, on the every-feature sample and on the
 * bundled 876 tree.
 */
class MethodologyNavigationTest {
  private static final Methodology SAMPLE = EveryFeatureSampleTest.METHODOLOGY;
  private static final Methodology M876 = BundledMethodologies.load("vn-par-province-876");

  private static List<String> codes(List<Node> nodes) {
    return nodes.stream().map(Node::code).toList();
  }

  @Test
  void node_existingAndMissingCodes() {
    assertEquals("Tỷ lệ hồ sơ giải quyết đúng hạn", SAMPLE.node("1.2.1").orElseThrow().name().vi());
    assertEquals(Optional.empty(), SAMPLE.node("9"));
    assertEquals(Optional.empty(), SAMPLE.node("1.2.1 "));
    assertThrows(NoSuchElementException.class, () -> SAMPLE.requireNode("9"));
  }

  @Test
  void parent_ofNestedSkippedAndTopLevelNodes() {
    assertEquals("1.2", SAMPLE.parent("1.2.1").orElseThrow().code());
    assertEquals("2", SAMPLE.parent("2.3.1").orElseThrow().code());
    assertEquals("B", SAMPLE.parent("B.1").orElseThrow().code());
    assertEquals(Optional.empty(), SAMPLE.parent("1"));
    assertEquals(Optional.empty(), SAMPLE.parent("9"));
    // In the 876 tree the known component criteria sit directly under their field.
    assertEquals("3", M876.parent("3.4.1").orElseThrow().code());
  }

  @Test
  void path_fromTheFieldDownToTheNode() {
    assertEquals(List.of("1", "1.2", "1.2.1"), codes(SAMPLE.path("1.2.1")));
    assertEquals(List.of("2", "2.3.1"), codes(SAMPLE.path("2.3.1")));
    assertEquals(List.of("P"), codes(SAMPLE.path("P")));
    assertThrows(NoSuchElementException.class, () -> SAMPLE.path("9"));
  }

  @Test
  void depth_countsLevelsNotCodeSegments() {
    assertEquals(1, SAMPLE.depth("1"));
    assertEquals(2, SAMPLE.depth("1.2"));
    assertEquals(3, SAMPLE.depth("1.2.1"));
    assertEquals(2, SAMPLE.depth("2.3.1"));
    assertEquals(2, M876.depth("3.4.1"));
    assertThrows(NoSuchElementException.class, () -> SAMPLE.depth("9"));
  }

  @Test
  void pointer_isWhereTheNodeIsInTheFile() {
    assertEquals("/nodes/0", SAMPLE.pointer("1"));
    assertEquals("/nodes/0/children/1/children/0", SAMPLE.pointer("1.2.1"));
    assertEquals("/nodes/1/children/3", SAMPLE.pointer("2.4"));
    assertEquals("/nodes/4/children/1", SAMPLE.pointer("P.2"));
    // 3's children: 3.2.1, 3.2.2, 3.2.3, 3.4.1, ...
    assertEquals("/nodes/2/children/3", M876.pointer("3.4.1"));
    assertEquals("/nodes/8", M876.pointer("DTXHH"));
    assertThrows(NoSuchElementException.class, () -> SAMPLE.pointer("9"));
  }

  @Test
  void leaves_inDocumentOrder_excludingAllUnitemisedNodes() {
    assertEquals(List.of("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3"),
        codes(SAMPLE.requireNode("1").leaves()));
    assertEquals(List.of("2.1", "2.2", "2.3.1"), codes(SAMPLE.requireNode("2").leaves()));
    assertEquals(List.of("1.3"), codes(SAMPLE.requireNode("1.3").leaves()));
    Node allUnitemised = SAMPLE.requireNode("2.4");
    assertFalse(allUnitemised.isLeaf());
    assertTrue(allUnitemised.hasRemainder());
    assertEquals(List.of(), allUnitemised.leaves());
    assertEquals(List.of("1.7"), codes(M876.requireNode("1").leaves()));
    assertEquals(List.of(), codes(M876.requireNode("2").leaves()));
  }

  @Test
  void allNodes_parentsBeforeChildren() {
    assertEquals(List.of("1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.2.1", "1.2.2", "1.3", "2",
        "2.1", "2.2", "2.3.1", "2.4", "3", "3.1", "3.2", "3.3", "B", "B.1", "B.2", "P", "P.1", "P.2"),
        codes(SAMPLE.allNodes()));
  }

  @Test
  void leadAgency_ownOrNearestAncestors() {
    assertEquals(Optional.of("Công chức Văn phòng - Thống kê"), SAMPLE.leadAgency("1.2.1"));
    assertEquals(Optional.of("Văn phòng HĐND và UBND xã"), SAMPLE.leadAgency("1.2.2"));
    assertEquals(Optional.of("Văn phòng HĐND và UBND xã"), SAMPLE.leadAgency("1.1.1"));
    assertEquals(Optional.of("Văn phòng HĐND và UBND xã"), SAMPLE.leadAgency("1"));
    assertEquals(Optional.of("Ủy ban nhân dân xã"), SAMPLE.leadAgency("3.2"));
    assertEquals(Optional.empty(), SAMPLE.leadAgency("2.1"));
    assertEquals(Optional.empty(), SAMPLE.leadAgency("B.1"));
    assertEquals(Optional.empty(), SAMPLE.requireNode("1.2.2").leadAgency());
    assertThrows(NoSuchElementException.class, () -> SAMPLE.leadAgency("9"));
  }

  @Test
  void appliesTo_yearsWithinValidFromAndValidTo() {
    assertFalse(SAMPLE.appliesTo(2022));
    assertTrue(SAMPLE.appliesTo(2023));
    assertTrue(SAMPLE.appliesTo(2025));
    assertFalse(SAMPLE.appliesTo(2026));
  }
}
