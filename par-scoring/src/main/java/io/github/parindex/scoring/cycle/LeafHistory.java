package io.github.parindex.scoring.cycle;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A leaf whose points moved between stages or that was zeroed for evidence: its points and status
 * at each stage, what the change, the request and the decision said, and the documents naming it.
 *
 * @param code the leaf's code
 * @param points its points at each stage present, in order
 * @param statuses its status at each stage present
 * @param change the council's change at APPRAISED, or {@code null}
 * @param request the unit's request, or {@code null}
 * @param decision the council's decision on it, or {@code null}
 * @param evidence the documents whose leaves name it, in the record's order
 */
public record LeafHistory(String code, Map<CycleStage, BigDecimal> points,
    Map<CycleStage, Status> statuses, CycleEntry.@Nullable Change change,
    CycleEntry.@Nullable Request request, CycleEntry.@Nullable Decision decision,
    List<AssessmentEvidence> evidence) {
  /**
   * Copies.
   *
   * @param code the code
   * @param points the points
   * @param statuses the statuses
   * @param change the change
   * @param request the request
   * @param decision the decision
   * @param evidence the documents
   */
  public LeafHistory {
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    evidence = List.copyOf(evidence);
  }

  /**
   * The change.
   *
   * @return the council's change, if any
   */
  public Optional<CycleEntry.Change> changeGiven() {
    return Optional.ofNullable(change);
  }

  /**
   * The request.
   *
   * @return the unit's request, if any
   */
  public Optional<CycleEntry.Request> requestGiven() {
    return Optional.ofNullable(request);
  }

  /**
   * The decision.
   *
   * @return the council's decision, if any
   */
  public Optional<CycleEntry.Decision> decisionGiven() {
    return Optional.ofNullable(decision);
  }
}
