package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.d;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.fraction;
import static io.github.parindex.rules.builtin.Fixtures.leaf;
import static io.github.parindex.rules.builtin.Fixtures.methodology;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rate;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Status;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLinearRuleTest {
  private static final RuleSpec TARGET_1 = rule("rate-linear", "target", "1");

  @Test
  void score_rulesExample_isExact() {
    // RULES.md: 3.4.1, max 1.5, 9984 of 10000 on time: 1.5 × 9984/10000 = 1.5 × 0.9984 = 1.4976
    LeafResult r = score(TARGET_1, "1.5", fraction("9984", "10000"));
    assertEquals(dec("1.4976"), r.points());
    assertEquals(Status.PARTIAL, r.status());
    assertEquals(Basis.RULE, r.basis());
    assertEquals(DataValue.decimal(dec("0.9984")), r.explanation().intermediates().get("rate"));
    assertEquals("Tỷ lệ 9984/10000 = 99,84 % chưa đạt mục tiêu 100 %: 1,5 × 9984/10000 = 1,4976",
        r.explanation().sentence().vi());
    assertEquals("Rate 9984/10000 = 99.84 % is below the target 100 %: 1.5 × 9984/10000 = 1.4976",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_rateInsteadOfFraction_isTheSame() {
    // 1.5 × 0.9984 = 1.4976, with the default target 1
    assertEquals(dec("1.4976"), score(rule("rate-linear"), "1.5", rate("0.9984")).points());
  }

  @ParameterizedTest(name = "rate {0}, max {1} -> {2}")
  @CsvSource({
      // rate 0: 1.5 × 0 = 0
      "0, 1.5, 0.0000",
      // rate 1 = target: full
      "1, 1.5, 1.5000",
      // 2 × 0.5 = 1
      "0.5, 2, 1.0000",
      // 1 × 1/3 would not be finite, but 0.3333 as declared: 1 × 0.3333 = 0.3333
      "0.3333, 1, 0.3333"
  })
  void score_defaultTarget_isMaxTimesRate(String rate, String max, String expected) {
    assertEquals(dec(expected), score(rule("rate-linear"), max, rate(rate)).points());
  }

  @Test
  void score_fractionWithoutFiniteDecimal_isRoundedOnce() {
    // 2/3 of 1 point = 0.666666…: HALF_UP -> 0.6667, DOWN -> 0.6666
    assertEquals(dec("0.6667"), score(rule("rate-linear"), "1", fraction("2", "3")).points());
    Methodology down = methodology(RoundingMode.DOWN, 4, leaf("1.1", "1", rule("rate-linear")));
    assertEquals(dec("0.6666"), score(down, fraction("2", "3")).points());
  }

  @ParameterizedTest(name = "target 0.8, rate {0} -> {1}")
  @CsvSource({
      // 2 × 0.6 / 0.8 = 1.2 / 0.8 = 1.5
      "0.6, 1.5000",
      // exactly at the target: 2 × 0.8 / 0.8 = 2
      "0.8, 2.0000",
      // above the target: 2 × min(1, 0.9 / 0.8) = 2
      "0.9, 2.0000",
      // 2 × 0.1 / 0.8 = 0.25
      "0.1, 0.2500",
      "0, 0.0000"
  })
  void score_target_reachesFullAtTarget(String rate, String expected) {
    assertEquals(dec(expected), score(rule("rate-linear", "target", "0.8"), "2", rate(rate))
        .points());
  }

  @ParameterizedTest(name = "floor 0.5, rate {0} -> {1}")
  @CsvSource({
      // below the floor: 0
      "0.4999, 0.0000",
      // on the floor: not below it, so 1 × 0.5 / 1 = 0.5
      "0.5, 0.5000",
      // 1 × 0.75 = 0.75
      "0.75, 0.7500",
      "0, 0.0000",
      "1, 1.0000"
  })
  void score_floor_isZeroBelowIt(String rate, String expected) {
    assertEquals(dec(expected), score(rule("rate-linear", "floor", "0.5"), "1", rate(rate))
        .points());
  }

  @Test
  void score_belowFloor_saysSo() {
    LeafResult r = score(rule("rate-linear", "floor", "0.5"), "1", rate("0.25"));
    assertEquals("Tỷ lệ 25,00 % dưới ngưỡng 50 %: 0 điểm", r.explanation().sentence().vi());
    assertEquals("Rate 25.00 % is below the floor 50 %: 0 points",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_floorAndTarget_combine() {
    // floor 0.5, target 0.8, max 1.6: 0.6 ≥ 0.5, so 1.6 × 0.6 / 0.8 = 0.96 / 0.8 = 1.2
    RuleSpec r = rule("rate-linear", "target", "0.8", "floor", "0.5");
    assertEquals(dec("1.2000"), score(r, "1.6", rate("0.6")).points());
    // 0.45 < 0.5: 0
    assertEquals(dec("0.0000"), score(r, "1.6", rate("0.45")).points());
  }

  @Test
  void score_parametersAsText_areExactDecimals() {
    // "0.8" as a string: 2 × 0.6 / 0.8 = 1.5
    RuleSpec r = rule("rate-linear", "target", DataValue.text("0.8"));
    assertEquals(dec("1.5000"), score(r, "2", rate("0.6")).points());
  }

  @ParameterizedTest(name = "{0}: rate {1} -> {2}")
  @CsvSource({
      // 1 × 0.12345 = 0.12345: a tie at the 5th decimal after an even 4
      "HALF_UP, 0.12345, 0.1235",
      "HALF_EVEN, 0.12345, 0.1234",
      "DOWN, 0.12345, 0.1234",
      // 0.12355: a tie after an odd 5
      "HALF_UP, 0.12355, 0.1236",
      "HALF_EVEN, 0.12355, 0.1236",
      "DOWN, 0.12355, 0.1235",
      // 0.99999: not a tie, HALF modes round up to 1, DOWN keeps 0.9999
      "HALF_UP, 0.99999, 1.0000",
      "HALF_EVEN, 0.99999, 1.0000",
      "DOWN, 0.99999, 0.9999"
  })
  void score_roundingMode_decidesTies(RoundingMode mode, String rate, String expected) {
    Methodology m = methodology(mode, 4, leaf("1.1", "1", rule("rate-linear")));
    assertEquals(dec(expected), score(m, rate(rate)).points());
  }

  @Test
  void score_twoPointDecimals_roundsOnce() {
    // 1.5 × 0.9984 = 1.4976 -> 1.50 at 2 decimals (never 1.4976 -> 1.498 -> 1.50 in steps)
    Methodology m = methodology(RoundingMode.HALF_UP, 2, leaf("1.1", "1.5", TARGET_1));
    assertEquals(dec("1.50"), score(m, rate("0.9984")).points());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "target 0 | target | 0 | /target",
      "negative target | target | -1.1 | /target",
      "negative floor | floor | -0.1 | /floor",
      "floor 1 | floor | 1 | /floor"
  })
  void check_parameterOutOfRange_isAProblem(String name, String param, String value,
      String pointer) {
    List<Problem> problems = check(rule("rate-linear", param, value));
    assertEquals(List.of("/nodes/0/children/0/rule" + pointer), paths(problems));
  }

  @Test
  void check_floorNotBelowTarget_isAProblem() {
    List<Problem> problems = check(rule("rate-linear", "target", "0.5", "floor", "0.5"));
    assertEquals(List.of("/nodes/0/children/0/rule/floor"), paths(problems));
    assertEquals("expected a floor below the target 0.5, got 0.5", problems.get(0).message());
  }

  @Test
  void check_everyProblem_isReportedAtOnce() {
    RuleSpec bad = RuleSpec.of("rate-linear", Map.of("target", DataValue.text("high"),
        "flor", d("0.1")));
    List<Problem> problems = check(bad);
    assertEquals(List.of("/nodes/0/children/0/rule/target", "/nodes/0/children/0/rule/flor"),
        paths(problems));
    assertEquals("expected a decimal number, got a text", problems.get(0).message());
    assertEquals("unknown parameter 'flor'; expected one of: target, floor",
        problems.get(1).message());
  }

  @Test
  void check_validParameters_haveNoProblem() {
    assertEquals(List.of(), check(rule("rate-linear", "target", "0.8", "floor", "0.5")));
    assertEquals(List.of(), check(rule("rate-linear")));
  }
}
