package io.github.parindex.scoring.cycle;

import io.github.parindex.model.CycleStage;
import io.github.parindex.model.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A warning of one stage: the evidence rule's "no evidence attached" at SELF (CYCLE.md §3), or a
 * warning of the stage's scorecard (leaves without an observation, ...).
 *
 * @param stage the stage
 * @param kind what it is about
 * @param codes the leaves it names
 * @param message what it says
 */
public record CycleWarning(CycleStage stage, Kind kind, List<String> codes, LocalizedText message) {
  /** What a warning is about. */
  public enum Kind {
    /** A leaf needing evidence has none attached at SELF; its points are kept. */
    NO_EVIDENCE_ATTACHED,
    /** A warning of the stage's scorecard ({@code Warning.Kind} of par-scoring). */
    SCORECARD
  }

  /**
   * Copies.
   *
   * @param stage the stage
   * @param kind the kind
   * @param codes the codes
   * @param message the message
   */
  public CycleWarning {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(kind, "kind");
    codes = List.copyOf(codes);
    Objects.requireNonNull(message, "message");
  }
}
