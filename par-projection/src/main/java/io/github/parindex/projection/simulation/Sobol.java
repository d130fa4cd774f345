package io.github.parindex.projection.simulation;

import io.github.parindex.projection.internal.Parallel;
import io.github.parindex.projection.internal.SplitMix64;
/**
 * Variance-based sensitivity indices of groups of inputs, by the A/B/AB design: two independent sample
 * matrices A and B of N rows, and for each group g the matrix AB_g, A with the columns of g taken from
 * B. With f₀ and V the mean and variance of the 2N outputs on A and B:
 *
 * <ul>
 *   <li>first order (Saltelli et al. 2010): S_g = (1/N) Σ_j (f(B)_j − f₀)(f(AB_g)_j − f(A)_j) / V;
 *   <li>total (Jansen 1999): ST_g = (1/2N) Σ_j (f(A)_j − f(AB_g)_j)² / V.
 * </ul>
 *
 * <p>Centring f(B) on f₀ leaves the estimator's expectation unchanged (E[f(AB_g) − f(A)] = 0) and
 * removes the noise that a large mean would add. Cost: N × (groups + 2) evaluations. Rows are drawn
 * per row index from the seed alone and sums run in row order after all evaluations, so the estimates
 * do not depend on the number of threads. They are estimates: their error shrinks like 1/√N, and a
 * first-order index may come out slightly negative when the true one is near 0.
 */
final class Sobol {
  static final long STREAM_A = 3;
  static final long STREAM_B = 4;

  private Sobol() {}

  /** Fills a row of inputs from a generator. */
  interface Sampler {
    void sample(SplitMix64 rng, double[] row);
  }

  /** Evaluates a row into one value per output. */
  interface Model {
    void evaluate(double[] row, double[] out);
  }

  /** A group's estimated first-order and total indices (NaN when the output does not vary). */
  record Estimate(double first, double total) {}

  /**
   * Runs the design and estimates the indices.
   *
   * @param n the number of base samples N
   * @param seed the seed
   * @param dims the number of input columns
   * @param groups for each group, its columns
   * @param outputs the number of outputs
   * @param sampler fills a row
   * @param model evaluates a row
   * @param threads the threads
   * @return for each output, the estimate of each group
   */
  static Estimate[][] run(int n, long seed, int dims, int[][] groups, int outputs, Sampler sampler,
      Model model, int threads) {
    double[][] ya = new double[outputs][n];
    double[][] yb = new double[outputs][n];
    double[][][] yab = new double[outputs][groups.length][n];
    Parallel.run(n, threads, j -> {
      double[] a = new double[dims];
      double[] b = new double[dims];
      double[] out = new double[outputs];
      sampler.sample(SplitMix64.of(seed, STREAM_A, j), a);
      sampler.sample(SplitMix64.of(seed, STREAM_B, j), b);
      model.evaluate(a, out);
      for (int o = 0; o < outputs; o++) {
        ya[o][j] = out[o];
      }
      model.evaluate(b, out);
      for (int o = 0; o < outputs; o++) {
        yb[o][j] = out[o];
      }
      for (int g = 0; g < groups.length; g++) {
        double[] ab = a.clone();
        for (int col : groups[g]) {
          ab[col] = b[col];
        }
        model.evaluate(ab, out);
        for (int o = 0; o < outputs; o++) {
          yab[o][g][j] = out[o];
        }
      }
    });
    Estimate[][] result = new Estimate[outputs][];
    for (int o = 0; o < outputs; o++) {
      result[o] = estimate(ya[o], yb[o], yab[o]);
    }
    return result;
  }

  /**
   * The estimators, summing in row order.
   *
   * @param ya f(A)
   * @param yb f(B)
   * @param yab f(AB_g) for each group
   * @return the estimates, one per group
   */
  static Estimate[] estimate(double[] ya, double[] yb, double[][] yab) {
    int n = ya.length;
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += ya[j];
    }
    for (int j = 0; j < n; j++) {
      sum += yb[j];
    }
    double mean = sum / (2.0 * n);
    double squares = 0;
    for (int j = 0; j < n; j++) {
      squares += (ya[j] - mean) * (ya[j] - mean);
    }
    for (int j = 0; j < n; j++) {
      squares += (yb[j] - mean) * (yb[j] - mean);
    }
    double variance = squares / (2.0 * n);
    Estimate[] out = new Estimate[yab.length];
    for (int g = 0; g < yab.length; g++) {
      double first = 0;
      double total = 0;
      for (int j = 0; j < n; j++) {
        first += (yb[j] - mean) * (yab[g][j] - ya[j]);
        double d = ya[j] - yab[g][j];
        total += d * d;
      }
      out[g] = variance > 0 ? new Estimate(first / n / variance, total / (2.0 * n) / variance)
          : new Estimate(Double.NaN, Double.NaN);
    }
    return out;
  }
}
