package io.github.parindex.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The custom rule found through the service loader, on the example methodology file. */
class CountTargetRuleTest {
  private static final Path FILE = Path.of("data", "custom-rule-methodology.yaml");

  private static Methodology methodology() throws Exception {
    return ParReader.standard().readMethodology(FILE);
  }

  @Test
  void withServiceLoader_findsTheCustomRule() {
    RuleRegistry registry = RuleRegistry.withServiceLoader();
    assertInstanceOf(CountTargetRule.class, registry.find("count-target").orElseThrow());
    // the nine built-in types and this one
    assertEquals(10, registry.types().size());
    assertTrue(RuleRegistry.builtIn().find("count-target").isEmpty());
  }

  @Test
  void check_exampleFile_isValidWithTheServiceLoader() throws Exception {
    assertEquals(List.of(), RuleRegistry.withServiceLoader().check(methodology()));
  }

  @Test
  void check_exampleFile_isRejectedByTheBuiltInRegistryAlone() throws Exception {
    List<Problem> problems = RuleRegistry.builtIn().check(methodology());
    // leaves 1.1, 1.2 and 2.2 use count-target
    assertEquals(List.of("/nodes/0/children/0/rule/type", "/nodes/0/children/1/rule/type",
        "/nodes/1/children/1/rule/type"), problems.stream().map(Problem::path).toList());
  }

  @ParameterizedTest(name = "{0}: count {1} -> {2}")
  @CsvSource({
      // 1.1, max 2, target 12: 2 × 9 / 12 = 1.5
      "1.1, 9, 1.5000",
      // 2 × 12 / 12 = 2, the target
      "1.1, 12, 2.0000",
      // above the target: 2 × min(1, 20 / 12) = 2
      "1.1, 20, 2.0000",
      // 2 × 1 / 12 = 0.1666… -> 0.1667 (HALF_UP, 4 decimals)
      "1.1, 1, 0.1667",
      "1.1, 0, 0.0000",
      // 1.2, max 1, target 2: 1 × 1 / 2 = 0.5
      "1.2, 1, 0.5000",
      // 2.2, max 2, target 4: 2 × 3 / 4 = 1.5
      "2.2, 3, 1.5000"
  })
  void score_count_isMaxTimesShareOfTarget(String code, long count, String expected)
      throws Exception {
    PreparedRules rules = RuleRegistry.withServiceLoader().prepare(methodology());
    LeafResult r = rules.score(code, Observation.count(count), MissingPolicy.ZERO);
    assertEquals(new BigDecimal(expected), r.points());
  }

  @Test
  void score_explains() throws Exception {
    PreparedRules rules = RuleRegistry.withServiceLoader().prepare(methodology());
    LeafResult r = rules.score("1.1", Observation.count(9), MissingPolicy.ZERO);
    assertEquals("Số lượng 9 trên mục tiêu 12: 2 × 9 / 12 = 1,5", r.explanation().sentence().vi());
    assertEquals("Count 9 of the target 12: 2 × 9 / 12 = 1.5",
        r.explanation().sentence().en().orElseThrow());
  }
}
