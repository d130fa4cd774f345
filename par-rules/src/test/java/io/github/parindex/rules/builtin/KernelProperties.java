package io.github.parindex.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleInputException;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.internal.Fixed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule's {@link LeafKernel} against the rule itself — the independent oracle, exact
 * {@code Ratio} arithmetic rounded once by {@code BigDecimal}: on random parameters, maxima, point
 * decimals (0 to 6) and the three rounding modes a methodology may use, and on observations at
 * and beside every threshold, a kernel gives the rule's rounded points × 10^d, refuses exactly what
 * the rule refuses, or throws {@link ArithmeticException} (then the scorer uses the rule).
 */
class KernelProperties {
  private static final List<String> TYPES = List.of("yes-no", "option", "rate-linear",
      "rate-bands", "count-bands", "deduction", "reduction-target", "survey", "points");
  /** The rounding modes a methodology may use. */
  private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.DOWN};

  @Property(tries = 600)
  void kernel_givesTheRulesPointsRoundedOnce(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String type = TYPES.get(random.nextInt(TYPES.size()));
    int scale = random.nextInt(7);
    RoundingMode mode = MODES[random.nextInt(MODES.length)];
    BigDecimal max = decimal(random, 1, 5_000, Math.min(scale, 2)).max(BigDecimal.ONE.movePointLeft(
        Math.min(scale, 2)));
    RuleSpec spec = spec(random, type);
    Methodology m = Fixtures.methodology(mode, scale, Fixtures.leaf("1.1", max.toPlainString(),
        spec));
    PreparedRules prepared = RuleRegistry.builtIn().prepare(m);
    LeafRule rule = prepared.rule("1.1");
    LeafKernel kernel = prepared.kernel("1.1");
    assertNotNull(kernel, type + " has a kernel");
    Statistics.label("type").collect(type);
    for (Observation o : observations(random, spec, max)) {
      String context = type + " " + spec.parameters() + ", max " + max + ", " + scale + " decimals, "
          + mode + ": " + o;
      Evaluation expected;
      try {
        expected = rule.evaluate(o);
      } catch (RuleInputException e) {
        long got = kernelPoints(kernel, o);
        assertTrue(got == LeafKernel.REFUSED || got == OVERFLOW, context + ": refused by the rule, "
            + "the kernel gave " + got);
        Statistics.label("outcome").collect("refused");
        continue;
      }
      long got = kernelPoints(kernel, o);
      if (got == OVERFLOW) {
        Statistics.label("outcome").collect("overflow");
        continue;
      }
      long want = Fixed.of(expected.points().round(scale, mode), scale);
      assertEquals(want, got, context);
      Statistics.label("outcome").collect("equal");
    }
    Statistics.label("outcome").coverage(c -> c.check("equal").percentage(p -> p > 90));
  }

  private static final long OVERFLOW = Long.MIN_VALUE;

  private static long kernelPoints(LeafKernel kernel, Observation o) {
    try {
      return kernel.points(o);
    } catch (ArithmeticException e) {
      return OVERFLOW;
    }
  }

  @Test
  void kernel_numbersBeyondLong_throwRatherThanWrap() {
    RuleSpec deduction = Fixtures.rule("deduction", "perItem", "1000000000000");
    LeafKernel kernel = kernel(deduction, "2", 4);
    assertThrows(ArithmeticException.class, () -> kernel.points(Observation.count(Long.MAX_VALUE)));
    LeafKernel linear = kernel(Fixtures.rule("rate-linear", "target", "0.9"), "2", 4);
    assertThrows(ArithmeticException.class, () -> linear.points(Observation.rate(
        new BigDecimal("0.912345678901234567890123"))));
  }

  @Test
  void kernel_refusesWhatTheRuleRefuses() {
    LeafKernel option = kernel(Fixtures.rule("option", "options", Fixtures.obj("A", "100",
        "B", "50")), "2", 4);
    assertEquals(10_000, option.points(Observation.option("B")));
    assertEquals(LeafKernel.REFUSED, option.points(Observation.option("Z")));
    LeafKernel survey = kernel(Fixtures.rule("survey"), "2", 4);
    assertEquals(LeafKernel.REFUSED, survey.points(Fixtures.responses("A", 1)));
    assertEquals(15_000, survey.points(Fixtures.rate("0.75")));
  }

  private static LeafKernel kernel(RuleSpec spec, String max, int scale) {
    Methodology m = Fixtures.methodology(RoundingMode.HALF_UP, scale,
        Fixtures.leaf("1.1", max, spec));
    LeafKernel kernel = RuleRegistry.builtIn().prepare(m).kernel("1.1");
    assertNotNull(kernel);
    return kernel;
  }

  // ---- random parameters

  private static RuleSpec spec(SplittableRandom r, String type) {
    return switch (type) {
      case "option" -> Fixtures.rule(type, "options", percents(r, 1 + r.nextInt(4)));
      case "rate-linear" -> {
        BigDecimal target = unit(r, true);
        yield r.nextBoolean() ? Fixtures.rule(type, "target", target.toPlainString())
            : Fixtures.rule(type, "target", target.toPlainString(), "floor",
                target.multiply(unit(r, false)).setScale(6, RoundingMode.DOWN)
                    .stripTrailingZeros().toPlainString());
      }
      case "rate-bands" -> Fixtures.rule(type, "bands", bands(r, false));
      case "count-bands" -> Fixtures.rule(type, "bands", bands(r, true));
      case "deduction" -> r.nextBoolean()
          ? Fixtures.rule(type, "perItem", decimal(r, 0, 300, 3).toPlainString(), "freeItems",
              Integer.toString(r.nextInt(3)))
          : Fixtures.rule(type, "perItemPercent", decimal(r, 0, 100, 2).toPlainString());
      case "reduction-target" -> Fixtures.rule(type, "target", unit(r, true).toPlainString());
      case "survey" -> r.nextInt(4) == 0 ? Fixtures.rule(type)
          : Fixtures.rule(type, "options", percents(r, 2 + r.nextInt(3)));
      default -> Fixtures.rule(type);
    };
  }

  /** Options A, B, ... worth percents of 0 to 3 decimals. */
  private static DataValue percents(SplittableRandom r, int n) {
    Map<String, DataValue> options = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      options.put(Character.toString('A' + i), DataValue.decimal(decimal(r, 0, 100, 3)));
    }
    return DataValue.map(options);
  }

  private static DataValue bands(SplittableRandom r, boolean whole) {
    int n = 1 + r.nextInt(4);
    List<DataValue> out = new ArrayList<>();
    BigDecimal previous = whole ? BigDecimal.valueOf(20) : BigDecimal.ONE.add(BigDecimal.ONE);
    for (int i = 0; i < n; i++) {
      BigDecimal min;
      if (i == n - 1) {
        min = BigDecimal.ZERO;
      } else if (whole) {
        min = BigDecimal.valueOf(Math.max(n - i, r.nextInt(previous.intValue())));
      } else {
        min = previous.min(BigDecimal.ONE).multiply(unit(r, true)).setScale(4, RoundingMode.DOWN)
            .max(BigDecimal.valueOf(n - i, 4)).stripTrailingZeros();
      }
      if (min.compareTo(previous) >= 0) {
        min = previous.subtract(whole ? BigDecimal.ONE : new BigDecimal("0.0001"));
      }
      out.add(Fixtures.obj("min", min.toPlainString(), "percent",
          decimal(r, 0, 100, 2).toPlainString()));
      previous = min;
    }
    return DataValue.list(out);
  }

  /** A number in (0, 1] (or [0, 1) when {@code positive} is false) of 1 to 4 decimals. */
  private static BigDecimal unit(SplittableRandom r, boolean positive) {
    int decimals = 1 + r.nextInt(4);
    long bound = (long) Math.pow(10, decimals);
    long v = positive ? 1 + r.nextLong(bound) : r.nextLong(bound);
    return BigDecimal.valueOf(v, decimals).stripTrailingZeros();
  }

  /** A decimal from {@code lo} to {@code hi} with up to {@code decimals} decimals. */
  private static BigDecimal decimal(SplittableRandom r, long lo, long hi, int decimals) {
    int d = decimals == 0 ? 0 : r.nextInt(decimals + 1);
    long scale = (long) Math.pow(10, d);
    return BigDecimal.valueOf(lo * scale + r.nextLong((hi - lo) * scale + 1), d)
        .stripTrailingZeros();
  }

  // ---- observations: thresholds, their neighbours, and random ones

  private static List<Observation> observations(SplittableRandom r, RuleSpec spec, BigDecimal max) {
    EnumSet<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    kinds.addAll(RuleRegistry.builtIn().find(spec.type()).orElseThrow().acceptedKinds());
    List<BigDecimal> landmarks = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE,
        new BigDecimal("0.5")));
    collectNumbers(DataValue.map(spec.parameters()), landmarks);
    List<Observation> out = new ArrayList<>();
    for (ObservationKind kind : kinds) {
      switch (kind) {
        case YES -> {
          out.add(Observation.yes(true));
          out.add(Observation.yes(false));
        }
        case RATE -> {
          for (BigDecimal l : landmarks) {
            for (BigDecimal v : neighbours(l)) {
              if (v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0) {
                out.add(Observation.rate(v));
              }
            }
          }
          for (int i = 0; i < 10; i++) {
            out.add(Observation.rate(decimal(r, 0, 1, 6).min(BigDecimal.ONE)));
          }
        }
        case NUMERATOR_DENOMINATOR -> {
          for (int i = 0; i < 10; i++) {
            BigDecimal den = decimal(r, 1, 100_000, 2).max(BigDecimal.ONE);
            BigDecimal num = den.multiply(unit(r, false)).setScale(r.nextInt(3), RoundingMode.DOWN);
            out.add(Observation.fraction(num, den));
          }
          out.add(Observation.fraction(BigDecimal.ONE, BigDecimal.valueOf(3)));
          out.add(Observation.fraction(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
        }
        case COUNT -> {
          for (long c = 0; c <= 25; c++) {
            out.add(Observation.count(c));
          }
          out.add(Observation.count(r.nextLong(1_000_000)));
          out.add(Observation.count(1L << 40));
        }
        case OPTION -> {
          for (String key : keys(spec)) {
            out.add(Observation.option(key));
          }
          out.add(Observation.option("UNLISTED"));
        }
        case RESPONSES -> {
          List<String> keys = keys(spec);
          for (int i = 0; i < 6; i++) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String key : keys) {
              counts.put(key, r.nextLong(500));
            }
            counts.merge(keys.isEmpty() ? "A" : keys.get(0), 1L, Long::sum);
            out.add(Observation.responses(counts));
          }
          out.add(Observation.responses(Map.of("UNLISTED", 3L)));
        }
        case BASELINE_CURRENT -> {
          for (int i = 0; i < 10; i++) {
            BigDecimal baseline = decimal(r, 1, 10_000, 2).max(BigDecimal.ONE);
            out.add(Observation.change(baseline, decimal(r, 0, 12_000, 2)));
          }
          for (BigDecimal l : landmarks) {
            if (l.signum() > 0 && l.compareTo(BigDecimal.ONE) <= 0) {
              // an exact reduction equal to a threshold: baseline 10^4, current 10^4 × (1 − l)
              BigDecimal base = BigDecimal.valueOf(10_000);
              out.add(Observation.change(base, base.subtract(base.multiply(l))));
            }
          }
        }
        case POINTS -> {
          out.add(Observation.points(BigDecimal.ZERO));
          out.add(Observation.points(max));
          for (int i = 0; i < 6; i++) {
            out.add(Observation.points(max.multiply(unit(r, false)).setScale(r.nextInt(5),
                RoundingMode.DOWN)));
          }
        }
        default -> {
          // notApplicable never reaches a rule
        }
      }
    }
    return out;
  }

  private static List<BigDecimal> neighbours(BigDecimal v) {
    BigDecimal step = new BigDecimal("0.0001");
    return List.of(v, v.add(step), v.subtract(step));
  }

  private static void collectNumbers(DataValue value, List<BigDecimal> out) {
    if (value instanceof DataValue.DecimalValue d) {
      out.add(d.value());
    } else if (value instanceof DataValue.MapValue m) {
      m.entries().values().forEach(v -> collectNumbers(v, out));
    } else if (value instanceof DataValue.ListValue l) {
      l.items().forEach(v -> collectNumbers(v, out));
    }
  }

  private static List<String> keys(RuleSpec spec) {
    DataValue options = spec.parameters().get("options");
    return options instanceof DataValue.MapValue m ? List.copyOf(m.entries().keySet()) : List.of();
  }
}
