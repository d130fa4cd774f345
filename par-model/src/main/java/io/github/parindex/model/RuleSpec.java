package io.github.parindex.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A leaf's rule as written in a methodology: a type name, looked up in a rule registry, and its
 * parameters, kept as data.
 *
 * <p>Guarantees: immutable; {@link #type()} is never blank; the parameters keep their file order and
 * never include the {@code type} key. Whether the type exists and its parameters are valid is decided
 * by the rule registry, not here.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class RuleSpec {
  RuleSpec() {}

  /**
   * The rule type's name, e.g. {@code rate-linear}.
   *
   * @return the type
   */
  public abstract String type();

  /**
   * The parameters, in file order.
   *
   * @return the parameters
   */
  public abstract Map<String, DataValue> parameters();

  /**
   * One parameter.
   *
   * @param name the parameter's name
   * @return its value, if present
   */
  public Optional<DataValue> parameter(String name) {
    return Optional.ofNullable(parameters().get(name));
  }

  /**
   * A rule without parameters.
   *
   * @param type the type name
   * @return the rule
   */
  public static RuleSpec of(String type) {
    return builder().type(type).build();
  }

  /**
   * A rule with parameters.
   *
   * @param type the type name
   * @param parameters the parameters
   * @return the rule
   */
  public static RuleSpec of(String type, Map<String, DataValue> parameters) {
    return builder().type(type).putAllParameters(parameters).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (type().isBlank()) {
      throw new IllegalArgumentException("a rule type must not be blank");
    }
    if (parameters().containsKey("type")) {
      throw new IllegalArgumentException("'type' is not a parameter");
    }
  }

  /** Builds a {@link RuleSpec}. */
  public static final class Builder extends ImmutableRuleSpec.Builder {
    Builder() {}
  }
}
