package io.github.parindex.projection.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The exact solver of the cheapest plan: a multiple-choice knapsack with a covering constraint, solved
 * by dynamic programming on the point grid.
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
 * ({@code T = ceil(G / d)}: sums of gains are multiples of {@code d}, so they reach {@code G} exactly
 * when they reach {@code d·T}). Parts are then processed in reverse document order; after part {@code
 * k}, the table holds for each state {@code s = min(gain, T)} the least plan over parts {@code k..n−1}
 * (its cost, its number of changes, and — for the state {@code T} only, the one state whose plans can
 * differ in gain — its gain). Keeping the least plan per state is exact: (cost, changes, gain) add
 * up, so their order carries over to every common completion; below {@code T} a state's gain is the
 * state itself, and two candidates for one state that tie on (cost, changes, gain) differ in the level
 * of part {@code k} — the earliest part so far, which is what criterion 4 looks at first.
 *
 * <p>The table is dense: one cost and one count per state {@code 0..min(T, R_k)}, {@code R_k} the
 * largest gain parts {@code k..n−1} can add. A part is applied in place, states descending, since a
 * state only takes candidates from smaller states (and {@code T}, from any state at most one level
 * below it, is done first). Each part keeps, per state, the level its least plan takes there, in
 * {@code ⌈log2(L_k + 1)⌉} bits rounded up to a power of two, and the source state of {@code T}; the plan
 * is read back from them, part by part.
 *
 * <p>Complexity: time {@code O(Σ_k (L_k + 1) · (min(T, R_k) + 1))} — the number of {@linkplain
 * #states states} the search may examine, checked against the caller's limit before anything is
 * allocated — and memory of 12 bytes per state of one layer plus the kept levels.
 */
final class PlanSolver {
  private static final long NONE = Long.MAX_VALUE;

  private PlanSolver() {}

  /**
   * One part's levels, in units, sorted by gain ascending.
   *
   * @param gains the gains, positive, distinct, ascending
   * @param costs the costs, at least 0
   */
  record Choices(long[] gains, long[] costs) {
    Choices {
      if (gains.length != costs.length) {
        throw new IllegalArgumentException("gains and costs differ in length");
      }
      for (int j = 0; j < gains.length; j++) {
        if (gains[j] <= 0 || costs[j] < 0 || (j > 0 && gains[j] <= gains[j - 1])) {
          throw new IllegalArgumentException("levels must have positive ascending gains and costs"
              + " of at least 0");
        }
      }
    }
  }

  /** Thrown, before any work, when the search would need more states than allowed. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The states the search needs. */
    final long states;

    TooLargeException(long states, int limit) {
      super("the plan needs " + states + " states, above the limit of " + limit);
      this.states = states;
    }
  }

  /** The gains in units of their greatest common divisor, and the required state. */
  private record Scaled(long[][] gains, long target, long[] reach) {}

  /**
   * The number of states the search may examine: for each part with levels, (its levels + 1) × the
   * states its layer can hold ({@code min(T, R_k) + 1}); 0 when no plan can reach the gain or none is
   * needed. Saturates at {@link Long#MAX_VALUE}.
   *
   * @param parts the parts, in document order
   * @param required the required total gain, in units
   * @return the states
   */
  static long states(List<Choices> parts, long required) {
    Scaled s = scale(parts, required);
    return s == null ? 0 : states(parts, s);
  }

  private static long states(List<Choices> parts, Scaled s) {
    long total = 0;
    for (int k = 0; k < parts.size(); k++) {
      int levels = parts.get(k).gains().length;
      if (levels > 0) {
        long layer = Math.min(s.target(), s.reach()[k]) + 1;
        long product = Math.multiplyHigh(layer, levels + 1L) != 0 ? Long.MAX_VALUE
            : layer * (levels + 1L);
        total = product > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + product;
      }
    }
    return total;
  }

  /**
   * Scales the gains by their greatest common divisor; {@code null} when no plan is needed (nothing
   * required) or none can reach the gain.
   */
  private static Scaled scale(List<Choices> parts, long required) {
    if (required <= 0) {
      return null;
    }
    long d = 0;
    for (Choices part : parts) {
      for (long g : part.gains()) {
        d = gcd(d, g);
      }
    }
    if (d == 0) {
      return null;
    }
    long target = required / d + (required % d == 0 ? 0 : 1);
    int n = parts.size();
    long[][] gains = new long[n][];
    long[] reach = new long[n + 1];
    for (int k = n - 1; k >= 0; k--) {
      long[] g = parts.get(k).gains().clone();
      for (int j = 0; j < g.length; j++) {
        g[j] /= d;
      }
      gains[k] = g;
      long most = g.length == 0 ? 0 : g[g.length - 1];
      reach[k] = Math.min(target, reach[k + 1] + Math.min(most, target));
    }
    return reach[0] < target ? null : new Scaled(gains, target, reach);
  }

  /**
   * Finds the least feasible plan.
   *
   * @param parts the parts, in document order
   * @param required the required total gain, in units
   * @param maxStates the most {@linkplain #states states} the search may need
   * @return for each part the index of the chosen level, or −1 for no change; {@code null} when no plan
   *     reaches the required gain
   * @throws TooLargeException if the search would need more than {@code maxStates} states; thrown
   *     before any table is allocated
   */
  static int[] solve(List<Choices> parts, long required, int maxStates) {
    int n = parts.size();
    int[] choice = new int[n];
    Arrays.fill(choice, -1);
    if (required <= 0) {
      return choice;
    }
    Scaled scaled = scale(parts, required);
    if (scaled == null) {
      return null;
    }
    long states = states(parts, scaled);
    if (states > maxStates) {
      throw new TooLargeException(states, maxStates);
    }
    return new Table(parts, scaled).solve(choice);
  }

  /** The dense table of least plans, applied part by part in place. */
  private static final class Table {
    private final List<Choices> parts;
    private final long[][] gains;
    private final int target;
    private final long[] reach;
    /** The least plan's cost per state, {@link #NONE} when no plan reaches the state. */
    private final long[] cost;
    /** The least plan's number of changes per state. */
    private final int[] count;
    /** The least plan's gain in state {@code target}. */
    private long gainAtTarget;
    /** Per part: the levels chosen, {@code bits[k]} bits per state (0 for no change, j + 1 for j). */
    private final long[][] levels;
    private final int[] bits;
    /** Per part: the state that the least plan of state {@code target} came from. */
    private final int[] sourceOfTarget;

    Table(List<Choices> parts, Scaled scaled) {
      this.parts = parts;
      this.gains = scaled.gains();
      this.target = (int) scaled.target();
      this.reach = scaled.reach();
      int n = parts.size();
      int size = (int) Math.min(scaled.target(), reach[0]) + 1;
      cost = new long[size];
      count = new int[size];
      Arrays.fill(cost, NONE);
      cost[0] = 0;
      levels = new long[n][];
      bits = new int[n];
      sourceOfTarget = new int[n];
    }

    int[] solve(int[] choice) {
      for (int k = parts.size() - 1; k >= 0; k--) {
        if (gains[k].length > 0) {
          apply(k);
        }
      }
      if (cost[target] == NONE) {
        return null;
      }
      int s = target;
      for (int k = 0; k < parts.size(); k++) {
        if (gains[k].length == 0) {
          continue;
        }
        int level = level(k, s);
        if (level > 0) {
          choice[k] = level - 1;
          s = s == target ? sourceOfTarget[k] : s - (int) gains[k][level - 1];
        }
      }
      return choice;
    }

    /** Applies part {@code k}: every state takes its least plan with or without a level of it. */
    private void apply(int k) {
      long[] g = gains[k];
      long[] c = parts.get(k).costs();
      int hi = (int) Math.min(target, reach[k]);
      int before = (int) Math.min(target, reach[k + 1]);
      int width = Integer.highestOneBit(32 - Integer.numberOfLeadingZeros(g.length) - 1) << 1;
      width = Math.max(1, Math.min(32, width));
      bits[k] = width;
      levels[k] = new long[(int) (((long) (hi + 1) * width + 63) >>> 6)];
      if (hi == target) {
        applyAtTarget(k, g, c, before);
      }
      for (int s = Math.min(hi, target - 1); s >= 0; s--) {
        long bestCost = cost[s];
        int bestCount = count[s];
        int best = 0;
        for (int j = 0; j < g.length; j++) {
          int from = s - (int) Math.min(g[j], Integer.MAX_VALUE);
          if (from < 0) {
            break;
          }
          long fromCost = cost[from];
          if (fromCost == NONE) {
            continue;
          }
          long candCost = fromCost + c[j];
          int candCount = count[from] + 1;
          // Equal gains here: a change beats no change, and the first (smallest) level is kept.
          if (candCost < bestCost || candCost == bestCost
              && (candCount < bestCount || candCount == bestCount && best == 0)) {
            bestCost = candCost;
            bestCount = candCount;
            best = j + 1;
          }
        }
        if (best != 0) {
          cost[s] = bestCost;
          count[s] = bestCount;
          set(k, s, best);
        }
      }
    }

    /** State {@code target}: candidates from every state at most one level below it, by (cost, count, gain). */
    private void applyAtTarget(int k, long[] g, long[] c, int before) {
      long bestCost = cost[target];
      int bestCount = count[target];
      long bestGain = gainAtTarget;
      int best = 0;
      int bestSource = -1;
      for (int j = 0; j < g.length; j++) {
        int from = (int) Math.max(0, target - g[j]);
        for (int s = from; s <= before; s++) {
          long fromCost = cost[s];
          if (fromCost == NONE) {
            continue;
          }
          long candCost = fromCost + c[j];
          int candCount = count[s] + 1;
          long candGain = (s == target ? gainAtTarget : s) + g[j];
          if (candCost < bestCost || candCost == bestCost && (candCount < bestCount
              || candCount == bestCount && (candGain < bestGain
              || candGain == bestGain && best == 0))) {
            bestCost = candCost;
            bestCount = candCount;
            bestGain = candGain;
            best = j + 1;
            bestSource = s;
          }
        }
      }
      if (best != 0) {
        cost[target] = bestCost;
        count[target] = bestCount;
        gainAtTarget = bestGain;
        sourceOfTarget[k] = bestSource;
        set(k, target, best);
      }
    }

    private void set(int k, int s, int level) {
      long bit = (long) s * bits[k];
      levels[k][(int) (bit >>> 6)] |= (long) level << (bit & 63);
    }

    private int level(int k, int s) {
      long bit = (long) s * bits[k];
      long mask = bits[k] == 64 ? -1L : (1L << bits[k]) - 1;
      return (int) ((levels[k][(int) (bit >>> 6)] >>> (bit & 63)) & mask);
    }
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
