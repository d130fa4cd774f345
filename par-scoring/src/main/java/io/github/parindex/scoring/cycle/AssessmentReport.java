package io.github.parindex.scoring.cycle;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.CycleStage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment record scored (CYCLE.md §4): each stage's scorecard, the leaves that moved and why,
 * the evidence of each, the warnings, and the final result — the last stage present.
 *
 * <p>Guarantees: immutable and safe to share between threads (its scorecards are); the same record
 * and methodology give an equal report.
 */
public final class AssessmentReport {
  private final Assessment assessment;
  private final List<StageResult> stages;
  private final List<LeafHistory> leaves;
  private final List<CycleWarning> warnings;

  AssessmentReport(Assessment assessment, List<StageResult> stages, List<LeafHistory> leaves,
      List<CycleWarning> warnings) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.stages = List.copyOf(stages);
    this.leaves = List.copyOf(leaves);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The record scored.
   *
   * @return the record
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Every stage present, scored, in order.
   *
   * @return the stages
   */
  public List<StageResult> stages() {
    return stages;
  }

  /**
   * A stage, scored.
   *
   * @param stage which
   * @return its result, if the record has the stage
   */
  public Optional<StageResult> stage(CycleStage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst();
  }

  /**
   * The result: the last stage present (FINAL once decided).
   *
   * @return the last stage's result
   */
  public StageResult result() {
    return stages.get(stages.size() - 1);
  }

  /**
   * The leaves whose points differ between two stages or that a stage zeroed for evidence, in the
   * methodology's order.
   *
   * @return the leaves
   */
  public List<LeafHistory> leaves() {
    return leaves;
  }

  /**
   * The warnings of every stage, stage by stage.
   *
   * @return the warnings
   */
  public List<CycleWarning> warnings() {
    return warnings;
  }
}
