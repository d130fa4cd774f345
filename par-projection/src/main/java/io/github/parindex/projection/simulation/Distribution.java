package io.github.parindex.projection.simulation;

import io.github.parindex.projection.internal.NormalMath;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A distribution of an uncertain quantity in a simulation: uniform, triangular, or normal (optionally
 * truncated). Parameters are exact decimals; sampling is by inversion of a uniform number and happens
 * in floating point, after which the scorer's exact arithmetic takes over (points are rounded to the
 * methodology's {@code pointDecimals}, peers' indices to its {@code indexDecimals}).
 *
 * <p>Guarantees: immutable; parameters are checked when created.
 */
public sealed interface Distribution
    permits Distribution.Uniform, Distribution.Triangular, Distribution.Normal {

  /**
   * The name used in files: {@code uniform}, {@code triangular} or {@code normal}.
   *
   * @return the name
   */
  String kind();

  /**
   * The least value a draw can take, if bounded.
   *
   * @return the lower bound, or {@code null}
   */
  BigDecimal lower();

  /**
   * The greatest value a draw can take, if bounded.
   *
   * @return the upper bound, or {@code null}
   */
  BigDecimal upper();

  /**
   * Maps a uniform number to a draw.
   *
   * @param u a uniform number in (0, 1)
   * @return the draw
   */
  double sample(double u);

  /**
   * The same distribution with bounds for an unbounded normal (no change for other kinds or for bounds
   * already given).
   *
   * @param lo the lower bound
   * @param hi the upper bound
   * @return the bounded distribution
   */
  Distribution boundedBy(BigDecimal lo, BigDecimal hi);

  /**
   * Uniform on [min, max].
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   */
  record Uniform(BigDecimal min, BigDecimal max) implements Distribution {
    /**
     * Validates.
     *
     * @param min the least value
     * @param max the greatest value
     */
    public Uniform {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("min " + min + " is above max " + max);
      }
    }

    @Override
    public String kind() {
      return "uniform";
    }

    @Override
    public BigDecimal lower() {
      return min;
    }

    @Override
    public BigDecimal upper() {
      return max;
    }

    @Override
    public double sample(double u) {
      double a = min.doubleValue();
      double b = max.doubleValue();
      return Math.min(b, a + u * (b - a));
    }

    @Override
    public Distribution boundedBy(BigDecimal lo, BigDecimal hi) {
      return this;
    }
  }

  /**
   * Triangular on [min, max] with its peak at {@code mode}.
   *
   * @param min the least value
   * @param mode the most likely value
   * @param max the greatest value
   */
  record Triangular(BigDecimal min, BigDecimal mode, BigDecimal max) implements Distribution {
    /**
     * Validates.
     *
     * @param min the least value
     * @param mode the mode, within [min, max]
     * @param max the greatest value, above {@code min}
     */
    public Triangular {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(max, "max");
      if (min.compareTo(max) >= 0 || mode.compareTo(min) < 0 || mode.compareTo(max) > 0) {
        throw new IllegalArgumentException("expected min < max and min <= mode <= max");
      }
    }

    @Override
    public String kind() {
      return "triangular";
    }

    @Override
    public BigDecimal lower() {
      return min;
    }

    @Override
    public BigDecimal upper() {
      return max;
    }

    @Override
    public double sample(double u) {
      double a = min.doubleValue();
      double c = mode.doubleValue();
      double b = max.doubleValue();
      double fc = (c - a) / (b - a);
      double x = u < fc ? a + StrictMath.sqrt(u * (b - a) * (c - a))
          : b - StrictMath.sqrt((1 - u) * (b - a) * (b - c));
      return Math.min(b, Math.max(a, x));
    }

    @Override
    public Distribution boundedBy(BigDecimal lo, BigDecimal hi) {
      return this;
    }
  }

  /**
   * Normal with a mean and a standard deviation, truncated to [min, max] when bounds are given.
   *
   * @param mean the mean
   * @param sd the standard deviation, at least 0 (0: always the mean, clamped to the bounds)
   * @param min the lower truncation bound, or {@code null}
   * @param max the upper truncation bound, or {@code null}
   */
  record Normal(BigDecimal mean, BigDecimal sd, BigDecimal min, BigDecimal max)
      implements Distribution {
    /**
     * Validates.
     *
     * @param mean the mean
     * @param sd the standard deviation
     * @param min the lower bound, or {@code null}
     * @param max the upper bound, or {@code null}
     */
    public Normal {
      Objects.requireNonNull(mean, "mean");
      Objects.requireNonNull(sd, "sd");
      if (sd.signum() < 0) {
        throw new IllegalArgumentException("a standard deviation must be at least 0");
      }
      if (min != null && max != null && min.compareTo(max) >= 0) {
        throw new IllegalArgumentException("min " + min + " is not below max " + max);
      }
    }

    @Override
    public String kind() {
      return "normal";
    }

    @Override
    public BigDecimal lower() {
      return min;
    }

    @Override
    public BigDecimal upper() {
      return max;
    }

    @Override
    public double sample(double u) {
      double m = mean.doubleValue();
      double s = sd.doubleValue();
      double lo = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
      double hi = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
      if (s == 0) {
        return Math.min(hi, Math.max(lo, m));
      }
      if (min == null && max == null) {
        return m + s * NormalMath.inverse(u);
      }
      return NormalMath.truncated(m, s, lo, hi, u);
    }

    @Override
    public Distribution boundedBy(BigDecimal lo, BigDecimal hi) {
      return new Normal(mean, sd, min != null ? min : lo, max != null ? max : hi);
    }
  }
}
