package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeductionRuleTest {
  @ParameterizedTest(name = "perItem 0.25, count {0} -> {1}")
  @CsvSource({
      // 1 − 0.25 × 0 = 1
      "0, 1.0000",
      // 1 − 0.25 × 1 = 0.75
      "1, 0.7500",
      // 1 − 0.25 × 3 = 0.25
      "3, 0.2500",
      // 1 − 0.25 × 4 = 0
      "4, 0.0000",
      // 1 − 0.25 × 10 = −1.5: never below zero
      "10, 0.0000",
      // no overflow: 1 − 0.25 × (2^63 − 1) < 0
      "9223372036854775807, 0.0000"
  })
  void score_perItem_neverBelowZero(long count, String expected) {
    assertEquals(dec(expected), score(rule("deduction", "perItem", "0.25"), "1",
        Observation.count(count)).points());
  }

  @ParameterizedTest(name = "perItemPercent 30 of 1.5, count {0} -> {1}")
  @CsvSource({
      // per item 1.5 × 30 / 100 = 0.45; 1.5 − 0.45 = 1.05
      "1, 1.0500",
      // 1.5 − 0.9 = 0.6
      "2, 0.6000",
      // 1.5 − 1.35 = 0.15
      "3, 0.1500",
      // 1.5 − 1.8 < 0: 0
      "4, 0.0000"
  })
  void score_perItemPercent_isAShareOfTheMaximum(long count, String expected) {
    assertEquals(dec(expected), score(rule("deduction", "perItemPercent", "30"), "1.5",
        Observation.count(count)).points());
  }

  @ParameterizedTest(name = "freeItems 2, perItem 0.5, count {0} -> {1}")
  @CsvSource({
      // max(0, 0 − 2) = 0 charged: 2
      "0, 2.0000",
      // 2 free items cost nothing: 2
      "2, 2.0000",
      // 1 charged: 2 − 0.5 = 1.5
      "3, 1.5000",
      // 3 charged: 2 − 1.5 = 0.5
      "5, 0.5000",
      // 4 charged: 2 − 2 = 0
      "6, 0.0000",
      // 5 charged: 2 − 2.5 < 0: 0
      "7, 0.0000"
  })
  void score_freeItems_costNothing(long count, String expected) {
    assertEquals(dec(expected), score(rule("deduction", "perItem", "0.5", "freeItems", "2"), "2",
        Observation.count(count)).points());
  }

  @Test
  void score_deduction_explains() {
    // 3 items, 1 free: 2 charged × 0.25 = 0.5; 1 − 0.5 = 0.5
    LeafResult r = score(rule("deduction", "perItem", "0.25", "freeItems", "1"), "1",
        Observation.count(3));
    assertEquals(dec("0.5000"), r.points());
    assertEquals(DataValue.decimal(dec("0.5")), r.explanation().intermediates().get("deducted"));
    assertEquals("3 trường hợp, miễn trừ 1: trừ 2 × 0,25 = 0,5 điểm; 1 − 0,5 = 0,5",
        r.explanation().sentence().vi());
    assertEquals("3 items, 1 free: 2 × 0.25 = 0.5 points deducted; 1 − 0.5 = 0.5",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_freeItemsThenAboveMax_isZero() {
    // 6 items, 1 free: 5 × 0.25 = 1.25 deducted; 1 − 1.25 < 0: 0
    LeafResult r = score(rule("deduction", "perItem", "0.25", "freeItems", "1"), "1",
        Observation.count(6));
    assertEquals(dec("0.0000"), r.points());
    assertEquals(DataValue.decimal(dec("1.25")), r.explanation().intermediates().get("deducted"));
    assertEquals(DataValue.decimal(dec("5")), r.explanation().intermediates().get("chargedItems"));
  }

  @Test
  void score_deductionAboveMax_saysZero() {
    // 5 × 0.25 = 1.25 > 1
    LeafResult r = score(rule("deduction", "perItem", "0.25"), "1", Observation.count(5));
    assertEquals(Status.ZERO, r.status());
    assertEquals("5 items: 5 × 0.25 = 1.25 points deducted; 1 − 1.25 is below 0, so 0 points",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void check_bothOrNeither_isAProblem() {
    List<Problem> both = check(rule("deduction", "perItem", "0.25", "perItemPercent", "10"));
    assertEquals(List.of("/nodes/0/children/0/rule/perItemPercent"), paths(both));
    List<Problem> neither = check(rule("deduction", "freeItems", "1"));
    assertEquals(List.of("/nodes/0/children/0/rule/perItem"), paths(neither));
  }

  @Test
  void check_valuesOutOfRange_areProblems() {
    assertEquals(List.of("/nodes/0/children/0/rule/perItem", "/nodes/0/children/0/rule/freeItems"),
        paths(check(rule("deduction", "perItem", "-0.25", "freeItems", "1.5"))));
    assertEquals(List.of("/nodes/0/children/0/rule/perItemPercent",
        "/nodes/0/children/0/rule/freeItems"),
        paths(check(rule("deduction", "perItemPercent", "101", "freeItems", "-1"))));
  }

  @Test
  void check_validParameters_haveNoProblem() {
    RuleSpec zero = rule("deduction", "perItem", "0");
    assertEquals(List.of(), check(zero));
    assertEquals(List.of(), check(rule("deduction", "perItemPercent", "100", "freeItems", "3")));
  }
}
