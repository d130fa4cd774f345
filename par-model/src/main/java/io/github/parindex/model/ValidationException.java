package io.github.parindex.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input is invalid; carries every problem found, never only the first.
 *
 * <p>Guarantees: {@link #problems()} is never empty and is in the order the problems were found.
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LIMIT = 20;

  /** Every problem found, in the order found; never empty (part of the serialized form). */
  @SuppressWarnings("serial") // a List.copyOf list of Problems: both serializable
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   */
  public ValidationException(List<Problem> problems) {
    super(summary(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The same problems, placed in a file.
   *
   * @param file the file name
   * @return a new exception whose problems have their source set where it was empty
   */
  public ValidationException inSource(String file) {
    return new ValidationException(
        problems.stream().map(p -> p.source().isEmpty() ? p.inSource(file) : p).toList());
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    String lines = problems.stream().limit(MESSAGE_LIMIT).map(Problem::toString)
        .collect(Collectors.joining("\n  ", ":\n  ", ""));
    String more = problems.size() > MESSAGE_LIMIT
        ? "\n  ... and " + (problems.size() - MESSAGE_LIMIT) + " more" : "";
    return head + lines + more;
  }
}
