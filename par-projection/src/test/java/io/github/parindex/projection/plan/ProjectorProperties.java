package io.github.parindex.projection.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.projection.Fixtures;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole projection against an independent oracle: on small random units (four STANDARD leaves,
 * a PENALTY leaf and a BONUS leaf under a capped methodology) with random options, the oracle
 * enumerates every plan — every level of every entry, improving or not, and the default levels —
 * re-scores each changed submission with the real {@link Scorer}, keeps those that reach the target,
 * and picks the least by cost, changes, gain, then part by part in document order. The projector's
 * plan must be exactly that one; when no plan reaches the target, it must say so and take every
 * improvement.
 */
class ProjectorProperties {
  private static final String[] CODES = {"1.1", "1.2", "1.3", "1.4", "P.1", "B.1"};
  private static final BigDecimal QUARTER = new BigDecimal("0.25");

  /** One part of a random case: maximum, points today, and its option (null: default). */
  record PartCase(int max, int today, List<int[]> levels, boolean fixed) {}

  /** A random case: parts in CODES order (quarter points), and a target. */
  record Case(List<PartCase> parts, boolean indexTarget, int target) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(indexTarget ? "index>=" + target : "points>=" + quarters(
          target));
      for (int i = 0; i < parts.size(); i++) {
        PartCase p = parts.get(i);
        s.append(" | ").append(CODES[i]).append(" max ").append(quarters(p.max())).append(" today ")
            .append(quarters(p.today()));
        if (p.fixed()) {
          s.append(" fixed");
        }
        for (int[] l : p.levels()) {
          s.append(" ").append(quarters(l[0])).append("@").append(l[1] / 2.0);
        }
      }
      return s.toString();
    }
  }

  static BigDecimal quarters(int q) {
    return QUARTER.multiply(BigDecimal.valueOf(q)).setScale(2);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<PartCase> part = Arbitraries.integers().between(2, 8).flatMap(max -> Combinators
        .combine(Arbitraries.integers().between(0, max),
            Arbitraries.integers().between(0, 2),
            Combinators.combine(Arbitraries.integers().between(0, max),
                Arbitraries.integers().between(0, 3)).as((p, c) -> new int[] {p, c}).list()
                .ofMinSize(1).ofMaxSize(2).uniqueElements(l -> l[0]))
        .as((today, kind, levels) -> new PartCase(max, today, kind == 2 ? levels : List.of(),
            kind == 1)));
    return Combinators.combine(part.list().ofSize(CODES.length), Arbitraries.of(false, true),
        Arbitraries.integers().between(0, 100)).as((parts, index, t) ->
        new Case(parts, index, index ? 60 + t * 2 / 5 : t * sum(parts) / 100 + 2));
  }

  private static int sum(List<PartCase> parts) {
    int s = 0;
    for (int i = 0; i < 4; i++) {
      s += parts.get(i).max();
    }
    return s;
  }

  private static Methodology methodology(Case c) {
    StringBuilder y = new StringBuilder("""
        format: par-methodology/1
        id: random
        title: Random
        validFrom: 2024
        pointDecimals: 2
        indexDecimals: 2
        """);
    int total = sum(c.parts());
    y.append("maxPoints: ").append(quarters(total)).append('\n').append("nodes:\n");
    y.append("  - code: \"1\"\n    name: One\n    maxPoints: ").append(quarters(total))
        .append("\n    children:\n");
    for (int i = 0; i < 4; i++) {
      y.append("      - { code: \"").append(CODES[i]).append("\", name: L, maxPoints: ")
          .append(quarters(c.parts().get(i).max())).append(", rule: { type: points } }\n");
    }
    y.append("  - code: P\n    name: Penalty\n    role: PENALTY\n    maxPoints: ")
        .append(quarters(c.parts().get(4).max())).append("\n    children:\n      - { code: P.1, "
            + "name: P, maxPoints: ").append(quarters(c.parts().get(4).max()))
        .append(", rule: { type: points } }\n");
    y.append("  - code: B\n    name: Bonus\n    role: BONUS\n    maxPoints: ")
        .append(quarters(c.parts().get(5).max())).append("\n    children:\n      - { code: B.1, "
            + "name: B, maxPoints: ").append(quarters(c.parts().get(5).max()))
        .append(", rule: { type: points } }\n");
    return Fixtures.methodologyYaml(y.toString());
  }

  private static Submission submission(Case c, Map<String, BigDecimal> changes) {
    Submission.Builder b = Submission.builder().methodology("random").year(2024)
        .unit(io.github.parindex.model.Unit.of("u"));
    for (int i = 0; i < CODES.length; i++) {
      BigDecimal points = changes.getOrDefault(CODES[i], quarters(c.parts().get(i).today()));
      b.putObservations(CODES[i], Observation.points(points));
    }
    return b.build();
  }

  private static ImprovementOptions options(Case c) {
    ImprovementOptions.Builder b = ImprovementOptions.builder();
    for (int i = 0; i < CODES.length; i++) {
      PartCase p = c.parts().get(i);
      if (p.fixed()) {
        b.fixed(CODES[i]);
      } else if (!p.levels().isEmpty()) {
        List<ImprovementOptions.Level> levels = new ArrayList<>();
        for (int[] l : p.levels()) {
          levels.add(new ImprovementOptions.Level(quarters(l[0]), BigDecimal.valueOf(l[1], 1)
              .multiply(BigDecimal.valueOf(5))));
        }
        b.levels(CODES[i], levels);
      }
    }
    return b.build();
  }

  /** The oracle's choices for one part: [points, cost] pairs, defaults included; none is implicit. */
  private static List<BigDecimal[]> choices(Case c, int i) {
    PartCase p = c.parts().get(i);
    List<BigDecimal[]> out = new ArrayList<>();
    if (p.fixed()) {
      return out;
    }
    if (!p.levels().isEmpty()) {
      for (int[] l : p.levels()) {
        out.add(new BigDecimal[] {quarters(l[0]), BigDecimal.valueOf(l[1], 1)
            .multiply(BigDecimal.valueOf(5))});
      }
    } else if (i < 4 && p.today() < p.max()) {
      out.add(new BigDecimal[] {quarters(p.max()), quarters(p.max() - p.today())});
    } else if (i == 4 && p.today() > 0) {
      out.add(new BigDecimal[] {quarters(0), quarters(p.today())});
    }
    return out;
  }

  /** A plan as the oracle sees it. */
  record Plan(int[] pick, BigDecimal cost, int count, BigDecimal gain, BigDecimal[] gains) {}

  @Property(tries = 60)
  void project_smallRandomUnits_equalsTheOracleThatReScoresEveryPlan(@ForAll("cases") Case c) {
    Methodology m = methodology(c);
    Scorer scorer = Fixtures.scorer(m);
    Target target = c.indexTarget() ? Target.index(BigDecimal.valueOf(c.target()))
        : Target.points(quarters(c.target()));
    Projection p = Projector.of(scorer, 1).project(ProjectionRequest.builder()
        .submission(submission(c, Map.of())).target(target).options(options(c)).build());

    List<List<BigDecimal[]>> all = new ArrayList<>();
    for (int i = 0; i < CODES.length; i++) {
      all.add(choices(c, i));
    }
    Plan best = null;
    int[] pick = new int[CODES.length];
    java.util.Arrays.fill(pick, -1);
    List<int[]> plans = new ArrayList<>();
    enumerate(all, 0, pick, plans);
    for (int[] plan : plans) {
      Map<String, BigDecimal> changes = new LinkedHashMap<>();
      BigDecimal cost = BigDecimal.ZERO;
      BigDecimal gain = BigDecimal.ZERO;
      BigDecimal[] gains = new BigDecimal[CODES.length];
      int count = 0;
      for (int i = 0; i < CODES.length; i++) {
        if (plan[i] < 0) {
          continue;
        }
        BigDecimal[] level = all.get(i).get(plan[i]);
        changes.put(CODES[i], level[0]);
        cost = cost.add(level[1]);
        BigDecimal delta = level[0].subtract(quarters(c.parts().get(i).today()));
        gains[i] = i == 4 ? delta.negate() : delta;
        gain = gain.add(gains[i]);
        count++;
      }
      Scorecard card = scorer.score(submission(c, changes));
      boolean reaches = c.indexTarget()
          ? card.index().orElseThrow().compareTo(BigDecimal.valueOf(c.target())) >= 0
          : card.points().orElseThrow().compareTo(quarters(c.target())) >= 0;
      Plan candidate = new Plan(plan, cost, count, gain, gains);
      if (reaches && (best == null || compare(candidate, best) < 0)) {
        best = candidate;
      }
    }
    if (best == null) {
      assertFalse(p.feasible(), c.toString());
      return;
    }
    assertEquals(true, p.feasible(), c.toString());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < CODES.length; i++) {
      if (best.pick()[i] >= 0) {
        expected.add(CODES[i] + "@" + all.get(i).get(best.pick()[i])[0].toPlainString());
      }
    }
    assertEquals(expected, p.plan().stream().map(x -> x.code() + "@" + x.to().toPlainString())
        .toList(), c.toString());
    assertEquals(0, best.cost().compareTo(p.totalCost()), c.toString());
  }

  private static int compare(Plan a, Plan b) {
    int r = a.cost().compareTo(b.cost());
    if (r == 0) {
      r = Integer.compare(a.count(), b.count());
    }
    if (r == 0) {
      r = a.gain().compareTo(b.gain());
    }
    for (int i = 0; r == 0 && i < CODES.length; i++) {
      if (a.pick()[i] == b.pick()[i]) {
        continue;
      }
      if (a.pick()[i] < 0) {
        r = 1;
      } else if (b.pick()[i] < 0) {
        r = -1;
      } else {
        r = a.gains()[i].compareTo(b.gains()[i]);
      }
    }
    return r;
  }

  private static void enumerate(List<List<BigDecimal[]>> all, int k, int[] pick, List<int[]> out) {
    if (k == all.size()) {
      out.add(pick.clone());
      return;
    }
    for (int j = -1; j < all.get(k).size(); j++) {
      pick[k] = j;
      enumerate(all, k + 1, pick, out);
    }
    pick[k] = -1;
  }
}
