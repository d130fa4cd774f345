package io.github.parindex.projection.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.projection.RankDistribution;
import io.github.parindex.projection.simulation.Distribution;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The pieces random draws are made of, against values worked out by hand or by an independent
 * implementation: the SplitMix64 generator (the published reference sequence; the derivation of a
 * draw's generator recomputed in Python), inverse distribution functions at chosen points, percentile
 * positions, rank distributions, ranks by binary search, work split into blocks, and the text tables
 * of the projection reports.
 */
class DrawingTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  // ---- SplitMix64 ------------------------------------------------------------------------------

  @Test
  void mix_givesThePublishedSplitMix64Sequence() {
    // SplitMix64 seeded with 0 (Steele, Lea and Flood; Vigna's splitmix64.c): its outputs are the
    // finaliser applied to 1, 2, 3 times the golden gamma 0x9E3779B97F4A7C15.
    long gamma = 0x9E3779B97F4A7C15L;
    assertEquals(0xE220A8397B1DCDAFL, SplitMix64.mix(gamma));
    assertEquals(0x6E789E6AA1B965F4L, SplitMix64.mix(2 * gamma));
    assertEquals(0x06C45D188009454FL, SplitMix64.mix(3 * gamma));
    assertEquals(0L, SplitMix64.mix(0L));
    assertEquals(6238072747940578789L, SplitMix64.mix(1L));
  }

  @Test
  void of_derivesEachDrawsGeneratorFromSeedStreamAndIndex() {
    // Recomputed in Python from the formula: s = mix(seed ^ mix(stream × 0xD1B54A32D192ED03 +
    // 0x632BE59BD9B4E019)); state = mix(s + index × gamma); next = mix(state + gamma).
    assertEquals(4918273552932097309L, SplitMix64.of(2024, 1, 5).nextLong());
    // 53 high bits, centred in their cell, times 2^-53.
    assertEquals(0.266620143548349, SplitMix64.of(2024, 1, 5).nextOpenDouble(), 1e-15);
    // Another index, stream or seed gives another sequence.
    long base = SplitMix64.of(2024, 1, 5).nextLong();
    assertTrue(base != SplitMix64.of(2024, 1, 6).nextLong());
    assertTrue(base != SplitMix64.of(2024, 2, 5).nextLong());
    assertTrue(base != SplitMix64.of(2025, 1, 5).nextLong());
    // Successive values differ, and doubles stay inside (0, 1).
    SplitMix64 g = SplitMix64.of(0, 0, 0);
    long first = g.nextLong();
    assertTrue(first != g.nextLong());
    for (int i = 0; i < 1000; i++) {
      double u = g.nextOpenDouble();
      assertTrue(u > 0 && u < 1, () -> String.valueOf(u));
    }
  }

  // ---- distributions -------------------------------------------------------------------------

  @Test
  void uniform_isLinearFromMinToMax() {
    Distribution.Uniform u = new Distribution.Uniform(d("2"), d("6"));
    assertEquals("uniform", u.kind());
    assertEquals(d("2"), u.lower());
    assertEquals(d("6"), u.upper());
    assertEquals(2.0, u.sample(0), 0);
    assertEquals(3.0, u.sample(0.25), 1e-12);
    assertEquals(6.0, u.sample(1), 0);
    assertSame(u, u.boundedBy(d("0"), d("1")));
  }

  @Test
  void triangular_inverseOnBothSidesOfTheMode() {
    // min 0, mode 1, max 4: F(mode) = 1/4. Below it x = √(u·4·1); above it x = 4 − √((1−u)·4·3).
    Distribution.Triangular t = new Distribution.Triangular(d("0"), d("1"), d("4"));
    assertEquals("triangular", t.kind());
    assertEquals(d("0"), t.lower());
    assertEquals(d("4"), t.upper());
    assertEquals(0.0, t.sample(0), 1e-12);
    assertEquals(0.5, t.sample(0.0625), 1e-12);
    assertEquals(1.0, t.sample(0.25), 1e-12);
    assertEquals(3.0, t.sample(11.0 / 12), 1e-12);
    // u = 5/8: 4 − √(3/8 · 12) = 4 − √4.5.
    assertEquals(4 - Math.sqrt(4.5), t.sample(0.625), 1e-12);
    assertEquals(4.0, t.sample(1), 1e-12);
    assertSame(t, t.boundedBy(d("1"), d("2")));
    // The mode at the minimum: only the upper branch.
    Distribution.Triangular left = new Distribution.Triangular(d("0"), d("0"), d("2"));
    assertEquals(2 - Math.sqrt(2), left.sample(0.5), 1e-12);
  }

  @Test
  void normal_inverseTruncationAndBounds() {
    Distribution.Normal n = new Distribution.Normal(d("10"), d("2"), null, null);
    assertEquals("normal", n.kind());
    assertNull(n.lower());
    assertNull(n.upper());
    assertEquals(10.0, n.sample(0.5), 1e-9);
    // Φ⁻¹(0.975) = 1.959964: 10 + 2 × 1.959964.
    assertEquals(13.919928, n.sample(0.975), 1e-5);
    assertEquals(6.080072, n.sample(0.025), 1e-5);
    // A standard deviation of 0 is the mean, clamped to the bounds.
    assertEquals(10.0, new Distribution.Normal(d("10"), d("0"), null, null).sample(0.9), 0);
    assertEquals(12.0, new Distribution.Normal(d("10"), d("0"), d("12"), d("15")).sample(0.1), 0);
    assertEquals(9.0, new Distribution.Normal(d("10"), d("0"), null, d("9")).sample(0.1), 0);
    // Truncated to [0, ∞): the median is Φ⁻¹(0.75) = 0.6744898.
    Distribution.Normal half = new Distribution.Normal(d("0"), d("1"), d("0"), null);
    assertEquals(d("0"), half.lower());
    assertEquals(0.6744898, half.sample(0.5), 1e-6);
    // Truncated to (−∞, 0]: the median is −0.6744898.
    assertEquals(-0.6744898, new Distribution.Normal(d("0"), d("1"), null, d("0")).sample(0.5),
        1e-6);
    // boundedBy fills only the bounds that are missing.
    Distribution.Normal bounded = (Distribution.Normal) n.boundedBy(d("0"), d("20"));
    assertEquals(d("0"), bounded.min());
    assertEquals(d("20"), bounded.max());
    Distribution.Normal kept = (Distribution.Normal) new Distribution.Normal(d("10"), d("2"),
        d("5"), null).boundedBy(d("0"), d("20"));
    assertEquals(d("5"), kept.min());
    assertEquals(d("20"), kept.upper());
    Distribution.Normal keptMax = (Distribution.Normal) new Distribution.Normal(d("10"), d("2"),
        null, d("15")).boundedBy(d("0"), d("20"));
    assertEquals(d("0"), keptMax.min());
    assertEquals(d("15"), keptMax.max());
    assertThrows(IllegalArgumentException.class,
        () -> new Distribution.Normal(d("0"), d("-1"), null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new Distribution.Normal(d("0"), d("1"), d("2"), d("2")));
  }

  // ---- percentiles and ranks -----------------------------------------------------------------

  @Test
  void percentilePosition_isTheNearestRank() {
    // Nearest rank: ⌈p·n/100⌉, 1-based; clamped to the values.
    assertEquals(4, Percentiles.position(d("50"), 10));
    assertEquals(0, Percentiles.position(d("0"), 10));
    assertEquals(0, Percentiles.position(d("5"), 10));
    assertEquals(9, Percentiles.position(d("100"), 10));
    assertEquals(18, Percentiles.position(d("95"), 20));
    assertEquals(9, Percentiles.position(d("90.5"), 10));
    assertEquals(0, Percentiles.position(d("50"), 1));
    long[] values = {7, 3, 9, 1, 5};
    long[] sorted = Percentiles.sorted(values);
    assertArrayEquals(new long[] {1, 3, 5, 7, 9}, sorted);
    assertArrayEquals(new long[] {7, 3, 9, 1, 5}, values);
    // 5 values: the 50th percentile is the 3rd (⌈2.5⌉), the 80th the 4th, the 81st the 5th.
    assertEquals(5, Percentiles.of(sorted, d("50")));
    assertEquals(7, Percentiles.of(sorted, d("80")));
    assertEquals(9, Percentiles.of(sorted, d("81")));
  }

  @Test
  void rankDistribution_countsHistogramMeanAndTarget() {
    // Ranks 3, 1, 4, 1, 5: mean 14/5 = 2.8; at or above rank 3: 3, 1, 1 → 3 of 5.
    RankDistribution r = RankDistribution.of(new int[] {3, 1, 4, 1, 5}, 3,
        List.of(d("20"), d("50"), d("100")));
    assertEquals(5, r.draws());
    assertEquals(3, r.targetRank());
    assertEquals(3, r.reached());
    assertEquals(2.8, r.mean(), 1e-12);
    assertEquals(Map.of(1, 2, 3, 1, 4, 1, 5, 1), r.histogram());
    // Sorted 1, 1, 3, 4, 5: 20th → 1st, 50th → 3rd, 100th → 5th.
    assertEquals(Map.of(d("20"), 1, d("50"), 3, d("100"), 5), r.percentiles());
    assertEquals(0, d("0.6").compareTo(r.probability()), r.probability()::toPlainString);
    RankDistribution none = RankDistribution.of(new int[] {2, 2}, null, List.of());
    assertNull(none.targetRank());
    assertEquals(0, none.reached());
    assertEquals(RankDistribution.of(new int[] {3, 1, 4, 1, 5}, 3, List.of(d("20"), d("50"),
        d("100"))), r);
    assertThrows(IllegalArgumentException.class,
        () -> RankDistribution.of(new int[0], null, List.of()));
  }

  @Test
  void rankSorted_isOnePlusTheIndicesAbove() {
    BigDecimal[] desc = {d("92.18"), d("91.87"), d("86.98"), d("86.98"), d("80.00")};
    assertEquals(1, IndexMath.rankSorted(d("95"), desc));
    assertEquals(1, IndexMath.rankSorted(d("92.18"), desc));
    assertEquals(2, IndexMath.rankSorted(d("92.00"), desc));
    // Ties share the better rank: two at 86.98 are behind two units.
    assertEquals(3, IndexMath.rankSorted(d("86.98"), desc));
    assertEquals(5, IndexMath.rankSorted(d("80.01"), desc));
    assertEquals(5, IndexMath.rankSorted(d("80.00"), desc));
    assertEquals(6, IndexMath.rankSorted(d("79.99"), desc));
    assertEquals(1, IndexMath.rankSorted(d("50"), new BigDecimal[0]));
  }

  // ---- parallel work ---------------------------------------------------------------------------

  @Test
  void parallelRun_visitsEveryIndexOnce() {
    for (int n : new int[] {0, 1, 63, 64, 65, 128, 1000}) {
      for (int threads : new int[] {1, 2, 3, 8}) {
        AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(n, 1));
        Parallel.run(n, threads, i -> seen.incrementAndGet(i));
        for (int i = 0; i < n; i++) {
          assertEquals(1, seen.get(i), "n " + n + ", threads " + threads + ", index " + i);
        }
      }
    }
  }

  @Test
  void parallelRun_usesDaemonWorkersOnlyForMoreThanOneBlock() {
    Thread caller = Thread.currentThread();
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    // 64 tasks are one block: run on the caller's thread.
    Parallel.run(Parallel.BLOCK, 4, i -> workers.add(Thread.currentThread()));
    assertEquals(Set.of(caller), workers);
    workers.clear();
    // 65 tasks are two blocks: run by the pool's daemon threads.
    Parallel.run(Parallel.BLOCK + 1, 4, i -> workers.add(Thread.currentThread()));
    assertTrue(!workers.contains(caller));
    for (Thread t : workers) {
      assertTrue(t.isDaemon(), t::getName);
      assertEquals("par-draws", t.getName());
    }
    workers.clear();
    // One thread: the caller's, whatever the number of blocks.
    Parallel.run(1000, 1, i -> workers.add(Thread.currentThread()));
    assertEquals(Set.of(caller), workers);
  }

  @Test
  void parallelRun_rethrowsWhatATaskThrows() {
    IllegalArgumentException thrown = new IllegalArgumentException("draw 100");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Parallel.run(1000, 3, i -> {
          if (i == 100) {
            throw thrown;
          }
        }));
    assertSame(thrown, e);
    AssertionError error = new AssertionError("draw 900");
    assertSame(error, assertThrows(AssertionError.class, () -> Parallel.run(1000, 3, i -> {
      if (i == 900) {
        throw error;
      }
    })));
  }
}
