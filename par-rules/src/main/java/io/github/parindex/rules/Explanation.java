package io.github.parindex.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.io.internal.ArrayMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a leaf's points came out: the rule, what decided them, the inputs used, the rule's parameters,
 * intermediate values and a sentence in Vietnamese and English.
 *
 * <p>Guarantees: immutable and safe to share between threads; maps keep their order; two
 * explanations are equal when every part is. A {@linkplain #deferred deferred} explanation holds its
 * rule type, basis and parameters, and computes its inputs, intermediate values and sentence the first
 * time one of them is read — the same values whenever and from whichever thread they are read.
 */
public final class Explanation {
  /** What a lazy explanation computes on first use. */
  private record Content(Map<String, DataValue> inputs, Map<String, DataValue> intermediates,
      LocalizedText sentence) {}

  private final String ruleType;
  private final Basis basis;
  private final Map<String, DataValue> parameters;
  /** The explanation this one stands for, computed on first use; null once given. */
  private final @Nullable Supplier<Explanation> source;
  private volatile @Nullable Content content;

  /** An explanation complete now: what {@link PreparedRules#score} gives. */
  Explanation(String ruleType, Basis basis, Map<String, DataValue> inputs,
      Map<String, DataValue> parameters, Map<String, DataValue> intermediates,
      LocalizedText sentence) {
    this.ruleType = Objects.requireNonNull(ruleType, "ruleType");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.parameters = copy(parameters);
    this.source = null;
    this.content = new Content(copy(inputs), copy(intermediates),
        Objects.requireNonNull(sentence, "sentence"));
  }

  private Explanation(String ruleType, Basis basis, Map<String, DataValue> parameters,
      Supplier<Explanation> source) {
    this.ruleType = Objects.requireNonNull(ruleType, "ruleType");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.parameters = copy(parameters);
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * An explanation built cheaply now and completed on first read: its rule type, basis and
   * parameters are given; its inputs, intermediate values and sentence are those of the explanation
   * {@code full} supplies, asked for once, the first time one of them is read. The texts of a
   * scorecard's explanations are formatted this way only when they are written.
   *
   * @param ruleType the leaf's rule type
   * @param basis what decided the points
   * @param parameters the rule's parameters (not copied when they come from another explanation)
   * @param full supplies the complete explanation, of the same rule type and basis
   * @return the explanation; reading its inputs, intermediates or sentence throws
   *     {@link IllegalStateException} if {@code full} gives another rule type or basis
   */
  public static Explanation deferred(String ruleType, Basis basis,
      Map<String, DataValue> parameters, Supplier<Explanation> full) {
    return new Explanation(ruleType, basis, parameters, full);
  }

  /**
   * The explanation of a leaf zeroed by the evidence rule (CYCLE.md §3): the rule's explanation
   * (its inputs, parameters and intermediate values, and {@code pointsBeforeEvidence}), with basis
   * {@link Basis#NO_EVIDENCE} and a sentence that gives the rule's own and then why the points are
   * withheld.
   *
   * @param scored the explanation of the points the rule gave
   * @param pointsBefore those points
   * @param why which documents were missing or rejected, and why
   * @return the explanation
   */
  public static Explanation withoutEvidence(Explanation scored, java.math.BigDecimal pointsBefore,
      LocalizedText why) {
    Map<String, DataValue> intermediates = new java.util.LinkedHashMap<>(scored.intermediates());
    intermediates.put("pointsBeforeEvidence", DataValue.decimal(pointsBefore));
    LocalizedText s = scored.sentence();
    LocalizedText sentence = LocalizedText.of(
        s.vi() + " \u2014 " + why.vi() + ": 0 điểm",
        s.en().orElse(s.vi()) + " \u2014 " + why.en().orElse(why.vi()) + ": 0 points");
    return new Explanation(scored.ruleType(), Basis.NO_EVIDENCE, scored.inputs(),
        scored.parameters(), intermediates, sentence);
  }

  private static Map<String, DataValue> copy(Map<String, DataValue> map) {
    return ArrayMap.copyOf(map);
  }

  private Content content() {
    Content c = content;
    if (c == null) {
      Explanation full = Objects.requireNonNull(source).get();
      if (!full.ruleType.equals(ruleType) || full.basis != basis) {
        throw new IllegalStateException("explanation of rule " + full.ruleType + " (" + full.basis
            + ") given for " + ruleType + " (" + basis + ")");
      }
      c = full.content();
      content = c;
    }
    return c;
  }

  /**
   * The leaf's rule type.
   *
   * @return the type name the methodology gives the leaf's rule
   */
  public String ruleType() {
    return ruleType;
  }

  /**
   * What decided the points.
   *
   * @return what decided the points, known without formatting anything
   */
  public Basis basis() {
    return basis;
  }

  /**
   * The inputs used, as declared.
   *
   * @return the inputs, in the order of the observation's members
   */
  public Map<String, DataValue> inputs() {
    return content().inputs();
  }

  /**
   * The rule's parameters.
   *
   * @return the parameters, as written in the methodology
   */
  public Map<String, DataValue> parameters() {
    return parameters;
  }

  /**
   * Intermediate values, e.g. the rate.
   *
   * @return the intermediates, in the order the rule gave them
   */
  public Map<String, DataValue> intermediates() {
    return content().intermediates();
  }

  /**
   * The sentence.
   *
   * @return the sentence, never blank, in Vietnamese and English
   */
  public LocalizedText sentence() {
    return content().sentence();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Explanation e && ruleType.equals(e.ruleType) && basis == e.basis
        && parameters.equals(e.parameters) && content().equals(e.content());
  }

  @Override
  public int hashCode() {
    Content c = content();
    return Objects.hash(ruleType, basis, c.inputs(), parameters, c.intermediates(), c.sentence());
  }

  @Override
  public String toString() {
    return ruleType + " (" + basis + "): " + sentence().get("en");
  }
}
