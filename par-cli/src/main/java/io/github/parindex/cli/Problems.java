package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.internal.CodePoints;
import io.github.parindex.model.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Placing, ordering and printing {@link Problem}s the way every command prints them. */
final class Problems {
  private Problems() {}

  /**
   * One problem in a file.
   *
   * @param file the file, as the user named it
   * @param path a JSON pointer, or the empty string for the whole document
   * @param message what is wrong
   * @return the problem
   */
  static Problem at(String file, String path, String message) {
    return new Problem(file, path, message);
  }

  /**
   * An exception with one problem in a file.
   *
   * @param file the file, as the user named it
   * @param path a JSON pointer, or the empty string for the whole document
   * @param message what is wrong
   * @return the exception, to throw
   */
  static ValidationException invalid(String file, String path, String message) {
    return new ValidationException(List.of(at(file, path, message)));
  }

  /**
   * Problems placed in a file, whatever file they named before.
   *
   * @param file the file, as the user named it
   * @param problems the problems
   * @return the problems with their source set to {@code file}
   */
  static List<Problem> in(String file, List<Problem> problems) {
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      placed.add(p.inSource(file));
    }
    return placed;
  }

  /**
   * What a read gives, its problems placed in a file ({@link #in}) when it refuses.
   *
   * @param file the file, as the user named it
   * @param read the read
   * @param <T> what it gives
   * @return what it gives
   * @throws ValidationException with the read's problems, placed in {@code file}
   */
  static <T> T placed(String file, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ValidationException e) {
      throw new ValidationException(in(file, e.problems()));
    }
  }

  /**
   * Problems in document order, then by message ({@link Problem}'s natural order).
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
   * A problem as one line, {@code FILE: PATH: message}, with {@code /} as the path of the whole
   * document and any line break in the message replaced by a space. Every part goes through
   * par's one terminal policy ({@link CodePoints#terminalSafeLine}): a control character in a file
   * name, a key or a message is printed as its visible name ({@code <U+000A>}, {@code <U+001B>}), so
   * that nothing can split a problem line or send codes to a terminal.
   *
   * @param p the problem
   * @return the line, without line end
   */
  static String line(Problem p) {
    return name(p.source()) + ": " + CodePoints.terminalSafeLine(path(p)) + ": "
        + CodePoints.terminalSafeLine(oneLine(p.message()));
  }

  /**
   * A file name as printed at the start of a line: par's one terminal policy
   * ({@link CodePoints#terminalSafeLine}), so that a name cannot split a problem line in two or send
   * commands to a terminal.
   *
   * @param file the file as typed
   * @return the name, safe on one line
   */
  static String name(String file) {
    return CodePoints.terminalSafeLine(file);
  }

  /**
   * A problem's path as printed: its JSON pointer, or {@code /} for the whole document.
   *
   * @param p the problem
   * @return the path
   */
  static String path(Problem p) {
    return p.path().isEmpty() ? "/" : p.path();
  }

  /**
   * A message on one line.
   *
   * @param message the message
   * @return the message with line breaks replaced by spaces
   */
  static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
