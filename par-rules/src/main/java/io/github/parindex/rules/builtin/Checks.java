package io.github.parindex.rules.builtin;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Observation;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Parameter readings and observation helpers shared by the built-in rules. */
final class Checks {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Checks() {}

  /**
   * A parameter read and checked, once {@link Parameters#done()} has passed: a reading that recorded
   * a problem gave {@code null}, and {@code done()} threw.
   *
   * @param value the value read
   * @param <T> its type
   * @return the value
   */
  static <T> T checked(@Nullable T value) {
    return Objects.requireNonNull(value, "a parameter with a problem, after Parameters.done()");
  }

  /** A required percent from 0 to 100; {@code null} after recording a problem. */
  static @Nullable BigDecimal percent(Parameters p, String name) {
    return p.decimalIn(name, null, BigDecimal.ZERO, true, HUNDRED, true);
  }

  /** A decimal of at least 0, required when {@code defaultValue} is null; null after a problem. */
  static @Nullable BigDecimal atLeastZero(Parameters p, String name,
      @Nullable BigDecimal defaultValue) {
    BigDecimal v = defaultValue == null ? p.decimal(name) : p.decimal(name, defaultValue);
    if (v != null && v.signum() < 0) {
      p.problem("/" + name, "expected a value of at least 0, got " + Text.en(v));
      return null;
    }
    return v;
  }

  /** A whole number of at least 0, required when {@code defaultValue} is null; null on a problem. */
  static @Nullable BigDecimal wholeAtLeastZero(Parameters p, String name,
      @Nullable BigDecimal defaultValue) {
    BigDecimal v = defaultValue == null ? p.decimal(name) : p.decimal(name, defaultValue);
    if (v != null && (v.signum() < 0 || v.stripTrailingZeros().scale() > 0)) {
      p.problem("/" + name, "expected a whole number of at least 0, got " + v.toPlainString());
      return null;
    }
    return v;
  }

  /**
   * An option's percent and, when the criteria set words it, its label (CYCLE.md §1).
   *
   * @param percent the percent of the maximum, 0 to 100
   * @param vi the Vietnamese wording, or {@code null}
   * @param en the English wording, or {@code null}
   */
  record Option(BigDecimal percent, @Nullable String vi, @Nullable String en) {
    /** The wording in Vietnamese, else English; {@code null} when the option has none. */
    @Nullable String labelVi() {
      return vi != null ? vi : en;
    }

    /** The wording in English, else Vietnamese; {@code null} when the option has none. */
    @Nullable String labelEn() {
      return en != null ? en : vi;
    }
  }

  /**
   * A map of option keys to percents from 0 to 100, with at least one option.
   *
   * @return the options in file order, or {@code null} after recording a problem
   */
  static @Nullable Map<String, BigDecimal> options(Parameters p, String name) {
    Map<String, Option> read = labelledOptions(p, name);
    if (read == null) {
      return null;
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    read.forEach((k, v) -> out.put(k, v.percent()));
    return out;
  }

  /**
   * A map of option keys to options, with at least one: each entry a percent from 0 to 100, or
   * {@code {"percent": 50, "label": {"vi": ..., "en": ...}}} (the label may be a plain text, read
   * as Vietnamese).
   *
   * @return the options in file order, or {@code null} after recording a problem
   */
  static @Nullable Map<String, Option> labelledOptions(Parameters p, String name) {
    if (!p.has(name)) {
      p.problem("/" + name, "required: expected an object such as {\"A\": 100, \"B\": 50}");
      return null;
    }
    DataValue raw = p.raw(name).orElseThrow();
    if (!(raw instanceof DataValue.MapValue m)) {
      p.problem("/" + name, "expected an object such as {\"A\": 100, \"B\": 50}, got a "
          + raw.kindName());
      return null;
    }
    boolean ok = true;
    if (m.entries().isEmpty()) {
      p.problem("/" + name, "expected at least one option, such as {\"A\": 100, \"B\": 50}");
      ok = false;
    }
    Map<String, Option> out = new LinkedHashMap<>();
    for (Map.Entry<String, DataValue> e : m.entries().entrySet()) {
      String at = "/" + name + "/" + Text.escape(e.getKey());
      if (e.getKey().isBlank()) {
        p.problem(at, "an option key must not be blank");
        ok = false;
      }
      Option option = option(p, at, e.getValue());
      if (option == null) {
        ok = false;
      } else {
        out.put(e.getKey(), option);
      }
    }
    return ok ? out : null;
  }

  private static @Nullable Option option(Parameters p, String at, DataValue v) {
    DataValue percentValue = v;
    String vi = null;
    String en = null;
    boolean ok = true;
    if (v instanceof DataValue.MapValue m) {
      percentValue = m.entries().get("percent");
      for (Map.Entry<String, DataValue> x : m.entries().entrySet()) {
        switch (x.getKey()) {
          case "percent" -> { }
          case "label" -> {
            DataValue label = x.getValue();
            if (label instanceof DataValue.TextValue t && !t.value().isBlank()) {
              vi = t.value();
            } else if (label instanceof DataValue.MapValue l && !l.entries().isEmpty()) {
              for (Map.Entry<String, DataValue> y : l.entries().entrySet()) {
                boolean text = y.getValue() instanceof DataValue.TextValue t
                    && !t.value().isBlank();
                if (!text || !(y.getKey().equals("vi") || y.getKey().equals("en"))) {
                  p.problem(at + "/label/" + Text.escape(y.getKey()), "expected a non-blank text "
                      + "under \"vi\" or \"en\"");
                  ok = false;
                } else if (y.getKey().equals("vi")) {
                  vi = ((DataValue.TextValue) y.getValue()).value();
                } else {
                  en = ((DataValue.TextValue) y.getValue()).value();
                }
              }
            } else {
              p.problem(at + "/label", "expected a wording {\"vi\": ..., \"en\": ...} or a "
                  + "non-blank text");
              ok = false;
            }
          }
          default -> {
            p.problem(at + "/" + Text.escape(x.getKey()), "unknown member of an option: expected "
                + "\"percent\" and \"label\"");
            ok = false;
          }
        }
      }
      if (percentValue == null) {
        p.problem(at + "/percent", "required: expected a percent from 0 to 100");
        return null;
      }
      at = at + "/percent";
    }
    BigDecimal percent = decimalOf(percentValue);
    if (percent == null) {
      p.problem(at, "expected a percent from 0 to 100, or {\"percent\": 50, \"label\": "
          + "{\"vi\": ...}}, got a " + percentValue.kindName());
      return null;
    }
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      p.problem(at, "expected a percent from 0 to 100, got " + percent.toPlainString());
      return null;
    }
    return ok ? new Option(percent, vi, en) : null;
  }

  private static @Nullable BigDecimal decimalOf(DataValue v) {
    if (v instanceof DataValue.DecimalValue d) {
      return d.value();
    }
    if (v instanceof DataValue.TextValue t && t.value().matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)")) {
      return new BigDecimal(t.value());
    }
    return null;
  }

  /**
   * The rate of a {@code rate} or {@code numerator+denominator} observation, exactly.
   *
   * @throws IllegalArgumentException for another kind
   */
  static Ratio rate(Observation o) {
    if (o instanceof Observation.Rate r) {
      return Ratio.of(r.rate());
    }
    if (o instanceof Observation.Fraction f) {
      return Ratio.of(f.numerator(), f.denominator());
    }
    throw new IllegalArgumentException("not a rate: " + o.kind().fileName());
  }

  /**
   * A rate as a sentence shows it: {@code 44/47 = 93.62 %} for a fraction, {@code 93.62 %} for a
   * rate, with the methodology's index decimals.
   */
  static String ratePercentEn(Observation o, Text.Num percent) {
    if (o instanceof Observation.Fraction f) {
      return Text.en(f.numerator()) + "/" + Text.en(f.denominator()) + " = " + percent.en();
    }
    return percent.en();
  }

  /**
   * A rate as the operand of a formula, exactly as declared, so that the formula's result is what
   * it shows: the fraction ({@code 44/47}), or the rate as an exact percentage ({@code 99.84 %}).
   */
  static String operandEn(Observation o) {
    if (o instanceof Observation.Fraction f) {
      return Text.en(f.numerator()) + "/" + Text.en(f.denominator());
    }
    return Text.exactPercent(((Observation.Rate) o).rate()).en();
  }

  /** The fraction of the maximum earned. */
  static Ratio share(Ratio points, BigDecimal max) {
    return points.divide(Ratio.of(max));
  }
}
