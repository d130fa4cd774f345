package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.change;
import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.leaf;
import static io.github.parindex.rules.builtin.Fixtures.methodology;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rate;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Status;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReductionTargetRuleTest {
  private static final RuleSpec TEN_PERCENT = rule("reduction-target", "target", "0.10");

  @Test
  void score_rulesExampleRate_isExact() {
    // RULES.md: 4.1.3, max 1, a reduction of 9.278 %: 1 × 0.09278 / 0.10 = 0.9278
    LeafResult r = score(TEN_PERCENT, "1", rate("0.09278"));
    assertEquals(dec("0.9278"), r.points());
    assertEquals(DataValue.decimal(dec("0.09278")),
        r.explanation().intermediates().get("reduction"));
    assertEquals("Mức giảm 9,28 % chưa đạt mục tiêu 10 %: 1 × 9,278 % / 10 % = 0,9278",
        r.explanation().sentence().vi());
    assertEquals("Reduction 9.28 % is below the target 10 %: 1 × 9.278 % / 10 % = 0.9278",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_rulesExampleBaseline_isClampedToMax() {
    // RULES.md: from 56 units down to 50: (56 − 50) / 56 = 6/56 = 0.1071… ≥ 0.10: full, 1
    LeafResult r = score(TEN_PERCENT, "1", change("56", "50"));
    assertEquals(dec("1.0000"), r.points());
    assertEquals(Status.FULL, r.status());
    assertEquals(DataValue.decimal(dec("0.1071428571")),
        r.explanation().intermediates().get("reduction"));
    assertEquals("From 56 to 50: reduction 10.71 % reaches the target 10 %: full marks, 1",
        r.explanation().sentence().en().orElseThrow());
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      // (100 − 95) / 100 = 0.05; 2 × 0.05 / 0.10 = 1
      "100, 95, 1.0000",
      // (100 − 90) / 100 = 0.10 = the target: full, 2
      "100, 90, 2.0000",
      // (40 − 40) / 40 = 0: 0
      "40, 40, 0.0000",
      // (40 − 0) / 40 = 1, above the target: clamped to 2
      "40, 0, 2.0000",
      // current above the baseline: (50 − 56) / 50 = −0.12, clamped to 0
      "50, 56, 0.0000",
      // (12.5 − 11.875) / 12.5 = 0.625 / 12.5 = 0.05: 2 × 0.5 = 1
      "12.5, 11.875, 1.0000",
      // (1000 − 999) / 1000 = 0.001: 2 × 0.001 / 0.1 = 0.02
      "1000, 999, 0.0200"
  })
  void score_baselineCurrent_isClampedReduction(String baseline, String current,
      String expected) {
    assertEquals(dec(expected), score(TEN_PERCENT, "2", change(baseline, current)).points());
  }

  @Test
  void score_growth_saysNotPositive() {
    LeafResult r = score(TEN_PERCENT, "2", change("50", "56"));
    assertEquals(Status.ZERO, r.status());
    assertEquals("Gốc 50, hiện tại 56: mức giảm -12,00 % không dương: 0 điểm",
        r.explanation().sentence().vi());
  }

  @ParameterizedTest(name = "rate {0} -> {1}")
  @CsvSource({
      "0, 0.0000",
      // 0.1 = the target: full
      "0.1, 1.0000",
      // far beyond the target: clamped to 1
      "1, 1.0000",
      // 0.05 / 0.1 = 0.5
      "0.05, 0.5000"
  })
  void score_rate_isTheReduction(String rate, String expected) {
    assertEquals(dec(expected), score(TEN_PERCENT, "1", rate(rate)).points());
  }

  @Test
  void score_reductionWithoutFiniteDecimal_isRoundedOnce() {
    // target 0.5, from 3 to 2: reduction 1/3, share (1/3) / 0.5 = 2/3 = 0.6666…
    RuleSpec half = rule("reduction-target", "target", "0.5");
    assertEquals(dec("0.6667"), score(half, "1", change("3", "2")).points());
    assertEquals(dec("0.6666"), score(methodology(RoundingMode.DOWN, 4, leaf("1.1", "1", half)),
        change("3", "2")).points());
  }

  @Test
  void check_target_isRequiredAndInRange() {
    List<Problem> missing = check(rule("reduction-target"));
    assertEquals(List.of("/nodes/0/children/0/rule/target"), paths(missing));
    assertEquals("required: expected a decimal number", missing.get(0).message());
    assertEquals(List.of("/nodes/0/children/0/rule/target"),
        paths(check(rule("reduction-target", "target", "0"))));
    assertEquals(List.of("/nodes/0/children/0/rule/target"),
        paths(check(rule("reduction-target", "target", "1.5"))));
    assertEquals(List.of(), check(rule("reduction-target", "target", "1")));
  }
}
