package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON-like value kept as data: how rule parameters travel from a methodology file to an evaluator.
 *
 * <p>Guarantees: immutable; maps keep their insertion order; numbers are exact decimals. A value can
 * never name or create a Java type.
 */
public sealed interface DataValue
    permits DataValue.TextValue, DataValue.DecimalValue, DataValue.BooleanValue,
        DataValue.ListValue, DataValue.MapValue, DataValue.NullValue {

  /**
   * A text.
   *
   * @param value the text
   * @return the value
   */
  static DataValue text(String value) {
    return new TextValue(value);
  }

  /**
   * An exact decimal.
   *
   * @param value the decimal
   * @return the value
   */
  static DataValue decimal(BigDecimal value) {
    return new DecimalValue(value);
  }

  /**
   * An exact decimal from its text, e.g. {@code "0.25"}.
   *
   * @param value the decimal's text
   * @return the value
   */
  static DataValue decimal(String value) {
    return new DecimalValue(new BigDecimal(value));
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   * @return the value
   */
  static DataValue bool(boolean value) {
    return new BooleanValue(value);
  }

  /**
   * A list.
   *
   * @param items the items
   * @return the value
   */
  static DataValue list(List<DataValue> items) {
    return new ListValue(items);
  }

  /**
   * A map with keys in the given order.
   *
   * @param entries the entries
   * @return the value
   */
  static DataValue map(Map<String, DataValue> entries) {
    return new MapValue(entries);
  }

  /**
   * The null value.
   *
   * @return the value
   */
  static DataValue nullValue() {
    return NullValue.INSTANCE;
  }

  /**
   * A short name of this value's kind, for messages: {@code text}, {@code number}, {@code boolean},
   * {@code list}, {@code object} or {@code null}.
   *
   * @return the kind's name
   */
  String kindName();

  /**
   * A text value.
   *
   * @param value the text
   */
  record TextValue(String value) implements DataValue {
    /**
     * Validates the text.
     *
     * @param value the text
     */
    public TextValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String kindName() {
      return "text";
    }
  }

  /**
   * An exact decimal value. Equality follows {@link BigDecimal#equals}, so {@code 0.5} and
   * {@code 0.50} differ; readers keep the scale that was written. The scale is never negative: a
   * decimal such as {@code 1E+3} is held as {@code 1000}, as it is written in files.
   *
   * @param value the decimal
   */
  record DecimalValue(BigDecimal value) implements DataValue {
    /**
     * Validates the decimal and brings a negative scale to 0.
     *
     * @param value the decimal
     */
    public DecimalValue {
      Objects.requireNonNull(value, "value");
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    @Override
    public String kindName() {
      return "number";
    }
  }

  /**
   * A boolean value.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements DataValue {
    @Override
    public String kindName() {
      return "boolean";
    }
  }

  /**
   * A list value.
   *
   * @param items the items, copied
   */
  record ListValue(List<DataValue> items) implements DataValue {
    /**
     * Copies the items.
     *
     * @param items the items
     */
    public ListValue {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "list";
    }
  }

  /**
   * A map value with ordered keys.
   *
   * @param entries the entries, copied in order
   */
  record MapValue(Map<String, DataValue> entries) implements DataValue {
    /**
     * Copies the entries in order.
     *
     * @param entries the entries
     */
    public MapValue {
      Map<String, DataValue> copy = new LinkedHashMap<>();
      entries.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
      entries = Collections.unmodifiableMap(copy);
    }

    @Override
    public String kindName() {
      return "object";
    }
  }

  /** The null value. */
  enum NullValue implements DataValue {
    /** The only instance. */
    INSTANCE;

    @Override
    public String kindName() {
      return "null";
    }
  }
}
