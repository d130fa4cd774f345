package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class YesNoRuleTest {
  @Test
  void score_yes_isFullMarks() {
    // yes -> max = 1.5
    LeafResult r = score(rule("yes-no"), "1.5", Observation.yes(true));
    assertEquals(dec("1.5000"), r.points());
    assertEquals(Status.FULL, r.status());
    assertEquals("Có: đạt điểm tối đa 1,5", r.explanation().sentence().vi());
    assertEquals("Yes: full marks, 1.5", r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_no_isZero() {
    LeafResult r = score(rule("yes-no"), "1.5", Observation.yes(false));
    assertEquals(dec("0.0000"), r.points());
    assertEquals(Status.ZERO, r.status());
    assertEquals("No: 0 points", r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void check_anyParameter_isUnknown() {
    List<Problem> problems = check(rule("yes-no", "target", "1"));
    assertEquals(List.of("/nodes/0/children/0/rule/target"), paths(problems));
    assertEquals("unknown parameter 'target'; this rule takes no parameters",
        problems.get(0).message());
  }
}
