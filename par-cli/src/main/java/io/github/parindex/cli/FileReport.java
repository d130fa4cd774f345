package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import java.util.List;

/**
 * What {@code par validate} found in one file.
 *
 * @param file the file as the user named it, or {@code bundled:ID}
 * @param format the format the file declares, or {@code null} when unknown
 * @param problems its problems in document order; empty when the file is valid
 * @param summary for a valid file, what it holds, e.g. {@code methodology X, 31 nodes, 22 leaves}
 */
record FileReport(String file, String format, List<Problem> problems, String summary) {
  /**
   * Sorts and copies the problems.
   *
   * @param file the file
   * @param format the declared format, or {@code null}
   * @param problems its problems
   * @param summary for a valid file, what it holds
   */
  FileReport {
    problems = Problems.sorted(Problems.in(file, problems));
  }

  /**
   * A file with problems.
   *
   * @param file the file
   * @param format the declared format, or {@code null}
   * @param problems the problems, not empty
   * @return the report
   */
  static FileReport invalid(String file, String format, List<Problem> problems) {
    return new FileReport(file, format, problems, "");
  }

  /**
   * Whether the file has no problem.
   *
   * @return true when valid
   */
  boolean valid() {
    return problems.isEmpty();
  }
}
