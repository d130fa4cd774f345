package io.github.parindex.rules;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.builtin.BuiltInRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Maps rule type names to evaluators: the nine built-in types, plus types added through the
 * {@link Builder} or discovered with {@link ServiceLoader}. Lookup is by name only; a data file can
 * never name a Java class.
 *
 * <p>Guarantees: immutable and safe to share between threads; names are unique (a duplicate, including
 * one that would replace a built-in type, is rejected when building).
 */
public final class RuleRegistry {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final RuleRegistry BUILT_IN = builder().addBuiltIns().build();

  private final Map<String, RuleEvaluator> evaluators;

  private RuleRegistry(Map<String, RuleEvaluator> evaluators) {
    this.evaluators = Collections.unmodifiableMap(new TreeMap<>(evaluators));
  }

  /**
   * The registry of the built-in types.
   *
   * @return the shared registry of the nine built-in types
   */
  public static RuleRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in types plus every {@link RuleEvaluator} listed in
   * {@code META-INF/services/io.github.parindex.rules.RuleEvaluator} on the class path of the current
   * thread's context class loader.
   *
   * @return a new registry
   * @throws IllegalArgumentException if two evaluators share a name
   */
  public static RuleRegistry withServiceLoader() {
    return builder().addBuiltIns()
        .addServiceLoader(Thread.currentThread().getContextClassLoader()).build();
  }

  /**
   * A new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The evaluator of a type.
   *
   * @param type the type name
   * @return the evaluator, if registered
   */
  public Optional<RuleEvaluator> find(String type) {
    return Optional.ofNullable(evaluators.get(type));
  }

  /**
   * The registered type names, sorted.
   *
   * @return the names in alphabetical order; unmodifiable
   */
  public SortedSet<String> types() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(evaluators.keySet()));
  }

  /**
   * Checks every rule of a methodology: known types and valid parameters.
   *
   * @param methodology the methodology
   * @return every problem, with JSON pointers into the methodology file (e.g.
   *     {@code /nodes/2/children/0/rule/bands/1/min}); empty when every rule is valid
   */
  public List<Problem> check(Methodology methodology) {
    List<Problem> problems = new ArrayList<>();
    prepareAll(methodology, problems);
    return List.copyOf(problems);
  }

  /**
   * Prepares every rule of a methodology once, for scoring.
   *
   * @param methodology the methodology
   * @return the prepared rules, immutable and safe to share
   * @throws ValidationException listing every rule problem
   */
  public PreparedRules prepare(Methodology methodology) {
    List<Problem> problems = new ArrayList<>();
    Map<String, PreparedRules.Entry> rules = prepareAll(methodology, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new PreparedRules(methodology, rules);
  }

  private Map<String, PreparedRules.Entry> prepareAll(Methodology m, List<Problem> problems) {
    Map<String, PreparedRules.Entry> rules = new TreeMap<>();
    for (Node leaf : m.leaves()) {
      if (leaf.rule().isEmpty()) {
        continue;
      }
      String at = m.pointer(leaf.code()) + "/rule";
      String type = leaf.rule().get().type();
      RuleEvaluator evaluator = evaluators.get(type);
      if (evaluator == null) {
        problems.add(Problem.at(at + "/type", "unknown rule type '" + type + "'; known types: "
            + String.join(", ", evaluators.keySet())));
        continue;
      }
      try {
        LeafRule rule = evaluator.prepare(leaf.rule().get(), new LeafContext(leaf, m));
        rules.put(leaf.code(), new PreparedRules.Entry(leaf, evaluator, Objects.requireNonNull(rule,
            () -> "evaluator " + type + " returned no rule")));
      } catch (ValidationException e) {
        e.problems().forEach(p -> problems.add(p.under(at)));
      }
    }
    return rules;
  }

  /** Builds a {@link RuleRegistry}. */
  public static final class Builder {
    private final Map<String, RuleEvaluator> evaluators = new TreeMap<>();

    private Builder() {}

    /**
     * Adds the nine built-in types.
     *
     * @return this builder
     * @throws IllegalArgumentException if one of their names is already registered
     */
    public Builder addBuiltIns() {
      BuiltInRules.all().forEach(this::add);
      return this;
    }

    /**
     * Adds an evaluator.
     *
     * @param evaluator the evaluator
     * @return this builder
     * @throws IllegalArgumentException if its name is malformed or already registered
     */
    public Builder add(RuleEvaluator evaluator) {
      String type = Objects.requireNonNull(evaluator.type(), "type");
      if (!TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException("rule type '" + type + "' of " + evaluator.getClass()
            .getName() + " is not lower-case letters and digits separated by '-'");
      }
      RuleEvaluator previous = evaluators.putIfAbsent(type, evaluator);
      if (previous != null) {
        throw new IllegalArgumentException("rule type '" + type + "' is registered twice: by "
            + previous.getClass().getName() + " and " + evaluator.getClass().getName());
      }
      return this;
    }

    /**
     * Adds every evaluator a {@link ServiceLoader} finds.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws IllegalArgumentException if a name is already registered
     */
    public Builder addServiceLoader(ClassLoader loader) {
      for (RuleEvaluator evaluator : ServiceLoader.load(RuleEvaluator.class, loader)) {
        add(evaluator);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return an immutable registry
     */
    public RuleRegistry build() {
      return new RuleRegistry(evaluators);
    }
  }
}
