package io.github.parindex.rules.builtin;

import io.github.parindex.model.Observation;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.internal.Fixed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in rules' {@link LeafKernel}s share: the leaf's scale, rounding mode and maximum in
 * fixed point ({@link At}), rates as fractions of whole numbers, and thresholds compared by
 * cross-multiplication, never by dividing. Each rule's kernel is a small type beside the rule; the
 * rule's {@code prepare} wraps its evaluation and its kernel's factory with {@link #rule}.
 */
final class Kernels {
  private Kernels() {}

  /**
   * A leaf in fixed point: its methodology's point decimals {@code scale} and rounding {@code mode},
   * and its maximum × 10^scale.
   *
   * @param scale the point decimals
   * @param mode the rounding mode
   * @param max the leaf's maximum × 10^scale
   */
  record At(int scale, RoundingMode mode, long max) {
    /**
     * An exact ratio of points rounded once, as the framework rounds an evaluation.
     *
     * @param exact the points
     * @return the rounded points × 10^scale
     * @throws ArithmeticException if they do not fit
     */
    long rounded(Ratio exact) {
      return Fixed.of(exact.round(scale, mode), scale);
    }

    /**
     * {@code max × num / den}, rounded once.
     *
     * @param num a whole number
     * @param den a positive whole number
     * @return the points × 10^scale
     * @throws ArithmeticException on overflow
     */
    long share(long num, long den) {
      return Fixed.divide(Math.multiplyExact(max, num), den, mode);
    }
  }

  /**
   * A built-in rule prepared for one leaf, with its kernel built when the scorer asks for it.
   *
   * @param rule the rule's evaluation
   * @param leaf the leaf
   * @param kernel the kernel's factory; it may throw {@link ArithmeticException} when the leaf's
   *     numbers do not fit in {@code long}
   * @return the rule
   */
  static LeafRule rule(LeafRule rule, LeafContext leaf, Function<At, LeafKernel> kernel) {
    return new WithKernel(rule, leaf, kernel);
  }

  /** A rule and its kernel's factory. */
  private record WithKernel(LeafRule rule, LeafContext leaf, Function<At, LeafKernel> factory)
      implements LeafRule {
    @Override
    public Evaluation evaluate(Observation observation) {
      return rule.evaluate(observation);
    }

    /** The kernel, or none when the leaf's numbers do not fit in {@code long}. */
    @Override
    public @Nullable LeafKernel kernel() {
      int scale = leaf.methodology().pointDecimals();
      try {
        return factory.apply(new At(scale, leaf.methodology().rounding(),
            Fixed.of(leaf.maxPoints(), scale)));
      } catch (ArithmeticException e) {
        return null;
      }
    }
  }

  /** A decimal without a negative scale (12E+3 as 12000), so that its unscaled value means it. */
  static BigDecimal nonNegativeScale(BigDecimal v) {
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * The numerator of a rate observation as a fraction {@code num / den} of whole numbers: a rate's
   * unscaled value, or n × 10^(scale of d) for n / d.
   *
   * @param o a {@code rate} or {@code numerator+denominator} observation
   * @return the numerator
   * @throws ArithmeticException if it does not fit
   */
  static long numerator(Observation o) {
    if (o instanceof Observation.Rate r) {
      return Fixed.unscaled(r.rate());
    }
    Observation.Fraction f = (Observation.Fraction) o;
    return Math.multiplyExact(Fixed.unscaled(f.numerator()), Fixed.pow10(f.denominator().scale()));
  }

  /**
   * The denominator, positive, of {@link #numerator}'s fraction: 10^(scale of the rate), or
   * d × 10^(scale of n) for n / d.
   *
   * @param o a {@code rate} or {@code numerator+denominator} observation
   * @return the denominator
   * @throws ArithmeticException if it does not fit
   */
  static long denominator(Observation o) {
    if (o instanceof Observation.Rate r) {
      return Fixed.pow10(r.rate().scale());
    }
    Observation.Fraction f = (Observation.Fraction) o;
    return Math.multiplyExact(Fixed.unscaled(f.denominator()), Fixed.pow10(f.numerator().scale()));
  }

  /**
   * Whether {@code num / den >= unscaled / 10^valueScale}, for a positive {@code den}: by
   * cross-multiplication.
   *
   * @throws ArithmeticException on overflow
   */
  static boolean atLeast(long num, long den, long unscaled, int valueScale) {
    return Math.multiplyExact(num, Fixed.pow10(valueScale)) >= Math.multiplyExact(unscaled, den);
  }
}
