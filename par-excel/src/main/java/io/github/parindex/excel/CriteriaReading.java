package io.github.parindex.excel;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.util.List;
import java.util.Objects;

/**
 * What reading a criteria-set workbook gave: the methodology, and warnings about what was ignored or
 * looks off (an extra column, a row without a code and without data, a code typed as a number). Each
 * warning's path is a sheet and cell, e.g. {@code 'Tiêu chí'!H12}.
 *
 * @param methodology the methodology read, valid, its rules checked against the reader's registry
 * @param warnings what was ignored or looks off, in sheet order
 */
public record CriteriaReading(Methodology methodology, List<Problem> warnings) {
  /**
   * Validates and copies.
   *
   * @param methodology the methodology
   * @param warnings the warnings
   */
  public CriteriaReading {
    Objects.requireNonNull(methodology, "methodology");
    warnings = List.copyOf(warnings);
  }

  /**
   * The methodology as a {@code par-methodology/1} file, written by par-model's {@link ParWriter}:
   * what {@code par read-criteria-sheet} writes.
   *
   * @param syntax JSON or YAML
   * @return the file's text
   */
  public String methodologyFile(Syntax syntax) {
    return ParWriter.toString(methodology, syntax);
  }
}
