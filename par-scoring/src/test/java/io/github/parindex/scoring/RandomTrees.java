package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Source;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random methodologies and submissions for comparing the compiled scorer with the reference
 * path: trees of any shape (depth 1 to 4, remainders, BONUS and PENALTY parts, sources, lead
 * agencies), every built-in rule type with random parameters plus a custom type, 0 to 6 point
 * decimals and every accepted rounding mode; submissions with every observation kind — including
 * numbers too large for long arithmetic — not-applicable leaves, overrides, missing data under every
 * policy, remainders, unknown parts, reported figures (some charged to remainders) and, now and then,
 * a problem. The same seed always gives the same objects.
 */
final class RandomTrees {
  static final List<String> BUILT_IN = List.of("yes-no", "option", "rate-linear", "rate-bands",
      "count-bands", "deduction", "reduction-target", "survey", "points");
  static final String CUSTOM = "count-share";

  private final Random r;
  private int pointDecimals;
  /** Whether the submission being generated may have problems. */
  private boolean faulty;

  RandomTrees(long seed) {
    this.r = new Random(seed);
  }

  /** The built-in types plus {@value #CUSTOM}, a custom type the compiled path cannot compile. */
  static RuleRegistry registry() {
    return RuleRegistry.builder().addBuiltIns().add(new CountShare()).build();
  }

  /** {@code count-share}: max × min(1, count / target). */
  static final class CountShare implements RuleEvaluator {
    @Override
    public String type() {
      return CUSTOM;
    }

    @Override
    public Set<ObservationKind> acceptedKinds() {
      return Set.of(ObservationKind.COUNT);
    }

    @Override
    public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
      Parameters p = Parameters.of(spec);
      BigDecimal target = p.decimal("target");
      p.done();
      BigDecimal max = leaf.maxPoints();
      return o -> {
        long count = ((Observation.Count) o).count();
        Ratio share = Ratio.of(BigDecimal.valueOf(count), target).min(Ratio.ONE);
        return Evaluation.of(share.multiply(max)).intermediate("share", share)
            .sentence("Số lượng " + count, "Count " + count).build();
      };
    }
  }

  // ---- methodologies ----

  Methodology methodology() {
    pointDecimals = pickInt(0, 1, 2, 2, 3, 4, 4, 4, 5, 6, 8, 10);
    Methodology.Builder m = Methodology.builder()
        .id("random-" + r.nextInt(1000))
        .title(LocalizedText.of("Ngẫu nhiên", "Random"))
        .validFrom(2020)
        .pointDecimals(pointDecimals)
        .indexDecimals(r.nextInt(7))
        .rounding(pick(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN))
        .capTotal(r.nextInt(4) != 0);
    if (r.nextInt(5) == 0) {
      m.validTo(2030);
    }
    List<Node> tops = new ArrayList<>();
    int fields = 1 + r.nextInt(5);
    BigDecimal standard = BigDecimal.ZERO;
    for (int f = 1; f <= fields; f++) {
      Node node = node(Integer.toString(f), 1, Role.STANDARD, pick(Source.APPRAISED,
          Source.APPRAISED, Source.SURVEY));
      standard = standard.add(node.maxPoints());
      tops.add(node);
    }
    if (r.nextInt(3) == 0) {
      tops.add(node("B", 2, Role.BONUS, Source.APPRAISED));
    }
    if (r.nextInt(3) == 0) {
      tops.add(node("P", 2, Role.PENALTY, Source.APPRAISED));
    }
    m.addAllNodes(tops).maxPoints(standard);
    int bands = r.nextInt(5);
    BigDecimal min = BigDecimal.valueOf(100);
    for (int b = 0; b < bands; b++) {
      min = b == bands - 1 && r.nextBoolean() ? BigDecimal.ZERO
          : min.subtract(decimal(1, 3000, 2).min(min)).max(BigDecimal.ZERO);
      m.addBands(Band.of("G" + b, min));
      if (min.signum() == 0) {
        break;
      }
    }
    List<String> codes = new ArrayList<>();
    tops.forEach(t -> collect(t, codes));
    for (int a = r.nextInt(3); a > 0; a--) {
      Alert.Builder alert = Alert.builder().belowPercent(decimal(1, 10000, 2))
          .addCodes(codes.get(r.nextInt(codes.size())));
      if (r.nextBoolean()) {
        alert.message(LocalizedText.of("Cảnh báo", "Alert"));
      }
      m.addAlerts(alert.build());
    }
    return m.build();
  }

  private static void collect(Node n, List<String> codes) {
    codes.add(n.code());
    n.children().forEach(c -> collect(c, codes));
  }

  private Node node(String code, int maxDepth, Role role, Source source) {
    Node.Builder b = Node.builder().code(code).name(LocalizedText.of("Nút " + code, "Node " + code))
        .role(role);
    if (r.nextInt(4) == 0) {
      b.source(pick(Source.APPRAISED, Source.SURVEY));
    } else {
      b.source(source);
    }
    if (r.nextInt(4) == 0) {
      b.leadAgency("Sở " + code);
    }
    boolean inner = maxDepth > 0 && r.nextInt(5) != 0;
    if (!inner && r.nextInt(8) != 0) {
      BigDecimal max = decimal(1, 400, pointDecimals);
      return b.maxPoints(max).rule(rule(max)).allowNotApplicable(r.nextInt(5) != 0).build();
    }
    BigDecimal sum = BigDecimal.ZERO;
    int kids = inner ? 1 + r.nextInt(4) : 0;
    for (int k = 1; k <= kids; k++) {
      Node child = node(code + "." + k, maxDepth - 1, role, source);
      sum = sum.add(child.maxPoints());
      b.addChildren(child);
    }
    if (kids == 0 || r.nextInt(4) == 0) {
      BigDecimal unitemised = decimal(1, 300, pointDecimals);
      b.unitemisedPoints(unitemised);
      sum = sum.add(unitemised);
    }
    return b.maxPoints(sum).build();
  }

  private RuleSpec rule(BigDecimal max) {
    String type = r.nextInt(12) == 0 ? CUSTOM : BUILT_IN.get(r.nextInt(BUILT_IN.size()));
    Map<String, DataValue> p = new LinkedHashMap<>();
    switch (type) {
      case "option" -> p.put("options", options(1 + r.nextInt(4)));
      case "rate-linear" -> {
        BigDecimal target = decimal(1, 1000, 3);
        if (r.nextBoolean()) {
          p.put("target", DataValue.decimal(target));
        } else {
          target = BigDecimal.ONE;
        }
        if (r.nextBoolean()) {
          p.put("floor", DataValue.decimal(target.multiply(decimal(0, 99, 2))
              .setScale(4, RoundingMode.DOWN)));
        }
      }
      case "rate-bands" -> p.put("bands", bands(false));
      case "count-bands" -> p.put("bands", bands(true));
      case "deduction" -> {
        if (r.nextBoolean()) {
          p.put("perItem", DataValue.decimal(decimal(0, 300, r.nextInt(4))));
        } else {
          p.put("perItemPercent", DataValue.decimal(decimal(0, 10000, r.nextInt(3))
              .min(BigDecimal.valueOf(100))));
        }
        if (r.nextBoolean()) {
          p.put("freeItems", DataValue.decimal(BigDecimal.valueOf(r.nextInt(4))));
        }
      }
      case "reduction-target" -> p.put("target", DataValue.decimal(decimal(1, 1000, 3)));
      case "survey" -> {
        if (r.nextInt(4) != 0) {
          p.put("options", options(1 + r.nextInt(4)));
        }
      }
      case CUSTOM -> p.put("target", DataValue.decimal(decimal(1, 50, 1)));
      default -> {
        // yes-no and points have no parameters
      }
    }
    return RuleSpec.of(type, p);
  }

  private DataValue options(int n) {
    Map<String, DataValue> o = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      o.put(String.valueOf((char) ('A' + i)), DataValue.decimal(decimal(0, 10000, r.nextInt(3))
          .min(BigDecimal.valueOf(100))));
    }
    return DataValue.map(o);
  }

  private DataValue bands(boolean whole) {
    List<BigDecimal> mins = new ArrayList<>();
    BigDecimal min = whole ? BigDecimal.valueOf(2L + r.nextInt(10)) : decimal(1, 1000, 3);
    for (int i = r.nextInt(4); i > 0 && min.signum() > 0; i--) {
      mins.add(min);
      min = whole ? BigDecimal.valueOf(min.longValueExact() / 2)
          : min.multiply(decimal(0, 99, 2)).setScale(4, RoundingMode.DOWN);
    }
    mins.add(BigDecimal.ZERO);
    List<DataValue> bands = new ArrayList<>();
    for (BigDecimal m : mins) {
      Map<String, DataValue> b = new LinkedHashMap<>();
      b.put("min", DataValue.decimal(m));
      b.put("percent", DataValue.decimal(decimal(0, 1000, r.nextInt(2)).min(BigDecimal
          .valueOf(100))));
      bands.add(DataValue.map(b));
    }
    return DataValue.list(bands);
  }

  // ---- submissions ----

  Submission submission(Methodology m) {
    faulty = r.nextInt(5) == 0;
    Submission.Builder s = Submission.builder()
        .methodology(fault(10) ? "another" : m.id())
        .year(fault(10) ? 2019 : 2024)
        .unit(Unit.builder().id("u" + r.nextInt(100000)).region(pick("A", "B", "C")).build())
        .stage(pick(Stage.SELF, Stage.APPRAISED, Stage.FINAL))
        .missing(pick(MissingPolicy.ZERO, MissingPolicy.ZERO, MissingPolicy.FULL,
            MissingPolicy.FULL, MissingPolicy.ERROR));
    boolean complete = s.build().missing() == MissingPolicy.ERROR && !fault(3);
    List<Node> all = m.allNodes();
    String unknown = null;
    if (r.nextInt(7) == 0) {
      unknown = all.get(r.nextInt(all.size())).code();
      s.addUnknown(unknown);
    }
    for (Node leaf : m.leaves()) {
      if (leaf.code().equals(unknown) && !fault(5)) {
        continue;
      }
      int dice = r.nextInt(100);
      if (dice < 10 && !complete) {
        continue;
      }
      if (dice < 18 && (leaf.allowNotApplicable() || fault(10))) {
        s.putObservations(leaf.code(), Observation.notApplicable());
      } else if (dice < 26) {
        s.putObservations(leaf.code(), Observation.points(points(leaf.maxPoints())));
      } else {
        s.putObservations(leaf.code(), observation(leaf));
      }
    }
    for (Node node : all) {
      if (node.hasRemainder() && (complete || r.nextBoolean())
          && (!node.code().equals(unknown) || fault(5))) {
        s.putUnitemised(node.code(), points(node.unitemisedPoints()));
      }
    }
    if (r.nextInt(4) == 0) {
      List<Node> withRemainder = all.stream().filter(Node::hasRemainder).toList();
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        Node node = !withRemainder.isEmpty() && r.nextBoolean()
            ? withRemainder.get(r.nextInt(withRemainder.size())) : all.get(r.nextInt(all.size()));
        Reported.Builder rep = Reported.builder();
        boolean any = false;
        if (r.nextBoolean()) {
          rep.points(decimal(0, node.maxPoints().movePointRight(2).intValue() + 1, 2));
          any = true;
        }
        if (!any || r.nextBoolean()) {
          rep.deficit(node.hasRemainder() && r.nextBoolean()
              ? node.unitemisedPoints().multiply(decimal(0, 100, 2))
                  .setScale(r.nextInt(pointDecimals + 1), RoundingMode.DOWN)
              : decimal(0, node.maxPoints().movePointRight(3).intValue() + 1, r.nextInt(5)));
        }
        s.putReported(node.code(), rep.build());
      }
    }
    if (r.nextInt(6) == 0) {
      s.putLeadAgencies(all.get(r.nextInt(all.size())).code(), "Ủy ban " + r.nextInt(9));
    }
    if (r.nextInt(10) == 0) {
      s.putEvidence(all.get(r.nextInt(all.size())).code(), List.of());
    }
    if (fault(8)) {
      s.putObservations("no-such-code", Observation.yes(true));
    }
    if (fault(8)) {
      s.putLeadAgencies("nowhere", "x");
    }
    return s.build();
  }

  private Observation observation(Node leaf) {
    String type = leaf.rule().orElseThrow().type();
    boolean huge = r.nextInt(15) == 0;
    switch (type) {
      case "yes-no":
        return Observation.yes(r.nextBoolean());
      case "option":
        List<String> keys = keys(leaf);
        return Observation.option(fault(6) ? "Z" : keys.get(r.nextInt(keys.size())));
      case "rate-linear":
      case "rate-bands":
        return rate(huge);
      case "count-bands":
      case "deduction":
      case CUSTOM:
        return Observation.count(huge ? Long.MAX_VALUE / (1 + r.nextInt(3)) : r.nextInt(15));
      case "reduction-target":
        if (r.nextBoolean()) {
          return Observation.rate(rateValue(huge));
        }
        BigDecimal baseline = huge ? new BigDecimal(BigInteger.TEN.pow(17 + r.nextInt(4)))
            : decimal(1, 500, r.nextInt(2));
        return Observation.change(baseline, baseline.multiply(decimal(0, 150, 2))
            .setScale(r.nextInt(3), RoundingMode.DOWN));
      case "survey":
        List<String> options = keys(leaf);
        if (r.nextInt(3) == 0 || (options.isEmpty() && !fault(3))) {
          return Observation.rate(rateValue(huge));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : options) {
          if (r.nextInt(4) != 0) {
            counts.put(key, huge ? Long.MAX_VALUE / 8 : (long) r.nextInt(300));
          }
        }
        if (fault(6) || counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
          counts.put(options.isEmpty() || fault(2) ? "Q" : options.get(0), 3L);
        }
        return Observation.responses(counts);
      default:
        return Observation.points(points(leaf.maxPoints()));
    }
  }

  /** The option keys of a leaf's rule. */
  private static List<String> keys(Node leaf) {
    DataValue options = leaf.rule().orElseThrow().parameters().get("options");
    return options instanceof DataValue.MapValue map ? List.copyOf(map.entries().keySet())
        : List.of();
  }

  private Observation rate(boolean huge) {
    if (r.nextBoolean()) {
      return Observation.rate(rateValue(huge));
    }
    BigDecimal den = huge ? new BigDecimal(BigInteger.TEN.pow(15 + r.nextInt(6))
        .add(BigInteger.valueOf(r.nextInt(1000)))) : decimal(1, 20000, r.nextInt(2));
    BigDecimal num = den.multiply(decimal(0, 100, 2)).setScale(den.scale(), RoundingMode.DOWN);
    return Observation.fraction(num, den);
  }

  private BigDecimal rateValue(boolean huge) {
    if (huge) {
      return new BigDecimal(new BigInteger(70, r), 21).min(BigDecimal.ONE);
    }
    return decimal(0, 10000, 4).min(BigDecimal.ONE);
  }

  /** Points from 0 to max with at most the point decimals; now and then one decimal too many. */
  private BigDecimal points(BigDecimal max) {
    int decimals = fault(10) ? pointDecimals + 1 : r.nextInt(pointDecimals + 1);
    BigDecimal p = max.multiply(decimal(0, 100, 2)).setScale(decimals, RoundingMode.DOWN);
    if (r.nextInt(8) == 0) {
      p = r.nextBoolean() ? max : BigDecimal.ZERO;
    }
    if (fault(10)) {
      p = max.add(BigDecimal.ONE);
    }
    return p;
  }

  /** In a faulty submission, true once in {@code n} times. */
  private boolean fault(int n) {
    return faulty && r.nextInt(n) == 0;
  }

  // ---- numbers ----

  /** A random decimal from {@code from × 10^-scale} to {@code to × 10^-scale}, normalised. */
  private BigDecimal decimal(int from, int to, int scale) {
    BigDecimal d = BigDecimal.valueOf(from + (long) r.nextInt(Math.max(1, to - from + 1)), scale)
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[r.nextInt(values.length)];
  }

  private int pickInt(int... values) {
    return values[r.nextInt(values.length)];
  }
}
