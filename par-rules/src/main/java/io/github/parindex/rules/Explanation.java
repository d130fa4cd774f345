package io.github.parindex.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a leaf's points came out: the rule, what decided them, the inputs used, the rule's parameters,
 * intermediate values and a sentence in Vietnamese and English.
 *
 * <p>Guarantees: immutable; maps keep their order.
 */
public final class Explanation {
  private final String ruleType;
  private final Basis basis;
  private final Map<String, DataValue> inputs;
  private final Map<String, DataValue> parameters;
  private final Map<String, DataValue> intermediates;
  private final LocalizedText sentence;

  /**
   * Creates an explanation.
   *
   * @param ruleType the leaf's rule type
   * @param basis what decided the points
   * @param inputs the inputs used
   * @param parameters the rule's parameters
   * @param intermediates intermediate values
   * @param sentence the sentence
   */
  public Explanation(String ruleType, Basis basis, Map<String, DataValue> inputs,
      Map<String, DataValue> parameters, Map<String, DataValue> intermediates,
      LocalizedText sentence) {
    this.ruleType = Objects.requireNonNull(ruleType, "ruleType");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.inputs = copy(inputs);
    this.parameters = copy(parameters);
    this.intermediates = copy(intermediates);
    this.sentence = Objects.requireNonNull(sentence, "sentence");
  }

  private static Map<String, DataValue> copy(Map<String, DataValue> map) {
    return FrozenMap.copyOf(map);
  }

  /**
   * The leaf's rule type.
   *
   * @return the type
   */
  public String ruleType() {
    return ruleType;
  }

  /**
   * What decided the points.
   *
   * @return the basis
   */
  public Basis basis() {
    return basis;
  }

  /**
   * The inputs used, as declared.
   *
   * @return the inputs
   */
  public Map<String, DataValue> inputs() {
    return inputs;
  }

  /**
   * The rule's parameters.
   *
   * @return the parameters
   */
  public Map<String, DataValue> parameters() {
    return parameters;
  }

  /**
   * Intermediate values, e.g. the rate.
   *
   * @return the intermediates
   */
  public Map<String, DataValue> intermediates() {
    return intermediates;
  }

  /**
   * The sentence.
   *
   * @return the sentence
   */
  public LocalizedText sentence() {
    return sentence;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Explanation e && ruleType.equals(e.ruleType) && basis == e.basis
        && inputs.equals(e.inputs) && parameters.equals(e.parameters)
        && intermediates.equals(e.intermediates) && sentence.equals(e.sentence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleType, basis, inputs, parameters, intermediates, sentence);
  }

  @Override
  public String toString() {
    return ruleType + " (" + basis + "): " + sentence.get("en");
  }
}
