package io.github.parindex.rules.builtin;

import static io.github.parindex.rules.builtin.Fixtures.band;
import static io.github.parindex.rules.builtin.Fixtures.checkSubmission;
import static io.github.parindex.rules.builtin.Fixtures.dec;
import static io.github.parindex.rules.builtin.Fixtures.fraction;
import static io.github.parindex.rules.builtin.Fixtures.leaf;
import static io.github.parindex.rules.builtin.Fixtures.list;
import static io.github.parindex.rules.builtin.Fixtures.methodology;
import static io.github.parindex.rules.builtin.Fixtures.obj;
import static io.github.parindex.rules.builtin.Fixtures.points;
import static io.github.parindex.rules.builtin.Fixtures.rule;
import static io.github.parindex.rules.builtin.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the framework does for every built-in type: not applicable, override, kinds, unknown types. */
class BuiltInFrameworkTest {
  /** A valid rule of every type, a kind it rejects and the kinds it accepts, as the files name them. */
  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(rule("yes-no"), Observation.count(1), "count",
            "points, yes, notApplicable"),
        Arguments.of(rule("option", "options", obj("A", "100")), Observation.yes(true), "yes",
            "points, option, notApplicable"),
        Arguments.of(rule("rate-linear"), Observation.count(1), "count",
            "points, rate, numerator+denominator, notApplicable"),
        Arguments.of(rule("rate-bands", "bands", list(band("0", "100"))),
            Fixtures.change("2", "1"), "baseline+current",
            "points, rate, numerator+denominator, notApplicable"),
        Arguments.of(rule("count-bands", "bands", list(band("0", "100"))),
            Fixtures.rate("0.5"), "rate", "points, count, notApplicable"),
        Arguments.of(rule("deduction", "perItem", "0.5"), fraction("1", "2"),
            "numerator+denominator", "points, count, notApplicable"),
        Arguments.of(rule("reduction-target", "target", "0.1"), fraction("1", "2"),
            "numerator+denominator", "points, rate, baseline+current, notApplicable"),
        Arguments.of(rule("survey", "options", obj("A", "100")), Observation.option("A"), "option",
            "points, rate, responses, notApplicable"),
        Arguments.of(rule("points"), Observation.yes(true), "yes", "points, notApplicable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void score_notApplicable_isNotApplicableWithZeroPoints(RuleSpec rule) {
    LeafResult r = score(rule, "1.5", Observation.notApplicable());
    assertEquals(Status.NOT_APPLICABLE, r.status());
    assertEquals(Basis.NOT_APPLICABLE, r.basis());
    assertEquals(dec("0.0000"), r.points());
    assertEquals(false, r.applicable());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void score_pointsObservation_isAnOverrideExceptForThePointsType(RuleSpec rule) {
    // 0.5 of 1.5, set directly
    LeafResult r = score(rule, "1.5", points("0.5"));
    assertEquals(dec("0.5000"), r.points());
    assertEquals(rule.type().equals("points") ? Basis.RULE : Basis.OVERRIDE, r.basis());
    assertEquals(Status.PARTIAL, r.status());
  }

  @ParameterizedTest(name = "{0} rejects {2}")
  @MethodSource("types")
  void check_rejectedKind_namesTheKindAndTheAcceptedKinds(RuleSpec rule, Observation rejected,
      String kind, String accepted) {
    List<Problem> problems = checkSubmission(rule, "1.5", rejected);
    assertEquals(List.of(Problem.at("/observations/1.1", "leaf 1.1 (rule " + rule.type()
        + ") does not accept '" + kind + "'; accepted: " + accepted)), problems);
    assertThrows(IllegalArgumentException.class, () -> score(rule, "1.5", rejected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void score_missing_followsThePolicy(RuleSpec rule) {
    var prepared = RuleRegistry.builtIn().prepare(Fixtures.oneLeaf(rule, "1.5"));
    LeafResult zero = prepared.score("1.1", null, MissingPolicy.ZERO);
    assertEquals(dec("0.0000"), zero.points());
    assertEquals(Basis.MISSING_ZERO, zero.basis());
    LeafResult full = prepared.score("1.1", null, MissingPolicy.FULL);
    assertEquals(dec("1.5000"), full.points());
    assertEquals(Status.MISSING, full.status());
    assertThrows(IllegalArgumentException.class,
        () -> prepared.score("1.1", null, MissingPolicy.ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"java.lang.Runtime", "nope", "Rate-Linear"})
  void check_unknownType_isAProblemListingTheKnownTypes(String type) {
    Methodology m = methodology(leaf("1.1", "1", rule("yes-no")), leaf("1.2", "1", rule(type)));
    List<Problem> problems = RuleRegistry.builtIn().check(m);
    assertEquals(List.of(Problem.at("/nodes/0/children/1/rule/type", "unknown rule type '" + type
        + "'; known types: count-bands, deduction, option, points, rate-bands, rate-linear, "
        + "reduction-target, survey, yes-no")), problems);
    ValidationException e = assertThrows(ValidationException.class,
        () -> RuleRegistry.builtIn().prepare(m));
    assertEquals(problems, e.problems());
  }

  @Test
  void all_isTheCatalogueInOrder() {
    List<String> types = BuiltInRules.all().stream().map(RuleEvaluator::type).toList();
    assertEquals(List.of("yes-no", "option", "rate-linear", "rate-bands", "count-bands",
        "deduction", "reduction-target", "survey", "points"), types);
  }

  @Test
  void monotonicity_isDeclaredAsDocumented() {
    Map<String, Monotonicity> declared = new java.util.TreeMap<>();
    BuiltInRules.all().forEach(e -> declared.put(e.type(), e.monotonicity()));
    assertEquals(Map.of(
        "yes-no", Monotonicity.INCREASING,
        "option", Monotonicity.NONE,
        "rate-linear", Monotonicity.INCREASING,
        "rate-bands", Monotonicity.NONE,
        "count-bands", Monotonicity.NONE,
        "deduction", Monotonicity.DECREASING,
        "reduction-target", Monotonicity.INCREASING,
        "survey", Monotonicity.NONE,
        "points", Monotonicity.INCREASING), declared);
  }

  @Test
  void check_bundledMethodologies_haveValidRules() {
    for (Methodology m : BundledMethodologies.all()) {
      assertEquals(List.of(), RuleRegistry.builtIn().check(m), m.id());
    }
  }

  @Test
  void builder_builtInNameTwice_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> RuleRegistry.builder().addBuiltIns().add(BuiltInRules.all().get(0)));
  }
}
