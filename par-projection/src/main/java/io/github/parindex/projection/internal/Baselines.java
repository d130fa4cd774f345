package io.github.parindex.projection.internal;

import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RemainderBasis;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives submissions from a scored one. A derived submission describes a future or hypothetical state,
 * so it drops the {@code reported} figures (they describe today) and gives every remainder that
 * reconciliation charged today its charged points explicitly: otherwise reconciliation would charge a
 * printed deficit again, to absorb the very changes being studied.
 */
public final class Baselines {
  private Baselines() {}

  /**
   * Today's submission, ready to change; it scores every part as today.
   *
   * @param s the submission
   * @param card its scorecard
   * @return the frozen submission
   */
  public static Submission freeze(Submission s, Scorecard card) {
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(s.unitemised());
    for (NodeScore n : card.nodes()) {
      n.remainder().filter(r -> r.basis() == RemainderBasis.CHARGED)
          .ifPresent(r -> unitemised.put(n.code(), r.points()));
    }
    return Submission.builder().from(s).reported(Map.of()).unitemised(unitemised).build();
  }

  /**
   * Today's submission with changes applied: each leaf's points set directly (the appraiser's
   * override, accepted by every rule), each remainder's points given.
   *
   * @param s the submission
   * @param card its scorecard
   * @param leaves the new points of leaves, by code
   * @param remainders the new points of unitemised remainders, by node code
   * @return the changed submission
   */
  public static Submission apply(Submission s, Scorecard card, Map<String, BigDecimal> leaves,
      Map<String, BigDecimal> remainders) {
    Submission frozen = freeze(s, card);
    Map<String, Observation> observations = new LinkedHashMap<>(frozen.observations());
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>(frozen.unitemised());
    leaves.forEach((code, points) -> observations.put(code, Observation.points(points)));
    unitemised.putAll(remainders);
    return Submission.builder().from(frozen).observations(observations).unitemised(unitemised)
        .build();
  }
}
