package io.github.parindex.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stage of an assessment record (CYCLE.md §2): SELF holds observations; APPRAISED changes;
 * REVIEW_REQUESTED requests; FINAL decisions — each keyed by leaf code, in the file's order.
 *
 * <p>Guarantees: immutable; the maps are unmodifiable copies in the order given. Whether the entries
 * fit the stage is checked by {@link Assessment.Builder#build()}.
 *
 * @param stage the stage
 * @param date the stage's date, or {@code null}
 * @param observations SELF's observations (empty for the other stages)
 * @param entries the other stages' entries by leaf code (empty for SELF)
 */
public record CycleStep(CycleStage stage, @Nullable LocalDate date,
    Map<String, Observation> observations, Map<String, CycleEntry> entries) {
  /**
   * Copies.
   *
   * @param stage the stage
   * @param date the date
   * @param observations the observations
   * @param entries the entries
   */
  public CycleStep {
    Objects.requireNonNull(stage, "stage");
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * The self-assessment.
   *
   * @param date its date, or {@code null}
   * @param observations every observation
   * @return the stage
   */
  public static CycleStep self(@Nullable LocalDate date, Map<String, Observation> observations) {
    return new CycleStep(CycleStage.SELF, date, observations, Map.of());
  }

  /**
   * The appraisal.
   *
   * @param date its date, or {@code null}
   * @param changes the council's changes
   * @return the stage
   */
  public static CycleStep appraised(@Nullable LocalDate date,
      Map<String, CycleEntry.Change> changes) {
    return new CycleStep(CycleStage.APPRAISED, date, Map.of(), new LinkedHashMap<>(changes));
  }

  /**
   * The requests for review.
   *
   * @param date its date, or {@code null}
   * @param requests the unit's requests
   * @return the stage
   */
  public static CycleStep reviewRequested(@Nullable LocalDate date,
      Map<String, CycleEntry.Request> requests) {
    return new CycleStep(CycleStage.REVIEW_REQUESTED, date, Map.of(),
        new LinkedHashMap<>(requests));
  }

  /**
   * The official result.
   *
   * @param date its date, or {@code null}
   * @param decisions the council's decision on every request
   * @return the stage
   */
  public static CycleStep decided(@Nullable LocalDate date,
      Map<String, CycleEntry.Decision> decisions) {
    return new CycleStep(CycleStage.FINAL, date, Map.of(), new LinkedHashMap<>(decisions));
  }

  /**
   * The date.
   *
   * @return the stage's date, if given
   */
  public Optional<LocalDate> dateGiven() {
    return Optional.ofNullable(date);
  }
}
