package io.github.parindex.projection.internal;

/**
 * The standard normal distribution for sampling, computed with {@link StrictMath} so that every
 * platform gives the same bits: the inverse distribution function by Acklam's rational approximation
 * (relative error below 1.15e−9) and the distribution function through the complementary error
 * function of Numerical Recipes ({@code erfcc}, fractional error below 1.2e−7). Both are estimates for
 * Monte Carlo draws, never used for scoring.
 */
public final class NormalMath {
  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
      -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
      -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
      -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
      2.445134137142996e+00, 3.754408661907416e+00};
  private static final double LOW = 0.02425;

  private NormalMath() {}

  /**
   * The standard normal quantile.
   *
   * @param p a probability in (0, 1)
   * @return x such that Φ(x) = p
   */
  public static double inverse(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("expected a probability in (0, 1), got " + p);
    }
    if (p < LOW) {
      return tail(p);
    }
    if (p > 1 - LOW) {
      return -tail(1 - p);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  private static double tail(double p) {
    double q = StrictMath.sqrt(-2 * StrictMath.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }

  /**
   * The complementary error function.
   *
   * @param x the argument
   * @return erfc(x)
   */
  public static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double ans = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
        + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
        + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
  }

  /**
   * The standard normal distribution function.
   *
   * @param x the argument
   * @return Φ(x)
   */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / StrictMath.sqrt(2));
  }

  /**
   * A normal deviate truncated to [lo, hi], by inversion: u is mapped into [Φ(α), Φ(β)] and back. The
   * upper half is sampled through the mirror image so that probabilities near 1 keep their precision.
   *
   * @param mean the mean
   * @param sd the standard deviation, positive
   * @param lo the lower bound
   * @param hi the upper bound, at least {@code lo}
   * @param u a uniform number in (0, 1)
   * @return the deviate, within [lo, hi]
   */
  public static double truncated(double mean, double sd, double lo, double hi, double u) {
    double alpha = (lo - mean) / sd;
    double beta = (hi - mean) / sd;
    double x;
    if (alpha > 0) {
      double pa = cdf(-beta);
      double pb = cdf(-alpha);
      double p = pa + u * (pb - pa);
      x = mean - sd * inverse(clampOpen(p));
    } else {
      double pa = cdf(alpha);
      double pb = cdf(beta);
      double p = pa + u * (pb - pa);
      x = mean + sd * inverse(clampOpen(p));
    }
    return Math.min(hi, Math.max(lo, x));
  }

  private static double clampOpen(double p) {
    return Math.min(Math.max(p, Double.MIN_VALUE), Math.nextDown(1.0));
  }
}
