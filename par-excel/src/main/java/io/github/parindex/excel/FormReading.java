package io.github.parindex.excel;

import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading a form gave: the submission, and warnings about what was ignored or looks off (an
 * extra column, a row without a code and without data, points that differ from what the declared
 * data earns). Each warning's path is a sheet and cell, e.g. {@code Phiếu!H12}.
 *
 * <p>The documents the unit lists for its leaves (column {@code Tài liệu đã nộp}) are in the
 * submission's {@link Submission#evidence() evidence}. The notes of the column {@code Ghi chú} are
 * given apart, in {@link #notes()}: a {@code par-submission/1} file has no place for them yet.
 *
 * @param submission the submission read, valid against the methodology
 * @param warnings what was ignored or looks off, in sheet order
 * @param notes the leaves' notes (column {@code Ghi chú}), by code, in sheet order, as typed
 */
public record FormReading(Submission submission, List<Problem> warnings,
    Map<String, String> notes) {
  /**
   * Validates and copies.
   *
   * @param submission the submission
   * @param warnings the warnings
   * @param notes the notes
   */
  public FormReading {
    Objects.requireNonNull(submission, "submission");
    warnings = List.copyOf(warnings);
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
  }

  /**
   * A reading without notes.
   *
   * @param submission the submission
   * @param warnings the warnings
   */
  public FormReading(Submission submission, List<Problem> warnings) {
    this(submission, warnings, Map.of());
  }
}
