package io.github.parindex.benchmarks;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Source;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The workloads of the benchmarks, generated deterministically from a seed: a commune-scale
 * methodology of 8 fields and 88 leaves mixing the nine built-in rule types, and as many submissions
 * for it as wanted.
 *
 * <p>The methodology ({@code bench-commune-88}): fields {@code 1}..{@code 8}, each worth 12.5 points
 * (100 in all), each with two criteria of four component leaves ({@code f.1.1}..{@code f.2.4}) and
 * three leaves of its own ({@code f.3}..{@code f.5}); leaf {@code k} (0..87, in document order) has
 * rule type {@code k mod 9} of {@link #RULE_TYPES}; every seventh leaf refuses
 * {@code notApplicable}; field 8 is a survey field. Bands A (90), B (75), C (50), D (0); an alert on
 * every field below 50 %.
 *
 * <p>A submission ({@code missing: ZERO}) gives each leaf a random observation of a kind its rule
 * accepts — rates with four decimals or numerator/denominator pairs, counts, options, survey responses,
 * baselines — and, for about 3 % of the leaves, {@code notApplicable} (where allowed), 2 % an
 * appraiser's override and 2 % nothing.
 */
public final class Workloads {
  /** The rule types, in the order the leaves cycle through them. */
  public static final List<String> RULE_TYPES = List.of("yes-no", "option", "rate-linear",
      "rate-bands", "count-bands", "deduction", "reduction-target", "survey", "points");

  /** The methodology's id. */
  public static final String METHODOLOGY_ID = "bench-commune-88";

  /** The evaluation year of the generated submissions. */
  public static final int YEAR = 2025;

  private static final String[] LEAF_MAXIMA = {"0.5", "1", "1.5", "1", "0.75", "1.25", "2", "1",
      "0.5", "1.5", "1.5"};
  private static final String[] REGIONS = {"Đông Bắc", "Tây Bắc", "Đồng bằng sông Hồng",
      "Bắc Trung Bộ", "Duyên hải Nam Trung Bộ", "Tây Nguyên", "Đông Nam Bộ",
      "Đồng bằng sông Cửu Long"};
  private static final String[] OPTION_KEYS = {"A", "B", "C", "D"};

  private Workloads() {}

  /**
   * The 88-leaf, 8-field commune methodology.
   *
   * @return the methodology
   */
  public static Methodology commune88() {
    Methodology.Builder m = Methodology.builder()
        .id(METHODOLOGY_ID)
        .title(LocalizedText.of("Chỉ số CCHC cấp xã (đo hiệu năng)", "Commune PAR index (benchmark)"))
        .unitLevel("COMMUNE")
        .validFrom(2024)
        .maxPoints(new BigDecimal("100"))
        .addBands(band("A", "90"), band("B", "75"), band("C", "50"), band("D", "0"));
    Alert.Builder alert = Alert.builder().belowPercent(new BigDecimal("50"))
        .message(LocalizedText.of("Phải xây dựng kế hoạch khắc phục", "A remediation plan is required"));
    int leaf = 0;
    for (int f = 1; f <= 8; f++) {
      String field = Integer.toString(f);
      alert.addCodes(field);
      Node.Builder fieldNode = Node.builder().code(field)
          .name(LocalizedText.of("Lĩnh vực " + f, "Field " + f))
          .maxPoints(new BigDecimal("12.5"))
          .leadAgency("Cơ quan " + f);
      if (f == 8) {
        fieldNode.source(Source.SURVEY);
      }
      int k = 0;
      for (int c = 1; c <= 2; c++) {
        String criterion = field + "." + c;
        Node.Builder criterionNode = Node.builder().code(criterion)
            .name(LocalizedText.of("Tiêu chí " + criterion, "Criterion " + criterion));
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 1; j <= 4; j++) {
          BigDecimal max = new BigDecimal(LEAF_MAXIMA[k++]);
          sum = sum.add(max);
          criterionNode.addChildren(leaf(criterion + "." + j, max, leaf++, f == 8));
        }
        fieldNode.addChildren(criterionNode.maxPoints(sum).build());
      }
      for (int j = 3; j <= 5; j++) {
        fieldNode.addChildren(leaf(field + "." + j, new BigDecimal(LEAF_MAXIMA[k++]), leaf++,
            f == 8));
      }
      m.addNodes(fieldNode.build());
    }
    return m.addAlerts(alert.build()).build();
  }

  private static Band band(String code, String min) {
    return Band.builder().code(code).label(LocalizedText.of("Nhóm " + code, "Group " + code))
        .minPercent(new BigDecimal(min)).build();
  }

  private static Node leaf(String code, BigDecimal max, int k, boolean survey) {
    String type = survey && k % 9 != 8 ? "survey" : RULE_TYPES.get(k % 9);
    return Node.builder().code(code)
        .name(LocalizedText.of("Tiêu chí thành phần " + code, "Component " + code))
        .maxPoints(max)
        .allowNotApplicable(k % 7 != 3)
        .rule(rule(type, k))
        .build();
  }

  private static RuleSpec rule(String type, int k) {
    Map<String, DataValue> p = new LinkedHashMap<>();
    switch (type) {
      case "option", "survey" -> p.put("options", options());
      case "rate-linear" -> {
        if (k % 2 == 0) {
          p.put("target", DataValue.decimal("0.9"));
          p.put("floor", DataValue.decimal("0.5"));
        }
      }
      case "rate-bands" -> p.put("bands", bands("1", "0.9", "0.7"));
      case "count-bands" -> p.put("bands", bands("3", "1", null));
      case "deduction" -> {
        if (k % 2 == 0) {
          p.put("perItem", DataValue.decimal("0.25"));
          p.put("freeItems", DataValue.decimal("1"));
        } else {
          p.put("perItemPercent", DataValue.decimal("30"));
        }
      }
      case "reduction-target" -> p.put("target", DataValue.decimal(k % 2 == 0 ? "0.1" : "0.15"));
      default -> {
        // yes-no and points have no parameters
      }
    }
    return RuleSpec.of(type, p);
  }

  private static DataValue options() {
    Map<String, DataValue> o = new LinkedHashMap<>();
    o.put("A", DataValue.decimal("100"));
    o.put("B", DataValue.decimal("75"));
    o.put("C", DataValue.decimal("50"));
    o.put("D", DataValue.decimal("0"));
    return DataValue.map(o);
  }

  private static DataValue bands(String first, String second, String third) {
    List<DataValue> bands = new ArrayList<>();
    bands.add(ruleBand(first, "100"));
    bands.add(ruleBand(second, "50"));
    if (third != null) {
      bands.add(ruleBand(third, "25"));
    }
    bands.add(ruleBand("0", "0"));
    return DataValue.list(bands);
  }

  private static DataValue ruleBand(String min, String percent) {
    Map<String, DataValue> b = new LinkedHashMap<>();
    b.put("min", DataValue.decimal(min));
    b.put("percent", DataValue.decimal(percent));
    return DataValue.map(b);
  }

  /**
   * Submissions for a methodology built like {@link #commune88()}: one per commune, numbered from 1.
   *
   * @param m the methodology
   * @param count how many
   * @param seed the seed: the same seed gives the same submissions
   * @return the submissions
   */
  public static List<Submission> submissions(Methodology m, int count, long seed) {
    List<Submission> out = new ArrayList<>(count);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 1; i <= count; i++) {
      out.add(submission(m, i, random.split()));
    }
    return out;
  }

  /**
   * One random submission.
   *
   * @param m the methodology
   * @param number the commune's number, for its id ({@code xa-00001}) and region
   * @param random the randomness
   * @return the submission
   */
  public static Submission submission(Methodology m, int number, SplittableRandom random) {
    String id = String.format(java.util.Locale.ROOT, "xa-%05d", number);
    Submission.Builder s = Submission.builder()
        .methodology(m.id())
        .year(YEAR)
        .unit(Unit.builder().id(id).name("Xã " + number).level("COMMUNE")
            .region(REGIONS[number % REGIONS.length]).build())
        .stage(Stage.APPRAISED)
        .missing(MissingPolicy.ZERO);
    for (Node leaf : m.leaves()) {
      int dice = random.nextInt(100);
      if (dice < 2) {
        continue;
      }
      if (dice < 5 && leaf.allowNotApplicable()) {
        s.putObservations(leaf.code(), Observation.notApplicable());
        continue;
      }
      if (dice < 7) {
        s.putObservations(leaf.code(), Observation.points(points(leaf.maxPoints(), random)));
        continue;
      }
      s.putObservations(leaf.code(), observation(leaf, random));
    }
    return s.build();
  }

  private static Observation observation(Node leaf, SplittableRandom random) {
    String type = leaf.rule().orElseThrow().type();
    switch (type) {
      case "yes-no":
        return Observation.yes(random.nextInt(10) < 8);
      case "option":
        return Observation.option(OPTION_KEYS[random.nextInt(OPTION_KEYS.length)]);
      case "rate-linear":
      case "rate-bands":
        if (random.nextBoolean()) {
          return Observation.rate(BigDecimal.valueOf(3000 + random.nextInt(7001), 4));
        }
        long denominator = 50 + random.nextInt(4951);
        long numerator = denominator * (60 + random.nextInt(41)) / 100;
        return Observation.fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
      case "count-bands":
        return Observation.count(random.nextInt(6));
      case "deduction":
        return Observation.count(random.nextInt(7));
      case "reduction-target":
        if (random.nextBoolean()) {
          return Observation.rate(BigDecimal.valueOf(random.nextInt(2001), 4));
        }
        long baseline = 20 + random.nextInt(181);
        return Observation.change(BigDecimal.valueOf(baseline),
            BigDecimal.valueOf(baseline - random.nextInt((int) (baseline / 5) + 1)
                + random.nextInt(3)));
      case "survey":
        if (random.nextInt(10) < 3) {
          return Observation.rate(BigDecimal.valueOf(5000 + random.nextInt(5001), 4));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : OPTION_KEYS) {
          counts.put(key, (long) random.nextInt(201));
        }
        counts.merge("A", 1L, Long::sum);
        return Observation.responses(counts);
      default:
        return Observation.points(points(leaf.maxPoints(), random));
    }
  }

  private static BigDecimal points(BigDecimal max, SplittableRandom random) {
    long hundredths = max.movePointRight(2).longValueExact();
    return BigDecimal.valueOf(random.nextLong(hundredths + 1), 2);
  }
}
