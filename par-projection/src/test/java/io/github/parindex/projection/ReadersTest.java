package io.github.parindex.projection;

import static io.github.parindex.projection.Fixtures.bytes;
import static io.github.parindex.projection.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.plan.ImprovementOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The par-options/1 and par-peers/1 readers: exact decimals, every problem at once, with pointers. */
class ReadersTest {

  private static List<String> problems(Runnable read) {
    ValidationException e = assertThrows(ValidationException.class, read::run);
    return e.problems().stream().map(Object::toString).toList();
  }

  @Test
  void readOptions_validFile_exactDecimalsInFileOrder() {
    ImprovementOptions o = ProjectionReader.standard().options(bytes("""
        {"format": "par-options/1", "defaultCostPerPoint": "0.1",
         "options": {"7.3.7": {"levels": [{"points": 1.2, "cost": 0.1}, {"points": "1.5", "cost": 0.2}]},
                     "8.3.3": {"fixed": true},
                     "3": {"levels": [{"points": 6, "cost": 1}]}}}
        """), "o.json");
    assertEquals(d("0.1"), o.defaultCostPerPoint());
    assertEquals(List.of("7.3.7", "8.3.3", "3"), List.copyOf(o.entries().keySet()));
    ImprovementOptions.Entry e = o.entry("7.3.7").orElseThrow();
    // 0.1 + 0.2 is exactly 0.3: no binary floating point on the way.
    assertEquals(d("0.3"), e.levels().get(0).cost().add(e.levels().get(1).cost()));
    assertTrue(o.entry("8.3.3").orElseThrow().fixed());
    assertEquals("o.json", o.sourceName());
  }

  @Test
  void readOptions_withoutOptions_isTheDefault() {
    ImprovementOptions o = ProjectionReader.standard().options(bytes("format: par-options/1\n"), "o.yaml");
    assertEquals(d("1"), o.defaultCostPerPoint());
    assertTrue(o.entries().isEmpty());
  }

  @Test
  void readOptions_everyProblemAtOnce_withPointersInDocumentOrder() {
    assertEquals(List.of(
        "o.yaml: /defaultCostPerPoint: expected a cost of at least 0, got -1",
        "o.yaml: /format: expected \"par-options/1\", got \"par-option/1\"",
        "o.yaml: /options/1.1: an entry is either fixed or has levels, not both",
        "o.yaml: /options/1.2/levels: expected at least one level; to forbid any change, write "
            + "\"fixed\": true",
        "o.yaml: /options/1.3/levels/0/cost: expected a cost of at least 0, got -2",
        "o.yaml: /options/1.3/levels/1/points: expected points of at least 0, got -0.5",
        "o.yaml: /options/1.3/levels/2/cost: expected a decimal number such as 1.5 or \"0.25\", got "
            + "the text 'cheap'",
        "o.yaml: /options/1.4/levels/1/points: another level of '1.4' has the same points (1.50): "
            + "give each reachable total once",
        "o.yaml: /options/1.5: expected options {\"levels\": [...]} or {\"fixed\": true} (an object), "
            + "got the number 3",
        "o.yaml: /options/1.6: expected \"levels\": [{\"points\": ..., \"cost\": ...}] or \"fixed\": "
            + "true",
        "o.yaml: /options/1.6/level: unknown field 'level'; expected one of: fixed, levels",
        "o.yaml: /options/1.7/levels/0/note: unknown field 'note'; expected one of: points, cost",
        "o.yaml: /unknown: unknown field 'unknown'; expected one of: format, defaultCostPerPoint, "
            + "options"),
        problems(() -> ProjectionReader.standard().options(bytes("""
            format: par-option/1
            defaultCostPerPoint: -1
            unknown: 1
            options:
              "1.1": { fixed: true, levels: [ { points: 1, cost: 1 } ] }
              "1.2": { levels: [] }
              "1.3":
                levels:
                  - { points: 1, cost: -2 }
                  - { points: -0.5, cost: 1 }
                  - { points: 2, cost: cheap }
              "1.4": { levels: [ { points: 1.5, cost: 1 }, { points: 1.50, cost: 2 } ] }
              "1.5": 3
              "1.6": { level: [] }
              "1.7": { levels: [ { points: 1, cost: 1, note: x } ] }
            """), "o.yaml")));
  }

  @Test
  void readOptions_yamlAnchorsAndDuplicateKeys_rejected() {
    List<String> p = problems(() -> ProjectionReader.standard().options(bytes("""
        format: par-options/1
        options:
          "1.1": &a { fixed: true }
          "1.2": *a
        """), "o.yaml"));
    assertTrue(p.stream().anyMatch(s -> s.contains("anchors are not supported")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.contains("aliases are not supported")), p.toString());
  }

  @Test
  void readPeers_validFile_keepsOrderAndExactIndices() {
    PeerTable t = ProjectionReader.standard().peers(bytes("""
        { "format": "par-peers/1", "year": 2023, "indexDecimals": 2,
          "units": [ { "id": "quang-ninh", "name": "Quảng Ninh", "index": 92.18 },
                     { "id": "hai-phong", "index": "91.87" } ] }
        """), "p.json");
    assertEquals(2023, t.year().getAsInt());
    assertEquals(2, t.indexDecimals().getAsInt());
    assertEquals(List.of("quang-ninh", "hai-phong"), t.units().stream().map(PeerTable.Peer::id)
        .toList());
    assertEquals(d("91.87"), t.units().get(1).index());
    assertEquals("hai-phong", t.units().get(1).label());
    assertEquals(List.of("hai-phong"), t.excluding("quang-ninh").stream().map(PeerTable.Peer::id)
        .toList());
  }

  @Test
  void readPeers_everyProblemAtOnce() {
    assertEquals(List.of(
        "p.yaml: /indexDecimals: expected a whole number from 0 to 6, got the number 7",
        "p.yaml: /units/0/index: expected an index of at least 0, got -1",
        "p.yaml: /units/1/id: required: expected a text",
        "p.yaml: /units/2/id: duplicate unit id 'a': already at /units/0",
        "p.yaml: /units/3/rank: unknown field 'rank'; expected one of: id, name, index",
        "p.yaml: /year: expected a whole number from 1900 to 9999, got the text 'last'"),
        problems(() -> ProjectionReader.standard().peers(bytes("""
            format: par-peers/1
            year: last
            indexDecimals: 7
            units:
              - { id: a, index: -1 }
              - { index: 90 }
              - { id: a, index: 80 }
              - { id: d, index: 70, rank: 3 }
            """), "p.yaml")));
  }

  @Test
  void readPeers_moreDecimalsThanStated_andNoUnits_rejected() {
    assertEquals(List.of("p.yaml: /units/0/index: 91.875 has more than indexDecimals (2) decimals"),
        problems(() -> ProjectionReader.standard().peers(bytes("""
            format: par-peers/1
            indexDecimals: 2
            units: [ { id: a, index: 91.875 } ]
            """), "p.yaml")));
    assertEquals(List.of("p.yaml: /units: expected at least one unit"),
        problems(() -> ProjectionReader.standard().peers(bytes("format: par-peers/1\nunits: []\n"), "p.yaml")));
    assertEquals(List.of("p.yaml: /units: required: expected a list"),
        problems(() -> ProjectionReader.standard().peers(bytes("format: par-peers/1\n"), "p.yaml")));
  }
}
