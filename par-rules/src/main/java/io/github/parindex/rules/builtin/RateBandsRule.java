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
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * {@code rate-bands}: steps on a rate (100 % → full; 90 % to below 100 % → half; below → 0).
 * Parameter {@code bands}: a non-empty list of {@code {min ≥ 0, percent: 0..100}} ({@code min} above 1 for more than 100 %), {@code min}
 * strictly descending, the last {@code min} 0. Accepts {@code rate} and {@code numerator+denominator}.
 * Points: max × percent / 100 of the first band with rate ≥ min.
 *
 * <p>Declares no monotonicity: the points grow with the rate only when the bands' percents descend
 * with their {@code min}, which a methodology is free not to do.
 */
final class RateBandsRule implements RuleEvaluator {
  @Override
  public String type() {
    return "rate-bands";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.RATE, ObservationKind.NUMERATOR_DENOMINATOR);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.NONE;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    List<Bands.Band> read = Bands.read(p, false);
    p.done();
    List<Bands.Band> bands = Checks.checked(read);
    BigDecimal max = leaf.maxPoints();
    int decimals = leaf.methodology().indexDecimals();
    // Only the rate changes from one observation to the next: the rest is built once per band
    Bands.Prepared[] prepared = new Bands.Prepared[bands.size()];
    for (Bands.Band band : bands) {
      prepared[band.position() - 1] = Bands.Prepared.ofRate(band, max);
    }
    LeafRule rule = observation -> {
      Ratio rate = Checks.rate(observation);
      Bands.Prepared band = prepared[Bands.first(bands, min -> rate.compareTo(Ratio.of(min)) >= 0)
          .position() - 1];
      Text.Num number = Text.num(rate);
      String en = Checks.ratePercentEn(observation, Text.percent(rate, decimals));
      return Evaluation.of(band.points)
          .intermediate("rate", number.decimal())
          .intermediate("band", band.position)
          .intermediate("bandMin", band.min)
          .intermediate("percent", band.percent)
          .intermediate("share", band.share)
          .sentence("Tỷ lệ " + en.replace('.', ',') + band.vi, "Rate " + en + band.en)
          .build();
    };
    return Kernels.rule(rule, leaf, at -> new Kernel(new Bands.Table(bands, prepared, at)));
  }

  /** The first band the rate, as a fraction of whole numbers, reaches. */
  private record Kernel(Bands.Table table) implements LeafKernel {
    @Override
    public long points(Observation observation) {
      return table.points(Kernels.numerator(observation), Kernels.denominator(observation));
    }
  }
}
