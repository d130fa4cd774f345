package io.github.parindex.rules.builtin;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small methodologies built by hand, and ways to score and check them through the registry. */
final class Fixtures {
  static final String ID = "test-rules";
  static final int YEAR = 2024;

  private Fixtures() {}

  static DataValue d(String value) {
    return DataValue.decimal(value);
  }

  /** An object from alternating keys and values; a String value is read as a decimal. */
  static DataValue obj(Object... keysAndValues) {
    return DataValue.map(entries(keysAndValues));
  }

  static DataValue list(DataValue... items) {
    return DataValue.list(Arrays.asList(items));
  }

  static DataValue band(String min, String percent) {
    return obj("min", min, "percent", percent);
  }

  /** A rule from its type and alternating parameter names and values. */
  static RuleSpec rule(String type, Object... keysAndValues) {
    return RuleSpec.of(type, entries(keysAndValues));
  }

  private static Map<String, DataValue> entries(Object... keysAndValues) {
    Map<String, DataValue> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      map.put((String) keysAndValues[i], v instanceof String s ? d(s) : (DataValue) v);
    }
    return map;
  }

  static Node leaf(String code, String max, RuleSpec rule) {
    return Node.builder().code(code).name(LocalizedText.of("Tiêu chí " + code))
        .maxPoints(new BigDecimal(max)).rule(rule).build();
  }

  /** One field, code "1", holding the leaves in order (so leaf i is at /nodes/0/children/i). */
  static Methodology methodology(RoundingMode rounding, int pointDecimals, Node... leaves) {
    BigDecimal max = BigDecimal.ZERO;
    for (Node leaf : leaves) {
      max = max.add(leaf.maxPoints());
    }
    Node field = Node.builder().code("1").name(LocalizedText.of("Lĩnh vực 1")).maxPoints(max)
        .addChildren(leaves).build();
    return Methodology.builder().id(ID).title(LocalizedText.of("Phương pháp thử")).validFrom(2020)
        .maxPoints(max).pointDecimals(pointDecimals).rounding(rounding).addNodes(field).build();
  }

  static Methodology methodology(Node... leaves) {
    return methodology(RoundingMode.HALF_UP, 4, leaves);
  }

  /** A methodology with one leaf, "1.1", of the given maximum and rule. */
  static Methodology oneLeaf(RuleSpec rule, String max) {
    return methodology(leaf("1.1", max, rule));
  }

  /** Scores leaf 1.1 of a one-leaf methodology (HALF_UP, 4 decimals) under the ZERO policy. */
  static LeafResult score(RuleSpec rule, String max, Observation observation) {
    return score(oneLeaf(rule, max), observation);
  }

  /** Scores leaf 1.1 under the ZERO policy. */
  static LeafResult score(Methodology m, Observation observation) {
    return RuleRegistry.builtIn().prepare(m).score("1.1", observation, MissingPolicy.ZERO);
  }

  /** The rule problems of a one-leaf methodology. */
  static List<Problem> check(RuleSpec rule) {
    return RuleRegistry.builtIn().check(oneLeaf(rule, "1"));
  }

  /** The pointers of problems, in order. */
  static List<String> paths(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.path()));
    return out;
  }

  /** A submission for the test methodology with one observation for leaf 1.1. */
  static Submission submission(Observation observation) {
    return Submission.builder().methodology(ID).year(YEAR).unit(Unit.of("hung-yen"))
        .putObservations("1.1", observation).build();
  }

  /** The problems PreparedRules.check finds in a one-observation submission. */
  static List<Problem> checkSubmission(RuleSpec rule, String max, Observation observation) {
    return RuleRegistry.builtIn().prepare(oneLeaf(rule, max)).check(submission(observation));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Observation rate(String rate) {
    return Observation.rate(dec(rate));
  }

  static Observation fraction(String numerator, String denominator) {
    return Observation.fraction(dec(numerator), dec(denominator));
  }

  static Observation change(String baseline, String current) {
    return Observation.change(dec(baseline), dec(current));
  }

  static Observation points(String points) {
    return Observation.points(dec(points));
  }

  static Observation responses(Object... keysAndCounts) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return Observation.responses(counts);
  }
}
