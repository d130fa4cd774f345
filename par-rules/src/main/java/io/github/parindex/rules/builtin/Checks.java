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
   * A map of option keys to percents from 0 to 100, with at least one option.
   *
   * @return the options in file order, or {@code null} after recording a problem
   */
  static @Nullable Map<String, BigDecimal> options(Parameters p, String name) {
    boolean present = p.has(name);
    Map<String, BigDecimal> read = p.decimalMap(name);
    if (!present) {
      return null;
    }
    boolean ok = p.raw(name).orElseThrow() instanceof DataValue.MapValue m
        && m.entries().size() == read.size();
    if (ok && read.isEmpty()) {
      p.problem("/" + name, "expected at least one option, such as {\"A\": 100, \"B\": 50}");
      ok = false;
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> e : read.entrySet()) {
      String at = "/" + name + "/" + Text.escape(e.getKey());
      if (e.getKey().isBlank()) {
        p.problem(at, "an option key must not be blank");
        ok = false;
      }
      BigDecimal v = e.getValue();
      if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
        p.problem(at, "expected a percent from 0 to 100, got " + v.toPlainString());
        ok = false;
      }
      out.put(e.getKey(), v);
    }
    return ok ? out : null;
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
   * How a rate was declared, in English, from its number formatted once: "0.9984", or
   * "9984/10000 = 0.9984". The Vietnamese text is the same with decimal commas.
   */
  static String rateEn(Observation o, Text.Num rate) {
    if (o instanceof Observation.Fraction f) {
      return Text.en(f.numerator()) + "/" + Text.en(f.denominator()) + " = " + rate.en();
    }
    return rate.en();
  }

  /** The fraction of the maximum earned. */
  static Ratio share(Ratio points, BigDecimal max) {
    return points.divide(Ratio.of(max));
  }
}
