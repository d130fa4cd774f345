package io.github.parindex.projection.internal;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps shared by the tree binders of the projection formats (see {@link
 * io.github.parindex.projection.ProjectionReader}): check
 * the {@code format}, collect every problem with its JSON pointer, and report them all at once, in
 * document order, with the file's name.
 */
public final class Binding {
  private Binding() {}

  /**
   * Reports a wrong or missing {@code format}.
   *
   * @param f the document's top-level fields
   * @param format the format expected
   */
  public static void expectFormat(Fields f, String format) {
    String actual = f.text("format", true);
    if (actual != null && !actual.equals(format)) {
      f.problem(f.pointer() + "/format", "expected \"" + format + "\", got \"" + actual + "\"");
    }
  }

  /**
   * Throws every problem, sorted in document order and placed in the file, if there is any.
   *
   * @param problems the problems found
   * @param sourceName the file's name
   * @throws ValidationException if there is a problem
   */
  public static void throwIfAny(List<Problem> problems, String sourceName) {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.documentOrder());
    throw new ValidationException(sorted).inSource(sourceName);
  }

  /**
   * Places problems in a file when they have no file yet.
   *
   * @param problems the problems
   * @param sourceName the file's name, or the empty string (then the problems are returned as they
   *     are)
   * @return the problems, each with a source
   */
  public static List<Problem> inSource(List<Problem> problems, String sourceName) {
    if (sourceName == null || sourceName.isEmpty()) {
      return problems;
    }
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(p.source().isEmpty() ? p.inSource(sourceName) : p);
    }
    return out;
  }
}
