package io.github.parindex.projection.scenario;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Observation;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A what-if scenario, the {@code par-scenario/1} format: changes to a submission (observation
 * overrides, not-applicable declarations, remainder points, cleared observations, parts no longer
 * unknown) and edits of the methodology (a leaf's rule or its parameters, maxima and unitemised
 * points), with the assumptions it rests on. {@link #apply(Scorer, Submission)} scores the baseline
 * and the scenario and compares them node by node.
 *
 * <p>An edited methodology must pass every check of {@code Methodology.builder().build()} (parents'
 * maxima are the sums of their children's, the total is unchanged) and of the rule registry; moving
 * points between the leaves of one parent keeps the sums valid.
 *
 * <p>Guarantees: immutable and safe to share between threads; maps keep their file order; decimals are
 * exact.
 */
public final class Scenario {
  /** The format identifier written in scenario files. */
  public static final String FORMAT = "par-scenario/1";

  private final LocalizedText label;
  private final LocalizedText description;
  private final List<LocalizedText> assumptions;
  private final Map<String, Observation> observations;
  private final Map<String, BigDecimal> unitemised;
  private final List<String> clear;
  private final List<String> known;
  private final Map<String, RuleSpec> rules;
  private final Map<String, Map<String, DataValue>> ruleParameters;
  private final Map<String, BigDecimal> maxPoints;
  private final Map<String, BigDecimal> unitemisedPoints;
  private final String sourceName;

  private Scenario(Builder b, String sourceName) {
    this.label = b.label;
    this.description = b.description;
    this.assumptions = List.copyOf(b.assumptions);
    this.observations = Collections.unmodifiableMap(new LinkedHashMap<>(b.observations));
    this.unitemised = Collections.unmodifiableMap(new LinkedHashMap<>(b.unitemised));
    this.clear = List.copyOf(b.clear);
    this.known = List.copyOf(b.known);
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    Map<String, Map<String, DataValue>> params = new LinkedHashMap<>();
    b.ruleParameters.forEach((k, v) -> params.put(k, Collections.unmodifiableMap(
        new LinkedHashMap<>(v))));
    this.ruleParameters = Collections.unmodifiableMap(params);
    this.maxPoints = Collections.unmodifiableMap(new LinkedHashMap<>(b.maxPoints));
    this.unitemisedPoints = Collections.unmodifiableMap(new LinkedHashMap<>(b.unitemisedPoints));
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * A new builder, for scenarios made in code.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scores a submission before and after the scenario.
   *
   * @param scorer the scorer of the baseline methodology
   * @param submission the baseline submission
   * @return the baseline, the scenario's scorecard and their comparison
   * @throws ValidationException if the submission is invalid, or the scenario does not apply to it
   *     (unknown codes, an invalid edited methodology, an override the rule does not accept); problems
   *     of the scenario carry its file's name and pointers into it
   */
  public ScenarioResult apply(Scorer scorer, Submission submission) {
    return new ScenarioRun(this, scorer, submission).run();
  }

  /**
   * The codes whose points or observation the scenario sets: its {@code observations} then its
   * {@code unitemised} keys. A projection from the scenario can hold them at their assumed points
   * ({@link io.github.parindex.projection.plan.ProjectionRequest.Builder#hold(List)}).
   *
   * @return the codes, in file order
   */
  public List<String> overriddenCodes() {
    List<String> codes = new ArrayList<>(observations.keySet());
    codes.addAll(unitemised.keySet());
    return List.copyOf(codes);
  }

  /**
   * Whether the scenario edits the methodology.
   *
   * @return true when it changes a rule, a maximum or unitemised points
   */
  public boolean editsMethodology() {
    return !rules.isEmpty() || !ruleParameters.isEmpty() || !maxPoints.isEmpty()
        || !unitemisedPoints.isEmpty();
  }

  /**
   * A short title.
   *
   * @return the label, if any
   */
  public Optional<LocalizedText> label() {
    return Optional.ofNullable(label);
  }

  /**
   * A longer description.
   *
   * @return the description, if any
   */
  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The assumptions the scenario rests on; every output repeats them.
   *
   * @return the assumptions
   */
  public List<LocalizedText> assumptions() {
    return assumptions;
  }

  /**
   * Observation overrides by leaf code (including not-applicable declarations).
   *
   * @return the overrides
   */
  public Map<String, Observation> observations() {
    return observations;
  }

  /**
   * Remainder points by node code.
   *
   * @return the points
   */
  public Map<String, BigDecimal> unitemised() {
    return unitemised;
  }

  /**
   * Codes whose observation (a leaf) or points (a remainder) are removed, so that the missing policy
   * applies.
   *
   * @return the codes
   */
  public List<String> clear() {
    return clear;
  }

  /**
   * Codes the submission declares unknown that the scenario makes known (their parts follow the
   * overrides, else the missing policy).
   *
   * @return the codes
   */
  public List<String> known() {
    return known;
  }

  /**
   * Rules replaced, by leaf code.
   *
   * @return the new rules
   */
  public Map<String, RuleSpec> rules() {
    return rules;
  }

  /**
   * Rule parameters changed (merged into the leaf's current rule), by leaf code.
   *
   * @return the parameters
   */
  public Map<String, Map<String, DataValue>> ruleParameters() {
    return ruleParameters;
  }

  /**
   * New maxima, by node code.
   *
   * @return the maxima
   */
  public Map<String, BigDecimal> maxPoints() {
    return maxPoints;
  }

  /**
   * New unitemised points, by node code.
   *
   * @return the unitemised points
   */
  public Map<String, BigDecimal> unitemisedPoints() {
    return unitemisedPoints;
  }

  /**
   * The file the scenario was read from.
   *
   * @return the file's name, or the empty string for a scenario made in code
   */
  public String sourceName() {
    return sourceName;
  }

  /** Builds a {@link Scenario} in code. */
  public static final class Builder {
    private LocalizedText label;
    private LocalizedText description;
    private final List<LocalizedText> assumptions = new ArrayList<>();
    private final Map<String, Observation> observations = new LinkedHashMap<>();
    private final Map<String, BigDecimal> unitemised = new LinkedHashMap<>();
    private final List<String> clear = new ArrayList<>();
    private final List<String> known = new ArrayList<>();
    private final Map<String, RuleSpec> rules = new LinkedHashMap<>();
    private final Map<String, Map<String, DataValue>> ruleParameters = new LinkedHashMap<>();
    private final Map<String, BigDecimal> maxPoints = new LinkedHashMap<>();
    private final Map<String, BigDecimal> unitemisedPoints = new LinkedHashMap<>();
    private String sourceName = "";

    private Builder() {}

    /**
     * Names the file the scenario comes from: its problems then carry that name. The readers of
     * {@link ProjectionReader} set it; scenarios made in code have none.
     *
     * @param sourceName the file's name, or the empty string
     * @return this builder
     */
    public Builder sourceName(String sourceName) {
      this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
      return this;
    }

    /**
     * Sets the label.
     *
     * @param label the label
     * @return this builder
     */
    public Builder label(LocalizedText label) {
      this.label = label;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Adds an assumption, repeated in every output.
     *
     * @param assumption the assumption
     * @return this builder
     */
    public Builder assumption(LocalizedText assumption) {
      assumptions.add(Objects.requireNonNull(assumption, "assumption"));
      return this;
    }

    /**
     * Overrides a leaf's observation.
     *
     * @param code the leaf's code
     * @param observation the observation
     * @return this builder
     */
    public Builder observation(String code, Observation observation) {
      observations.put(code, Objects.requireNonNull(observation, "observation"));
      return this;
    }

    /**
     * Gives a remainder's points.
     *
     * @param code the node's code
     * @param points the points
     * @return this builder
     */
    public Builder unitemised(String code, BigDecimal points) {
      unitemised.put(code, Objects.requireNonNull(points, "points"));
      return this;
    }

    /**
     * Removes a leaf's observation or a remainder's points.
     *
     * @param code the code
     * @return this builder
     */
    public Builder clear(String code) {
      clear.add(code);
      return this;
    }

    /**
     * Makes a code the submission declares unknown known.
     *
     * @param code the code
     * @return this builder
     */
    public Builder known(String code) {
      known.add(code);
      return this;
    }

    /**
     * Replaces a leaf's rule.
     *
     * @param code the leaf's code
     * @param rule the new rule
     * @return this builder
     */
    public Builder rule(String code, RuleSpec rule) {
      rules.put(code, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Changes parameters of a leaf's rule, keeping its type and its other parameters.
     *
     * @param code the leaf's code
     * @param parameters the parameters to set
     * @return this builder
     */
    public Builder ruleParameters(String code, Map<String, DataValue> parameters) {
      ruleParameters.put(code, new LinkedHashMap<>(parameters));
      return this;
    }

    /**
     * Sets a node's maximum.
     *
     * @param code the node's code
     * @param max the maximum
     * @return this builder
     */
    public Builder maxPoints(String code, BigDecimal max) {
      maxPoints.put(code, Objects.requireNonNull(max, "max"));
      return this;
    }

    /**
     * Sets a node's unitemised points.
     *
     * @param code the node's code
     * @param points the unitemised points
     * @return this builder
     */
    public Builder unitemisedPoints(String code, BigDecimal points) {
      unitemisedPoints.put(code, Objects.requireNonNull(points, "points"));
      return this;
    }

    /**
     * Builds the scenario.
     *
     * @return the scenario
     */
    public Scenario build() {
      return new Scenario(this, sourceName);
    }
  }
}
