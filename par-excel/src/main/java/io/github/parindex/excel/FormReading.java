package io.github.parindex.excel;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a form gave: the submission, and warnings about what was ignored or looks off (an
 * extra column, a row without a code and without data, points that differ from what the declared
 * data earns). Each warning's path is a sheet and cell, e.g. {@code Phiếu!H12}.
 *
 * <p>The documents the unit lists for its leaves (column {@code Tài liệu đã nộp}) are in the
 * submission's {@link Submission#evidence() evidence}. What a {@code par-submission/1} file has no
 * place for is given apart: the notes of the column {@code Ghi chú}, the council's reasons of the
 * column {@code Lý do thẩm định}, the council's decisions on documents (sheet {@code Tài liệu} of
 * an appraisal form) and the date of the filled-in date line. {@link FormReader#readInto} puts
 * them into an assessment record.
 *
 * @param submission the submission read, valid against the methodology
 * @param warnings what was ignored or looks off, in sheet order
 * @param notes the leaves' notes (column {@code Ghi chú}), by code, in sheet order, as typed
 * @param reasons the council's reasons (column {@code Lý do thẩm định}), by leaf code, in sheet
 *     order, as typed
 * @param documents the documents of the sheet {@code Tài liệu}, with the council's decision on
 *     each, in sheet order; empty for a form without that sheet
 * @param date the date of the date line under the table ({@code …, ngày 20 tháng 12 năm 2025}),
 *     when it is filled in
 */
public record FormReading(Submission submission, List<Problem> warnings,
    Map<String, String> notes, Map<String, String> reasons, List<AssessmentEvidence> documents,
    Optional<LocalDate> date) {
  /**
   * Validates and copies.
   *
   * @param submission the submission
   * @param warnings the warnings
   * @param notes the notes
   * @param reasons the reasons
   * @param documents the documents
   * @param date the date
   */
  public FormReading {
    Objects.requireNonNull(submission, "submission");
    warnings = List.copyOf(warnings);
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    documents = List.copyOf(documents);
    Objects.requireNonNull(date, "date");
  }

  /**
   * A reading of a unit's form without notes, reasons, documents or date.
   *
   * @param submission the submission
   * @param warnings the warnings
   */
  public FormReading(Submission submission, List<Problem> warnings) {
    this(submission, warnings, Map.of(), Map.of(), List.of(), Optional.empty());
  }
}
