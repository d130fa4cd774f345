package io.github.parindex.server;

import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Places par's problems in the request body. Each document of a request is read under a source name
 * that is its JSON pointer in the body ({@code /submission}, {@code /submissions/2}); a problem's path
 * is then that pointer followed by the problem's pointer inside the document, e.g.
 * {@code /submission/observations/2.2/rate}.
 */
final class Problems {
  private Problems() {}

  /**
   * Problems placed in the request body.
   *
   * @param problems problems as par reports them
   * @param member the pointer of the document that problems without a source belong to
   * @return the problems with their whole path in {@link Problem#path()} and no source
   */
  static List<Problem> inBody(List<Problem> problems, String member) {
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      String base = p.source().startsWith("/") ? p.source() : member;
      placed.add(Problem.at(base + p.path(), p.message()));
    }
    return placed;
  }

  /**
   * Problems in document order, then by message.
   *
   * @param problems the problems
   * @return a sorted copy
   */
  static List<Problem> sorted(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return List.copyOf(sorted);
  }

  /**
   * A message on one line, as the command line prints it.
   *
   * @param message the message
   * @return the message with line breaks replaced by spaces
   */
  static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
