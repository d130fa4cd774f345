package io.github.parindex.projection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normal helpers against tabulated values (Abramowitz and Stegun, table 26.1 and 26.5). */
class NormalMathTest {

  @Test
  void inverse_tabulatedQuantiles() {
    assertEquals(0, NormalMath.inverse(0.5), 1e-12);
    assertEquals(1.959963985, NormalMath.inverse(0.975), 1e-8);
    assertEquals(-1.959963985, NormalMath.inverse(0.025), 1e-8);
    assertEquals(-3.090232306, NormalMath.inverse(0.001), 1e-8);
    assertEquals(2.326347874, NormalMath.inverse(0.99), 1e-8);
    assertEquals(-0.674489750, NormalMath.inverse(0.25), 1e-8);
  }

  @Test
  void cdf_tabulatedValues_andInverseRoundTrip() {
    assertEquals(0.157299207, NormalMath.erfc(1), 2e-7);
    assertEquals(0.975002105, NormalMath.cdf(1.96), 2e-7);
    assertEquals(0.5, NormalMath.cdf(0), 1e-7); // erfcc has a fractional error below 1.2e-7
    for (double p = 0.001; p < 1; p += 0.0371) {
      assertEquals(p, NormalMath.cdf(NormalMath.inverse(p)), 2e-7 * Math.max(1, p));
    }
  }

  /*
   * A standard normal truncated to [0, inf) has mean sqrt(2 / pi) = 0.797885; to [1, 2], mean
   * (phi(1) - phi(2)) / (Phi(2) - Phi(1)) = (0.241971 - 0.053991) / (0.977250 - 0.841345) = 1.383150.
   */
  @Test
  void truncated_staysWithinBoundsWithTheTruncatedMean() {
    SplitMix64 rng = SplitMix64.of(1, 99, 0);
    double sumHalf = 0;
    double sumBand = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double x = NormalMath.truncated(0, 1, 0, Double.POSITIVE_INFINITY, rng.nextOpenDouble());
      double y = NormalMath.truncated(0, 1, 1, 2, rng.nextOpenDouble());
      assertTrue(x >= 0 && y >= 1 && y <= 2);
      sumHalf += x;
      sumBand += y;
    }
    assertEquals(0.797885, sumHalf / n, 0.005);
    assertEquals(1.383150, sumBand / n, 0.005);
    // Far in the upper tail (mean 10 sd 1 within [0, 2]) the mirrored branch keeps precision.
    double tail = NormalMath.truncated(10, 1, 0, 2, 0.5);
    assertTrue(tail > 1.8 && tail <= 2, String.valueOf(tail));
  }
}
