package io.github.parindex.model.testing;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Confidence;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid methodologies, for property tests in this module and in the others (this class ships
 * in par-model's test-jar).
 *
 * <p>A generated methodology has a tree 1 to 4 levels deep with codes nested properly (a child's code
 * is its parent's code, a dot and more; now and then a level is skipped, as {@code 3.2.1} directly
 * under {@code 3}); maxima with 0 to 4 decimals (never more than the methodology's
 * {@code pointDecimals}) that sum exactly, unitemised points on some inner nodes and some nodes made
 * only of unitemised points; STANDARD fields and now and then BONUS and PENALTY top-level nodes;
 * sources, lead agencies, evidence, provenance and names with Vietnamese diacritics; leaves with rules
 * of all nine built-in types and plausible parameters; strictly descending bands and alerts on
 * existing nodes. {@link Methodology.Builder#build()} checks it, so generation fails loudly if this
 * class ever makes an invalid methodology.
 *
 * <p>Use {@link #arbitrary()} from jqwik, or {@link #generate(Random)} with a seeded {@link Random}
 * (the same seed gives the same methodology).
 */
public final class RandomMethodologies {
  /** The most nodes a generated methodology has, whatever its depth. */
  public static final int MAX_NODES = 60;

  private RandomMethodologies() {}

  /**
   * Random valid methodologies for jqwik; they do not shrink.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Methodology> arbitrary() {
    return Arbitraries.randomValue(RandomMethodologies::generate).withoutEdgeCases();
  }

  /**
   * A random valid methodology.
   *
   * @param random the source of randomness
   * @return the methodology
   */
  public static Methodology generate(Random random) {
    return new Generator(random).methodology();
  }

  /** One generation: the random source, the methodology-wide settings and the node budget. */
  private static final class Generator {
    private final Random random;
    private final int pointDecimals;
    private final int maxDepth;
    private int budget = MAX_NODES;

    Generator(Random random) {
      this.random = random;
      this.pointDecimals = RandomTexts.pick(random, List.of(2, 3, 4, 4, 4, 4, 5, 6));
      this.maxDepth = 1 + random.nextInt(4);
    }

    Methodology methodology() {
      Methodology.Builder b = Methodology.builder()
          .id("vn-par-" + (char) ('a' + random.nextInt(26)) + random.nextInt(10_000))
          .title(RandomTexts.localized(random))
          .pointDecimals(pointDecimals)
          .indexDecimals(random.nextInt(5))
          .rounding(RandomTexts.pick(random, List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
              RoundingMode.DOWN)))
          .capTotal(random.nextInt(4) != 0);
      if (random.nextBoolean()) {
        b.issuer(RandomTexts.pick(random, List.of("Bộ Nội vụ", "UBND tỉnh Hưng Yên", "Sở Nội vụ")));
      }
      if (random.nextBoolean()) {
        b.legalBasis("Quyết định " + (1 + random.nextInt(3000)) + "/QĐ-BNV");
      }
      if (random.nextBoolean()) {
        b.unitLevel(RandomTexts.pick(random, List.of("PROVINCE", "DEPARTMENT", "DISTRICT",
            "COMMUNE")));
      }
      if (random.nextInt(3) == 0) {
        b.description(RandomTexts.localized(random));
      }
      if (random.nextBoolean()) {
        b.provenance(provenance());
      }
      int validFrom = 2000 + random.nextInt(30);
      b.validFrom(validFrom);
      if (random.nextBoolean()) {
        b.validTo(validFrom + random.nextInt(6));
      }

      List<Node> nodes = new ArrayList<>();
      int fields = 1 + random.nextInt(6);
      BigDecimal max = BigDecimal.ZERO;
      for (int i = 1; i <= fields; i++) {
        Node field = node(Integer.toString(i), 1, Role.STANDARD, randomSource());
        nodes.add(field);
        max = max.add(field.maxPoints());
      }
      if (random.nextInt(3) == 0) {
        nodes.add(node("B", 1, Role.BONUS, Source.APPRAISED));
      }
      if (random.nextInt(3) == 0) {
        nodes.add(node(random.nextBoolean() ? "P" : "DT", 1, Role.PENALTY, Source.APPRAISED));
      }
      if (random.nextInt(4) == 0) {
        // A survey part of its own, like the 876 tree's DTXHH.
        Node survey = node("DTXHH", 1, Role.STANDARD, Source.SURVEY);
        nodes.add(random.nextBoolean() ? nodes.size() : 0, survey);
        max = max.add(survey.maxPoints());
      }
      b.nodes(nodes).maxPoints(max);
      List<Band> bands = bands();
      List<Alert> alerts = alerts(nodes, bands);
      b.bands(bands);
      b.alerts(alerts);
      b.bandCaps(caps(nodes, bands, alerts));
      return b.build();
    }

    private Source randomSource() {
      return random.nextInt(5) == 0 ? Source.SURVEY : Source.APPRAISED;
    }

    private int decimals() {
      return random.nextInt(Math.min(4, pointDecimals) + 1);
    }

    private Node node(String code, int depth, Role role, Source source) {
      budget--;
      Node.Builder b = Node.builder().code(code).name(RandomTexts.localized(random)).role(role)
          .source(source);
      if (random.nextInt(5) == 0) {
        b.leadAgency(RandomTexts.agency(random));
      }
      if (random.nextInt(4) != 0) {
        b.provenance(provenance());
      }
      int shape = random.nextInt(10);
      boolean canNest = depth < maxDepth && budget > 0;
      if (shape == 0) {
        // Known only as a total: an inner node made of unitemised points.
        BigDecimal unitemised = RandomDecimals.positive(random, decimals());
        return b.unitemisedPoints(unitemised).maxPoints(unitemised).build();
      }
      if (!canNest || shape <= 3) {
        BigDecimal max = RandomDecimals.positive(random, decimals());
        b.maxPoints(max).rule(RandomRules.rule(random, max, pointDecimals));
        if (random.nextInt(6) == 0) {
          b.allowNotApplicable(false);
        }
        if (random.nextInt(4) == 0) {
          b.evidence(RandomTexts.vietnamese(random));
        }
        if (random.nextInt(5) == 0) {
          b.evidenceRequired(true);
        }
        return b.build();
      }
      BigDecimal sum = BigDecimal.ZERO;
      int children = 1 + random.nextInt(4);
      int segment = 0;
      for (int i = 0; i < children && budget > 0; i++) {
        segment += 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        String childCode = code + "." + segment;
        int childDepth = depth + 1;
        if (random.nextInt(7) == 0 && childDepth < maxDepth) {
          // A level skipped: 3.2.1 directly under 3; no sibling starts with 3.2 (segments differ).
          childCode = childCode + "." + (1 + random.nextInt(3));
          childDepth++;
        }
        Source childSource = random.nextInt(6) == 0 ? randomSource() : source;
        Node child = node(childCode, childDepth, role, childSource);
        b.addChildren(child);
        sum = sum.add(child.maxPoints());
      }
      if (random.nextInt(3) == 0) {
        BigDecimal unitemised = RandomDecimals.positive(random, decimals());
        b.unitemisedPoints(unitemised);
        sum = sum.add(unitemised);
      }
      return b.maxPoints(sum).build();
    }

    private Provenance provenance() {
      Provenance.Builder p = Provenance.builder()
          .source(RandomTexts.pick(random, List.of("seed 001", "Quyết định 876/QĐ-BNV",
              "derived from seed 001", "generated")))
          .confidence(RandomTexts.pick(random, List.of(Confidence.values())));
      if (random.nextBoolean()) {
        p.note(RandomTexts.vietnamese(random));
      }
      return p.build();
    }

    private List<Band> bands() {
      List<Band> bands = new ArrayList<>();
      int n = random.nextInt(5);
      BigDecimal min = BigDecimal.valueOf(100);
      List<String> codes = RandomTexts.pick(random, List.of(List.of("A", "B", "C", "D"),
          List.of("Tốt", "Khá", "Trung bình", "Yếu"), List.of("I", "II", "III", "IV")));
      for (int i = 0; i < n; i++) {
        min = i == n - 1 && random.nextBoolean() ? BigDecimal.ZERO
            : RandomDecimals.between(random, BigDecimal.ZERO, min.subtract(new BigDecimal("0.01")),
                random.nextInt(3));
        Band.Builder band = Band.builder().code(codes.get(i)).minPercent(min);
        if (random.nextBoolean()) {
          band.label(RandomTexts.localized(random));
        }
        bands.add(band.build());
        if (min.signum() == 0) {
          break;
        }
      }
      return bands;
    }

    private List<Alert> alerts(List<Node> roots, List<Band> bands) {
      List<String> codes = new ArrayList<>();
      collect(roots, codes);
      List<Alert> alerts = new ArrayList<>();
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        Alert.Builder alert = Alert.builder();
        if (random.nextInt(3) == 0) {
          // an id, shared now and then by two alerts (CYCLE.md §1)
          alert.id(RandomTexts.pick(random, List.of("remediation", "review")));
        }
        // a code that holds a space ("Trung bình") is a band's, but not one an alert names: the
        // criteria sheet separates an alert's band codes with spaces (docs/criteria-sheet.md)
        List<String> named = bands.stream().map(Band::code)
            .filter(c -> c.chars().noneMatch(Character::isWhitespace)).toList();
        if (!named.isEmpty() && random.nextInt(3) == 0) {
          // raised by the band found from the index
          alert.addBands(RandomTexts.pick(random, named));
        } else {
          alert.belowPercent(RandomDecimals.between(random, new BigDecimal("0.5"),
              BigDecimal.valueOf(100), random.nextInt(3)));
          int count = 1 + random.nextInt(3);
          for (int j = 0; j < count; j++) {
            alert.addCodes(RandomTexts.pick(random, codes));
          }
        }
        if (random.nextBoolean()) {
          alert.message(RandomTexts.localized(random));
        }
        alerts.add(alert.build());
      }
      return alerts;
    }

    /** Band caps (CYCLE.md §1) now and then, on alerts, penalties or nodes below a percent. */
    private List<BandCap> caps(List<Node> roots, List<Band> bands, List<Alert> alerts) {
      List<BandCap> caps = new ArrayList<>();
      if (bands.isEmpty() || random.nextInt(3) != 0) {
        return caps;
      }
      List<String> codes = new ArrayList<>();
      collect(roots, codes);
      List<String> ids = alerts.stream().flatMap(a -> a.id().stream()).distinct().toList();
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        CapCondition when = switch (random.nextInt(3)) {
          case 0 -> ids.isEmpty() ? CapCondition.penaltyAbove(BigDecimal.ZERO)
              : CapCondition.alert(RandomTexts.pick(random, ids));
          case 1 -> CapCondition.penaltyAbove(RandomDecimals.between(random, BigDecimal.ZERO,
              BigDecimal.ONE, random.nextInt(2)));
          default -> CapCondition.nodesBelow(List.of(RandomTexts.pick(random, codes)),
              RandomDecimals.between(random, new BigDecimal("0.5"), BigDecimal.valueOf(100),
                  random.nextInt(3)));
        };
        caps.add(BandCap.of(when, RandomTexts.pick(random, bands).code()));
      }
      return caps;
    }

    private static void collect(List<Node> nodes, List<String> codes) {
      for (Node node : nodes) {
        codes.add(node.code());
        collect(node.children(), codes);
      }
    }
  }
}
