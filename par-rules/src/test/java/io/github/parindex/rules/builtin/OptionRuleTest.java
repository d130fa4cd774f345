package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.checkSubmission;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.obj;
import static io.github.parindex.rules.builtin.Fixtures.paths;
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
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OptionRuleTest {
  // excellent 100 %, good 75 %, done 50 %, not done 0 %
  private static final RuleSpec GRADES = rule("option", "options",
      obj("A", "100", "B", "75", "C", "50", "D", "0"));

  @ParameterizedTest(name = "option {0} of {1} -> {2}")
  @CsvSource({
      // 2 × 100 / 100 = 2
      "A, 2, 2.0000",
      // 2 × 75 / 100 = 1.5
      "B, 2, 1.5000",
      // 1.25 × 50 / 100 = 0.625
      "C, 1.25, 0.6250",
      // 0.75 × 75 / 100 = 0.5625
      "B, 0.75, 0.5625",
      "D, 2, 0.0000"
  })
  void score_option_isMaxTimesPercent(String key, String max, String expected) {
    assertEquals(dec(expected), score(GRADES, max, Observation.option(key)).points());
  }

  @Test
  void score_option_explains() {
    LeafResult r = score(GRADES, "2", Observation.option("B"));
    assertEquals("Phương án B (75 %): 2 × 75 / 100 = 1,5", r.explanation().sentence().vi());
    assertEquals("Option B (75 %): 2 × 75 / 100 = 1.5",
        r.explanation().sentence().en().orElseThrow());
    assertEquals(DataValue.decimal(dec("75")), r.explanation().intermediates().get("percent"));
  }

  @Test
  void score_unknownKey_isAnInputError() {
    RuleInputException e = assertThrows(RuleInputException.class,
        () -> score(GRADES, "2", Observation.option("E")));
    assertEquals("/option", e.pointer());
    assertEquals("unknown option 'E'; known options: A, B, C, D", e.getMessage());
  }

  @Test
  void check_submissionWithUnknownKey_isAProblemAtTheOption() {
    List<Problem> problems = checkSubmission(GRADES, "2", Observation.option("a"));
    assertEquals(List.of(Problem.at("/observations/1.1/option",
        "unknown option 'a'; known options: A, B, C, D")), problems);
  }

  @Test
  void check_percentOutOfRange_isAProblemAtTheOption() {
    List<Problem> problems = check(rule("option", "options",
        obj("A", "101", "B", "50", "C", "-1")));
    assertEquals(List.of("/nodes/0/children/0/rule/options/A",
        "/nodes/0/children/0/rule/options/C"), paths(problems));
    assertEquals("expected a percent from 0 to 100, got 101", problems.get(0).message());
  }

  @Test
  void check_noOptions_isAProblem() {
    assertEquals(List.of("/nodes/0/children/0/rule/options"), paths(check(rule("option"))));
    assertEquals(List.of("/nodes/0/children/0/rule/options"),
        paths(check(rule("option", "options", obj()))));
    assertEquals(List.of("/nodes/0/children/0/rule/options"),
        paths(check(rule("option", "options", DataValue.text("A=100")))));
  }

  @Test
  void check_keyWithSlash_isEscapedInThePointer() {
    List<Problem> problems = check(rule("option", "options", obj("a/b", "200")));
    assertEquals(List.of("/nodes/0/children/0/rule/options/a~1b"), paths(problems));
  }
}
