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
import io.github.parindex.rules.internal.Fixed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code survey}: a survey share (SIPAS, PAPI). Parameter {@code options} ({KEY: percent 0..100}),
 * optional but needed to score {@code responses}. Accepts {@code responses} (counts ≥ 0, total &gt; 0):
 * max × Σ(count × percent) / (100 × Σ count); and {@code rate} (the share satisfied): max × rate.
 * Responses on a rule without options, or with a key that has no percent, are an input error. No
 * monotonicity: responses have no order.
 */
final class SurveyRule implements RuleEvaluator {
  @Override
  public String type() {
    return "survey";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.RESPONSES, ObservationKind.RATE);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.NONE;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    Map<String, BigDecimal> read = p.has("options") ? Checks.options(p, "options") : Map.of();
    p.done();
    Map<String, BigDecimal> options = Checks.checked(read);
    Map<String, BigDecimal> percents = Map.copyOf(options);
    String keys = Text.list(options.keySet());
    BigDecimal max = leaf.maxPoints();
    String maxVi = Text.vi(max);
    String maxEn = Text.en(max);
    int decimals = leaf.methodology().indexDecimals();
    LeafRule rule = observation -> {
      if (observation instanceof Observation.Responses r) {
        return responses(r, max, percents, keys);
      }
      BigDecimal givenRate = ((Observation.Rate) observation).rate();
      if (givenRate.compareTo(BigDecimal.ONE) > 0) {
        // rates above 1 are for rate rules (CYCLE.md §1); a share of people satisfied is at most 1
        throw new RuleInputException("/rate", "expected a share satisfied from 0 to 1, got "
            + givenRate.toPlainString());
      }
      Ratio rate = Ratio.of(givenRate);
      Ratio points = rate.multiply(max);
      Text.Num number = Text.num(rate);
      Text.Num percent = Text.percent(rate, decimals);
      Text.Num given = Text.exactPercent(givenRate);
      Text.Num shown = Text.num(points);
      return Evaluation.of(points)
          .intermediate("share", number.decimal())
          .sentence("Tỷ lệ hài lòng " + percent.vi() + ": " + maxVi + " × " + given.vi() + " = "
                  + shown.vi(),
              "Share satisfied " + percent.en() + ": " + maxEn + " × " + given.en() + " = "
                  + shown.en())
          .build();
    };
    return Kernels.rule(rule, leaf, at -> new Kernel(at, options));
  }

  private static Evaluation responses(Observation.Responses r, BigDecimal max,
      Map<String, BigDecimal> percents, String keys) {
    if (percents.isEmpty()) {
      throw new RuleInputException("/responses", "this survey rule has no options, so it cannot "
          + "score responses: give the share satisfied as a rate, or declare the options' percents "
          + "in the methodology");
    }
    List<String> unknown = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Long> e : r.counts().entrySet()) {
      BigDecimal percent = percents.get(e.getKey());
      if (percent == null) {
        unknown.add(e.getKey());
        continue;
      }
      BigDecimal count = BigDecimal.valueOf(e.getValue());
      weighted = weighted.add(count.multiply(percent));
      total = total.add(count);
    }
    if (!unknown.isEmpty()) {
      throw new RuleInputException("/responses/" + Text.escape(unknown.get(0)),
          (unknown.size() == 1 ? "response option '" + unknown.get(0) + "' has"
              : "response options '" + String.join("', '", unknown) + "' have")
              + " no percent in this survey rule; its options: " + keys);
    }
    Ratio share = Ratio.of(weighted, total.multiply(Checks.HUNDRED));
    Ratio points = share.multiply(max);
    String totalEn = Text.en(total);
    String weightedEn = Text.en(weighted);
    String maxEn = Text.en(max);
    Text.Num shown = Text.num(points);
    String en = totalEn + " responses, Σ(count × %) = " + weightedEn + ": " + maxEn + " × "
        + weightedEn + " / (100 × " + totalEn + ") = " + shown.en();
    String vi = totalEn.replace('.', ',') + " phiếu, Σ(số phiếu × %) = "
        + weightedEn.replace('.', ',') + ": " + maxEn.replace('.', ',') + " × "
        + weightedEn.replace('.', ',') + " / (100 × " + totalEn.replace('.', ',') + ") = "
        + shown.vi();
    return Evaluation.of(points)
        .intermediate("total", total)
        .intermediate("weighted", weighted)
        .intermediate("share", share)
        .sentence(vi, en)
        .build();
  }

  /**
   * Responses: {@code max × Σ(count × percent) / (100 × Σ count)}; a rate: {@code max × rate}; each
   * one fraction of whole numbers rounded once. Responses on a rule without options, or with a key
   * that has no percent, are refused.
   */
  private static final class Kernel implements LeafKernel {
    private final Kernels.At at;
    private final String[] keys;
    /** Each option's percent × 10^percentScale. */
    private final long[] percents;
    private final int percentScale;

    Kernel(Kernels.At at, Map<String, BigDecimal> options) {
      this.at = at;
      keys = options.keySet().toArray(new String[0]);
      percents = new long[keys.length];
      int s = 0;
      for (BigDecimal v : options.values()) {
        s = Math.max(s, Kernels.nonNegativeScale(v).scale());
      }
      percentScale = s;
      for (int i = 0; i < keys.length; i++) {
        percents[i] = Fixed.of(options.get(keys[i]), percentScale);
      }
    }

    @Override
    public long points(Observation o) {
      if (o instanceof Observation.Rate r) {
        // a share above 1 is refused, as the rule refuses it
        return r.rate().compareTo(java.math.BigDecimal.ONE) > 0 ? REFUSED
            : at.share(Kernels.numerator(o), Kernels.denominator(o));
      }
      if (keys.length == 0) {
        return REFUSED;
      }
      // One lookup per option of the rule; a response key that is not an option leaves a count
      // unmatched, which the rule refuses. (Sums of whole numbers: the order does not matter.)
      Map<String, Long> counts = ((Observation.Responses) o).counts();
      long weighted = 0;
      long total = 0;
      int matched = 0;
      for (int i = 0; i < keys.length; i++) {
        Long count = counts.get(keys[i]);
        if (count != null) {
          matched++;
          weighted = Math.addExact(weighted, Math.multiplyExact(count, percents[i]));
          total = Math.addExact(total, count);
        }
      }
      if (matched != counts.size()) {
        return REFUSED;
      }
      // max × (weighted / 10^percentScale) / (100 × total)
      return at.share(weighted, Math.multiplyExact(Math.multiplyExact(100, Fixed.pow10(percentScale)),
          total));
    }
  }
}
