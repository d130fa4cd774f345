package io.github.parindex.excel;

import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import java.util.List;
import java.util.Objects;

/**
 * What reading a form gave: the submission, and warnings about what was ignored or looks off (an
 * extra column, a row without a code and without data, points that differ from what the declared
 * data earns). Each warning's path is a sheet and cell, e.g. {@code Phiếu!H12}.
 *
 * @param submission the submission read, valid against the methodology
 * @param warnings what was ignored or looks off, in sheet order
 */
public record FormReading(Submission submission, List<Problem> warnings) {
  /**
   * Validates and copies.
   *
   * @param submission the submission
   * @param warnings the warnings
   */
  public FormReading {
    Objects.requireNonNull(submission, "submission");
    warnings = List.copyOf(warnings);
  }
}
