package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.io.internal.DecimalText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a rule's parameters sit in the criteria sheet, both ways — the one place that decides it for
 * the writer and the reader: a decimal parameter named like a typed column ({@code target},
 * {@code floor}, {@code perItem}, {@code perItemPercent}, {@code freeItems}) in that column;
 * {@code bands} ({@code [{min, percent}]}) and {@code options} ({@code {KEY: percent}}, or
 * {@code {KEY: {percent, label: {vi, en}}}} with the option's wording) as sub-rows under the leaf,
 * one per band or option, the wording in its own columns; every other parameter (and a typed one written as a text
 * or a boolean) in the column {@code Tham số khác}, as {@code name: value; name: value} where a value
 * is a decimal ({@code 0.5}), {@code true}, {@code false}, {@code null} or a quoted text
 * ({@code "a ""b"" c"}). Parameters are read back in that order: the typed columns, the sub-rows, the
 * others as listed.
 *
 * @param typed the typed columns' decimals
 * @param steps the sub-rows: a band's {@code min} or an option's key, and its percent
 * @param options whether the sub-rows are options (else bands)
 * @param other the other parameters, or an empty text
 */
record RuleCells(Map<Column, BigDecimal> typed, List<Step> steps, boolean options, String other) {
  /**
   * One sub-row.
   *
   * @param step a band's minimum (a decimal) or an option's key (a text)
   * @param percent the band's or option's percent
   * @param label an option's wording in Vietnamese, or null
   * @param labelEn an option's wording in English, or null
   */
  record Step(Object step, BigDecimal percent, String label, String labelEn) {
    Step(Object step, BigDecimal percent) {
      this(step, percent, null, null);
    }
  }

  /**
   * An option's value in the rule's parameters: its percent alone, or with its wording as
   * {@code {percent, label: {vi, en}}} (CYCLE.md §1).
   *
   * @param percent the percent of the maximum
   * @param label the Vietnamese wording, or null
   * @param labelEn the English wording, or null (only with a Vietnamese one)
   * @return the value
   */
  static DataValue option(BigDecimal percent, String label, String labelEn) {
    if (label == null) {
      return DataValue.decimal(percent);
    }
    Map<String, DataValue> words = new LinkedHashMap<>();
    words.put("vi", DataValue.text(label));
    if (labelEn != null) {
      words.put("en", DataValue.text(labelEn));
    }
    Map<String, DataValue> option = new LinkedHashMap<>();
    option.put("percent", DataValue.decimal(percent));
    option.put("label", DataValue.map(words));
    return DataValue.map(option);
  }

  /**
   * The sub-row of an option's value: a percent, or {@code {percent, label: {vi[, en]}}} (members in
   * any order: values are equal whatever the order of their members); null for any other shape.
   */
  static Step optionStep(String key, DataValue value) {
    if (value instanceof DataValue.DecimalValue pct) {
      return new Step(key, pct.value());
    }
    if (!(value instanceof DataValue.MapValue option)
        || !option.entries().keySet().equals(java.util.Set.of("percent", "label"))
        || !(option.entries().get("percent") instanceof DataValue.DecimalValue pct)) {
      return null;
    }
    if (option.entries().get("label") instanceof DataValue.TextValue text) {
      // a label given as a plain text is its Vietnamese words (as the rule reads it)
      return new Step(key, pct.value(), text.value(), null);
    }
    if (!(option.entries().get("label") instanceof DataValue.MapValue label)) {
      return null;
    }
    java.util.Set<String> keys = label.entries().keySet();
    if (!(keys.equals(java.util.Set.of("vi")) || keys.equals(java.util.Set.of("vi", "en")))
        || !(label.entries().get("vi") instanceof DataValue.TextValue vi)) {
      return null;
    }
    DataValue en = label.entries().get("en");
    if (en != null && !(en instanceof DataValue.TextValue)) {
      return null;
    }
    return new Step(key, pct.value(), vi.value(),
        en == null ? null : ((DataValue.TextValue) en).value());
  }

  RuleCells {
    typed = new EnumMap<>(typed);
    steps = List.copyOf(steps);
  }

  /**
   * A rule's cells.
   *
   * @param rule the rule
   * @return its cells
   * @throws IllegalArgumentException naming the parameter when one cannot be written in the sheet
   *     (a list or object other than bands and options)
   */
  static RuleCells of(RuleSpec rule) {
    Map<Column, BigDecimal> typed = new EnumMap<>(Column.class);
    List<Step> steps = new ArrayList<>();
    boolean options = false;
    List<String> other = new ArrayList<>();
    for (Map.Entry<String, DataValue> p : rule.parameters().entrySet()) {
      String name = p.getKey();
      DataValue v = p.getValue();
      Column column = typedColumn(name);
      if (column != null && v instanceof DataValue.DecimalValue d) {
        typed.put(column, d.value());
      } else if (name.equals("bands") && steps.isEmpty() && bands(v, steps)) {
        options = false;
      } else if (name.equals("options") && steps.isEmpty() && options(v, steps)) {
        options = true;
      } else if (scalar(v) != null) {
        other.add(name + ": " + scalar(v));
      } else {
        throw new IllegalArgumentException("parameter '" + name + "' of rule '" + rule.type()
            + "' cannot be written in the criteria sheet (a " + v.kindName() + " other than "
            + "bands [{min, percent}] or options {KEY: percent} or "
            + "{KEY: {percent, label: {vi, en}}})");
      }
    }
    return new RuleCells(typed, steps, options, String.join("; ", other));
  }

  /** The typed column of a parameter name, or null. */
  static Column typedColumn(String name) {
    for (Column c : CriteriaLayout.PARAMETERS) {
      if (c.parameter.equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static boolean bands(DataValue v, List<Step> steps) {
    if (!(v instanceof DataValue.ListValue list) || list.items().isEmpty()) {
      return false;
    }
    List<Step> found = new ArrayList<>();
    for (DataValue item : list.items()) {
      if (!(item instanceof DataValue.MapValue band) || band.entries().size() != 2
          || !List.copyOf(band.entries().keySet()).equals(List.of("min", "percent"))
          || !(band.entries().get("min") instanceof DataValue.DecimalValue min)
          || !(band.entries().get("percent") instanceof DataValue.DecimalValue pct)) {
        return false;
      }
      found.add(new Step(min.value(), pct.value()));
    }
    steps.addAll(found);
    return true;
  }

  private static boolean options(DataValue v, List<Step> steps) {
    if (!(v instanceof DataValue.MapValue map) || map.entries().isEmpty()) {
      return false;
    }
    List<Step> found = new ArrayList<>();
    for (Map.Entry<String, DataValue> e : map.entries().entrySet()) {
      Step step = optionStep(e.getKey(), e.getValue());
      if (step == null) {
        return false;
      }
      found.add(step);
    }
    steps.addAll(found);
    return true;
  }

  /** A scalar in the notation of {@code Tham số khác}, or null for a list or an object. */
  private static String scalar(DataValue v) {
    if (v instanceof DataValue.DecimalValue d) {
      return d.value().toPlainString();
    }
    if (v instanceof DataValue.BooleanValue b) {
      return String.valueOf(b.value());
    }
    if (v instanceof DataValue.TextValue t) {
      return "\"" + t.value().replace("\"", "\"\"") + "\"";
    }
    if (v instanceof DataValue.NullValue) {
      return "null";
    }
    return null;
  }

  /**
   * The parameters of {@code Tham số khác}, in order.
   *
   * @param text the cell's text
   * @param maxNumberLength the number limit
   * @return the parameters
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  static Map<String, DataValue> parseOther(String text, int maxNumberLength) {
    Map<String, DataValue> out = new LinkedHashMap<>();
    int i = 0;
    int n = text.length();
    while (true) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      int colon = text.indexOf(':', i);
      if (colon < 0) {
        throw new IllegalArgumentException("expected 'name: value' at " + Texts.quote(
            text.substring(i)));
      }
      String name = text.substring(i, colon).trim();
      if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
        throw new IllegalArgumentException("expected a parameter name, got " + Texts.quote(name));
      }
      if (out.containsKey(name)) {
        throw new IllegalArgumentException("parameter '" + name + "' is given twice");
      }
      i = colon + 1;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      DataValue value;
      if (i < n && text.charAt(i) == '"') {
        StringBuilder s = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("the text of '" + name + "' has no closing \"");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < n && text.charAt(i) == '"') {
              s.append('"');
              i++;
            } else {
              break;
            }
          } else {
            s.append(c);
          }
        }
        value = DataValue.text(s.toString());
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i < n && text.charAt(i) != ';') {
          throw new IllegalArgumentException("expected ';' after the text of '" + name + "'");
        }
      } else {
        int end = text.indexOf(';', i);
        String raw = (end < 0 ? text.substring(i) : text.substring(i, end)).trim();
        i = end < 0 ? n : end;
        value = switch (raw) {
          case "true" -> DataValue.bool(true);
          case "false" -> DataValue.bool(false);
          case "null" -> DataValue.nullValue();
          default -> {
            BigDecimal d = raw.length() > maxNumberLength ? null : DecimalText.parse(raw);
            if (d == null || !raw.equals(d.toPlainString())) {
              throw new IllegalArgumentException("expected a decimal written with a point (0.5), "
                  + "true, false, null or a quoted text for '" + name + "', got "
                  + Texts.quote(raw));
            }
            yield DataValue.decimal(d);
          }
        };
      }
      out.put(name, value);
      if (i < n) {
        i++; // the ';'
      }
    }
  }
}
