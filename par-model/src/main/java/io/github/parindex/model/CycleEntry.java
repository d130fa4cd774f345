package io.github.parindex.model;

import java.util.List;
import java.util.Objects;

/**
 * What a stage of an assessment record says about one leaf (CYCLE.md §2): an appraisal's change, a
 * review request, or a decision on a request. Every entry has a reason; a change and a request carry
 * an observation; a request may cite evidence ids; a decision accepts or rejects.
 *
 * <p>Guarantees: immutable; whether the reason is given is checked by
 * {@link Assessment.Builder#build()}, which reports every problem with its pointer.
 */
public sealed interface CycleEntry permits CycleEntry.Change, CycleEntry.Request,
    CycleEntry.Decision {
  /**
   * Why: the council's reason for a change or decision, the unit's for a request.
   *
   * @return the reason as given (blank when missing: a problem)
   */
  String reason();

  /**
   * The council changes a leaf's observation at APPRAISED.
   *
   * @param observation the new observation
   * @param reason why
   */
  record Change(Observation observation, String reason) implements CycleEntry {
    /**
     * Checks for nulls.
     *
     * @param observation the observation
     * @param reason the reason
     */
    public Change {
      Objects.requireNonNull(observation, "observation");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The unit asks for a leaf to be reviewed at REVIEW_REQUESTED.
   *
   * @param observation what the unit asks for
   * @param reason why
   * @param evidence the ids of the documents supplied with the request
   */
  record Request(Observation observation, String reason, List<String> evidence)
      implements CycleEntry {
    /**
     * Copies.
     *
     * @param observation the observation
     * @param reason the reason
     * @param evidence the evidence ids
     */
    public Request {
      Objects.requireNonNull(observation, "observation");
      Objects.requireNonNull(reason, "reason");
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The council decides a request at FINAL.
   *
   * @param accepted whether the request's observation is taken
   * @param reason why
   */
  record Decision(boolean accepted, String reason) implements CycleEntry {
    /**
     * Checks for nulls.
     *
     * @param accepted whether accepted
     * @param reason the reason
     */
    public Decision {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A helper for pointers: the member of a stage that holds entries of this kind.
   *
   * @param stage the stage
   * @return {@code observations}, {@code changes}, {@code requests} or {@code decisions}
   */
  static String memberOf(CycleStage stage) {
    return switch (stage) {
      case SELF -> "observations";
      case APPRAISED -> "changes";
      case REVIEW_REQUESTED -> "requests";
      case FINAL -> "decisions";
    };
  }
}
