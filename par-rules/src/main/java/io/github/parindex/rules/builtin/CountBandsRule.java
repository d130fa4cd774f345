package io.github.parindex.rules.builtin;

import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * {@code count-bands}: steps on a count. Parameter {@code bands}: a non-empty list of
 * {@code {min: whole number ≥ 0, percent: 0..100}}, {@code min} strictly descending, the last
 * {@code min} 0. Accepts {@code count}. Points: max × percent / 100 of the first band with
 * count ≥ min.
 *
 * <p>Declares no monotonicity: the points grow with the count only when the bands' percents descend
 * with their {@code min}, and fall with it only when they ascend; a methodology may do either.
 */
final class CountBandsRule implements RuleEvaluator {
  @Override
  public String type() {
    return "count-bands";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.COUNT);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.NONE;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters p = Parameters.of(spec);
    List<Bands.Band> bands = Bands.read(p, true);
    p.done();
    BigDecimal max = leaf.maxPoints();
    return observation -> {
      long count = ((Observation.Count) observation).count();
      BigDecimal amount = BigDecimal.valueOf(count);
      Bands.Band band = Bands.first(bands, min -> amount.compareTo(min) >= 0);
      Ratio share = Ratio.of(band.percent(), Checks.HUNDRED);
      Ratio points = share.multiply(max);
      return Evaluation.of(points)
          .intermediate("band", BigDecimal.valueOf(band.position()))
          .intermediate("bandMin", band.min())
          .intermediate("percent", band.percent())
          .intermediate("share", share)
          .sentence("Số lượng " + count + " thuộc mức " + band.position() + " (từ "
                  + Text.vi(band.min()) + "): " + Text.vi(band.percent()) + " % × " + Text.vi(max)
                  + " = " + Text.vi(points),
              "Count " + count + " falls in band " + band.position() + " (from "
                  + Text.en(band.min()) + "): " + Text.en(band.percent()) + " % of "
                  + Text.en(max) + " = " + Text.en(points))
          .build();
    };
  }
}
