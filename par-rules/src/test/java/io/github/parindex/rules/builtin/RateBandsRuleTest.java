package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.band;
import static io.github.parindex.rules.builtin.Fixtures.check;
import static io.github.parindex.rules.builtin.Fixtures.d;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.fraction;
import static io.github.parindex.rules.builtin.Fixtures.leaf;
import static io.github.parindex.rules.builtin.Fixtures.list;
import static io.github.parindex.rules.builtin.Fixtures.methodology;
import static io.github.parindex.rules.builtin.Fixtures.obj;
import static io.github.parindex.rules.builtin.Fixtures.paths;
import static io.github.parindex.rules.builtin.Fixtures.rate;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateBandsRuleTest {
  // 100 % -> full; 90 % to below 100 % -> half; below -> 0 (PAR-INDEX.md §3)
  private static final RuleSpec STEPS = rule("rate-bands", "bands",
      list(band("1", "100"), band("0.9", "50"), band("0", "0")));

  @ParameterizedTest(name = "rate {0} -> {1}")
  @CsvSource({
      // 1 ≥ 1: band 1, 2 × 100 % = 2
      "1, 2.0000",
      // exactly on the edge 0.9: band 2, 2 × 50 % = 1
      "0.9, 1.0000",
      // 0.95: band 2
      "0.95, 1.0000",
      // just below the edge: band 3, 0
      "0.8999, 0.0000",
      // 0 ≥ 0: band 3
      "0, 0.0000"
  })
  void score_rate_takesFirstBandReached(String rate, String expected) {
    assertEquals(dec(expected), score(STEPS, "2", rate(rate)).points());
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
      // 9/10 = 0.9 exactly, on the edge: band 2, 1
      "9, 10, 1.0000",
      // 899/1000 = 0.899 < 0.9: band 3, 0
      "899, 1000, 0.0000",
      // 8999999/9999999 = 0.89999998… < 0.9: band 3 (an exact quotient, never rounded up)
      "8999999, 9999999, 0.0000",
      // 10/10 = 1: band 1, 2
      "10, 10, 2.0000"
  })
  void score_fraction_isAnExactQuotient(String numerator, String denominator, String expected) {
    assertEquals(dec(expected), score(STEPS, "2", fraction(numerator, denominator)).points());
  }

  @Test
  void score_band_explains() {
    LeafResult r = score(STEPS, "2", rate("0.95"));
    assertEquals(Map.of("rate", DataValue.decimal(dec("0.95")), "band", DataValue.decimal(dec("2")),
        "bandMin", DataValue.decimal(dec("0.9")), "percent", DataValue.decimal(dec("50")),
        "share", DataValue.decimal(dec("0.5"))), r.explanation().intermediates());
    assertEquals("Tỷ lệ 95,00 % thuộc mức 2 (từ 90 %): 50 % × 2 = 1", r.explanation().sentence().vi());
    assertEquals("Rate 95.00 % falls in band 2 (from 90 %): 50 % of 2 = 1",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_percentsNotDescending_areAllowed() {
    // a band that rewards a low rate: 0.2 < 0.5, so band 2, 1.5 × 100 % = 1.5
    RuleSpec low = rule("rate-bands", "bands", list(band("0.5", "0"), band("0", "100")));
    assertEquals(dec("1.5000"), score(low, "1.5", rate("0.2")).points());
    // 0.5 ≥ 0.5: band 1, 0
    assertEquals(dec("0.0000"), score(low, "1.5", rate("0.5")).points());
  }

  @Test
  void score_oneBand_coversEveryRate() {
    // a single band from 0 at 40 %: 2.5 × 40 % = 1
    RuleSpec one = rule("rate-bands", "bands", list(band("0", "40")));
    assertEquals(dec("1.0000"), score(one, "2.5", rate("0.3")).points());
  }

  @Test
  void check_minNotDescending_isAProblemAtThatBand() {
    RuleSpec bad = rule("rate-bands", "bands",
        list(band("1", "100"), band("1", "50"), band("0", "0")));
    // the bad rule sits on the second leaf: /nodes/0/children/1
    List<Problem> problems = RuleRegistry.builtIn().check(methodology(
        leaf("1.1", "1", rule("yes-no")), leaf("1.2", "2", bad)));
    assertEquals(List.of("/nodes/0/children/1/rule/bands/1/min"), paths(problems));
    assertEquals("bands must be ordered with strictly descending min: 1 is not below 1",
        problems.get(0).message());
  }

  @Test
  void check_lastMinNotZero_isAProblemAtTheLastBand() {
    List<Problem> problems = check(rule("rate-bands", "bands",
        list(band("1", "100"), band("0.5", "50"))));
    assertEquals(List.of("/nodes/0/children/0/rule/bands/1/min"), paths(problems));
    assertEquals("the last band's min must be 0, so that every rate falls in a band; got 0.5",
        problems.get(0).message());
  }

  @Test
  void check_everyBandProblem_isReported() {
    List<Problem> problems = check(rule("rate-bands", "bands", list(
        band("-0.5", "100"),
        obj("min", "0.5", "percent", "120", "label", DataValue.text("half")),
        d("7"),
        band("0.2", "0"))));
    // min -0.5 < 0 (a min above 1 is valid, CYCLE.md §1); percent 120 > 100; an item that is not an object; the last min 0.2 is not 0;
    // an unknown key in a band (the order of the problems is not promised)
    assertEquals(Set.of(
        "/nodes/0/children/0/rule/bands/0/min",
        "/nodes/0/children/0/rule/bands/1/percent",
        "/nodes/0/children/0/rule/bands/2",
        "/nodes/0/children/0/rule/bands/3/min",
        "/nodes/0/children/0/rule/bands/1/label"), Set.copyOf(paths(problems)));
    assertEquals(5, problems.size());
  }

  @Test
  void check_emptyOrMissingBands_isAProblem() {
    assertEquals(List.of("/nodes/0/children/0/rule/bands"),
        paths(check(rule("rate-bands", "bands", list()))));
    assertEquals(List.of("/nodes/0/children/0/rule/bands"), paths(check(rule("rate-bands"))));
    assertEquals(List.of("/nodes/0/children/0/rule/bands"),
        paths(check(rule("rate-bands", "bands", obj("min", "0")))));
  }

  @Test
  void check_validBands_haveNoProblem() {
    assertEquals(List.of(), check(STEPS));
  }
}
