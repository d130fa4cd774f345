package io.github.parindex.projection.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The knapsack solver against exhaustive enumeration: on many small random cases (few parts, few
 * levels, small gains, costs drawn from a handful of values so that ties are frequent) the solver's
 * plan is exactly the least feasible plan of the documented total order, or null when none exists.
 * On larger cases, where enumeration is out of reach, it is compared with the sparse solver it
 * replaced ({@link MergingPlanSolver}, itself checked against enumeration before); and the limit of
 * states refuses exactly the searches that need more.
 */
class PlanSolverProperties {

  /** A random case: parts with levels, and a required gain. */
  record Case(List<PlanSolver.Choices> parts, long required) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("required=" + required);
      for (PlanSolver.Choices c : parts) {
        s.append(" [");
        for (int j = 0; j < c.gains().length; j++) {
          s.append(j > 0 ? " " : "").append(c.gains()[j]).append('/').append(c.costs()[j]);
        }
        s.append(']');
      }
      return s.toString();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> factor = Arbitraries.of(1, 1, 2, 3);
    Arbitrary<PlanSolver.Choices> part = Combinators.combine(
        Arbitraries.integers().between(1, 9).set().ofMaxSize(3),
        Arbitraries.of(0L, 1L, 2L, 3L, 5L).list().ofSize(3), factor).as((gains, costs, f) -> {
          long[] g = gains.stream().sorted().mapToLong(x -> (long) x * f).toArray();
          long[] c = new long[g.length];
          for (int j = 0; j < g.length; j++) {
            c[j] = costs.get(j);
          }
          return new PlanSolver.Choices(g, c);
        });
    return Combinators.combine(part.list().ofMinSize(0).ofMaxSize(5),
        Arbitraries.longs().between(-2, 40)).as(Case::new);
  }

  /** Larger cases: up to 30 parts of up to 5 levels, gains up to 6,000, costs with many ties. */
  @Provide
  Arbitrary<Case> largerCases() {
    Arbitrary<Integer> factor = Arbitraries.of(1, 1, 1, 2, 5, 10);
    Arbitrary<PlanSolver.Choices> part = Combinators.combine(
        Arbitraries.integers().between(1, 600).set().ofMinSize(1).ofMaxSize(5),
        Arbitraries.of(0L, 1L, 2L, 3L, 5L, 8L, 13L, 100L).list().ofSize(5), factor)
        .as((gains, costs, f) -> {
          long[] g = gains.stream().sorted().mapToLong(x -> (long) x * f).toArray();
          long[] c = new long[g.length];
          for (int j = 0; j < g.length; j++) {
            c[j] = costs.get(j);
          }
          return new PlanSolver.Choices(g, c);
        });
    return part.list().ofMinSize(1).ofMaxSize(30).flatMap(parts -> {
      long most = 0;
      for (PlanSolver.Choices c : parts) {
        most += c.gains()[c.gains().length - 1];
      }
      return Arbitraries.longs().between(-2, most + 10).map(required -> new Case(parts, required));
    });
  }

  @Property(tries = 300)
  void solve_largerRandomCases_equalsTheSparseSolverOfBefore(@ForAll("largerCases") Case c) {
    assertArrayEquals(MergingPlanSolver.solve(c.parts(), c.required()),
        PlanSolver.solve(c.parts(), c.required(), Integer.MAX_VALUE), c.toString());
  }

  @Property(tries = 200)
  void solve_limitOfStates_refusesAboveItAndSolvesAtIt(@ForAll("largerCases") Case c) {
    long states = PlanSolver.states(c.parts(), c.required());
    int[] unlimited = PlanSolver.solve(c.parts(), c.required(), Integer.MAX_VALUE);
    if (states == 0) {
      // Nothing to search: no gain needed, or none reachable.
      assertEquals(c.required() <= 0, unlimited != null && Arrays.stream(unlimited)
          .allMatch(x -> x < 0), c.toString());
      return;
    }
    assertArrayEquals(unlimited, PlanSolver.solve(c.parts(), c.required(), (int) states),
        c.toString());
    PlanSolver.TooLargeException e = assertThrows(PlanSolver.TooLargeException.class,
        () -> PlanSolver.solve(c.parts(), c.required(), (int) states - 1), c.toString());
    assertEquals("the plan needs " + states + " states, above the limit of " + (states - 1),
        e.getMessage());
  }

  @Property(tries = 600)
  void solve_smallRandomCases_equalsTheExhaustiveOptimumWithItsTieBreaks(@ForAll("cases") Case c) {
    int[] expected = bruteForce(c.parts(), c.required());
    int[] actual = PlanSolver.solve(c.parts(), c.required(), Integer.MAX_VALUE);
    if (expected == null) {
      assertNull(actual, c.toString());
    } else {
      assertArrayEquals(expected, actual, c.toString());
    }
  }

  /** Enumerates every plan; keeps the least feasible one in the documented order. */
  static int[] bruteForce(List<PlanSolver.Choices> parts, long required) {
    int n = parts.size();
    int[] current = new int[n];
    java.util.Arrays.fill(current, -1);
    List<int[]> all = new ArrayList<>();
    enumerate(parts, 0, current, all);
    int[] best = null;
    for (int[] plan : all) {
      if (gain(parts, plan) >= required && (best == null || compare(parts, plan, best) < 0)) {
        best = plan;
      }
    }
    return best;
  }

  private static void enumerate(List<PlanSolver.Choices> parts, int k, int[] current,
      List<int[]> out) {
    if (k == parts.size()) {
      out.add(current.clone());
      return;
    }
    for (int j = -1; j < parts.get(k).gains().length; j++) {
      current[k] = j;
      enumerate(parts, k + 1, current, out);
    }
    current[k] = -1;
  }

  private static long gain(List<PlanSolver.Choices> parts, int[] plan) {
    long g = 0;
    for (int k = 0; k < plan.length; k++) {
      g += plan[k] < 0 ? 0 : parts.get(k).gains()[plan[k]];
    }
    return g;
  }

  private static long cost(List<PlanSolver.Choices> parts, int[] plan) {
    long c = 0;
    for (int k = 0; k < plan.length; k++) {
      c += plan[k] < 0 ? 0 : parts.get(k).costs()[plan[k]];
    }
    return c;
  }

  private static int count(int[] plan) {
    int n = 0;
    for (int x : plan) {
      n += x < 0 ? 0 : 1;
    }
    return n;
  }

  /**
   * The documented order, written independently of the solver: cost, changes, gain, then part by part
   * in document order (a change beats no change; a smaller gain beats a larger one).
   */
  static int compare(List<PlanSolver.Choices> parts, int[] a, int[] b) {
    int c = Long.compare(cost(parts, a), cost(parts, b));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(count(a), count(b));
    if (c != 0) {
      return c;
    }
    c = Long.compare(gain(parts, a), gain(parts, b));
    if (c != 0) {
      return c;
    }
    for (int k = 0; k < a.length; k++) {
      if (a[k] == b[k]) {
        continue;
      }
      if (a[k] < 0) {
        return 1;
      }
      if (b[k] < 0) {
        return -1;
      }
      return Long.compare(parts.get(k).gains()[a[k]], parts.get(k).gains()[b[k]]);
    }
    return 0;
  }
}
