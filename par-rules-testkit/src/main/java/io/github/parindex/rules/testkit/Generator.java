package io.github.parindex.rules.testkit;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic observations for the contract: landmarks (0, 1, the numbers written in the rule's
 * parameters and their neighbours) followed by seeded random values.
 */
final class Generator {
  /** Keys used when a rule has no {@code options}. */
  static final List<String> DEFAULT_KEYS = List.of("A", "B", "C", "D");
  /** A key that no rule is expected to define. */
  static final String UNLISTED_KEY = "UNLISTED";
  private static final BigDecimal STEP = new BigDecimal("0.0001");

  private final Random random;
  private final RuleSpec spec;
  private final BigDecimal max;
  private final int samples;
  private final int pointDecimals;

  Generator(long seed, RuleSpec spec, BigDecimal max, int samples, int pointDecimals) {
    this.random = new Random(seed);
    this.spec = spec;
    this.max = max;
    this.samples = samples;
    this.pointDecimals = pointDecimals;
  }

  List<Observation> generate(ObservationKind kind) {
    Set<Observation> out = new LinkedHashSet<>();
    switch (kind) {
      case YES -> {
        out.add(Observation.yes(false));
        out.add(Observation.yes(true));
      }
      case RATE -> rates().forEach(r -> out.add(Observation.rate(r)));
      case NUMERATOR_DENOMINATOR -> fractions(out);
      case COUNT -> counts().forEach(c -> out.add(Observation.count(c)));
      case OPTION -> {
        keys().forEach(k -> out.add(Observation.option(k)));
        out.add(Observation.option(UNLISTED_KEY));
      }
      case RESPONSES -> responses(out);
      case BASELINE_CURRENT -> changes(out);
      case POINTS -> points(out);
      case NOT_APPLICABLE -> out.add(Observation.notApplicable());
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    }
    return List.copyOf(out);
  }

  /** Every number written in the rule's parameters, at any depth. */
  private Set<BigDecimal> landmarks() {
    Set<BigDecimal> out = new TreeSet<>();
    spec.parameters().values().forEach(v -> collect(v, out));
    return out;
  }

  private static void collect(DataValue v, Set<BigDecimal> out) {
    if (v instanceof DataValue.DecimalValue d) {
      out.add(d.value());
    } else if (v instanceof DataValue.TextValue t
        && t.value().matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)")) {
      out.add(new BigDecimal(t.value()));
    } else if (v instanceof DataValue.ListValue l) {
      l.items().forEach(i -> collect(i, out));
    } else if (v instanceof DataValue.MapValue m) {
      m.entries().values().forEach(i -> collect(i, out));
    }
  }

  private static boolean isRate(BigDecimal v) {
    // rates above 1 are valid (CYCLE.md §1): landmarks above 1 (a rate-bands min of 1.1) are probed
    return v.signum() >= 0;
  }

  private List<BigDecimal> rates() {
    Set<BigDecimal> out = new LinkedHashSet<>();
    out.add(BigDecimal.ZERO);
    out.add(BigDecimal.ONE);
    out.add(new BigDecimal("0.5"));
    for (BigDecimal l : landmarks()) {
      for (BigDecimal v : List.of(l, l.subtract(STEP), l.add(STEP))) {
        if (isRate(v)) {
          out.add(v.stripTrailingZeros());
        }
      }
    }
    for (int i = 0; i < samples; i++) {
      int scale = 1 + random.nextInt(6);
      long unscaled = random.nextLong(BigDecimal.ONE.movePointRight(scale).longValueExact() + 1);
      out.add(BigDecimal.valueOf(unscaled, scale).stripTrailingZeros());
    }
    return new ArrayList<>(out);
  }

  private void fractions(Set<Observation> out) {
    out.add(fraction(BigDecimal.ZERO, BigDecimal.ONE));
    out.add(fraction(BigDecimal.ONE, BigDecimal.ONE));
    out.add(fraction(BigDecimal.ONE, BigDecimal.valueOf(3)));
    out.add(fraction(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    for (BigDecimal l : landmarks()) {
      if (isRate(l) && l.scale() <= 6) {
        BigDecimal n = l.multiply(million);
        out.add(fraction(n, million));
        if (n.signum() > 0) {
          out.add(fraction(n.subtract(BigDecimal.ONE), million));
        }
        if (n.compareTo(million) < 0) {
          out.add(fraction(n.add(BigDecimal.ONE), million));
        }
      }
    }
    for (int i = 0; i < samples; i++) {
      long d = 1 + (i % 3 == 0 ? random.nextInt(10) : random.nextInt(100_000));
      BigDecimal num = BigDecimal.valueOf(random.nextLong(d + 1));
      BigDecimal den = BigDecimal.valueOf(d);
      if (i % 7 == 0) {
        // decimal fractions: 12.5 / 50
        num = num.movePointLeft(1);
        den = den.movePointLeft(1);
      }
      out.add(fraction(num, den));
    }
  }

  private static Observation fraction(BigDecimal n, BigDecimal d) {
    return Observation.fraction(n, d);
  }

  private List<Long> counts() {
    Set<Long> out = new LinkedHashSet<>(List.of(0L, 1L, 2L, 3L, 5L, 10L, 100L, 1L << 40));
    for (BigDecimal l : landmarks()) {
      if (l.signum() >= 0 && l.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
        long floor = l.setScale(0, RoundingMode.FLOOR).longValue();
        out.add(floor);
        out.add(floor + 1);
        if (floor > 0) {
          out.add(floor - 1);
        }
      }
    }
    for (int i = 0; i < samples; i++) {
      out.add((long) random.nextInt(i % 2 == 0 ? 30 : 10_000));
    }
    return new ArrayList<>(out);
  }

  /** The keys of the rule's {@code options}, or A to D. */
  List<String> keys() {
    DataValue options = spec.parameters().get("options");
    if (options instanceof DataValue.MapValue m && !m.entries().isEmpty()) {
      return List.copyOf(m.entries().keySet());
    }
    return DEFAULT_KEYS;
  }

  private void responses(Set<Observation> out) {
    List<String> keys = keys();
    for (String k : keys) {
      out.add(Observation.responses(Map.of(k, 1L)));
    }
    Map<String, Long> withZero = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      withZero.put(keys.get(i), i == 0 ? 0L : (long) i);
    }
    if (keys.size() > 1) {
      out.add(Observation.responses(withZero));
    }
    for (int i = 0; i < samples; i++) {
      Map<String, Long> counts = new LinkedHashMap<>();
      long total = 0;
      for (String k : keys) {
        long c = random.nextInt(4) == 0 ? 0 : random.nextInt(200);
        counts.put(k, c);
        total += c;
      }
      if (total == 0) {
        counts.put(keys.get(random.nextInt(keys.size())), 1L);
      }
      out.add(Observation.responses(counts));
    }
    Map<String, Long> unlisted = new LinkedHashMap<>();
    unlisted.put(keys.get(0), 1L);
    unlisted.put(UNLISTED_KEY, 1L);
    out.add(Observation.responses(unlisted));
  }

  private void changes(Set<Observation> out) {
    List<BigDecimal> baselines = new ArrayList<>(List.of(BigDecimal.ONE, BigDecimal.TEN,
        BigDecimal.valueOf(56), BigDecimal.valueOf(100), new BigDecimal("12.5")));
    for (int i = 0; i < samples / 4 + 1; i++) {
      baselines.add(BigDecimal.valueOf(1 + random.nextInt(10_000)));
    }
    for (BigDecimal b : baselines) {
      out.add(Observation.change(b, BigDecimal.ZERO));
      out.add(Observation.change(b, b));
      out.add(Observation.change(b, b.add(BigDecimal.ONE)));
      for (BigDecimal l : landmarks()) {
        if (isRate(l)) {
          // current = baseline × (1 − l): a reduction of exactly l
          out.add(Observation.change(b, b.multiply(BigDecimal.ONE.subtract(l))));
        }
      }
      BigDecimal twice = b.add(b);
      out.add(Observation.change(b, twice.multiply(BigDecimal.valueOf(random.nextInt(1001)))
          .divide(BigDecimal.valueOf(1000))));
    }
    for (int i = 0; i < samples; i++) {
      BigDecimal b = BigDecimal.valueOf(1 + random.nextInt(1000));
      BigDecimal c = BigDecimal.valueOf(random.nextInt(2 * b.intValueExact() + 1));
      out.add(Observation.change(b, c));
    }
  }

  private void points(Set<Observation> out) {
    out.add(Observation.points(BigDecimal.ZERO));
    out.add(Observation.points(max));
    BigInteger top = max.movePointRight(pointDecimals).toBigIntegerExact();
    for (int i = 0; i < samples; i++) {
      BigInteger unscaled = new BigInteger(top.bitLength() + 8, random).mod(top.add(BigInteger.ONE));
      out.add(Observation.points(new BigDecimal(unscaled, pointDecimals)));
    }
  }
}
