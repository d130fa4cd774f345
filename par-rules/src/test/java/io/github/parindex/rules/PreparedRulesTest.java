package io.github.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Role;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * {@link PreparedRules} on a small hand-made methodology: what every rule type shares (the override,
 * not applicable, the missing policies, BONUS parts, the range check and the one rounding), the
 * checks of a submission, and the inputs recorded in explanations. Expected values are worked out by
 * hand in the comments.
 */
class PreparedRulesTest {
  /*
   * Field 1 (max 4.5 = 2 + 1 + 1 + 0.5 unitemised): 1.1 yes-no (2), 1.2 option A 100 / B 50 (1),
   * 1.3 rate-linear (1, not applicable not allowed). Field 2 (max 1): 2.1 rate-linear.
   * Bonus B (max 1): B.1 yes-no. Total maximum 5.5. Four decimals, HALF_UP.
   */
  private static final Methodology M = methodology();
  private static final PreparedRules RULES = RuleRegistry.builtIn().prepare(M);

  private static Methodology methodology() {
    Node l11 = leaf("1.1", "2", RuleSpec.of("yes-no", Map.of())).build();
    Map<String, DataValue> options = new LinkedHashMap<>();
    options.put("A", DataValue.decimal("100"));
    options.put("B", DataValue.decimal("50"));
    Node l12 = leaf("1.2", "1", RuleSpec.of("option", Map.of("options", DataValue.map(options))))
        .build();
    Node l13 = leaf("1.3", "1", RuleSpec.of("rate-linear", Map.of())).allowNotApplicable(false)
        .build();
    Node field1 = Node.builder().code("1").name(LocalizedText.of("Lĩnh vực 1"))
        .maxPoints(new BigDecimal("4.5")).unitemisedPoints(new BigDecimal("0.5"))
        .addChildren(l11, l12, l13).build();
    Node field2 = Node.builder().code("2").name(LocalizedText.of("Lĩnh vực 2"))
        .maxPoints(BigDecimal.ONE)
        .addChildren(leaf("2.1", "1", RuleSpec.of("rate-linear", Map.of())).build()).build();
    Node bonus = Node.builder().code("B").name(LocalizedText.of("Điểm thưởng")).role(Role.BONUS)
        .maxPoints(BigDecimal.ONE)
        .addChildren(leaf("B.1", "1", RuleSpec.of("yes-no", Map.of())).role(Role.BONUS).build())
        .build();
    return Methodology.builder().id("test").title(LocalizedText.of("Thử")).validFrom(2020)
        .maxPoints(new BigDecimal("5.5")).pointDecimals(4).rounding(RoundingMode.HALF_UP)
        .addNodes(field1, field2, bonus).build();
  }

  private static Node.Builder leaf(String code, String max, RuleSpec rule) {
    return Node.builder().code(code).name(LocalizedText.of("Tiêu chí " + code))
        .maxPoints(new BigDecimal(max)).rule(rule);
  }

  private static Submission.Builder submission() {
    return Submission.builder().methodology("test").year(2023).unit(Unit.of("u"));
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  // ---- accessors -----------------------------------------------------------------------------

  @Test
  void accessors_giveTheMethodologyAndEachLeafsRule() {
    assertSame(M, RULES.methodology());
    assertEquals("yes-no", RULES.evaluator("1.1").type());
    assertEquals("option", RULES.evaluator("1.2").type());
    // The prepared rule itself scores: option B is 50 % of 1.
    assertEquals(0, RULES.rule("1.2").evaluate(Observation.option("B")).points()
        .compareTo(Ratio.of(dec("0.5"))));
    assertEquals(EnumSet.of(ObservationKind.POINTS, ObservationKind.YES,
        ObservationKind.NOT_APPLICABLE), RULES.acceptedKinds("1.1"));
    NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> RULES.rule("1"));
    assertEquals("no leaf '1' in methodology test", e.getMessage());
    assertThrows(NoSuchElementException.class, () -> RULES.evaluator("9.9"));
  }

  // ---- scoring ---------------------------------------------------------------------------------

  @Test
  void score_ruleAtZeroAndAtTheMaximum_isInRangeWithItsStatus() {
    LeafResult no = RULES.score("1.1", Observation.yes(false), MissingPolicy.ZERO);
    assertEquals(dec("0.0000"), no.points());
    assertEquals(Status.ZERO, no.status());
    assertEquals(Basis.RULE, no.basis());
    LeafResult yes = RULES.score("1.1", Observation.yes(true), MissingPolicy.ZERO);
    assertEquals(dec("2.0000"), yes.points());
    assertEquals(Status.FULL, yes.status());
    // 2/3 of 1 = 0.66666… → 0.6667 (HALF_UP, 4 decimals), PARTIAL.
    LeafResult third = RULES.score("2.1", Observation.fraction(dec("2"), dec("3")),
        MissingPolicy.ZERO);
    assertEquals(dec("0.6667"), third.points());
    assertEquals(Status.PARTIAL, third.status());
  }

  @Test
  void score_override_isRoundedOnceAndExplained() {
    LeafResult r = RULES.score("1.1", Observation.points(dec("1.5")), MissingPolicy.ZERO);
    assertEquals(dec("1.5000"), r.points());
    assertEquals(Status.PARTIAL, r.status());
    assertEquals(Basis.OVERRIDE, r.basis());
    assertEquals(LocalizedText.of("Điểm do thẩm định ấn định: 1.5 / 2",
        "Points set directly (appraiser's override): 1.5 of 2"), r.explanation().sentence());
    assertEquals(Map.of("points", DataValue.decimal(dec("1.5"))), r.explanation().inputs());
    // 0.12345 → 0.1235 (HALF_UP); the whole maximum is FULL.
    assertEquals(dec("0.1235"), RULES.score("1.1", Observation.points(dec("0.12345")),
        MissingPolicy.ZERO).points());
    assertEquals(Status.FULL, RULES.score("1.1", Observation.points(dec("2")), MissingPolicy.ZERO)
        .status());
    assertEquals(Status.ZERO, RULES.score("1.1", Observation.points(dec("0")), MissingPolicy.ZERO)
        .status());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RULES.score("1.1", Observation.points(dec("2.5")), MissingPolicy.ZERO));
    assertEquals("points 2.5 above the maximum 2 of leaf 1.1", e.getMessage());
  }

  @Test
  void score_overrideOfAWholeHundred_isWrittenWithoutExponent() {
    Methodology m = Methodology.builder().id("big").title(LocalizedText.of("Thử"))
        .validFrom(2020).maxPoints(dec("200")).addNodes(Node.builder().code("1")
            .name(LocalizedText.of("Lĩnh vực 1")).maxPoints(dec("200"))
            .rule(RuleSpec.of("yes-no", Map.of())).build()).build();
    LeafResult r = RuleRegistry.builtIn().prepare(m).score("1", Observation.points(dec("100")),
        MissingPolicy.ZERO);
    // 100 and 200, never 1E+2.
    assertEquals("Points set directly (appraiser's override): 100 of 200",
        r.explanation().sentence().en().orElseThrow());
  }

  @Test
  void score_notApplicable_isZeroOutOfTheMaximumWhereAllowed() {
    LeafResult r = RULES.score("1.1", Observation.notApplicable(), MissingPolicy.ZERO);
    assertEquals(dec("0.0000"), r.points());
    assertEquals(Status.NOT_APPLICABLE, r.status());
    assertEquals(Basis.NOT_APPLICABLE, r.basis());
    assertEquals(Map.of("notApplicable", DataValue.bool(true)), r.explanation().inputs());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RULES.score("1.3", Observation.notApplicable(), MissingPolicy.ZERO));
    assertEquals("leaf 1.3 may not be not applicable", e.getMessage());
  }

  @Test
  void score_noObservation_followsThePolicy() {
    LeafResult full = RULES.score("1.1", null, MissingPolicy.FULL);
    assertEquals(dec("2.0000"), full.points());
    assertEquals(Status.MISSING, full.status());
    assertEquals(Basis.MISSING_FULL, full.basis());
    LeafResult zero = RULES.score("1.1", null, MissingPolicy.ZERO);
    assertEquals(dec("0.0000"), zero.points());
    assertEquals(Status.MISSING, zero.status());
    assertEquals(Basis.MISSING_ZERO, zero.basis());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RULES.score("1.1", null, MissingPolicy.ERROR));
    assertEquals("no observation for leaf 1.1 under the ERROR missing policy", e.getMessage());
    // A BONUS part without data earns nothing, whatever the policy.
    for (MissingPolicy policy : MissingPolicy.values()) {
      LeafResult bonus = RULES.score("B.1", null, policy);
      assertEquals(dec("0.0000"), bonus.points(), policy::name);
      assertEquals(Basis.NO_BONUS_OR_PENALTY, bonus.basis(), policy::name);
      assertEquals(Status.ZERO, bonus.status(), policy::name);
    }
  }

  @Test
  void score_kindTheRuleDoesNotAccept_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RULES.score("1.1", Observation.count(3), MissingPolicy.ZERO));
    assertEquals("leaf 1.1 (rule yes-no) does not accept 'count'", e.getMessage());
  }

  // ---- checking a submission -----------------------------------------------------------------

  @Test
  void check_errorPolicy_listsEveryStandardLeafAndRemainderWithoutData() {
    List<Problem> problems = RULES.check(submission().missing(MissingPolicy.ERROR).build());
    // B.1 is a BONUS leaf: no data is fine. Document order: 1 (its remainder), 1.1, 1.2, 1.3, 2.1.
    assertEquals(List.of(
        Problem.at("/unitemised", "no points for the unitemised remainder of 1 (missing: ERROR)"),
        Problem.at("/observations", "no observation for leaf 1.1 (missing: ERROR)"),
        Problem.at("/observations", "no observation for leaf 1.2 (missing: ERROR)"),
        Problem.at("/observations", "no observation for leaf 1.3 (missing: ERROR)"),
        Problem.at("/observations", "no observation for leaf 2.1 (missing: ERROR)")), problems);
  }

  @Test
  void check_errorPolicy_skipsWhatIsDeclaredUnknownAndWhatHasData() {
    List<Problem> problems = RULES.check(submission().missing(MissingPolicy.ERROR)
        .addUnknown("2").putObservations("1.1", Observation.yes(true))
        .putObservations("1.3", Observation.rate(dec("0.5")))
        .putUnitemised("1", dec("0.25")).build());
    assertEquals(List.of(
        Problem.at("/observations", "no observation for leaf 1.2 (missing: ERROR)")), problems);
    // Under another policy nothing is missing.
    assertEquals(List.of(), RULES.check(submission().missing(MissingPolicy.ZERO).build()));
  }

  @Test
  void check_observationOfAKindTheRuleDoesNotAccept_listsTheAcceptedKinds() {
    List<Problem> problems = RULES.check(submission()
        .putObservations("1.1", Observation.rate(dec("0.5"))).build());
    assertEquals(List.of(Problem.at("/observations/1.1",
        "leaf 1.1 (rule yes-no) does not accept 'rate'; accepted: points, yes, notApplicable")),
        problems);
  }

  @Test
  void check_observationTheRuleCannotScore_isAProblemAtItsMember() {
    List<Problem> problems = RULES.check(submission()
        .putObservations("1.2", Observation.option("C"))
        .putObservations("1.1", Observation.points(dec("1"))).build());
    assertEquals(List.of(Problem.at("/observations/1.2/option",
        "unknown option 'C'; known options: A, B")), problems);
  }

  // ---- inputs in explanations ----------------------------------------------------------------

  @Test
  void inputs_nameEachObservationAsWrittenInFiles() {
    assertEquals(Map.of("yes", DataValue.bool(false)),
        PreparedRules.inputs(Observation.yes(false)));
    assertEquals(Map.of("rate", DataValue.decimal(dec("0.25"))),
        PreparedRules.inputs(Observation.rate(dec("0.25"))));
    assertEquals(Map.of("numerator", DataValue.decimal(dec("3")),
        "denominator", DataValue.decimal(dec("4"))),
        PreparedRules.inputs(Observation.fraction(dec("3"), dec("4"))));
    assertEquals(Map.of("count", DataValue.decimal(dec("7"))),
        PreparedRules.inputs(Observation.count(7)));
    assertEquals(Map.of("option", DataValue.text("B")),
        PreparedRules.inputs(Observation.option("B")));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("A", 3L);
    counts.put("B", 1L);
    assertEquals(Map.of("responses", DataValue.map(Map.of("A", DataValue.decimal(dec("3")),
        "B", DataValue.decimal(dec("1"))))), PreparedRules.inputs(Observation.responses(counts)));
    assertEquals(Map.of("baseline", DataValue.decimal(dec("10")),
        "current", DataValue.decimal(dec("8"))),
        PreparedRules.inputs(Observation.change(dec("10"), dec("8"))));
  }

  @Test
  void score_byRule_recordsInputsAndParameters() {
    LeafResult r = RULES.score("1.2", Observation.option("B"), MissingPolicy.ZERO);
    assertEquals(dec("0.5000"), r.points());
    assertEquals(Map.of("option", DataValue.text("B")), r.explanation().inputs());
    assertEquals(M.requireNode("1.2").rule().orElseThrow().parameters(),
        r.explanation().parameters());
    assertEquals("option", r.explanation().ruleType());
  }
}
