package io.github.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link RuleRegistry} and {@link Explanation}: lookup by name, registration, value semantics. */
class RuleRegistryTest {
  private static final List<String> BUILT_IN = List.of("count-bands", "deduction", "option",
      "points", "rate-bands", "rate-linear", "reduction-target", "survey", "yes-no");

  /** A rule type of its own, for registration. */
  private static final class Custom implements RuleEvaluator {
    private final String type;

    Custom(String type) {
      this.type = type;
    }

    @Override
    public String type() {
      return type;
    }

    @Override
    public Set<ObservationKind> acceptedKinds() {
      return Set.of(ObservationKind.YES);
    }

    @Override
    public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
      return o -> Evaluation.of(Ratio.ZERO).intermediate("leaf", DataValue.text(leaf.code()))
          .sentence("không", "none").build();
    }
  }

  @Test
  void builtIn_hasTheNineTypesInNameOrder() {
    RuleRegistry r = RuleRegistry.builtIn();
    assertEquals(BUILT_IN, List.copyOf(r.types()));
    assertEquals("rate-linear", r.find("rate-linear").orElseThrow().type());
    assertEquals(Optional.empty(), r.find("java.lang.Runtime"));
    assertThrows(UnsupportedOperationException.class, () -> r.types().add("x"));
  }

  @Test
  void withServiceLoader_hasAtLeastTheBuiltIns() {
    assertTrue(RuleRegistry.withServiceLoader().types().containsAll(BUILT_IN));
  }

  @Test
  void builder_addsAndChains_refusesATypeTwice() {
    RuleRegistry.Builder b = RuleRegistry.builder();
    assertSame(b, b.add(new Custom("my-rule")));
    assertSame(b, b.addServiceLoader(getClass().getClassLoader()));
    RuleRegistry r = b.build();
    assertEquals(List.of("my-rule"), List.copyOf(r.types()));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> RuleRegistry.builder().addBuiltIns().add(new Custom("yes-no")));
    assertTrue(twice.getMessage().startsWith("rule type 'yes-no' is registered twice: by "),
        twice::getMessage);
    assertThrows(IllegalArgumentException.class,
        () -> RuleRegistry.builder().add(new Custom("My_Rule")));
  }

  @Test
  void customType_isPreparedForItsLeafAndScored() {
    Methodology m = Methodology.builder().id("custom").title(LocalizedText.of("Thử"))
        .validFrom(2020).maxPoints(BigDecimal.ONE).addNodes(Node.builder().code("1")
            .name(LocalizedText.of("Lĩnh vực 1")).maxPoints(BigDecimal.ONE)
            .addChildren(Node.builder().code("1.1").name(LocalizedText.of("Tiêu chí 1.1"))
                .maxPoints(BigDecimal.ONE).rule(RuleSpec.of("my-rule", Map.of())).build())
            .build()).build();
    RuleRegistry r = RuleRegistry.builder().add(new Custom("my-rule")).build();
    LeafResult result = r.prepare(m).score("1.1", Observation.yes(true), MissingPolicy.ZERO);
    assertEquals(Map.of("leaf", DataValue.text("1.1")), result.explanation().intermediates());
    assertEquals(new BigDecimal("0.0000"), result.points());
    // Built-ins alone do not know the type.
    assertEquals(List.of("/nodes/0/children/0/rule/type"), RuleRegistry.builtIn().check(m).stream()
        .map(p -> p.path()).toList());
  }

  @Test
  void evaluator_withoutAMonotonicity_promisesNone() {
    assertEquals(Monotonicity.NONE, new Custom("x").monotonicity());
    assertEquals(Monotonicity.INCREASING, RuleRegistry.builtIn().find("yes-no").orElseThrow()
        .monotonicity());
    assertEquals(Monotonicity.DECREASING, RuleRegistry.builtIn().find("deduction").orElseThrow()
        .monotonicity());
  }

  @Test
  void explanation_isAValue() {
    Explanation a = new Explanation("yes-no", Basis.RULE, Map.of("yes", DataValue.bool(true)),
        Map.of(), Map.of("share", DataValue.decimal("1")), LocalizedText.of("Có", "Yes"));
    Explanation same = new Explanation("yes-no", Basis.RULE, Map.of("yes", DataValue.bool(true)),
        Map.of(), Map.of("share", DataValue.decimal("1")), LocalizedText.of("Có", "Yes"));
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertEquals("yes-no", a.ruleType());
    assertEquals(Basis.RULE, a.basis());
    assertEquals(Map.of("yes", DataValue.bool(true)), a.inputs());
    assertEquals(Map.of(), a.parameters());
    assertEquals(Map.of("share", DataValue.decimal("1")), a.intermediates());
    assertEquals("yes-no (RULE): Yes", a.toString());
    assertNotEquals(a, new Explanation("points", Basis.RULE, a.inputs(), a.parameters(),
        a.intermediates(), a.sentence()));
    assertNotEquals(a, new Explanation("yes-no", Basis.OVERRIDE, a.inputs(), a.parameters(),
        a.intermediates(), a.sentence()));
    assertNotEquals(a, new Explanation("yes-no", Basis.RULE, Map.of(), a.parameters(),
        a.intermediates(), a.sentence()));
    assertNotEquals(a, new Explanation("yes-no", Basis.RULE, a.inputs(),
        Map.of("p", DataValue.bool(true)), a.intermediates(), a.sentence()));
    assertNotEquals(a, new Explanation("yes-no", Basis.RULE, a.inputs(), a.parameters(),
        Map.of(), a.sentence()));
    assertNotEquals(a, new Explanation("yes-no", Basis.RULE, a.inputs(), a.parameters(),
        a.intermediates(), LocalizedText.of("Không", "No")));
    assertNotEquals(a, (Object) "yes-no");
  }
}
