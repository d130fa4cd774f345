package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomDecimals;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of the engine on random valid methodologies and submissions (the par-model test-jar's
 * generators: trees 1 to 4 levels deep, all nine rule types, unitemised remainders, BONUS and PENALTY
 * parts, unknown parts, every missing policy and rounding mode). Each expected value is computed here
 * from the methodology and the other nodes' figures, never taken from the scorecard's own totals.
 */
class ScoringProperties {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  private static Generated generated(long seed) {
    return generated(new Random(seed));
  }

  /**
   * A random methodology and submission that can be scored: the generator leaves out some leaves'
   * data, which the policy ERROR refuses; such a submission is scored under ZERO instead.
   */
  private static Generated generated(Random random) {
    Generated g = RandomSubmissions.generate(random);
    if (g.submission().missing() == MissingPolicy.ERROR
        && !scorer(g.methodology()).check(g.submission()).isEmpty()) {
      return new Generated(g.methodology(), Submission.builder().from(g.submission())
          .missing(MissingPolicy.ZERO).build());
    }
    return g;
  }

  private static String where(Generated g) {
    return ParWriter.toString(g.methodology(), Syntax.YAML) + "---\n"
        + ParWriter.toString(g.submission(), Syntax.YAML);
  }

  @Property(tries = 300)
  void everyNode_pointsFromZeroToItsApplicableMaximum(@ForAll long seed) {
    Generated g = generated(seed);
    Scorecard card = scorer(g.methodology()).score(g.submission());
    for (NodeScore n : card.nodes()) {
      assertTrue(n.applicableMaxPoints().signum() >= 0, n::toString);
      assertTrue(n.applicableMaxPoints().compareTo(n.maxPoints()) <= 0, n::toString);
      n.points().ifPresent(p -> {
        assertTrue(p.signum() >= 0, () -> n + "\n" + where(g));
        assertTrue(p.compareTo(n.applicableMaxPoints()) <= 0, () -> n + "\n" + where(g));
      });
      n.remainder().ifPresent(r -> r.knownPoints().ifPresent(p -> {
        assertTrue(p.signum() >= 0, () -> n + "\n" + where(g));
        assertTrue(p.compareTo(r.maxPoints()) <= 0, () -> n + "\n" + where(g));
      }));
    }
  }

  @Property(tries = 300)
  void innerNode_isTheSumOfItsChildrenAndItsRemainder(@ForAll long seed) {
    Generated g = generated(seed);
    Methodology m = g.methodology();
    Scorecard card = scorer(m).score(g.submission());
    for (Node node : m.allNodes()) {
      if (node.isLeaf()) {
        continue;
      }
      NodeScore n = card.node(node.code());
      BigDecimal points = BigDecimal.ZERO;
      BigDecimal applicable = BigDecimal.ZERO;
      boolean known = true;
      for (Node child : node.children()) {
        NodeScore c = card.node(child.code());
        assertEquals(Optional.of(node.code()), c.parentCode());
        applicable = applicable.add(c.applicableMaxPoints());
        if (c.points().isPresent()) {
          points = points.add(c.points().get());
        } else {
          known = false;
        }
      }
      if (node.hasRemainder()) {
        RemainderScore r = n.remainder().orElseThrow();
        assertEquals(0, r.maxPoints().compareTo(node.unitemisedPoints()), n::toString);
        applicable = applicable.add(r.maxPoints());
        if (r.knownPoints().isPresent()) {
          points = points.add(r.knownPoints().get());
        } else {
          known = false;
        }
      } else {
        assertTrue(n.remainder().isEmpty(), n::toString);
      }
      assertEquals(0, applicable.compareTo(n.applicableMaxPoints()), () -> n + "\n" + where(g));
      if (known) {
        assertEquals(0, points.compareTo(n.points().orElseThrow()), () -> n + "\n" + where(g));
      } else {
        assertTrue(n.points().isEmpty(), () -> n + "\n" + where(g));
      }
    }
  }

  @Property(tries = 300)
  void deficit_isTheApplicableMaximumLessThePoints(@ForAll long seed) {
    Generated g = generated(seed);
    Scorecard card = scorer(g.methodology()).score(g.submission());
    for (NodeScore n : card.nodes()) {
      if (n.points().isPresent()) {
        BigDecimal expected = n.applicableMaxPoints().subtract(n.points().get());
        assertEquals(0, expected.compareTo(n.deficit().orElseThrow()), n::toString);
      } else {
        assertTrue(n.deficit().isEmpty(), n::toString);
      }
      n.remainder().ifPresent(r -> r.knownPoints().ifPresent(p ->
          assertEquals(0, r.maxPoints().subtract(p).compareTo(r.deficit().orElseThrow()))));
    }
  }

  /**
   * The total is the top-level STANDARD points plus BONUS less PENALTY, clamped to 0 .. the applicable
   * maximum when the methodology caps it; the index is that total over the applicable maximum, × 100,
   * rounded once (BigDecimal's division rounds the exact quotient), within 0 .. 100 when capped.
   */
  @Property(tries = 300)
  void totalAndIndex_followFromTheTopLevelNodes(@ForAll long seed) {
    Generated g = generated(seed);
    Methodology m = g.methodology();
    Scorecard card = scorer(m).score(g.submission());
    BigDecimal standard = BigDecimal.ZERO;
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal penalty = BigDecimal.ZERO;
    BigDecimal applicable = BigDecimal.ZERO;
    boolean known = true;
    for (Node top : m.nodes()) {
      NodeScore n = card.node(top.code());
      if (n.points().isEmpty()) {
        known = false;
        continue;
      }
      BigDecimal p = n.points().get();
      if (top.role() == Role.STANDARD) {
        standard = standard.add(p);
      } else if (top.role() == Role.BONUS) {
        bonus = bonus.add(p);
      } else {
        penalty = penalty.add(p);
      }
    }
    for (Node top : m.nodes()) {
      if (top.role() == Role.STANDARD) {
        applicable = applicable.add(card.node(top.code()).applicableMaxPoints());
      }
    }
    assertEquals(0, applicable.compareTo(card.applicableMaxPoints()));
    if (!known) {
      assertTrue(card.points().isEmpty());
      assertTrue(card.index().isEmpty());
      return;
    }
    BigDecimal total = standard.add(bonus).subtract(penalty);
    if (m.capTotal()) {
      total = total.max(BigDecimal.ZERO).min(applicable);
    }
    assertEquals(0, total.compareTo(card.points().orElseThrow()), () -> card + "\n" + where(g));
    if (applicable.signum() == 0) {
      assertTrue(card.index().isEmpty());
      return;
    }
    BigDecimal index = card.index().orElseThrow();
    BigDecimal expected = total.multiply(HUNDRED).divide(applicable, m.indexDecimals(),
        m.rounding());
    assertEquals(expected, index, () -> card + "\n" + where(g));
    if (m.capTotal()) {
      assertTrue(index.signum() >= 0 && index.compareTo(HUNDRED) <= 0, index::toPlainString);
    }
  }

  /**
   * A better observation of one STANDARD or BONUS leaf never lowers that leaf, any ancestor or the
   * total: a higher
   * points override (every rule accepts one), or, for a rule the registry declares INCREASING, more
   * of what it measures (yes for no, a higher rate or numerator, a larger reduction), for a
   * DECREASING rule a smaller count. Reported figures are left out: a printed deficit charged to a
   * remainder (docs/formats.md) makes the node's points the printed ones by design.
   */
  @Property(tries = 400)
  void betterObservation_neverLowersTheLeafItsAncestorsOrTheTotal(@ForAll long seed) {
    Random random = new Random(seed);
    Generated g = generated(random);
    Methodology m = g.methodology();
    Submission before = Submission.builder().from(g.submission()).reported(Map.of()).build();
    Scorer scorer = scorer(m);
    Scorecard a = scorer.score(before);
    List<Node> candidates = new ArrayList<>();
    for (Node leaf : m.leaves()) {
      NodeScore n = a.node(leaf.code());
      // More points of a PENALTY part are a larger deduction, not a better result.
      if (leaf.role() != Role.PENALTY && n.points().isPresent()
          && n.applicableMaxPoints().signum() > 0) {
        candidates.add(leaf);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    Node leaf = candidates.get(random.nextInt(candidates.size()));
    BigDecimal points = a.node(leaf.code()).points().orElseThrow();
    Observation better = better(random, m, leaf, before.observation(leaf.code()), points);
    Map<String, Observation> observations = new LinkedHashMap<>(before.observations());
    observations.put(leaf.code(), better);
    Submission after = Submission.builder().from(before).observations(observations).build();
    Scorecard b = scorer.score(after);
    String why = leaf.code() + ": " + before.observation(leaf.code()) + " -> " + better + "\n"
        + where(g);
    for (String code = leaf.code(); code != null;
        code = a.node(code).parentCode().orElse(null)) {
      // An ancestor is unknown, before and after, when another part under it is.
      assertEquals(a.node(code).points().isPresent(), b.node(code).points().isPresent(), code);
      if (a.node(code).points().isPresent()) {
        BigDecimal was = a.node(code).points().get();
        BigDecimal now = b.node(code).points().get();
        assertTrue(now.compareTo(was) >= 0, code + ": " + was + " -> " + now + " after " + why);
      }
    }
    if (a.points().isPresent()) {
      assertTrue(b.points().orElseThrow().compareTo(a.points().get()) >= 0, why);
      a.index().ifPresent(was ->
          assertTrue(b.index().orElseThrow().compareTo(was) >= 0, why));
    }
  }

  private static Observation better(Random random, Methodology m, Node leaf,
      Optional<Observation> current, BigDecimal points) {
    String type = leaf.rule().orElseThrow().type();
    Monotonicity direction = RuleRegistry.builtIn().find(type).orElseThrow().monotonicity();
    if (current.isPresent() && random.nextBoolean()) {
      Observation o = current.get();
      if (direction == Monotonicity.INCREASING) {
        if (o instanceof Observation.YesNo) {
          return Observation.yes(true);
        }
        if (o instanceof Observation.Rate r) {
          return Observation.rate(RandomDecimals.between(random, r.rate(), BigDecimal.ONE, 6));
        }
        if (o instanceof Observation.Fraction f) {
          return Observation.fraction(RandomDecimals.between(random, f.numerator(),
              f.denominator(), 0), f.denominator());
        }
        if (o instanceof Observation.Change c && c.current().signum() > 0) {
          return Observation.change(c.baseline(), RandomDecimals.between(random,
              BigDecimal.ZERO, c.current(), 0));
        }
      }
      if (direction == Monotonicity.DECREASING && o instanceof Observation.Count c) {
        return Observation.count(c.count() == 0 ? 0 : random.nextInt((int) Math.min(c.count(),
            Integer.MAX_VALUE)));
      }
    }
    BigDecimal max = leaf.maxPoints();
    return Observation.points(RandomDecimals.between(random, points.min(max), max,
        m.pointDecimals()));
  }

  @Property(tries = 300)
  void notApplicableLeaf_neverChangesAnotherLeaf(@ForAll long seed) {
    Random random = new Random(seed);
    Generated g = generated(random);
    Methodology m = g.methodology();
    Scorer scorer = scorer(m);
    Scorecard a = scorer.score(g.submission());
    // A leaf that allows it, not under a part declared unknown (whose leaves have no data).
    List<Node> allowed = m.leaves().stream().filter(Node::allowNotApplicable)
        .filter(l -> a.node(l.code()).points().isPresent()).toList();
    if (allowed.isEmpty()) {
      return;
    }
    Node chosen = allowed.get(random.nextInt(allowed.size()));
    Map<String, Observation> observations = new LinkedHashMap<>(g.submission().observations());
    observations.put(chosen.code(), Observation.notApplicable());
    Submission after = Submission.builder().from(g.submission()).observations(observations)
        .build();
    Scorecard b = scorer.score(after);
    assertEquals(0, b.node(chosen.code()).applicableMaxPoints().signum());
    for (Node leaf : m.leaves()) {
      if (leaf.code().equals(chosen.code())) {
        continue;
      }
      NodeScore x = a.node(leaf.code());
      NodeScore y = b.node(leaf.code());
      assertEquals(x.points(), y.points(), leaf.code());
      assertEquals(x.applicableMaxPoints(), y.applicableMaxPoints(), leaf.code());
      assertEquals(x.status(), y.status(), leaf.code());
      assertEquals(x.explanation(), y.explanation(), leaf.code());
    }
  }

  /**
   * The scorecard is a function of the methodology and the submission alone: the same fingerprint
   * from another scorer, a second scoring, and the submission written and read back (YAML and JSON).
   * par-report's WriterProperties checks the JSON bytes the same way.
   */
  @Property(tries = 150)
  void scorecard_isDeterministic(@ForAll long seed) {
    Generated g = generated(seed);
    byte[] first = Fingerprint.of(scorer(g.methodology()).score(g.submission()))
        .getBytes(StandardCharsets.UTF_8);
    Scorer other = scorer(g.methodology());
    assertArrayEquals(first, Fingerprint.of(other.score(g.submission()))
        .getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(first, Fingerprint.of(other.score(g.submission()))
        .getBytes(StandardCharsets.UTF_8));
    for (Syntax syntax : Syntax.values()) {
      Submission again = ParReader.standard().readSubmission(ParWriter.toString(g.submission(),
          syntax).getBytes(StandardCharsets.UTF_8), syntax == Syntax.JSON ? "s.json" : "s.yaml");
      assertArrayEquals(first, Fingerprint.of(other.score(again))
          .getBytes(StandardCharsets.UTF_8), syntax::name);
    }
  }
}
