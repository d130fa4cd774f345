package io.github.parindex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemOrderTest {

  @Test
  void compareTokens_digitRuns_compareAsNumbers() {
    assertTrue(PathOrder.compareTokens("9", "10") < 0);
    assertTrue(PathOrder.compareTokens("Phiếu!E9", "Phiếu!E10") < 0);
    assertTrue(PathOrder.compareTokens("3.9", "3.10") < 0);
    assertTrue(PathOrder.compareTokens("E10", "F2") < 0);
    assertTrue(PathOrder.compareTokens("a", "b") < 0);
    assertTrue(PathOrder.compareTokens("12345678901234567890", "99") > 0, "beyond long");
    assertTrue(PathOrder.compareTokens("7", "07") > 0, "equal numbers, different texts");
    assertEquals(0, PathOrder.compareTokens("x1", "x1"));
  }

  @Test
  void documentOrder_byFileThenPointerTokens_keepsProblemsAtOnePlaceInTheirOrder() {
    Problem second = new Problem("a.yaml", "/nodes/2/maxPoints", "second found");
    Problem first = new Problem("a.yaml", "/nodes/2/maxPoints", "first found");
    List<Problem> problems = new ArrayList<>(List.of(
        new Problem("b.yaml", "", "other file"),
        new Problem("a.yaml", "/nodes/10", "ten"),
        second,
        first,
        new Problem("a.yaml", "/nodes/2", "the node"),
        new Problem("a.yaml", "", "the document")));
    problems.sort(Problem.documentOrder());
    assertEquals(List.of("the document", "the node", "second found", "first found", "ten",
        "other file"), problems.stream().map(Problem::message).toList());
  }

  @Test
  void compareTo_isDocumentOrderThenMessage_consistentWithEquals() {
    Problem a = new Problem("f", "/observations/3.10", "b");
    Problem b = new Problem("f", "/observations/3.9", "z");
    Problem c = new Problem("f", "/observations/3.9", "a");
    assertTrue(b.compareTo(a) < 0);
    assertTrue(c.compareTo(b) < 0);
    assertEquals(0, c.compareTo(new Problem("f", "/observations/3.9", "a")));
    assertTrue(new Problem("f", "/x/07", "m").compareTo(new Problem("f", "/x/7", "m")) != 0);
  }
}
