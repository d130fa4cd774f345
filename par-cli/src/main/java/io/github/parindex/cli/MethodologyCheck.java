package io.github.parindex.cli;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.PreparedRules;
import java.util.List;

/**
 * The outcome of checking one methodology for {@code par validate}: the methodology if it could be
 * read, its prepared rules if they are valid too, and every problem.
 *
 * @param label the name its problems are reported under
 * @param format the format the file declares, or {@code null} when unknown
 * @param methodology the methodology, or {@code null} if the file could not be read
 * @param rules the prepared rules, or {@code null} if the methodology or its rules have problems
 * @param problems every problem; empty exactly when {@code rules} is given
 */
record MethodologyCheck(String label, String format, Methodology methodology, PreparedRules rules,
    List<Problem> problems) {

  /**
   * Copies the problems.
   *
   * @param label the name its problems are reported under
   * @param format the declared format, or {@code null}
   * @param methodology the methodology, or {@code null}
   * @param rules the prepared rules, or {@code null}
   * @param problems every problem
   */
  MethodologyCheck {
    problems = List.copyOf(problems);
  }

  /**
   * A methodology that could not be read.
   *
   * @param label the name its problems are reported under
   * @param format the declared format, or {@code null}
   * @param problems the problems
   * @return the outcome
   */
  static MethodologyCheck unreadable(String label, String format, List<Problem> problems) {
    return new MethodologyCheck(label, format, null, null, problems);
  }

  /**
   * The outcome as a report under a given name.
   *
   * @param file the name to report under
   * @return the report
   */
  FileReport report(String file) {
    if (!problems.isEmpty()) {
      return FileReport.invalid(file, format, problems);
    }
    return new FileReport(file, format, List.of(), "methodology " + methodology.id() + ", "
        + methodology.allNodes().size() + " nodes, " + methodology.leaves().size() + " leaves");
  }
}
