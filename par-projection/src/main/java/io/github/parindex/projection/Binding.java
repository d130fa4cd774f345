package io.github.parindex.projection;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading steps shared by the formats of this package, in the style of the model's readers: parse
 * with the hardened {@link TreeReader} under the default limits, check the {@code format}, collect every
 * problem with its JSON pointer, and report them all at once, in document order, with the file's name.
 */
final class Binding {
  private Binding() {}

  /** Parses a document; syntax by the name's extension, else by content. */
  static Tree parse(byte[] content, String sourceName) {
    try {
      return TreeReader.read(content, Syntax.detect(sourceName, content),
          ParReader.standard().limits());
    } catch (ValidationException e) {
      throw e.inSource(sourceName);
    }
  }

  /** A file's bytes, refusing files above the reader's size limit before reading them. */
  static byte[] bytes(Path file) throws IOException {
    return ParReader.standard().bytes(file);
  }

  /** Reports a wrong or missing {@code format}. */
  static void expectFormat(Fields f, String format) {
    String actual = f.text("format", true);
    if (actual != null && !actual.equals(format)) {
      f.problem(f.pointer() + "/format", "expected \"" + format + "\", got \"" + actual + "\"");
    }
  }

  /** Throws every problem, sorted in document order and placed in the file, if there is any. */
  static void throwIfAny(List<Problem> problems, String sourceName) {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.documentOrder());
    throw new ValidationException(sorted).inSource(sourceName);
  }

  /** Places problems in a file when they have no file yet. */
  static List<Problem> inSource(List<Problem> problems, String sourceName) {
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
