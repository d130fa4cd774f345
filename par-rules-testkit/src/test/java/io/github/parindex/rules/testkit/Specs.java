package io.github.parindex.rules.testkit;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleRegistry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rules written compactly: a String value is a decimal. */
final class Specs {
  private Specs() {}

  static RuleEvaluator builtIn(String type) {
    return RuleRegistry.builtIn().find(type).orElseThrow();
  }

  static RuleSpec rule(String type, Object... keysAndValues) {
    return RuleSpec.of(type, entries(keysAndValues));
  }

  static DataValue obj(Object... keysAndValues) {
    return DataValue.map(entries(keysAndValues));
  }

  static DataValue list(DataValue... items) {
    return DataValue.list(Arrays.asList(items));
  }

  static DataValue band(String min, String percent) {
    return obj("min", min, "percent", percent);
  }

  private static Map<String, DataValue> entries(Object... keysAndValues) {
    Map<String, DataValue> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      map.put((String) keysAndValues[i], v instanceof String s ? DataValue.decimal(s)
          : (DataValue) v);
    }
    return map;
  }
}
