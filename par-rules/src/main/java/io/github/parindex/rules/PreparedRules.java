package io.github.parindex.rules;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.io.internal.ArrayMap;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.internal.LeafOutcomes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A methodology's rules, each prepared once for its leaf. Scores leaves, handling for every rule type
 * what they share: {@code notApplicable}, the appraiser's {@code points} override, the missing policy,
 * the range check and the one rounding to the methodology's {@code pointDecimals} with its rounding
 * mode.
 *
 * <p>Guarantees: immutable and safe to share between threads.
 */
public final class PreparedRules {
  /**
   * One prepared leaf, its rule's parameters as explanations hold them, and whether its rule scores
   * {@code points} itself (rather than taking them as the appraiser's override).
   */
  record Entry(Node leaf, RuleEvaluator evaluator, LeafRule rule,
      Map<String, DataValue> parameters, boolean takesPoints) {
    Entry(Node leaf, RuleEvaluator evaluator, LeafRule rule) {
      this(leaf, evaluator, rule, ArrayMap.copyOf(leaf.rule().orElseThrow().parameters()),
          evaluator.acceptedKinds().contains(ObservationKind.POINTS));
    }
  }

  private final Methodology methodology;
  private final Map<String, Entry> entries;

  PreparedRules(Methodology methodology, Map<String, Entry> entries) {
    this.methodology = methodology;
    this.entries = Map.copyOf(entries);
  }

  /**
   * The methodology.
   *
   * @return the methodology the rules were prepared for
   */
  public Methodology methodology() {
    return methodology;
  }

  /**
   * The prepared rule of a leaf.
   *
   * @param code the leaf's code
   * @return the rule prepared for that leaf, the same instance on every call
   * @throws NoSuchElementException if the code is not a leaf
   */
  public LeafRule rule(String code) {
    return entry(code).rule();
  }

  /**
   * The evaluator of a leaf's rule.
   *
   * @param code the leaf's code
   * @return the evaluator the registry found for that leaf's rule type
   * @throws NoSuchElementException if the code is not a leaf
   */
  public RuleEvaluator evaluator(String code) {
    return entry(code).evaluator();
  }

  /**
   * The fixed-point kernel of a leaf's rule, if its rule supplies one ({@link LeafRule#kernel()}):
   * built anew on each call, for the scorer to keep.
   *
   * @param code the leaf's code
   * @return the kernel, or {@code null} when the rule has none or the leaf's numbers do not fit in
   *     {@code long}
   * @throws NoSuchElementException if the code is not a leaf
   */
  public @Nullable LeafKernel kernel(String code) {
    try {
      return entry(code).rule().kernel();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * The parameters of a leaf's rule, as its explanations hold them.
   *
   * @param code the leaf's code
   * @return the parameters, in the methodology's order; the same map on every call
   * @throws NoSuchElementException if the code is not a leaf
   */
  public Map<String, DataValue> parameters(String code) {
    return entry(code).parameters();
  }

  /**
   * The observation kinds a leaf accepts: its rule's, plus {@code points} and {@code notApplicable}.
   *
   * @param code the leaf's code
   * @return the kinds, a new modifiable set on each call
   * @throws NoSuchElementException if the code is not a leaf
   */
  public Set<ObservationKind> acceptedKinds(String code) {
    Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    kinds.addAll(entry(code).evaluator().acceptedKinds());
    kinds.add(ObservationKind.POINTS);
    kinds.add(ObservationKind.NOT_APPLICABLE);
    return kinds;
  }

  private Entry entry(String code) {
    Entry e = entries.get(code);
    if (e == null) {
      throw new NoSuchElementException("no leaf '" + code + "' in methodology " + methodology.id());
    }
    return e;
  }

  /**
   * Checks a submission against the methodology and its rules: everything
   * {@link Submission#checkAgainst(Methodology)} checks, plus that each observation is of a kind its
   * rule accepts and can be scored by it, and, under the {@code ERROR} policy, that no leaf or remainder
   * is missing.
   *
   * @param submission the submission
   * @return every problem, with JSON pointers into the submission; empty when it can be scored
   */
  public List<Problem> check(Submission submission) {
    List<Problem> problems = new ArrayList<>(submission.checkAgainst(methodology));
    for (Map.Entry<String, Observation> o : submission.observations().entrySet()) {
      Entry entry = entries.get(o.getKey());
      if (entry == null) {
        continue;
      }
      String at = "/observations/" + o.getKey().replace("~", "~0").replace("/", "~1");
      Observation obs = o.getValue();
      if (!acceptedKinds(o.getKey()).contains(obs.kind())) {
        problems.add(Problem.at(at, "leaf " + o.getKey() + " (rule " + entry.evaluator().type()
            + ") does not accept '" + obs.kind().fileName() + "'; accepted: "
            + acceptedKinds(o.getKey()).stream().map(ObservationKind::fileName)
                .collect(Collectors.joining(", "))));
        continue;
      }
      if (obs.kind() == ObservationKind.NOT_APPLICABLE || obs.kind() == ObservationKind.POINTS) {
        continue;
      }
      try {
        score(entry, obs, submission.missing());
      } catch (RuleInputException e) {
        problems.add(Problem.at(at + e.pointer(), e.getMessage()));
      }
    }
    if (submission.missing() == MissingPolicy.ERROR) {
      Set<String> unknown = Set.copyOf(submission.unknown());
      for (Node node : methodology.allNodes()) {
        if (node.role() != Role.STANDARD || isUnder(node, unknown)) {
          continue;
        }
        if (node.isLeaf() && !submission.observations().containsKey(node.code())) {
          problems.add(Problem.at("/observations", "no observation for leaf " + node.code()
              + " (missing: ERROR)"));
        }
        if (node.hasRemainder() && !submission.unitemised().containsKey(node.code())) {
          problems.add(Problem.at("/unitemised", "no points for the unitemised remainder of "
              + node.code() + " (missing: ERROR)"));
        }
      }
    }
    return List.copyOf(problems);
  }

  private boolean isUnder(Node node, Set<String> codes) {
    if (codes.isEmpty()) {
      return false;
    }
    for (Node n : methodology.path(node.code())) {
      if (codes.contains(n.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scores one leaf.
   *
   * @param code the leaf's code
   * @param observation the observation, or {@code null} when the submission has none
   * @param missing the submission's missing policy
   * @return the result: points rounded once to the methodology's decimals, status and explanation
   * @throws NoSuchElementException if the code is not a leaf
   * @throws IllegalArgumentException if the observation is of a kind the rule does not accept, declares
   *     not applicable a leaf that does not allow it, or is missing under the {@code ERROR} policy
   * @throws RuleInputException if the rule cannot score the observation
   * @throws IllegalStateException if an evaluator returns points outside 0 .. the leaf's maximum
   */
  public LeafResult score(String code, @Nullable Observation observation, MissingPolicy missing) {
    return score(entry(code), observation, missing);
  }

  private static Basis missingBasis(Node leaf, MissingPolicy missing) {
    Basis basis = LeafOutcomes.withoutObservation(leaf.role(), missing);
    if (basis == null) {
      throw new IllegalArgumentException("no observation for leaf " + leaf.code()
          + " under the ERROR missing policy");
    }
    return basis;
  }

  private LeafResult score(Entry entry, @Nullable Observation observation, MissingPolicy missing) {
    Node leaf = entry.leaf();
    String type = entry.evaluator().type();
    BigDecimal max = leaf.maxPoints();
    int scale = methodology.pointDecimals();
    Map<String, DataValue> params = entry.parameters();
    if (observation == null) {
      Basis basis = missingBasis(leaf, missing);
      BigDecimal points = LeafOutcomes.fullMarks(basis) ? max : BigDecimal.ZERO;
      LocalizedText sentence = switch (basis) {
        case MISSING_FULL -> LocalizedText.of("Không có số liệu: tính đủ điểm",
            "No observation: full marks");
        case MISSING_ZERO -> LocalizedText.of("Không có số liệu: không có điểm",
            "No observation: no points");
        default -> LocalizedText.of("Không kê khai: không cộng, không trừ điểm",
            "Nothing declared: no bonus, no penalty");
      };
      return result(leaf, points, status(basis, points, max), type, basis, Map.of(), params,
          Map.of(), sentence);
    }
    Map<String, DataValue> inputs = inputs(observation);
    Basis basis = LeafOutcomes.withObservation(observation.kind(), entry.takesPoints());
    if (basis == Basis.NOT_APPLICABLE) {
      if (!leaf.allowNotApplicable()) {
        throw new IllegalArgumentException("leaf " + leaf.code() + " may not be not applicable");
      }
      return result(leaf, BigDecimal.ZERO, status(basis, BigDecimal.ZERO, max), type, basis, inputs,
          params, Map.of(), LocalizedText.of("Không áp dụng: không tính vào điểm tối đa",
              "Not applicable: left out of the maximum"));
    }
    if (basis == Basis.OVERRIDE) {
      BigDecimal given = ((Observation.Points) observation).points();
      if (given.compareTo(max) > 0) {
        throw new IllegalArgumentException("points " + given + " above the maximum " + max
            + " of leaf " + leaf.code());
      }
      BigDecimal points = given.setScale(scale, methodology.rounding());
      return result(leaf, points, status(basis, points, max), type, basis, inputs, params,
          Map.of(), LocalizedText.of("Điểm do thẩm định ấn định: " + plain(points) + " / "
              + plain(max), "Points set directly (appraiser's override): " + plain(points) + " of "
              + plain(max)));
    }
    if (!entry.evaluator().acceptedKinds().contains(observation.kind())) {
      throw new IllegalArgumentException("leaf " + leaf.code() + " (rule " + type
          + ") does not accept '" + observation.kind().fileName() + "'");
    }
    Evaluation e = entry.rule().evaluate(observation);
    Ratio exact = e.points();
    if (exact.signum() < 0 || exact.compareTo(Ratio.of(max)) > 0) {
      throw new IllegalStateException("rule type '" + type + "' (" + entry.evaluator().getClass()
          .getName() + ") returned " + exact + " points for leaf " + leaf.code() + ", outside 0.."
          + plain(max));
    }
    BigDecimal points = exact.round(scale, methodology.rounding());
    return result(leaf, points, status(basis, points, max), type, basis, inputs, params,
        e.intermediates(), e.sentence());
  }

  private LeafResult result(Node leaf, BigDecimal points, Status status, String type, Basis basis,
      Map<String, DataValue> inputs, Map<String, DataValue> params,
      Map<String, DataValue> intermediates, LocalizedText sentence) {
    return new LeafResult(leaf.code(), leaf.maxPoints(),
        points.setScale(methodology.pointDecimals(), methodology.rounding()), status,
        new Explanation(type, basis, inputs, params, intermediates, sentence));
  }

  private static Status status(Basis basis, BigDecimal points, BigDecimal max) {
    return LeafOutcomes.status(basis, points.signum() == 0, points.compareTo(max) == 0);
  }

  private static String plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /**
   * The observation as named inputs, as written in files.
   *
   * @param o the observation
   * @return the inputs, in the order of the observation's members
   */
  static Map<String, DataValue> inputs(Observation o) {
    if (o instanceof Observation.Points p) {
      return ArrayMap.of("points", DataValue.decimal(p.points()));
    } else if (o instanceof Observation.YesNo y) {
      return ArrayMap.of("yes", DataValue.bool(y.yes()));
    } else if (o instanceof Observation.Rate r) {
      return ArrayMap.of("rate", DataValue.decimal(r.rate()));
    } else if (o instanceof Observation.Fraction f) {
      return ArrayMap.of("numerator", DataValue.decimal(f.numerator()), "denominator",
          DataValue.decimal(f.denominator()));
    } else if (o instanceof Observation.Count c) {
      return ArrayMap.of("count", DataValue.decimal(BigDecimal.valueOf(c.count())));
    } else if (o instanceof Observation.Option opt) {
      return ArrayMap.of("option", DataValue.text(opt.key()));
    } else if (o instanceof Observation.Responses r) {
      Map<String, DataValue> counts = new LinkedHashMap<>();
      r.counts().forEach((k, v) -> counts.put(k, DataValue.decimal(BigDecimal.valueOf(v))));
      return ArrayMap.of("responses", DataValue.map(counts));
    } else if (o instanceof Observation.Change c) {
      return ArrayMap.of("baseline", DataValue.decimal(c.baseline()), "current",
          DataValue.decimal(c.current()));
    }
    return ArrayMap.of("notApplicable", DataValue.bool(true));
  }
}
