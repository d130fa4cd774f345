package io.github.parindex.projection.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The solver of the cheapest plan as it was before the dense table ({@link PlanSolver}), kept as the
 * oracle of {@link PlanSolverProperties} on cases too large for exhaustive search. It is the same
 * dynamic programme with sparse layers: the reachable states of each layer as a sorted list, each level
 * of a part a shifted copy merged in, back-links as a linked list of choices.
 *
 * <p>As documented then: the exact solver of the cheapest plan, a multiple-choice knapsack with a
 * covering constraint, solved by dynamic programming on the point grid.
 *
 * <p>Each part {@code k} offers levels with integer gains {@code g[k][j] > 0} (in units of
 * 10<sup>−pointDecimals</sup>, distinct and ascending) and costs {@code c[k][j] >= 0} (in units of
 * 10<sup>−costScale</sup>). A plan picks at most one level per part; it is feasible when its gains sum
 * to at least the required gain {@code G}. Plans are ordered by (1) total cost, (2) number of changes,
 * (3) total gain, then (4) part by part in document order: a plan that changes the earlier part wins,
 * and when both change it, the smaller gain wins. The solver returns the least feasible plan in that
 * total order.
 *
 * <p>Method. Gains and {@code G} are first divided by the greatest common divisor {@code d} of all gains
 * ({@code G' = ceil(G / d)}: sums of gains are multiples of {@code d}, so they reach {@code G} exactly
 * when they reach {@code d·G'}). Parts are then processed in reverse document order; layer {@code k}
 * holds, for each reachable state {@code s = min(gain, G')} of a plan over parts {@code k..n−1}, the
 * least such plan. Gains below {@code G'} are exact, so two plans in one state below {@code G'} have the
 * same gain, and every order criterion is additive or decided by the part added last: the (cost,
 * count, gain) vectors add, and when they tie, the two candidates for a state differ in the level of
 * part {@code k} (candidates with the same level of part {@code k} come from different states of layer
 * {@code k+1}, hence have different gains) — so keeping the least plan per state is exact. A layer is a
 * list of states sorted ascending; each level shifts the previous layer by its gain (capping at
 * {@code G'}), and the shifted lists are merged.
 *
 * <p>Complexity: {@code O(Σ_k (L_k + 1) · S)} time and {@code O(S + n)} live memory (plus the kept
 * back-links of surviving plans), where {@code L_k} is the number of levels of part {@code k} and
 * {@code S ≤ min(G' + 1, Π_k (L_k + 1))} the number of reachable states. With 4 point decimals and a
 * required gain of at most 100 points, {@code S ≤ 1,000,001}.
 */
final class MergingPlanSolver {
  /** The most states a layer may hold before the search is refused. */
  static final int MAX_STATES = 4_000_000;

  private MergingPlanSolver() {}

  /** Thrown when the search would exceed {@link #MAX_STATES}. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long states) {
      super("the plan search needs more than " + states + " reachable point totals");
    }
  }

  /** A back-link of a plan: the level chosen for a part, then the rest of the plan. */
  private record Link(int part, int level, Link next) {}

  /** The least plan of each reachable state, states ascending. */
  private static final class Layer {
    final long[] cost;
    final int[] count;
    final long[] gain;
    final Link[] link;
    final int size;

    Layer(long[] cost, int[] count, long[] gain, Link[] link, int size) {
      this.cost = cost;
      this.count = count;
      this.gain = gain;
      this.link = link;
      this.size = size;
    }
  }

  /** Candidates for a layer under construction: each with the level of the current part and its source. */
  private static final class Candidates {
    long[] cost;
    int[] count;
    long[] gain;
    int[] level;
    int[] source;
    int size;

    Candidates(int capacity) {
      cost = new long[capacity];
      count = new int[capacity];
      gain = new long[capacity];
      level = new int[capacity];
      source = new int[capacity];
    }

    void add(long c, int n, long g, int lv, int src) {
      cost[size] = c;
      count[size] = n;
      gain[size] = g;
      level[size] = lv;
      source[size] = src;
      size++;
    }
  }

  /**
   * Finds the least feasible plan.
   *
   * @param parts the parts, in document order
   * @param required the required total gain, in units
   * @return for each part the index of the chosen level, or −1 for no change; {@code null} when no plan
   *     reaches the required gain
   * @throws TooLargeException if a layer would hold more than {@link #MAX_STATES} states
   */
  static int[] solve(List<PlanSolver.Choices> parts, long required) {
    int n = parts.size();
    int[] choice = new int[n];
    Arrays.fill(choice, -1);
    if (required <= 0) {
      return choice;
    }
    long d = 0;
    for (PlanSolver.Choices part : parts) {
      for (long g : part.gains()) {
        d = gcd(d, g);
      }
    }
    if (d == 0) {
      return null;
    }
    long target = required / d + (required % d == 0 ? 0 : 1);
    Layer layer = new Layer(new long[] {0}, new int[] {0}, new long[] {0}, new Link[] {null}, 1);
    for (int k = n - 1; k >= 0; k--) {
      layer = step(layer, k, parts.get(k), d, target);
    }
    int last = layer.size - 1;
    if (Math.min(layer.gain[last], target) != target) {
      return null;
    }
    for (Link l = layer.link[last]; l != null; l = l.next()) {
      choice[l.part()] = l.level();
    }
    return choice;
  }

  private static Layer step(Layer prev, int k, PlanSolver.Choices part, long d, long target) {
    Candidates cur = new Candidates(prev.size);
    for (int i = 0; i < prev.size; i++) {
      cur.add(prev.cost[i], prev.count[i], prev.gain[i], -1, i);
    }
    for (int j = 0; j < part.gains().length; j++) {
      cur = merge(cur, prev, j, part.gains()[j] / d, part.costs()[j], target);
    }
    long[] cost = Arrays.copyOf(cur.cost, cur.size);
    int[] count = Arrays.copyOf(cur.count, cur.size);
    long[] gain = Arrays.copyOf(cur.gain, cur.size);
    Link[] link = new Link[cur.size];
    for (int i = 0; i < cur.size; i++) {
      Link rest = prev.link[cur.source[i]];
      link[i] = cur.level[i] < 0 ? rest : new Link(k, cur.level[i], rest);
    }
    return new Layer(cost, count, gain, link, cur.size);
  }

  /** Merges the candidates with the previous layer shifted by one level of the current part. */
  private static Candidates merge(Candidates a, Layer prev, int level, long g, long c, long target) {
    long capacity = (long) a.size + prev.size;
    Candidates out = new Candidates((int) Math.min(capacity, MAX_STATES + 1L));
    int i = 0;
    int p = 0;
    while (i < a.size || p < prev.size) {
      long sa = i < a.size ? Math.min(a.gain[i], target) : Long.MAX_VALUE;
      long sb = p < prev.size ? Math.min(prev.gain[p] + g, target) : Long.MAX_VALUE;
      long s = Math.min(sa, sb);
      int bestB = -1;
      while (p < prev.size && Math.min(prev.gain[p] + g, target) == s) {
        if (bestB < 0 || compare(prev.cost[p] + c, prev.count[p] + 1, prev.gain[p] + g, level,
            prev.cost[bestB] + c, prev.count[bestB] + 1, prev.gain[bestB] + g, level) < 0) {
          bestB = p;
        }
        p++;
      }
      boolean fromA = sa == s;
      if (out.size >= MAX_STATES) {
        throw new TooLargeException(MAX_STATES);
      }
      if (fromA && (bestB < 0 || compare(a.cost[i], a.count[i], a.gain[i], a.level[i],
          prev.cost[bestB] + c, prev.count[bestB] + 1, prev.gain[bestB] + g, level) <= 0)) {
        out.add(a.cost[i], a.count[i], a.gain[i], a.level[i], a.source[i]);
      } else {
        out.add(prev.cost[bestB] + c, prev.count[bestB] + 1, prev.gain[bestB] + g, level, bestB);
      }
      if (fromA) {
        i++;
      }
    }
    return out;
  }

  /**
   * Orders two candidates for one state: cost, count, gain, then the current part's level (a change
   * beats no change; a smaller gain beats a larger one).
   */
  static int compare(long costA, int countA, long gainA, int levelA, long costB, int countB,
      long gainB, int levelB) {
    int c = Long.compare(costA, costB);
    if (c == 0) {
      c = Integer.compare(countA, countB);
    }
    if (c == 0) {
      c = Long.compare(gainA, gainB);
    }
    if (c == 0) {
      c = Integer.compare(levelA < 0 ? Integer.MAX_VALUE : levelA,
          levelB < 0 ? Integer.MAX_VALUE : levelB);
    }
    return c;
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
