package io.github.parindex.projection.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.testing.RandomDecimals;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Plans on random methodologies and submissions (the par-model test-jar's generators) reach their
 * target when it can be reached: with the default options (every lost point can be won back, at 1
 * per point, and every penalty avoided), any total from today's up to what the unit would have with
 * every STANDARD part at its maximum and no penalty is feasible. The plan is checked independently: its
 * changes are applied to the submission as points overrides and the result is scored again.
 */
class RandomProjectionProperties {
  private static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  /** A submission with a known total: no unknown parts, no reported figures, scorable. */
  private static Submission known(Methodology m, Submission s) {
    Submission plain = Submission.builder().from(s).unknown(List.of()).reported(Map.of()).build();
    if (!scorer(m).check(plain).isEmpty()) {
      plain = Submission.builder().from(plain).missing(MissingPolicy.ZERO).build();
    }
    return plain;
  }

  @Property(tries = 150)
  void pointsTarget_withinReach_isReachedByThePlan(@ForAll long seed) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    Methodology m = g.methodology();
    Scorer scorer = scorer(m);
    Submission s = known(m, g.submission());
    Scorecard today = scorer.score(s);
    BigDecimal current = today.points().orElseThrow();
    // Everything won back: the applicable maximum when capped (the total is clamped to it).
    BigDecimal best = scorer.score(allWon(m, s)).points().orElseThrow();
    // A target is a total of at least 0; without a cap, penalties can make today's total negative.
    BigDecimal from = current.max(BigDecimal.ZERO);
    if (best.compareTo(from) <= 0) {
      return;
    }
    BigDecimal target = RandomDecimals.between(random, from, best, m.pointDecimals());
    Projection p;
    try {
      p = Projector.of(scorer, 1).project(s, Target.points(target));
    } catch (ValidationException e) {
      // The one refusal allowed: a point grid too fine for the exact search (six decimals and
      // large maxima), reported as such with the states it needs and the limit.
      assertEquals(1, e.problems().size(), e::getMessage);
      assertTrue(e.problems().get(0).message().matches("the plan needs \\d+ states, above the "
          + "limit of " + Projector.DEFAULT_MAX_STATES + " states: .*"), e::getMessage);
      return;
    }
    String why = "target " + target + " from " + current + " (best " + best + ")";
    assertTrue(p.feasible(), why);
    assertTrue(p.result().points().orElseThrow().compareTo(target) >= 0, why);

    Map<String, Observation> observations = new LinkedHashMap<>(s.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(s.unitemised());
    BigDecimal gain = BigDecimal.ZERO;
    for (PlannedChange c : p.plan()) {
      if (c.remainder()) {
        unitemised.put(c.code(), c.to());
      } else {
        observations.put(c.code(), Observation.points(c.to()));
      }
      gain = gain.add(c.gain());
    }
    Scorecard after = scorer.score(Submission.builder().from(s).observations(observations)
        .unitemised(unitemised).build());
    assertTrue(after.points().orElseThrow().compareTo(target) >= 0, why + ": " + p.plan());
    assertEquals(0, after.points().orElseThrow().compareTo(p.result().points().orElseThrow()),
        why);
    assertEquals(0, gain.compareTo(p.totalGain()), why);
  }

  /**
   * What the default options can reach: every STANDARD leaf and remainder at its maximum, every
   * PENALTY leaf at 0; BONUS parts as they are (the default gives them no levels, docs/projections.md).
   */
  private static Submission allWon(Methodology m, Submission s) {
    Map<String, Observation> observations = new LinkedHashMap<>(s.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(s.unitemised());
    for (Node node : m.allNodes()) {
      if (node.role() == Role.BONUS) {
        continue;
      }
      boolean penalty = node.role() == Role.PENALTY;
      if (node.isLeaf()) {
        Observation o = s.observations().get(node.code());
        if (o == null || o.kind() != ObservationKind.NOT_APPLICABLE) {
          observations.put(node.code(), Observation.points(penalty ? BigDecimal.ZERO
              : node.maxPoints()));
        }
      } else if (node.hasRemainder() && !penalty) {
        unitemised.put(node.code(), node.unitemisedPoints());
      }
    }
    return Submission.builder().from(s).observations(observations).unitemised(unitemised)
        .build();
  }
}
