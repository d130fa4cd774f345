package io.github.parindex.scoring.cycle;

import io.github.parindex.model.CycleStage;
import io.github.parindex.model.Observation;
import io.github.parindex.scoring.EvidenceGaps;
import io.github.parindex.scoring.Scorecard;
import java.util.Map;
import java.util.Objects;

/**
 * One stage of an assessment scored: the observations composed for it (CYCLE.md §2), the leaves
 * that lacked an accepted evidence document (§3), and its scorecard.
 *
 * @param stage the stage
 * @param observations the stage's composed observations, by leaf code
 * @param gaps the leaves lacking accepted evidence at this stage (empty at SELF)
 * @param scorecard the stage's scorecard, band after caps
 */
public record StageResult(CycleStage stage, Map<String, Observation> observations,
    EvidenceGaps gaps, Scorecard scorecard) {
  /**
   * Copies.
   *
   * @param stage the stage
   * @param observations the observations
   * @param gaps the gaps
   * @param scorecard the scorecard
   */
  public StageResult {
    Objects.requireNonNull(stage, "stage");
    observations = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(observations));
    Objects.requireNonNull(gaps, "gaps");
    Objects.requireNonNull(scorecard, "scorecard");
  }
}
