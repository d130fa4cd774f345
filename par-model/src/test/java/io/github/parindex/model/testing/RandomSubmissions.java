package io.github.parindex.model.testing;

import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid submissions for a methodology, for property tests in this module and in the others
 * (this class ships in par-model's test-jar).
 *
 * <p>A generated submission is for the methodology's id and a year it applies to, and passes
 * {@link Submission#checkAgainst(Methodology)}: observations of every kind, each one accepted by its
 * leaf's rule (see {@link RandomRules#observation}), some leaves left out; points for some unitemised
 * remainders; evidence; reported figures printed with various scales ({@code 9.48}, {@code 4.3},
 * {@code 6.40}); unknown codes; lead agencies; every stage and missing policy.
 *
 * <p>Use {@link #arbitrary(Methodology)} or {@link #withMethodologies()} from jqwik, or
 * {@link #generate(Methodology, Random)} with a seeded {@link Random}.
 */
public final class RandomSubmissions {
  private RandomSubmissions() {}

  /**
   * A methodology and a submission for it.
   *
   * @param methodology the methodology
   * @param submission a valid submission for it
   */
  public record Generated(Methodology methodology, Submission submission) {}

  /**
   * Random valid submissions for one methodology; they do not shrink.
   *
   * @param methodology the methodology
   * @return the arbitrary
   */
  public static Arbitrary<Submission> arbitrary(Methodology methodology) {
    return Arbitraries.randomValue(random -> generate(methodology, random)).withoutEdgeCases();
  }

  /**
   * Random valid methodologies, each with a random valid submission for it.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Generated> withMethodologies() {
    return Arbitraries.randomValue(RandomSubmissions::generate).withoutEdgeCases();
  }

  /**
   * A random valid methodology and a random valid submission for it.
   *
   * @param random the source of randomness
   * @return both
   */
  public static Generated generate(Random random) {
    Methodology m = RandomMethodologies.generate(random);
    return new Generated(m, generate(m, random));
  }

  /**
   * A random valid submission for a methodology.
   *
   * @param m the methodology
   * @param random the source of randomness
   * @return the submission
   */
  public static Submission generate(Methodology m, Random random) {
    int lastYear = m.validTo().orElse(m.validFrom() + 5);
    Submission.Builder b = Submission.builder()
        .methodology(m.id())
        .year(m.validFrom() + random.nextInt(lastYear - m.validFrom() + 1))
        .unit(unit(random))
        .stage(RandomTexts.pick(random, List.of(Stage.values())))
        .missing(RandomTexts.pick(random, List.of(MissingPolicy.values())));
    Set<String> scored = new HashSet<>();
    for (Node leaf : m.leaves()) {
      if (random.nextInt(6) != 0) {
        b.putObservations(leaf.code(), RandomRules.observation(random, leaf, m.pointDecimals()));
        scored.add(leaf.code());
      }
      if (random.nextInt(5) == 0) {
        List<EvidenceRef> refs = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          EvidenceRef.Builder e = EvidenceRef.builder().title(RandomTexts.vietnamese(random));
          if (random.nextBoolean()) {
            e.uri("https://dichvucong.gov.vn/p/" + leaf.code() + "/" + random.nextInt(1000));
          }
          refs.add(e.build());
        }
        b.putEvidence(leaf.code(), refs);
      }
    }
    for (Node node : m.allNodes()) {
      if (node.hasRemainder() && random.nextInt(3) != 0) {
        b.putUnitemised(node.code(), RandomDecimals.between(random, BigDecimal.ZERO,
            node.unitemisedPoints(), random.nextInt(m.pointDecimals() + 1)));
        scored.add(node.code());
      }
      if (random.nextInt(6) == 0) {
        b.putReported(node.code(), reported(random, node));
      }
      if (random.nextInt(10) == 0) {
        b.putLeadAgencies(node.code(), RandomTexts.agency(random));
      }
      if (random.nextInt(15) == 0 && !scored.contains(node.code())) {
        b.addUnknown(node.code());
      }
    }
    return b.build();
  }

  private static Unit unit(Random random) {
    Unit.Builder u = Unit.builder().id("unit-" + random.nextInt(100_000));
    if (random.nextInt(4) != 0) {
      u.name(RandomTexts.unitName(random));
    }
    if (random.nextBoolean()) {
      u.level(RandomTexts.pick(random, List.of("PROVINCE", "DISTRICT", "COMMUNE")));
    }
    if (random.nextBoolean()) {
      u.region(RandomTexts.pick(random, List.of("Đồng bằng sông Hồng", "Tây Nguyên",
          "Đông Nam Bộ")));
    }
    return u.build();
  }

  /** Figures as printed elsewhere: with 0 to 4 decimals, trailing zeros kept. */
  private static Reported reported(Random random, Node node) {
    Reported.Builder r = Reported.builder();
    int form = random.nextInt(3);
    if (form != 1) {
      r.points(printed(random, node.maxPoints()));
    }
    if (form != 0) {
      r.deficit(printed(random, node.maxPoints()));
    }
    return r.build();
  }

  private static BigDecimal printed(Random random, BigDecimal max) {
    int scale = random.nextInt(5);
    return RandomDecimals.between(random, BigDecimal.ZERO, max, scale).setScale(scale,
        java.math.RoundingMode.UNNECESSARY);
  }
}
