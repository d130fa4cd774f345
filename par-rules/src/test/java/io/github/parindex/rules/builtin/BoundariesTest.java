package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.change;
import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.obj;
import static io.github.parindex.rules.builtin.Fixtures.rate;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules exactly at their boundaries — a rate equal to its target, a reduction of
 * nothing or exactly the target, deductions that use up the maximum exactly, parameters at the edge of
 * their range — and the texts of explanations at the number of decimals they show. Each expected
 * sentence and value is worked out by hand.
 */
class BoundariesTest {
  private static final String AT = "/nodes/0/children/0/rule";

  @Test
  void rateLinear_rateEqualToTheTarget_earnsFullMarksAndSaysSo() {
    LeafResult r = score(rule("rate-linear", "target", "0.8"), "2", rate("0.8"));
    assertEquals(dec("2.0000"), r.points());
    assertEquals(LocalizedText.of("Tỷ lệ 80,00 % đạt mục tiêu 80 %: đạt điểm tối đa 2",
        "Rate 80.00 % reaches the target 80 %: full marks, 2"), r.explanation().sentence());
  }

  @Test
  void reductionTarget_noReduction_isNotPositive() {
    LeafResult r = score(rule("reduction-target", "target", "0.2"), "3", change("10", "10"));
    assertEquals(dec("0.0000"), r.points());
    assertEquals(LocalizedText.of("Gốc 10, hiện tại 10: mức giảm 0,00 % không dương: 0 điểm",
        "From 10 to 10: reduction 0.00 % is not positive: 0 points"), r.explanation().sentence());
  }

  @Test
  void reductionTarget_reductionEqualToTheTarget_earnsFullMarksAndSaysSo() {
    // (10 − 8) / 10 = 0.2, the target: 3 points.
    LeafResult r = score(rule("reduction-target", "target", "0.2"), "3", change("10", "8"));
    assertEquals(dec("3.0000"), r.points());
    assertEquals(LocalizedText.of("Gốc 10, hiện tại 8: mức giảm 20,00 % đạt mục tiêu 20 %: đạt điểm tối đa 3",
        "From 10 to 8: reduction 20.00 % reaches the target 20 %: full marks, 3"),
        r.explanation().sentence());
  }

  @Test
  void deduction_deductionsUsingUpTheMaximumExactly_leaveZeroWithoutGoingBelow() {
    // 4 × 0.25 = 1 = the maximum: 1 − 1 = 0, not "below 0".
    LeafResult r = score(rule("deduction", "perItem", "0.25"), "1", Observation.count(4));
    assertEquals(dec("0.0000"), r.points());
    assertEquals(LocalizedText.of("4 trường hợp: trừ 4 × 0,25 = 1 điểm; 1 − 1 = 0",
        "4 items: 4 × 0.25 = 1 points deducted; 1 − 1 = 0"), r.explanation().sentence());
  }

  @Test
  void deduction_asManyItemsAsAreFree_deductsNothing() {
    LeafResult r = score(rule("deduction", "perItem", "0.25", "freeItems", "2"), "1",
        Observation.count(2));
    assertEquals(dec("1.0000"), r.points());
    assertEquals("2 items, 2 free: 0 × 0.25 = 0 points deducted; 1 − 0 = 1",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void deduction_perItem_mustBeAtLeastZero() {
    assertEquals(List.of(Problem.at(AT + "/perItem", "expected a value of at least 0, got -0.5")),
        check(rule("deduction", "perItem", "-0.5")));
    assertEquals(List.of(), check(rule("deduction", "perItem", "0")));
  }

  @Test
  void rangeProblems_sayWhetherEachBoundIsIncluded() {
    // target: above 0 (excluded), at most 1 (included).
    assertEquals(List.of(Problem.at(AT + "/target", "expected a value above 0 and at most 1, got 0")),
        check(rule("reduction-target", "target", "0")));
    // floor: at least 0 (included), below the target (excluded; the default target is 1).
    assertEquals(List.of(Problem.at(AT + "/floor", "expected a floor below the target 1, got 1")),
        check(rule("rate-linear", "floor", "1")));
    assertEquals(List.of(), check(rule("reduction-target", "target", "1")));
    assertEquals(List.of(), check(rule("rate-linear", "floor", "0")));
  }

  @Test
  void option_blankKey_isAProblem() {
    assertEquals(List.of(Problem.at(AT + "/options/ ", "an option key must not be blank")),
        check(rule("option", "options", obj(" ", "50", "A", "100"))));
  }

  @Test
  void option_withoutOptions_isOneProblem() {
    List<Problem> problems = check(rule("option"));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(AT + "/options", problems.get(0).path());
  }

  @Test
  void text_showsTenDecimalsExactlyAndRoundsBeyond() {
    // 1/1024 = 0.0009765625: ten decimals, shown exactly.
    assertEquals("0.0009765625", Text.en(Ratio.of(1, 1024)));
    assertEquals("0,0009765625", Text.vi(Ratio.of(1, 1024)));
    // 1/2048 = 0.00048828125: eleven decimals, shown rounded to ten, with an ellipsis.
    assertEquals("0.0004882813…", Text.en(Ratio.of(1, 2048)));
    assertEquals("0.3333333333…", Text.en(Ratio.of(1, 3)));
    assertEquals("42", Text.en(42L));
    assertEquals("100", Text.en(dec("1E+2")));
    assertEquals("1,5", Text.vi(dec("1.50")));
  }
}
