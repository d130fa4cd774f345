package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.checkSubmission;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.leaf;
import static io.github.parindex.rules.builtin.Fixtures.methodology;
import static io.github.parindex.rules.builtin.Fixtures.obj;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rate;
import static io.github.parindex.rules.builtin.Fixtures.responses;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.RuleInputException;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyRuleTest {
  private static final RuleSpec ABCD = rule("survey", "options",
      obj("A", "100", "B", "60", "C", "20", "D", "0"));
  private static final Observation RULES_RESPONSES = responses("A", 120, "B", 30, "C", 5, "D", 1);

  @Test
  void score_rulesExample_isExact() {
    // RULES.md: Σ count = 156; Σ count × percent = 12000 + 1800 + 100 + 0 = 13900;
    // 2 × 13900 / (100 × 156) = 27800 / 15600 = 1.78205128… -> 1.7821
    LeafResult r = score(ABCD, "2", RULES_RESPONSES);
    assertEquals(dec("1.7821"), r.points());
    assertEquals(DataValue.decimal(dec("156")), r.explanation().intermediates().get("total"));
    assertEquals(DataValue.decimal(dec("13900")), r.explanation().intermediates().get("weighted"));
    assertEquals("156 phiếu, Σ(số phiếu × %) = 13900: 2 × 13900 / (100 × 156) = 1,7820512821…",
        r.explanation().sentence().vi());
    assertEquals("156 responses, Σ(count × %) = 13900: 2 × 13900 / (100 × 156) = 1.7820512821…",
        r.explanation().sentence().en().orElseThrow());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // 1.78205128…: not a tie; HALF_UP and HALF_EVEN 1.7821, DOWN 1.7820
      "HALF_UP, 1.7821",
      "HALF_EVEN, 1.7821",
      "DOWN, 1.7820"
  })
  void score_rulesExample_roundsWithTheMethodologyMode(RoundingMode mode, String expected) {
    assertEquals(dec(expected),
        score(methodology(mode, 4, leaf("1.1", "2", ABCD)), RULES_RESPONSES).points());
  }

  @Test
  void score_zeroCounts_countForNothing() {
    // A 0, B 10, C 0, D 0: Σ = 10, Σ count × percent = 600: 2 × 600 / 1000 = 1.2
    assertEquals(dec("1.2000"), score(ABCD, "2", responses("A", 0, "B", 10, "C", 0, "D", 0))
        .points());
    // only D answers: 2 × 0 / 500 = 0
    assertEquals(dec("0.0000"), score(ABCD, "2", responses("A", 0, "D", 5)).points());
    // only A answers: 2 × 300 / 300 = 2
    assertEquals(dec("2.0000"), score(ABCD, "2", responses("A", 3)).points());
  }

  @Test
  void score_rate_isTheShareSatisfied() {
    // SIPAS 91.17 % on a 10-point leaf: 10 × 0.9117 = 9.117
    assertEquals(dec("9.1170"), score(ABCD, "10", rate("0.9117")).points());
    // shown with 2 decimals: 9.117 -> 9.12 (PAR-INDEX.md §3)
    assertEquals(dec("9.12"),
        score(methodology(RoundingMode.HALF_UP, 2, leaf("1.1", "10", ABCD)), rate("0.9117"))
            .points());
    // without options a rate is fine: 2 × 0.5 = 1
    assertEquals(dec("1.0000"), score(rule("survey"), "2", rate("0.5")).points());
  }

  @Test
  void score_responsesWithoutOptions_isAnInputError() {
    RuleInputException e = assertThrows(RuleInputException.class,
        () -> score(rule("survey"), "2", RULES_RESPONSES));
    assertEquals("/responses", e.pointer());
    List<Problem> problems = checkSubmission(rule("survey"), "2", RULES_RESPONSES);
    assertEquals(List.of("/observations/1.1/responses"), paths(problems));
  }

  @Test
  void check_submissionWithUnknownResponseKey_isAProblemAtTheKey() {
    List<Problem> problems = checkSubmission(ABCD, "2", responses("A", 1, "E", 2));
    assertEquals(List.of(Problem.at("/observations/1.1/responses/E",
        "response option 'E' has no percent in this survey rule; its options: A, B, C, D")),
        problems);
  }

  @Test
  void check_percentOutOfRange_isAProblem() {
    assertEquals(List.of("/nodes/0/children/0/rule/options/A"),
        paths(check(rule("survey", "options", obj("A", "150", "B", "0")))));
    assertEquals(List.of(), check(rule("survey")));
    assertEquals(List.of(), check(ABCD));
  }
}
