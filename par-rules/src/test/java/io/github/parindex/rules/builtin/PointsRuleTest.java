package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.checkSubmission;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.points;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.Problem;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.RuleInputException;
import io.github.parindex.rules.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsRuleTest {
  @Test
  void score_points_areTheRulesOwnResult() {
    LeafResult r = score(rule("points"), "1.5", points("1.2"));
    assertEquals(dec("1.2000"), r.points());
    assertEquals(Basis.RULE, r.basis());
    assertEquals(Status.PARTIAL, r.status());
    assertEquals("Điểm chấm trực tiếp: 1,2 / 1,5 điểm", r.explanation().sentence().vi());
    assertEquals("Points given: 1.2 of 1.5", r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_zeroAndMax_areZeroAndFull() {
    assertEquals(Status.ZERO, score(rule("points"), "1.5", points("0")).status());
    LeafResult full = score(rule("points"), "1.5", points("1.5"));
    assertEquals(dec("1.5000"), full.points());
    assertEquals(Status.FULL, full.status());
  }

  @Test
  void score_aboveMax_isAnInputError() {
    RuleInputException e = assertThrows(RuleInputException.class,
        () -> score(rule("points"), "1.5", points("2")));
    assertEquals("/points", e.pointer());
    List<Problem> problems = checkSubmission(rule("points"), "1.5", points("2"));
    assertEquals(List.of("/observations/1.1/points"), paths(problems));
  }

  @Test
  void check_anyParameter_isUnknown() {
    assertEquals(List.of("/nodes/0/children/0/rule/max"), paths(check(rule("points", "max", "1"))));
  }
}
