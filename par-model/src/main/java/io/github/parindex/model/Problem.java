package io.github.parindex.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an input: where it is and what was expected.
 *
 * <p>Serializable, so that a {@link ValidationException} carrying it is too.
 *
 * <p>{@link #path()} is a JSON pointer into the file (e.g. {@code /nodes/2/children/0/maxPoints});
 * the empty string designates the whole document. {@link #source()} names the file, or is empty when
 * the input did not come from a file.
 *
 * @param source the file the problem is in, or the empty string
 * @param path a JSON pointer into the file, or the empty string for the whole document
 * @param message what is wrong and what was expected
 * @serial exclude (a record: its serialized form is its three components)
 */
public record Problem(String source, String path, String message)
    implements Comparable<Problem>, Serializable {
  private static final Comparator<Problem> DOCUMENT_ORDER = Comparator.comparing(Problem::source)
      .thenComparing(Problem::path, PathOrder::compare);
  private static final Comparator<Problem> NATURAL_ORDER =
      DOCUMENT_ORDER.thenComparing(Problem::message);

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

  /**
   * Document order: by file, then by JSON pointer token by token with runs of digits compared as
   * numbers ({@code /nodes/2} before {@code /nodes/10}, {@code /observations/3.9} before
   * {@code /observations/3.10}). Problems at the same place compare as equal, so a stable sort keeps
   * them in the order they were found.
   *
   * @return the comparator
   */
  public static Comparator<Problem> documentOrder() {
    return DOCUMENT_ORDER;
  }

  /**
   * Orders in {@linkplain #documentOrder() document order}, then by message; consistent with
   * {@link #equals(Object)}.
   */
  @Override
  public int compareTo(Problem o) {
    return NATURAL_ORDER.compare(this, o);
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
