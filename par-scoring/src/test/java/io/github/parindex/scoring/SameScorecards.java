package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.rules.Ratio;
import java.util.List;
import java.util.Optional;

/**
 * Asserts that two scorecards are identical through every public accessor — decimals compared with
 * {@code equals}, so with their scale — node by node, including traces, and that their fingerprints
 * are equal. The writers (par-report, another module) see only these public accessors, so equal
 * accessors give equal bytes.
 */
final class SameScorecards {
  private SameScorecards() {}

  static void assertSame(Scorecard expected, Scorecard actual, String context) {
    String at = context + ": ";
    assertEquals(expected.methodology(), actual.methodology(), at + "methodology");
    assertEquals(expected.year(), actual.year(), at + "year");
    assertEquals(expected.unit(), actual.unit(), at + "unit");
    assertEquals(expected.stage(), actual.stage(), at + "stage");
    assertEquals(expected.missing(), actual.missing(), at + "missing");
    assertEquals(expected.points(), actual.points(), at + "points");
    assertEquals(expected.maxPoints(), actual.maxPoints(), at + "maxPoints");
    assertEquals(expected.applicableMaxPoints(), actual.applicableMaxPoints(),
        at + "applicableMaxPoints");
    assertRatio(expected.exactIndex(), actual.exactIndex(), at + "exactIndex");
    assertEquals(expected.index(), actual.index(), at + "index");
    assertEquals(expected.band(), actual.band(), at + "band");
    assertEquals(expected.standardPoints(), actual.standardPoints(), at + "standardPoints");
    assertEquals(expected.bonusPoints(), actual.bonusPoints(), at + "bonusPoints");
    assertEquals(expected.penaltyPoints(), actual.penaltyPoints(), at + "penaltyPoints");
    assertEquals(expected.capped(), actual.capped(), at + "capped");
    assertEquals(expected.isComplete(), actual.isComplete(), at + "complete");
    // Ask for alerts and warnings before the nodes: a lazy scorecard must not depend on the order
    assertEquals(expected.alerts(), actual.alerts(), at + "alerts");
    assertEquals(expected.warnings(), actual.warnings(), at + "warnings");
    assertEquals(expected.reconciliation(), actual.reconciliation(), at + "reconciliation");
    assertEquals(expected.bySource(), actual.bySource(), at + "bySource");
    assertEquals(codes(expected.topLevel()), codes(actual.topLevel()), at + "topLevel");
    List<NodeScore> a = expected.nodes();
    List<NodeScore> b = actual.nodes();
    assertEquals(codes(a), codes(b), at + "node codes");
    for (int i = 0; i < a.size(); i++) {
      assertNode(a.get(i), b.get(i), at + "node " + a.get(i).code() + " ");
      assertNode(a.get(i), actual.node(a.get(i).code()), at + "node(code) " + a.get(i).code() + " ");
    }
    assertEquals(Fingerprint.of(expected), Fingerprint.of(actual), at + "fingerprint");
    assertEquals(expected.toString(), actual.toString(), at + "toString");
  }

  static void assertNode(NodeScore x, NodeScore y, String at) {
    assertEquals(x.code(), y.code(), at + "code");
    assertEquals(x.name(), y.name(), at + "name");
    assertEquals(x.depth(), y.depth(), at + "depth");
    assertEquals(x.parentCode(), y.parentCode(), at + "parent");
    assertEquals(x.isLeaf(), y.isLeaf(), at + "leaf");
    assertEquals(x.role(), y.role(), at + "role");
    assertEquals(x.source(), y.source(), at + "source");
    assertEquals(x.leadAgency(), y.leadAgency(), at + "leadAgency");
    assertEquals(x.maxPoints(), y.maxPoints(), at + "maxPoints");
    assertEquals(x.applicableMaxPoints(), y.applicableMaxPoints(), at + "applicableMaxPoints");
    assertEquals(x.points(), y.points(), at + "points");
    assertEquals(x.deficit(), y.deficit(), at + "deficit");
    assertEquals(x.percent(), y.percent(), at + "percent");
    assertEquals(x.status(), y.status(), at + "status");
    assertEquals(x.explanation(), y.explanation(), at + "explanation");
    assertEquals(x.sum(), y.sum(), at + "sum");
    assertEquals(x.sum().map(SumTrace::expression), y.sum().map(SumTrace::expression),
        at + "expression");
    assertEquals(x.remainder(), y.remainder(), at + "remainder");
    assertEquals(x.toString(), y.toString(), at + "toString");
  }

  private static void assertRatio(Optional<Ratio> x, Optional<Ratio> y, String at) {
    assertEquals(x.isPresent(), y.isPresent(), at);
    if (x.isPresent()) {
      assertEquals(x.get(), y.get(), at);
      // the same numerator and denominator as held, not only the same value
      assertEquals(x.get().numerator(), y.get().numerator(), at + " numerator");
      assertEquals(x.get().denominator(), y.get().denominator(), at + " denominator");
      assertEquals(x.get().toString(), y.get().toString(), at + " text");
    }
  }

  private static List<String> codes(List<NodeScore> nodes) {
    return nodes.stream().map(NodeScore::code).toList();
  }
}
