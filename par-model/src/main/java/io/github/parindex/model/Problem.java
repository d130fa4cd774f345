package io.github.parindex.model;

import java.util.Objects;

/**
 * One problem found in an input: where it is and what was expected.
 *
 * <p>{@link #path()} is a JSON pointer into the file (e.g. {@code /nodes/2/children/0/maxPoints});
 * the empty string designates the whole document. {@link #source()} names the file, or is empty when
 * the input did not come from a file.
 *
 * @param source the file the problem is in, or the empty string
 * @param path a JSON pointer into the file, or the empty string for the whole document
 * @param message what is wrong and what was expected
 */
public record Problem(String source, String path, String message) implements Comparable<Problem> {

  /**
   * Validates the components.
   *
   * @param source the file the problem is in, or the empty string
   * @param path a JSON pointer into the file, or the empty string for the whole document
   * @param message what is wrong and what was expected
   */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem not yet tied to a file.
   *
   * @param path a JSON pointer
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem("", path, message);
  }

  /**
   * This problem, placed in a file.
   *
   * @param file the file name
   * @return the same problem with its source set
   */
  public Problem inSource(String file) {
    return new Problem(file, path, message);
  }

  /**
   * This problem with its path placed under a prefix.
   *
   * @param prefix a JSON pointer to prepend, e.g. {@code /nodes/2/rule}
   * @return the same problem, moved
   */
  public Problem under(String prefix) {
    return new Problem(source, prefix + path, message);
  }

  /** Orders by source, then path, then message. */
  @Override
  public int compareTo(Problem o) {
    int c = source.compareTo(o.source);
    if (c == 0) {
      c = path.compareTo(o.path);
    }
    return c != 0 ? c : message.compareTo(o.message);
  }

  /**
   * The problem as one line, {@code FILE: PATH: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "/" : path;
    return source.isEmpty() ? where + ": " + message : source + ": " + where + ": " + message;
  }
}
