package io.github.parindex.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.io.internal.ArrayMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link LeafRule} computed for one observation: the exact, unrounded points, the intermediate
 * values that explain them (e.g. the rate) and a short sentence in Vietnamese and English.
 *
 * <p>Guarantees: immutable; the sentence is never blank; intermediates keep their insertion order.
 */
public final class Evaluation {
  private final Ratio points;
  private final Map<String, DataValue> intermediates;
  private final LocalizedText sentence;

  private Evaluation(Builder b) {
    this.points = Objects.requireNonNull(b.points, "points");
    this.intermediates = ArrayMap.copyOf(b.intermediates);
    this.sentence = Objects.requireNonNull(b.sentence, "a sentence explaining the points");
  }

  /**
   * Starts an evaluation with its exact points.
   *
   * @param points the exact points, within 0 and the leaf's maximum
   * @return a builder
   */
  public static Builder of(Ratio points) {
    return new Builder(points);
  }

  /**
   * The exact points, before the methodology's rounding.
   *
   * @return the exact points, never rounded
   */
  public Ratio points() {
    return points;
  }

  /**
   * Intermediate values, e.g. {@code rate} or {@code band}.
   *
   * @return the intermediates, in order
   */
  public Map<String, DataValue> intermediates() {
    return intermediates;
  }

  /**
   * A short sentence, e.g. "Rate 99.84 % is below the target 100 %: 1.5 × 99.84 % = 1.4976".
   *
   * @return the sentence, never blank, in Vietnamese and English
   */
  public LocalizedText sentence() {
    return sentence;
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder {
    private final Ratio points;
    private final Map<String, DataValue> intermediates = new LinkedHashMap<>();
    private @Nullable LocalizedText sentence;

    private Builder(Ratio points) {
      this.points = Objects.requireNonNull(points, "points");
    }

    /**
     * Adds an intermediate decimal.
     *
     * @param name the name, e.g. {@code rate}
     * @param value the value
     * @return this builder
     */
    public Builder intermediate(String name, BigDecimal value) {
      intermediates.put(name, DataValue.decimal(value));
      return this;
    }

    /**
     * Adds an intermediate ratio, shown exactly when it has a finite decimal expansion, else to 10
     * decimals.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder intermediate(String name, Ratio value) {
      intermediates.put(name, DataValue.decimal(value.toDecimal(10)));
      return this;
    }

    /**
     * Adds an intermediate value.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder intermediate(String name, DataValue value) {
      intermediates.put(name, value);
      return this;
    }

    /**
     * Sets the sentence.
     *
     * @param vi the sentence in Vietnamese
     * @param en the sentence in English
     * @return this builder
     */
    public Builder sentence(String vi, String en) {
      this.sentence = LocalizedText.of(vi, en);
      return this;
    }

    /**
     * Builds the evaluation.
     *
     * @return an immutable evaluation
     * @throws NullPointerException if no sentence was set
     */
    public Evaluation build() {
      return new Evaluation(this);
    }
  }
}
