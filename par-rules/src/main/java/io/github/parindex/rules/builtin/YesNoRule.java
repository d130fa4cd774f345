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
import java.util.Set;

/**
 * {@code yes-no}: yes (Có) earns the maximum, no (Không) earns nothing. No parameters; accepts
 * {@code yes}. Increasing: yes never earns less than no.
 */
final class YesNoRule implements RuleEvaluator {
  @Override
  public String type() {
    return "yes-no";
  }

  @Override
  public Set<ObservationKind> acceptedKinds() {
    return Set.of(ObservationKind.YES);
  }

  @Override
  public Monotonicity monotonicity() {
    return Monotonicity.INCREASING;
  }

  @Override
  public LeafRule prepare(RuleSpec spec, LeafContext leaf) {
    Parameters.of(spec).done();
    BigDecimal max = leaf.maxPoints();
    // Two possible evaluations, both immutable: built once
    Evaluation yes = evaluate(true, max);
    Evaluation no = evaluate(false, max);
    return Kernels.rule(observation -> ((Observation.YesNo) observation).yes() ? yes : no, leaf,
        at -> new Kernel(at.max()));
  }

  /** Yes earns the maximum, no nothing: no rounding. */
  private record Kernel(long max) implements LeafKernel {
    @Override
    public long points(Observation observation) {
      return ((Observation.YesNo) observation).yes() ? max : 0;
    }
  }

  private static Evaluation evaluate(boolean answer, BigDecimal max) {
    if (answer) {
      return Evaluation.of(Ratio.of(max))
          .intermediate("share", Ratio.ONE)
          .sentence("Có: đạt điểm tối đa " + Text.vi(max), "Yes: full marks, " + Text.en(max))
          .build();
    }
    return Evaluation.of(Ratio.ZERO)
        .intermediate("share", Ratio.ZERO)
        .sentence("Không: 0 điểm", "No: 0 points")
        .build();
  }
}
