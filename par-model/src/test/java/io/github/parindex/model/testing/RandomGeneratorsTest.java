package io.github.parindex.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generators make what their documentation promises, over the first 300 seeds: every rule type,
 * every observation kind, depths 1 to 4, skipped levels, maxima with 0 to 4 decimals, BONUS, PENALTY
 * and SURVEY parts, all-unitemised nodes, and submissions with every optional member.
 */
class RandomGeneratorsTest {
  private static final int SEEDS = 300;

  @Test
  void generate_firstSeeds_coverEveryFeatureOfTheMethodologyFormat() {
    Set<String> types = new HashSet<>();
    Set<Integer> depths = new HashSet<>();
    Set<Integer> decimals = new HashSet<>();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<Source> sources = EnumSet.noneOf(Source.class);
    boolean skippedLevel = false;
    boolean allUnitemised = false;
    boolean remainderWithChildren = false;
    boolean forbidsNotApplicable = false;
    boolean bands = false;
    boolean alerts = false;
    boolean trapText = false;
    for (int seed = 0; seed < SEEDS; seed++) {
      Methodology m = RandomMethodologies.generate(new Random(seed));
      bands |= !m.bands().isEmpty();
      alerts |= !m.alerts().isEmpty();
      for (Node n : m.allNodes()) {
        depths.add(m.depth(n.code()));
        decimals.add(Math.max(0, n.maxPoints().stripTrailingZeros().scale()));
        roles.add(n.role());
        sources.add(n.source());
        allUnitemised |= n.children().isEmpty() && n.hasRemainder();
        remainderWithChildren |= !n.children().isEmpty() && n.hasRemainder();
        forbidsNotApplicable |= !n.allowNotApplicable();
        trapText |= n.name().vi().contains("\n") || n.name().vi().equals("yes");
        n.rule().ifPresent(r -> types.add(r.type()));
        int parentSegments = m.parent(n.code()).map(p -> p.code().split("\\.").length).orElse(0);
        skippedLevel |= n.code().split("\\.").length > parentSegments + 1;
      }
    }
    assertEquals(Set.copyOf(RandomRules.TYPES), types);
    assertEquals(Set.of(1, 2, 3, 4), depths);
    assertTrue(decimals.containsAll(List.of(0, 1, 2, 3, 4)), decimals::toString);
    assertEquals(EnumSet.allOf(Role.class), roles);
    assertEquals(EnumSet.allOf(Source.class), sources);
    assertTrue(skippedLevel && allUnitemised && remainderWithChildren && forbidsNotApplicable);
    assertTrue(bands && alerts && trapText);
  }

  @Test
  void generate_firstSeeds_coverEverySubmissionMember() {
    Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    Set<Integer> printedScales = new HashSet<>();
    boolean unitemised = false;
    boolean evidence = false;
    boolean unknown = false;
    boolean leadAgencies = false;
    for (int seed = 0; seed < SEEDS; seed++) {
      RandomSubmissions.Generated g = RandomSubmissions.generate(new Random(seed));
      Submission s = g.submission();
      s.observations().values().forEach(o -> kinds.add(o.kind()));
      for (Reported r : s.reported().values()) {
        r.points().ifPresent(p -> printedScales.add(p.scale()));
        r.deficit().ifPresent(p -> printedScales.add(p.scale()));
      }
      unitemised |= !s.unitemised().isEmpty();
      evidence |= !s.evidence().isEmpty();
      unknown |= !s.unknown().isEmpty();
      leadAgencies |= !s.leadAgencies().isEmpty();
    }
    assertEquals(EnumSet.allOf(ObservationKind.class), kinds);
    assertEquals(Set.of(0, 1, 2, 3, 4), printedScales);
    assertTrue(unitemised && evidence && unknown && leadAgencies);
  }

  @Test
  void generate_sameSeed_givesTheSameMethodology() {
    assertEquals(RandomMethodologies.generate(new Random(42)),
        RandomMethodologies.generate(new Random(42)));
  }
}
