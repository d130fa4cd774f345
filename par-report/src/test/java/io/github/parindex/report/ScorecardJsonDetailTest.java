package io.github.parindex.report;

import io.github.parindex.scoring.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.report.ScorecardJson.Detail;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The levels of detail of {@code par-scorecard/1} (docs/formats.md): each document holds exactly
 * its members, in the documented order, each equal to the same member of the full document, and the
 * nodes its level lists (the top-level ones, or the leaves and the nodes with a remainder), each
 * equal to the full document's node without its trace. Checked on random scorecards and, with values
 * worked out by hand, on the golden commune A (par-scoring's golden/commune-a/expected.yaml).
 */
class ScorecardJsonDetailTest {
  private static final List<String> SUMMARY_MEMBERS = List.of("format", "detail", "methodology",
      "year", "unit", "stage", "missing", "complete", "points", "maxPoints", "applicableMaxPoints",
      "index", "band", "standardPoints", "bonusPoints", "penaltyPoints", "capped", "bySource",
      "nodes", "alerts");
  private static final List<String> LEAVES_MEMBERS;

  static {
    List<String> leaves = new ArrayList<>(SUMMARY_MEMBERS);
    leaves.add("reconciliation");
    leaves.add("warnings");
    LEAVES_MEMBERS = List.copyOf(leaves);
  }

  private final Scorecard a = Fixtures.scorer(Fixtures.commune())
      .score(Fixtures.file("commune-a/submission.yaml"));

  private static Tree.Obj parse(String json) {
    return (Tree.Obj) TreeReader.read(json.getBytes(StandardCharsets.UTF_8), Syntax.JSON,
        ReadLimits.defaults());
  }

  /** A JSON value written out in one canonical form, to compare values (not positions). */
  private static String canonical(Tree t) {
    if (t instanceof Tree.Obj o) {
      StringBuilder b = new StringBuilder("{");
      o.fields().forEach((k, v) -> b.append(k).append(':').append(canonical(v)).append(','));
      return b.append('}').toString();
    }
    if (t instanceof Tree.Arr a) {
      StringBuilder b = new StringBuilder("[");
      a.items().forEach(v -> b.append(canonical(v)).append(','));
      return b.append(']').toString();
    }
    Tree.Scalar s = (Tree.Scalar) t;
    return s.kind() + ":" + s.text();
  }

  /** A full document's node without its trace, in canonical form. */
  private static String withoutTrace(Tree node) {
    StringBuilder b = new StringBuilder("{");
    ((Tree.Obj) node).fields().forEach((k, v) -> {
      if (!k.equals("trace")) {
        b.append(k).append(':').append(canonical(v)).append(',');
      }
    });
    return b.append('}').toString();
  }

  private static Tree get(Tree t, String name) {
    Tree v = ((Tree.Obj) t).fields().get(name);
    if (v == null) {
      throw new AssertionError("no member '" + name + "' at " + t.pointer());
    }
    return v;
  }

  private static String text(Tree t, String name) {
    Tree.Scalar s = (Tree.Scalar) get(t, name);
    return s.kind() == Tree.ScalarKind.NULL ? null : s.text();
  }

  private static List<Tree> items(Tree t, String name) {
    return ((Tree.Arr) get(t, name)).items();
  }

  /** Checks a document of one level against the full document of the same scorecard. */
  private static void assertPartOfFull(Tree.Obj full, Tree.Obj part, Detail detail) {
    List<String> members = new ArrayList<>(detail == Detail.SUMMARY ? SUMMARY_MEMBERS
        : LEAVES_MEMBERS);
    if (full.fields().containsKey("bandCaps")) {
      // a criteria set with band caps (CYCLE.md §1): the band from the index and the caps that
      // held follow the band, at every level
      members.addAll(members.indexOf("band") + 1, List.of("indexBand", "bandCaps"));
    }
    assertEquals(members, new ArrayList<>(part.fields().keySet()));
    assertEquals(detail.id(), text(part, "detail"));
    assertFalse(full.fields().containsKey("detail"));
    for (String m : members) {
      if (!m.equals("detail") && !m.equals("nodes")) {
        assertEquals(canonical(get(full, m)), canonical(get(part, m)), m);
      }
    }
    Predicate<Tree> listed = detail == Detail.SUMMARY ? n -> text(n, "depth").equals("1")
        : n -> text(n, "leaf").equals("true") || ((Tree.Obj) n).fields().containsKey("remainder");
    List<String> expected = items(full, "nodes").stream().filter(listed)
        .map(ScorecardJsonDetailTest::withoutTrace).toList();
    List<String> actual = items(part, "nodes").stream().map(ScorecardJsonDetailTest::canonical)
        .toList();
    assertEquals(expected, actual);
  }

  @Property(tries = 150)
  void summaryAndLeaves_holdTheirMembersEachEqualToTheFullDocuments(@ForAll long seed) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = Fixtures.scorer(g.methodology());
    Submission s = scorer.check(g.submission()).isEmpty() ? g.submission()
        : Submission.builder().from(g.submission()).missing(MissingPolicy.ZERO).build();
    Scorecard card = scorer.score(s);
    Tree.Obj full = parse(ScorecardJson.toString(card));
    Tree.Obj summary = parse(ScorecardJson.toString(card, Detail.SUMMARY));
    Tree.Obj leaves = parse(ScorecardJson.toString(card, Detail.LEAVES));
    assertPartOfFull(full, summary, Detail.SUMMARY);
    assertPartOfFull(full, leaves, Detail.LEAVES);

    // The nodes listed, from the scorecard itself.
    assertEquals(card.topLevel().stream().map(NodeScore::code).toList(),
        items(summary, "nodes").stream().map(n -> text(n, "code")).toList());
    assertEquals(card.nodes().stream().filter(n -> n.isLeaf() || n.remainder().isPresent())
        .map(NodeScore::code).toList(), items(leaves, "nodes").stream()
        .map(n -> text(n, "code")).toList());
    // With every part known, the STANDARD leaves and remainders add up to the standard points:
    // a leaves document holds every scored part.
    if (card.isComplete()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Tree n : items(leaves, "nodes")) {
        if (text(n, "role").equals("STANDARD")) {
          sum = sum.add(new BigDecimal(text(n, "leaf").equals("true") ? text(n, "points")
              : text(get(n, "remainder"), "points")));
        }
      }
      assertEquals(0, sum.compareTo(card.standardPoints().orElseThrow()), () -> "leaves sum to "
          + card.standardPoints());
    }
    // Full is the default, byte for byte, pretty and on one line.
    assertEquals(ScorecardJson.toString(card), ScorecardJson.toString(card, Detail.FULL));
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ByteArrayOutputStream fullLine = new ByteArrayOutputStream();
    ScorecardJson.writeLine(card, line);
    ScorecardJson.writeLine(card, Detail.FULL, fullLine);
    assertEquals(line.toString(StandardCharsets.UTF_8), fullLine.toString(StandardCharsets.UTF_8));
  }

  @Test
  void summary_goldenCommuneA_totalsBandAlertAndTheFourTopLevelNodes() {
    Tree.Obj s = parse(ScorecardJson.toString(a, Detail.SUMMARY));
    assertEquals("summary", text(s, "detail"));
    assertEquals("10.5300", text(s, "points"));        // 6.05 + 4.98 + bonus 0.5 - penalty 1
    assertEquals("15.0000", text(s, "applicableMaxPoints"));
    assertEquals("70.20", text(s, "index"));           // 10.53 / 15 * 100
    assertEquals("TB", text(get(s, "band"), "code"));  // 50 <= 70.20 < 75
    assertEquals("11.0300", text(s, "standardPoints"));
    List<Tree> nodes = items(s, "nodes");
    assertEquals(List.of("1", "2", "B", "P"), nodes.stream().map(n -> text(n, "code")).toList());
    assertEquals(List.of("6.0500", "4.9800", "0.5000", "1.0000"),
        nodes.stream().map(n -> text(n, "points")).toList());
    assertEquals("86.43", text(nodes.get(0), "percent"));   // 6.05 / 7
    assertEquals("0.7500", text(get(nodes.get(0), "remainder"), "points"));
    assertTrue(nodes.stream().noneMatch(n -> ((Tree.Obj) n).fields().containsKey("trace")));
    List<Tree> alerts = items(s, "alerts");
    assertEquals(1, alerts.size());
    assertEquals("2", text(alerts.get(0), "code"));          // 62.25 % < 75 %
    assertEquals("62.25", text(alerts.get(0), "percent"));
    assertFalse(s.fields().containsKey("reconciliation") || s.fields().containsKey("warnings"));
  }

  @Test
  void leaves_goldenCommuneA_everyLeafAndTheRemainderOfField1() {
    Tree.Obj l = parse(ScorecardJson.toString(a, Detail.LEAVES));
    assertEquals("leaves", text(l, "detail"));
    List<Tree> nodes = items(l, "nodes");
    assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "B.1",
        "P.1", "P.2"), nodes.stream().map(n -> text(n, "code")).toList());
    assertEquals(List.of("2.0000", "1.5000", "1.8000", "0.0000", "1.0000", "0.5000", "0.7500",
        "2.1300", "0.6000", "0.5000", "1.0000", "0.0000"), nodes.subList(1, nodes.size()).stream()
        .map(n -> text(n, "points")).toList());
    Tree remainder = get(nodes.get(0), "remainder");
    assertEquals("0.7500", text(remainder, "points"));
    assertEquals("GIVEN", text(remainder, "basis"));
    assertEquals("NOT_APPLICABLE", text(nodes.get(4), "status"));
    assertEquals(List.of("1", "2"), items(l, "reconciliation").stream()
        .map(r -> text(r, "code")).toList());
    assertEquals(List.of("INCOMPLETE_METHODOLOGY", "RECONCILIATION_MISMATCH"),
        items(l, "warnings").stream().map(w -> text(w, "kind")).toList());
  }

  @Test
  void detail_smallerThanFull_andOneLinePerScorecard() {
    int full = ScorecardJson.toString(a).length();
    int leaves = ScorecardJson.toString(a, Detail.LEAVES).length();
    int summary = ScorecardJson.toString(a, Detail.SUMMARY).length();
    assertTrue(summary < leaves && leaves < full, summary + " < " + leaves + " < " + full);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardJson.writeLine(a, Detail.SUMMARY, out);
    ScorecardJson.writeLine(a, Detail.LEAVES, out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertEquals(3, lines.length);
    assertEquals("", lines[2]);
    assertEquals(Map.of("summary", "summary", "leaves", "leaves"), Map.of(
        "summary", text(parse(lines[0]), "detail"), "leaves", text(parse(lines[1]), "detail")));
  }

  @Test
  void of_readsTheCommandLinesNames() {
    assertEquals(Detail.SUMMARY, Detail.of("summary"));
    assertEquals(Detail.LEAVES, Detail.of("LEAVES"));
    assertEquals(Detail.FULL, Detail.of("Full"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Detail.of("brief"));
    assertEquals("unknown detail 'brief'; use one of: summary, leaves, full", e.getMessage());
  }
}
