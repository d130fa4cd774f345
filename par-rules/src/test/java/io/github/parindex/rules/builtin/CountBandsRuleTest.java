package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.band;
import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.list;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountBandsRuleTest {
  // 3 or more -> full; 1 or 2 -> half; none -> 0
  private static final RuleSpec ACHIEVEMENTS = rule("count-bands", "bands",
      list(band("3", "100"), band("1", "50"), band("0", "0")));
  // no violation -> full; 1 -> 25 %; 2 or more -> 0
  private static final RuleSpec VIOLATIONS = rule("count-bands", "bands",
      list(band("2", "0"), band("1", "25"), band("0", "100")));

  @ParameterizedTest(name = "count {0} -> {1}")
  @CsvSource({
      // 0 ≥ 0 only: band 3, 0
      "0, 0.0000",
      // on the edge 1: band 2, 1 × 50 % = 0.5
      "1, 0.5000",
      "2, 0.5000",
      // on the edge 3: band 1, 1
      "3, 1.0000",
      "1000, 1.0000",
      "9223372036854775807, 1.0000"
  })
  void score_count_takesFirstBandReached(long count, String expected) {
    assertEquals(dec(expected), score(ACHIEVEMENTS, "1", Observation.count(count)).points());
  }

  @ParameterizedTest(name = "violations {0} -> {1}")
  @CsvSource({
      // 0: band 3, 0.5 × 100 % = 0.5
      "0, 0.5000",
      // 1: band 2, 0.5 × 25 % = 0.125
      "1, 0.1250",
      // 2 and more: band 1, 0
      "2, 0.0000",
      "7, 0.0000"
  })
  void score_violations_canFallWithTheCount(long count, String expected) {
    assertEquals(dec(expected), score(VIOLATIONS, "0.5", Observation.count(count)).points());
  }

  @Test
  void score_band_explains() {
    LeafResult r = score(ACHIEVEMENTS, "1", Observation.count(2));
    assertEquals("Số lượng 2 thuộc mức 2 (từ 1): 50 % × 1 = 0,5", r.explanation().sentence().vi());
    assertEquals("Count 2 falls in band 2 (from 1): 50 % of 1 = 0.5",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void check_minNotWhole_isAProblem() {
    List<Problem> problems = check(rule("count-bands", "bands",
        list(band("2.5", "100"), band("-1", "50"), band("0", "0"))));
    assertEquals(List.of("/nodes/0/children/0/rule/bands/0/min",
        "/nodes/0/children/0/rule/bands/1/min"), paths(problems));
    assertEquals("expected a whole number of at least 0, got 2.5", problems.get(0).message());
  }

  @Test
  void check_wholeMinWrittenWithDecimals_isAccepted() {
    // 2.0 is the whole number 2
    assertEquals(List.of(), check(rule("count-bands", "bands",
        list(band("2.0", "100"), band("0", "0")))));
  }

  @Test
  void check_ascendingMinAndLastNotZero_areProblems() {
    List<Problem> problems = check(rule("count-bands", "bands",
        list(band("1", "50"), band("3", "100"), band("2", "0"))));
    // band 1 (3) is not below band 0 (1); band 2 (2) is below band 1 (3) but is last and not 0
    assertEquals(List.of("/nodes/0/children/0/rule/bands/1/min",
        "/nodes/0/children/0/rule/bands/2/min"), paths(problems));
  }

  @Test
  void check_percentOutOfRange_isAProblem() {
    assertEquals(List.of("/nodes/0/children/0/rule/bands/0/percent"),
        paths(check(rule("count-bands", "bands", list(band("0", "100.5"))))));
  }
}
