package io.github.parindex.rules.builtin;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code option}: a choice among graded options, each worth a percent of the maximum
 * ({@code options: {KEY: percent 0..100}}, at least one; an entry may be
 * {@code {percent, label: {vi, en}}}, whose wording the explanation quotes). Accepts {@code option}; points =
 * max × percent(KEY) / 100; a key the rule does not define is an input error listing the known keys.
 * No monotonicity: options have no order.
 */
final class OptionRule implements RuleEvaluator {
  @Override
  public String type() {
    return "option";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.OPTION);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.NONE;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    Map<String, Checks.Option> read = Checks.labelledOptions(p, "options");
    p.done();
    Map<String, Checks.Option> labelled = Checks.checked(read);
    Map<String, BigDecimal> options = new java.util.LinkedHashMap<>();
    labelled.forEach((key, option) -> options.put(key, option.percent()));
    String keys = Text.list(options.keySet());
    BigDecimal max = leaf.maxPoints();
    // One possible evaluation per key, immutable: built once
    Map<String, Evaluation> byKey = new HashMap<>();
    labelled.forEach((key, option) -> byKey.put(key, evaluate(key, option, max)));
    LeafRule rule = observation -> {
      String key = ((Observation.Option) observation).key();
      Evaluation e = byKey.get(key);
      if (e == null) {
        throw new RuleInputException("/option", "unknown option '" + key + "'; known options: "
            + keys);
      }
      return e;
    };
    return Kernels.rule(rule, leaf, at -> new Kernel(options, byKey, at));
  }

  /** Each option's points, rounded once from the rule's own exact points, and looked up. */
  private static final class Kernel implements LeafKernel {
    private final String[] keys;
    private final long[] points;

    Kernel(Map<String, BigDecimal> options, Map<String, Evaluation> byKey, Kernels.At at) {
      keys = options.keySet().toArray(new String[0]);
      points = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        points[i] = at.rounded(byKey.get(keys[i]).points());
      }
    }

    @Override
    public long points(Observation observation) {
      String key = ((Observation.Option) observation).key();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return points[i];
        }
      }
      return REFUSED;
    }
  }

  private static Evaluation evaluate(String key, Checks.Option option, BigDecimal max) {
    BigDecimal percent = option.percent();
    // the criteria set's wording of the option, when it has one: "Phương án B «...» (50 %)"
    String vi = option.labelVi() == null ? "" : " \u00ab" + option.labelVi() + "\u00bb";
    String en = option.labelEn() == null ? "" : " \u00ab" + option.labelEn() + "\u00bb";
    Ratio share = Ratio.of(percent, Checks.HUNDRED);
    Ratio points = share.multiply(max);
    return Evaluation.of(points)
        .intermediate("percent", percent)
        .intermediate("share", share)
        .sentence("Phương án " + key + vi + " (" + Text.vi(percent) + " %): " + Text.vi(max)
                + " × " + Text.vi(percent) + " / 100 = " + Text.vi(points),
            "Option " + key + en + " (" + Text.en(percent) + " %): " + Text.en(max) + " × "
                + Text.en(percent) + " / 100 = " + Text.en(points))
        .build();
  }
}
