package io.github.parindex.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed reading of a rule's parameters for evaluator authors: each accessor records a problem, with a
 * JSON pointer relative to the rule object, instead of failing, so that {@link #done()} reports every
 * problem at once — including parameters the rule does not know.
 *
 * <p>Numbers may be written as numbers or as strings ("0.25"), as everywhere in the formats.
 * Not thread-safe: use one instance per {@link RuleEvaluator#prepare} call.
 */
public final class Parameters {
  private final Map<String, DataValue> values;
  private final String pointer;
  private final List<Problem> problems;
  private final Set<String> known = new LinkedHashSet<>();
  private final List<Parameters> nested = new ArrayList<>();

  private Parameters(Map<String, DataValue> values, String pointer, List<Problem> problems) {
    this.values = values;
    this.pointer = pointer;
    this.problems = problems;
  }

  /**
   * Starts reading a rule's parameters.
   *
   * @param spec the rule
   * @return a reader that has recorded no problem yet
   */
  public static Parameters of(RuleSpec spec) {
    return new Parameters(spec.parameters(), "", new ArrayList<>());
  }

  /**
   * Records a problem.
   *
   * @param relativePointer a pointer relative to this object, e.g. {@code /target}
   * @param message what is wrong and what was expected
   */
  public void problem(String relativePointer, String message) {
    problems.add(Problem.at(pointer + relativePointer, message));
  }

  /**
   * Whether a parameter is present.
   *
   * @param name the parameter
   * @return true when present and not null
   */
  public boolean has(String name) {
    known.add(name);
    DataValue v = values.get(name);
    return v != null && !(v instanceof DataValue.NullValue);
  }

  /**
   * A parameter's raw value.
   *
   * @param name the parameter
   * @return the value as written, if present and not null
   */
  public Optional<DataValue> raw(String name) {
    return has(name) ? Optional.of(values.get(name)) : Optional.empty();
  }

  /**
   * A required decimal parameter.
   *
   * @param name the parameter
   * @return the value, or {@code null} after recording a problem
   */
  public @Nullable BigDecimal decimal(String name) {
    if (!has(name)) {
      problem("/" + name, "required: expected a decimal number");
      return null;
    }
    return asDecimal(values.get(name), "/" + name);
  }

  /**
   * An optional decimal parameter.
   *
   * @param name the parameter
   * @param defaultValue the value when absent
   * @return the value, the default, or {@code null} after recording a problem
   */
  public @Nullable BigDecimal decimal(String name, @Nullable BigDecimal defaultValue) {
    return has(name) ? asDecimal(values.get(name), "/" + name) : defaultValue;
  }

  /**
   * A required decimal within a range, bounds included unless stated.
   *
   * @param name the parameter
   * @param defaultValue the value when absent, or {@code null} when required
   * @param min the least value
   * @param minInclusive whether {@code min} itself is allowed
   * @param max the greatest value
   * @param maxInclusive whether {@code max} itself is allowed
   * @return the value, or {@code null} after recording a problem
   */
  public @Nullable BigDecimal decimalIn(String name, @Nullable BigDecimal defaultValue, BigDecimal min,
      boolean minInclusive, BigDecimal max, boolean maxInclusive) {
    BigDecimal v = defaultValue == null ? decimal(name) : decimal(name, defaultValue);
    if (v == null) {
      return null;
    }
    int lo = v.compareTo(min);
    int hi = v.compareTo(max);
    if (lo < 0 || (lo == 0 && !minInclusive) || hi > 0 || (hi == 0 && !maxInclusive)) {
      problem("/" + name, "expected a value " + (minInclusive ? "of at least " : "above ")
          + min.toPlainString() + (maxInclusive ? " and at most " : " and below ")
          + max.toPlainString() + ", got " + v.toPlainString());
      return null;
    }
    return v;
  }

  /**
   * A required map of decimals, e.g. {@code options: {A: 100, B: 60}}.
   *
   * @param name the parameter
   * @return the entries in order, empty after recording a problem
   */
  public Map<String, BigDecimal> decimalMap(String name) {
    if (!has(name)) {
      problem("/" + name, "required: expected an object such as {\"A\": 100, \"B\": 50}");
      return Map.of();
    }
    DataValue v = values.get(name);
    if (!(v instanceof DataValue.MapValue m)) {
      problem("/" + name, "expected an object such as {\"A\": 100, \"B\": 50}, got a "
          + v.kindName());
      return Map.of();
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Map.Entry<String, DataValue> e : m.entries().entrySet()) {
      BigDecimal d = asDecimal(e.getValue(), "/" + name + "/" + escape(e.getKey()));
      if (d != null) {
        out.put(e.getKey(), d);
      }
    }
    return out;
  }

  /**
   * A required list of objects, each read with its own {@link Parameters}.
   *
   * @param name the parameter
   * @return a reader per item, empty after recording a problem
   */
  public List<Parameters> objects(String name) {
    if (!has(name)) {
      problem("/" + name, "required: expected a list of objects");
      return List.of();
    }
    DataValue v = values.get(name);
    if (!(v instanceof DataValue.ListValue l)) {
      problem("/" + name, "expected a list of objects, got a " + v.kindName());
      return List.of();
    }
    List<Parameters> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      DataValue item = l.items().get(i);
      String at = pointer + "/" + name + "/" + i;
      if (item instanceof DataValue.MapValue m) {
        Parameters p = new Parameters(m.entries(), at, problems);
        nested.add(p);
        out.add(p);
      } else {
        problems.add(Problem.at(at, "expected an object, got a " + item.kindName()));
      }
    }
    return out;
  }

  private @Nullable BigDecimal asDecimal(DataValue v, String relativePointer) {
    if (v instanceof DataValue.DecimalValue d) {
      return d.value();
    }
    if (v instanceof DataValue.TextValue t) {
      try {
        if (t.value().matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)")) {
          return new BigDecimal(t.value());
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(relativePointer, "expected a decimal number, got a " + v.kindName());
    return null;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The problems recorded so far, including unknown parameters.
   *
   * @return every problem recorded, then one per parameter never asked for
   */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>(problems);
    collectUnknown(all);
    return all;
  }

  private void collectUnknown(List<Problem> out) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        out.add(Problem.at(pointer + "/" + escape(key), "unknown parameter '" + key + "'"
            + (known.isEmpty() ? "; this rule takes no parameters"
                : "; expected one of: " + String.join(", ", known))));
      }
    }
    for (Parameters p : nested) {
      p.collectUnknown(out);
    }
  }

  /**
   * Ends reading: throws if any problem was recorded or any parameter was not read.
   *
   * @throws ValidationException listing every problem
   */
  public void done() {
    List<Problem> all = problems();
    if (!all.isEmpty()) {
      throw new ValidationException(all);
    }
  }
}
