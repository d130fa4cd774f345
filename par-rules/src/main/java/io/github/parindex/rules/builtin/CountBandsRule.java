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
    List<Bands.Band> read = Bands.read(p, true);
    p.done();
    List<Bands.Band> bands = Checks.checked(read);
    BigDecimal max = leaf.maxPoints();
    // Only the count changes from one observation to the next: the rest is built once per band
    Bands.Prepared[] prepared = new Bands.Prepared[bands.size()];
    for (Bands.Band band : bands) {
      prepared[band.position() - 1] = new Bands.Prepared(band, max);
    }
    LeafRule rule = observation -> {
      long count = ((Observation.Count) observation).count();
      BigDecimal amount = BigDecimal.valueOf(count);
      Bands.Prepared band = prepared[Bands.first(bands, min -> amount.compareTo(min) >= 0).position() - 1];
      return Evaluation.of(band.points)
          .intermediate("band", band.position)
          .intermediate("bandMin", band.min)
          .intermediate("percent", band.percent)
          .intermediate("share", band.share)
          .sentence("Số lượng " + count + band.vi, "Count " + count + band.en)
          .build();
    };
    return Kernels.rule(rule, leaf, at -> new Kernel(new Bands.Table(bands, prepared, at)));
  }

  /** The first band the count reaches. */
  private record Kernel(Bands.Table table) implements LeafKernel {
    @Override
    public long points(Observation observation) {
      return table.points(((Observation.Count) observation).count(), 1);
    }
  }
}
