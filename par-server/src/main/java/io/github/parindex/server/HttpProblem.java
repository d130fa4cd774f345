package io.github.parindex.server;

import io.github.parindex.model.Problem;
import java.util.List;

/**
 * An answer other than success, as an exception: the HTTP status, an RFC 9457 problem type and title,
 * a detail for people, and the problems with their JSON pointers into the request body.
 *
 * <p>Guarantees: the message never holds a stack trace or the request body; the problems are in
 * document order.
 */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Prefix of every problem type: a documented name, not a page that must resolve. */
  static final String TYPE = "https://parindex.github.io/problems/";

  private final int status;
  private final String type;
  private final String title;
  private final transient List<Problem> problems;

  /**
   * Creates the problem.
   *
   * @param status the HTTP status
   * @param type the last segment of the problem type, e.g. {@code invalid-input}
   * @param title the short, fixed summary of the type
   * @param detail what happened in this request
   * @param problems the problems, with pointers into the request body; may be empty
   */
  HttpProblem(int status, String type, String title, String detail, List<Problem> problems) {
    super(detail, null, false, false);
    this.status = status;
    this.type = TYPE + type;
    this.title = title;
    this.problems = Problems.sorted(problems);
  }

  /**
   * Invalid input: 400, with every problem.
   *
   * @param problems the problems, not empty
   * @return the problem
   */
  static HttpProblem invalid(List<Problem> problems) {
    int n = problems.size();
    return new HttpProblem(400, "invalid-input", "Invalid input",
        n + (n == 1 ? " problem" : " problems") + " in the request body", problems);
  }

  /**
   * Invalid input at one place.
   *
   * @param path a JSON pointer into the request body
   * @param message what is wrong and what was expected
   * @return the problem
   */
  static HttpProblem invalid(String path, String message) {
    return invalid(List.of(Problem.at(path, message)));
  }

  /**
   * An unknown methodology id: 404.
   *
   * @param path where the id is in the request body
   * @param message what is wrong, naming the known ids
   * @return the problem
   */
  static HttpProblem unknownMethodology(String path, String message) {
    return new HttpProblem(404, "unknown-methodology", "Unknown methodology", message,
        List.of(Problem.at(path, message)));
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  int status() {
    return status;
  }

  /**
   * The problem type, a URI.
   *
   * @return the type
   */
  String type() {
    return type;
  }

  /**
   * The title of the type.
   *
   * @return the title
   */
  String title() {
    return title;
  }

  /**
   * What happened in this request.
   *
   * @return the detail
   */
  String detail() {
    return getMessage();
  }

  /**
   * The problems, in document order.
   *
   * @return the problems; empty when the detail says everything
   */
  List<Problem> problems() {
    return problems;
  }
}
