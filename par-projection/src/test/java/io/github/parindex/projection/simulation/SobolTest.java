package io.github.parindex.projection.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators against models whose indices are known in closed form. With N base samples the
 * estimators' standard errors are of order 1/√N; N = 20000 gives errors near 0.01, so 0.03 is a
 * tolerance that a wrong estimator (or a wrong A/B/AB wiring) fails by far.
 */
class SobolTest {
  private static final int N = 20_000;
  private static final double TOLERANCE = 0.03;

  private static final Sobol.Sampler UNIFORM = (rng, row) -> {
    for (int i = 0; i < row.length; i++) {
      row[i] = rng.nextOpenDouble();
    }
  };

  /*
   * Y = X1 + 2 X2 + 3 X3 with independent U(0, 1) inputs: Var(a X) = a^2 / 12, so
   * S_i = ST_i = a_i^2 / (1 + 4 + 9): 1/14 = 0.0714, 4/14 = 0.2857, 9/14 = 0.6429.
   */
  @Test
  void run_additiveModel_firstAndTotalIndicesAreTheShares() {
    Sobol.Estimate[][] e = Sobol.run(N, 7, 3, new int[][] {{0}, {1}, {2}}, 1, UNIFORM,
        (row, out) -> out[0] = row[0] + 2 * row[1] + 3 * row[2], 2);
    double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
    for (int i = 0; i < 3; i++) {
      assertEquals(expected[i], e[0][i].first(), TOLERANCE, "S" + (i + 1));
      assertEquals(expected[i], e[0][i].total(), TOLERANCE, "ST" + (i + 1));
    }
  }

  /*
   * Groups: {X1, X2} and {X3} of the same model: S = (1 + 4) / 14 = 0.3571 and 9/14.
   */
  @Test
  void run_groupedInputs_indicesOfTheGroups() {
    Sobol.Estimate[][] e = Sobol.run(N, 11, 3, new int[][] {{0, 1}, {2}}, 1, UNIFORM,
        (row, out) -> out[0] = row[0] + 2 * row[1] + 3 * row[2], 2);
    assertEquals(5 / 14.0, e[0][0].first(), TOLERANCE);
    assertEquals(5 / 14.0, e[0][0].total(), TOLERANCE);
    assertEquals(9 / 14.0, e[0][1].first(), TOLERANCE);
  }

  /*
   * Y = X1 X2, independent U(0, 1): V = E[X1^2] E[X2^2] - (E[X1] E[X2])^2 = 1/9 - 1/16 = 7/144;
   * V1 = Var(E[Y | X1]) = Var(X1 / 2) = 1/48 = 3/144, so S1 = S2 = 3/7 = 0.4286 and
   * ST1 = 1 - S2 = 4/7 = 0.5714: the interaction shows as ST > S.
   */
  @Test
  void run_productModel_totalExceedsFirstOrderByTheInteraction() {
    Sobol.Estimate[][] e = Sobol.run(N, 13, 2, new int[][] {{0}, {1}}, 1, UNIFORM,
        (row, out) -> out[0] = row[0] * row[1], 2);
    for (int i = 0; i < 2; i++) {
      assertEquals(3 / 7.0, e[0][i].first(), TOLERANCE);
      assertEquals(4 / 7.0, e[0][i].total(), TOLERANCE);
    }
  }

  @Test
  void run_sameSeed_sameBitsOnOneAndFourThreads() {
    Sobol.Model model = (row, out) -> out[0] = Math.sin(row[0]) + 7 * row[1] * row[1] * row[2];
    Sobol.Estimate[][] one = Sobol.run(3000, 5, 3, new int[][] {{0}, {1}, {2}}, 1, UNIFORM, model,
        1);
    Sobol.Estimate[][] four = Sobol.run(3000, 5, 3, new int[][] {{0}, {1}, {2}}, 1, UNIFORM, model,
        4);
    assertArrayEquals(one[0], four[0]);
  }

  @Test
  void estimate_constantOutput_undefined() {
    Sobol.Estimate[] e = Sobol.estimate(new double[] {1, 1}, new double[] {1, 1},
        new double[][] {{1, 1}});
    assertTrue(Double.isNaN(e[0].first()));
  }
}
