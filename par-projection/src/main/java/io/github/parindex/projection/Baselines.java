package io.github.parindex.projection;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderBasis;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives submissions from a scored one. A derived submission describes a future or hypothetical state,
 * so it drops the {@code reported} figures (they describe today) and gives every remainder that
 * reconciliation charged today its charged points explicitly: otherwise reconciliation would charge a
 * printed deficit again, to absorb the very changes being studied.
 */
final class Baselines {
  private Baselines() {}

  /**
   * Today's submission, ready to change; it scores every part as today.
   *
   * @param s the submission
   * @param card its scorecard
   * @return the frozen submission
   */
  static Submission freeze(Submission s, Scorecard card) {
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(s.unitemised());
    for (NodeScore n : card.nodes()) {
      n.remainder().filter(r -> r.basis() == RemainderBasis.CHARGED)
          .ifPresent(r -> unitemised.put(n.code(), r.points()));
    }
    return Submission.builder().from(s).reported(Map.of()).unitemised(unitemised).build();
  }

  /**
   * Today's submission with a plan applied: each leaf's points set directly (the appraiser's override,
   * accepted by every rule), each remainder's points given.
   *
   * @param s the submission
   * @param card its scorecard
   * @param plan the changes
   * @return the changed submission
   */
  static Submission apply(Submission s, Scorecard card, List<PlannedChange> plan) {
    Submission frozen = freeze(s, card);
    Map<String, Observation> observations = new LinkedHashMap<>(frozen.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(frozen.unitemised());
    for (PlannedChange c : plan) {
      if (c.remainder()) {
        unitemised.put(c.code(), c.to());
      } else {
        observations.put(c.code(), Observation.points(c.to()));
      }
    }
    return Submission.builder().from(frozen).observations(observations).unitemised(unitemised)
        .build();
  }
}
