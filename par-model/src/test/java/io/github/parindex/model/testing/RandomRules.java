package io.github.parindex.model.testing;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.RuleSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random rules of the nine built-in types, with plausible parameters as the rules catalogue defines
 * them, and random observations that each rule accepts.
 *
 * <p>Parameters are written with varied printed scales ({@code 1}, {@code 1.0}, {@code 0.10}), which
 * {@link DataValue.DecimalValue} keeps. Deterministic for a given {@link Random}.
 */
public final class RandomRules {
  /** The built-in rule type names. */
  public static final List<String> TYPES = List.of("yes-no", "option", "rate-linear", "rate-bands",
      "count-bands", "deduction", "reduction-target", "survey", "points");

  private static final List<List<String>> OPTION_KEYS = List.of(
      List.of("A", "B", "C", "D"), List.of("TOT", "KHA", "DAT", "KHONG_DAT"),
      List.of("Tốt", "Khá", "Trung bình", "Yếu"), List.of("1", "2", "3"), List.of("yes", "no"));

  private RandomRules() {}

  /**
   * A rule of a random built-in type.
   *
   * @param random the source of randomness
   * @param max the leaf's maximum, for parameters in points
   * @param pointDecimals the methodology's point decimals, for parameters in points
   * @return the rule
   */
  public static RuleSpec rule(Random random, BigDecimal max, int pointDecimals) {
    return rule(random, RandomTexts.pick(random, TYPES), max, pointDecimals);
  }

  /**
   * A rule of a given type with random plausible parameters.
   *
   * @param random the source of randomness
   * @param type one of {@link #TYPES}
   * @param max the leaf's maximum, for parameters in points
   * @param pointDecimals the methodology's point decimals, for parameters in points
   * @return the rule
   * @throws IllegalArgumentException for an unknown type
   */
  public static RuleSpec rule(Random random, String type, BigDecimal max, int pointDecimals) {
    Map<String, DataValue> p = new LinkedHashMap<>();
    switch (type) {
      case "yes-no", "points" -> { }
      case "option", "survey" -> p.put("options", options(random));
      case "rate-linear" -> {
        BigDecimal target = BigDecimal.ONE;
        if (random.nextBoolean()) {
          // above 1 now and then: full points from 110 % (CYCLE.md §1)
          target = RandomDecimals.between(random, new BigDecimal("0.5"),
              random.nextInt(4) == 0 ? new BigDecimal("1.5") : BigDecimal.ONE, 2);
          p.put("target", DataValue.decimal(RandomDecimals.rescale(random, target)));
        }
        if (random.nextInt(3) == 0) {
          BigDecimal floor = RandomDecimals.between(random, BigDecimal.ZERO,
              target.subtract(new BigDecimal("0.01")), 2);
          p.put("floor", DataValue.decimal(RandomDecimals.rescale(random, floor)));
        }
      }
      case "rate-bands" -> p.put("bands", bands(random, false));
      case "count-bands" -> p.put("bands", bands(random, true));
      case "deduction" -> {
        if (random.nextBoolean()) {
          BigDecimal perItem = RandomDecimals.between(random, BigDecimal.ZERO, max,
              random.nextInt(pointDecimals + 1));
          p.put("perItem", DataValue.decimal(perItem.signum() == 0 ? max : perItem));
        } else {
          p.put("perItemPercent", DataValue.decimal(RandomDecimals.rescale(random,
              BigDecimal.valueOf(5 * (1 + random.nextInt(20))))));
        }
        if (random.nextBoolean()) {
          p.put("freeItems", DataValue.decimal(BigDecimal.valueOf(random.nextInt(4))));
        }
      }
      case "reduction-target" -> p.put("target", DataValue.decimal(RandomDecimals.rescale(random,
          RandomDecimals.between(random, new BigDecimal("0.01"), BigDecimal.ONE, 3))));
      default -> throw new IllegalArgumentException("not a built-in rule type: " + type);
    }
    return RuleSpec.of(type, p);
  }

  private static DataValue options(Random random) {
    List<String> keys = RandomTexts.pick(random, OPTION_KEYS);
    Map<String, DataValue> options = new LinkedHashMap<>();
    BigDecimal percent = BigDecimal.valueOf(100);
    for (int i = 0; i < keys.size(); i++) {
      BigDecimal value = i == keys.size() - 1 ? BigDecimal.ZERO : percent;
      DataValue pct = DataValue.decimal(RandomDecimals.rescale(random, value));
      if (random.nextInt(3) == 0) {
        // an option with its wording (CYCLE.md §1)
        Map<String, DataValue> worded = new LinkedHashMap<>();
        worded.put("percent", pct);
        worded.put("label", DataValue.map(Map.of("vi", DataValue.text(
            RandomTexts.vietnamese(random)))));
        pct = DataValue.map(worded);
      }
      options.put(keys.get(i), pct);
      percent = RandomDecimals.between(random, BigDecimal.ZERO, percent, 1);
    }
    return DataValue.map(options);
  }

  private static DataValue bands(Random random, boolean counts) {
    // Distinct minima, highest first, the last one 0: whole counts, or rates in hundredths.
    java.util.TreeSet<Integer> steps = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    int n = 1 + random.nextInt(3);
    while (steps.size() < n) {
      // rates above 100 % now and then (≥ 1.10 → 100 %, CYCLE.md §1)
      steps.add(1 + random.nextInt(counts ? 30 : random.nextInt(4) == 0 ? 150 : 100));
    }
    steps.add(0);
    List<DataValue> bands = new ArrayList<>();
    BigDecimal percent = BigDecimal.valueOf(100);
    int i = 0;
    for (int step : steps) {
      BigDecimal min = counts ? BigDecimal.valueOf(step)
          : RandomDecimals.rescale(random, BigDecimal.valueOf(step, 2));
      boolean last = ++i == steps.size();
      Map<String, DataValue> band = new LinkedHashMap<>();
      band.put("min", DataValue.decimal(min));
      band.put("percent", DataValue.decimal(last ? BigDecimal.ZERO : percent));
      bands.add(DataValue.map(band));
      percent = RandomDecimals.between(random, BigDecimal.ZERO, percent, random.nextInt(2));
    }
    return DataValue.list(bands);
  }

  /**
   * A random observation that a leaf's rule accepts: its own kinds, now and then points set directly
   * (accepted by every rule), and not applicable when the leaf allows it.
   *
   * @param random the source of randomness
   * @param leaf the leaf, with a rule of a built-in type
   * @param pointDecimals the methodology's point decimals
   * @return the observation
   */
  public static Observation observation(Random random, Node leaf, int pointDecimals) {
    RuleSpec rule = leaf.rule().orElseThrow();
    int dice = random.nextInt(20);
    if (dice == 0 && leaf.allowNotApplicable()) {
      return Observation.notApplicable();
    }
    if (dice == 1 || rule.type().equals("points")) {
      return Observation.points(RandomDecimals.between(random, BigDecimal.ZERO, leaf.maxPoints(),
          random.nextInt(pointDecimals + 1)));
    }
    switch (rule.type()) {
      case "yes-no":
        return Observation.yes(random.nextBoolean());
      case "option": {
        List<String> keys = new ArrayList<>(optionKeys(rule));
        return Observation.option(RandomTexts.pick(random, keys));
      }
      case "rate-linear":
      case "rate-bands":
        return rateOrFraction(random);
      case "count-bands":
      case "deduction":
        return Observation.count(random.nextInt(4) == 0 ? random.nextInt(1000) : random.nextInt(15));
      case "reduction-target":
        if (random.nextInt(3) == 0) {
          return Observation.rate(RandomDecimals.between(random, BigDecimal.ZERO, BigDecimal.ONE, 5));
        }
        return Observation.change(BigDecimal.valueOf(1 + random.nextInt(200)),
            BigDecimal.valueOf(random.nextInt(250)));
      case "survey": {
        if (random.nextInt(3) == 0) {
          return Observation.rate(RandomDecimals.between(random, BigDecimal.ZERO, BigDecimal.ONE, 4));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : optionKeys(rule)) {
          counts.put(key, (long) random.nextInt(200));
        }
        String first = counts.keySet().iterator().next();
        counts.put(first, counts.get(first) + 1);
        return Observation.responses(counts);
      }
      default:
        return Observation.points(leaf.maxPoints());
    }
  }

  private static Observation rateOrFraction(Random random) {
    if (random.nextBoolean()) {
      return Observation.rate(RandomDecimals.between(random, BigDecimal.ZERO, BigDecimal.ONE,
          random.nextInt(7)));
    }
    long denominator = 1 + random.nextInt(20_000);
    long numerator = random.nextInt(4) == 0 ? denominator : (long) (random.nextDouble() * denominator);
    return Observation.fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  private static List<String> optionKeys(RuleSpec rule) {
    DataValue options = rule.parameter("options").orElseThrow();
    return List.copyOf(((DataValue.MapValue) options).entries().keySet());
  }
}
