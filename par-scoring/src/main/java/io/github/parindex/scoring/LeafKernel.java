package io.github.parindex.scoring;

import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A built-in rule compiled to exact {@code long} arithmetic at the methodology's {@code pointDecimals}
 * ({@code s}): {@link #points(Observation)} returns the leaf's points × 10^s, rounded once with the
 * methodology's mode — the same number the rule's exact {@link Ratio} rounds to, by construction:
 *
 * <ul>
 *   <li>points that depend only on a key or a band (yes-no, option, rate-bands, count-bands) are the
 *       built-in rule's own {@code Ratio}, rounded once when the kernel is built, and looked up;
 *   <li>the others are one fraction {@code a / b} of whole numbers, formed with
 *       {@link Math#multiplyExact} and rounded once by {@link Fixed#divide}: rate-linear
 *       {@code max × rate / target}, reduction-target {@code max × reduction / target}, survey
 *       {@code max × Σ(count × percent) / (100 × Σ count)} or {@code max × rate}, deduction
 *       {@code max − perItem × charged} and points;
 *   <li>comparisons with thresholds (floor, target, band minimums) are cross-multiplied, never divided.
 * </ul>
 *
 * <p>An overflow throws {@link ArithmeticException}: the caller then scores that leaf through the
 * rule itself ({@code PreparedRules.score}), in {@code BigDecimal}. An observation the rule would
 * refuse (an unknown option or response key) gives {@link #INPUT_ERROR}, and the caller has the
 * submission checked by the reference path, which reports the problem. Immutable.
 */
final class LeafKernel {
  /** Returned for an observation the rule refuses. */
  static final long INPUT_ERROR = -1;

  private static final int YES_NO = 0;
  private static final int OPTION = 1;
  private static final int RATE_LINEAR = 2;
  private static final int RATE_BANDS = 3;
  private static final int COUNT_BANDS = 4;
  private static final int DEDUCTION = 5;
  private static final int REDUCTION_TARGET = 6;
  private static final int SURVEY = 7;
  private static final int POINTS = 8;
  private static final List<String> TYPES = List.of("yes-no", "option", "rate-linear",
      "rate-bands", "count-bands", "deduction", "reduction-target", "survey", "points");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int type;
  private final int scale;
  private final RoundingMode mode;
  /** The leaf's maximum × 10^s. */
  private final long max;
  // rate-linear, reduction-target: target (and floor) as unscaled value and scale
  private long targetUnscaled;
  private int targetScale;
  private long floorUnscaled;
  private int floorScale;
  // option, survey: keys; option: their points; survey: their percents at percentScale
  private String[] keys;
  private long[] keyValues;
  private int percentScale;
  // rate-bands, count-bands: band minimums (unscaled, scale) and points
  private long[] minUnscaled;
  private int[] minScale;
  private long[] bandPoints;
  // deduction: the leaf's maximum and the deduction per item, both at deductionScale; free items
  private long maxAtDeductionScale;
  private long perItem;
  private int deductionScale;
  private long freeItems;

  private LeafKernel(int type, int scale, RoundingMode mode, long max) {
    this.type = type;
    this.scale = scale;
    this.mode = mode;
    this.max = max;
  }

  /**
   * Compiles a leaf's rule, if it is a built-in type with parameters that fit in long arithmetic.
   *
   * @param leaf the leaf
   * @param evaluator the evaluator the registry found for its rule
   * @param scale the methodology's point decimals
   * @param mode the methodology's rounding mode
   * @return the kernel, or {@code null} to score the leaf through its rule
   */
  static LeafKernel compile(Node leaf, RuleEvaluator evaluator, int scale, RoundingMode mode) {
    RuleSpec spec = leaf.rule().orElseThrow();
    int type = TYPES.indexOf(spec.type());
    if (type < 0 || mode == RoundingMode.UNNECESSARY || !isBuiltIn(evaluator)) {
      return null;
    }
    try {
      LeafKernel k = new LeafKernel(type, scale, mode, Fixed.of(leaf.maxPoints(), scale));
      k.prepare(Parameters.of(spec), leaf.maxPoints());
      return k;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Whether the evaluator is the built-in one of its type (not a custom rule of the same name). */
  private static boolean isBuiltIn(RuleEvaluator evaluator) {
    return RuleRegistry.builtIn().find(evaluator.type())
        .map(b -> b.getClass() == evaluator.getClass()).orElse(false);
  }

  /** Reads the parameters as the built-in rule does; they were checked when the rule was prepared. */
  private void prepare(Parameters p, BigDecimal maxPoints) {
    switch (type) {
      case OPTION -> {
        Map<String, BigDecimal> options = p.decimalMap("options");
        keys = options.keySet().toArray(new String[0]);
        keyValues = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
          keyValues[i] = rounded(Ratio.of(options.get(keys[i]), HUNDRED).multiply(maxPoints));
        }
      }
      case RATE_LINEAR -> {
        BigDecimal target = p.decimal("target", BigDecimal.ONE);
        BigDecimal floor = p.decimal("floor", BigDecimal.ZERO);
        targetUnscaled = Fixed.unscaled(nonNegativeScale(target));
        targetScale = nonNegativeScale(target).scale();
        floorUnscaled = Fixed.unscaled(nonNegativeScale(floor));
        floorScale = nonNegativeScale(floor).scale();
      }
      case RATE_BANDS, COUNT_BANDS -> {
        List<Parameters> bands = p.objects("bands");
        minUnscaled = new long[bands.size()];
        minScale = new int[bands.size()];
        bandPoints = new long[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
          BigDecimal min = nonNegativeScale(bands.get(i).decimal("min"));
          if (type == COUNT_BANDS) {
            min = nonNegativeScale(min.stripTrailingZeros());
          }
          minUnscaled[i] = Fixed.unscaled(min);
          minScale[i] = min.scale();
          bandPoints[i] = rounded(Ratio.of(bands.get(i).decimal("percent"), HUNDRED)
              .multiply(maxPoints));
        }
      }
      case DEDUCTION -> {
        BigDecimal each = p.has("perItem") ? p.decimal("perItem")
            : p.decimal("perItemPercent").multiply(maxPoints).divide(HUNDRED);
        each = nonNegativeScale(each);
        BigDecimal max = nonNegativeScale(maxPoints);
        deductionScale = Math.max(each.scale(), max.scale());
        perItem = Fixed.of(each, deductionScale);
        maxAtDeductionScale = Fixed.of(max, deductionScale);
        freeItems = p.decimal("freeItems", BigDecimal.ZERO).stripTrailingZeros().longValueExact();
      }
      case REDUCTION_TARGET -> {
        BigDecimal target = nonNegativeScale(p.decimal("target"));
        targetUnscaled = Fixed.unscaled(target);
        targetScale = target.scale();
      }
      case SURVEY -> {
        Map<String, BigDecimal> options = p.has("options") ? p.decimalMap("options") : Map.of();
        keys = options.keySet().toArray(new String[0]);
        keyValues = new long[keys.length];
        percentScale = 0;
        for (BigDecimal v : options.values()) {
          percentScale = Math.max(percentScale, nonNegativeScale(v).scale());
        }
        for (int i = 0; i < keys.length; i++) {
          keyValues[i] = Fixed.of(options.get(keys[i]), percentScale);
        }
      }
      default -> {
        // yes-no and points have no parameters
      }
    }
  }

  private long rounded(Ratio exact) {
    return Fixed.of(exact.round(scale, mode), scale);
  }

  private static BigDecimal nonNegativeScale(BigDecimal v) {
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * Scores an observation of a kind the rule accepts (never {@code notApplicable}, nor a {@code points}
   * override of another type).
   *
   * @param o the observation
   * @return the points × 10^s, or {@link #INPUT_ERROR}
   * @throws ArithmeticException if long arithmetic is not enough: score through the rule instead
   */
  long points(Observation o) {
    switch (type) {
      case YES_NO:
        return ((Observation.YesNo) o).yes() ? max : 0;
      case OPTION:
        return option(((Observation.Option) o).key());
      case RATE_LINEAR:
        if (o instanceof Observation.Rate r) {
          BigDecimal rate = r.rate();
          return rateLinear(Fixed.unscaled(rate), Fixed.pow10(rate.scale()));
        }
        return rateLinear(fractionNumerator((Observation.Fraction) o),
            fractionDenominator((Observation.Fraction) o));
      case RATE_BANDS:
        if (o instanceof Observation.Rate r) {
          BigDecimal rate = r.rate();
          return rateBands(Fixed.unscaled(rate), Fixed.pow10(rate.scale()));
        }
        return rateBands(fractionNumerator((Observation.Fraction) o),
            fractionDenominator((Observation.Fraction) o));
      case COUNT_BANDS:
        return countBands(((Observation.Count) o).count());
      case DEDUCTION:
        return deduction(((Observation.Count) o).count());
      case REDUCTION_TARGET:
        return reduction(o);
      case SURVEY:
        return survey(o);
      default:
        return Fixed.of(((Observation.Points) o).points(), scale);
    }
  }

  private long option(String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return keyValues[i];
      }
    }
    return INPUT_ERROR;
  }

  /**
   * The numerator of the rate n / d as a fraction of whole numbers: n × 10^(scale of d), so that
   * n / d = this / {@link #fractionDenominator}.
   */
  private static long fractionNumerator(Observation.Fraction f) {
    return Math.multiplyExact(Fixed.unscaled(f.numerator()), Fixed.pow10(f.denominator().scale()));
  }

  /** The denominator (positive) of the rate n / d as a fraction of whole numbers. */
  private static long fractionDenominator(Observation.Fraction f) {
    return Math.multiplyExact(Fixed.unscaled(f.denominator()), Fixed.pow10(f.numerator().scale()));
  }

  /** Whether {@code num / den >= unscaled / 10^valueScale}, for a positive {@code den}. */
  private static boolean atLeast(long num, long den, long unscaled, int valueScale) {
    return Math.multiplyExact(num, Fixed.pow10(valueScale)) >= Math.multiplyExact(unscaled, den);
  }

  private long rateLinear(long num, long den) {
    if (!atLeast(num, den, floorUnscaled, floorScale)) {
      return 0;
    }
    if (atLeast(num, den, targetUnscaled, targetScale)) {
      return max;
    }
    // max × (num / den) / (target / 10^targetScale)
    return Fixed.divide(Math.multiplyExact(Math.multiplyExact(max, num), Fixed.pow10(targetScale)),
        Math.multiplyExact(den, targetUnscaled), mode);
  }

  private long rateBands(long num, long den) {
    for (int i = 0; i < minUnscaled.length; i++) {
      if (atLeast(num, den, minUnscaled[i], minScale[i])) {
        return bandPoints[i];
      }
    }
    throw new IllegalStateException("no band with min 0");
  }

  private long countBands(long count) {
    for (int i = 0; i < minUnscaled.length; i++) {
      if (atLeast(count, 1, minUnscaled[i], minScale[i])) {
        return bandPoints[i];
      }
    }
    throw new IllegalStateException("no band with min 0");
  }

  private long deduction(long count) {
    long charged = Math.max(0, count - freeItems);
    long left = maxAtDeductionScale - Math.multiplyExact(perItem, charged);
    if (left <= 0) {
      return 0;
    }
    return deductionScale <= scale ? Math.multiplyExact(left, Fixed.pow10(scale - deductionScale))
        : Fixed.divide(left, Fixed.pow10(deductionScale - scale), mode);
  }

  private long reduction(Observation o) {
    long num;
    long den;
    if (o instanceof Observation.Change c) {
      int common = Math.max(c.baseline().scale(), c.current().scale());
      den = Fixed.of(c.baseline(), common);
      num = Math.subtractExact(den, Fixed.of(c.current(), common));
    } else {
      BigDecimal rate = ((Observation.Rate) o).rate();
      num = Fixed.unscaled(rate);
      den = Fixed.pow10(rate.scale());
    }
    if (num <= 0) {
      return 0;
    }
    if (atLeast(num, den, targetUnscaled, targetScale)) {
      return max;
    }
    return Fixed.divide(Math.multiplyExact(Math.multiplyExact(max, num), Fixed.pow10(targetScale)),
        Math.multiplyExact(den, targetUnscaled), mode);
  }

  private long survey(Observation o) {
    if (o instanceof Observation.Rate r) {
      BigDecimal rate = r.rate();
      return Fixed.divide(Math.multiplyExact(max, Fixed.unscaled(rate)), Fixed.pow10(rate.scale()),
          mode);
    }
    if (keys.length == 0) {
      return INPUT_ERROR;
    }
    // One lookup per option of the rule; a response key that is not an option leaves a count
    // unmatched, which the rule refuses. (Sums of whole numbers: the order does not matter.)
    Map<String, Long> counts = ((Observation.Responses) o).counts();
    long weighted = 0;
    long total = 0;
    int matched = 0;
    for (int i = 0; i < keys.length; i++) {
      Long count = counts.get(keys[i]);
      if (count != null) {
        matched++;
        weighted = Math.addExact(weighted, Math.multiplyExact(count, keyValues[i]));
        total = Math.addExact(total, count);
      }
    }
    if (matched != counts.size()) {
      return INPUT_ERROR;
    }
    // max × (weighted / 10^percentScale) / (100 × total)
    return Fixed.divide(Math.multiplyExact(max, weighted),
        Math.multiplyExact(Math.multiplyExact(100, Fixed.pow10(percentScale)), total), mode);
  }

  @Override
  public String toString() {
    return "LeafKernel{" + TYPES.get(type) + "}";
  }
}
