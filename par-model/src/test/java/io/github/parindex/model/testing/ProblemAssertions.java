package io.github.parindex.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.Syntax;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on the problems a reader reports: that reading fails, where each problem is (its JSON
 * pointer, exactly) and what its message says.
 *
 * <p>Documents are passed as text and read as a file named {@code test.json} or {@code test.yaml},
 * which chooses the syntax; every problem must name that file.
 */
public final class ProblemAssertions {
  private ProblemAssertions() {}

  /**
   * The file name used for a syntax.
   *
   * @param syntax the syntax
   * @return {@code test.json} or {@code test.yaml}
   */
  public static String fileName(Syntax syntax) {
    return syntax == Syntax.JSON ? "test.json" : "test.yaml";
  }

  /**
   * Reads a methodology that must be refused, with the standard reader.
   *
   * @param text the document
   * @param syntax the syntax it is read as
   * @return the problems, in the order reported
   */
  public static List<Problem> methodologyProblems(String text, Syntax syntax) {
    return methodologyProblems(ParReader.standard(), text, syntax);
  }

  /**
   * Reads a methodology that must be refused.
   *
   * @param reader the reader
   * @param text the document
   * @param syntax the syntax it is read as
   * @return the problems, in the order reported
   */
  public static List<Problem> methodologyProblems(ParReader reader, String text, Syntax syntax) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.readMethodology(bytes, fileName(syntax)), "expected the file to be refused");
    return named(e.problems(), syntax);
  }

  /**
   * Reads a submission that must be refused, with the standard reader.
   *
   * @param text the document
   * @param syntax the syntax it is read as
   * @return the problems, in the order reported
   */
  public static List<Problem> submissionProblems(String text, Syntax syntax) {
    return submissionProblems(ParReader.standard(), text, syntax);
  }

  /**
   * Reads a submission that must be refused.
   *
   * @param reader the reader
   * @param text the document
   * @param syntax the syntax it is read as
   * @return the problems, in the order reported
   */
  public static List<Problem> submissionProblems(ParReader reader, String text, Syntax syntax) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.readSubmission(bytes, fileName(syntax)), "expected the file to be refused");
    return named(e.problems(), syntax);
  }

  private static List<Problem> named(List<Problem> problems, Syntax syntax) {
    assertTrue(!problems.isEmpty(), "a ValidationException carries at least one problem");
    for (Problem p : problems) {
      assertEquals(fileName(syntax), p.source(), () -> "problem without the file's name: " + p);
    }
    return problems;
  }

  /**
   * Asserts that there is exactly one problem, at a pointer, whose message contains every fragment.
   *
   * @param problems the problems
   * @param pointer the expected JSON pointer, exactly
   * @param fragments texts the message must contain
   * @return the problem
   */
  public static Problem assertOnlyProblem(List<Problem> problems, String pointer,
      String... fragments) {
    assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + lines(problems));
    return assertProblem(problems, pointer, fragments);
  }

  /**
   * Asserts that exactly one of the problems is at a pointer, and that its message contains every
   * fragment.
   *
   * @param problems the problems
   * @param pointer the expected JSON pointer, exactly
   * @param fragments texts the message must contain
   * @return the problem
   */
  public static Problem assertProblem(List<Problem> problems, String pointer, String... fragments) {
    List<Problem> at = problems.stream().filter(p -> p.path().equals(pointer)).toList();
    if (at.size() != 1) {
      fail("expected one problem at '" + pointer + "', got " + at.size() + " in:\n"
          + lines(problems));
    }
    Problem p = at.get(0);
    for (String fragment : fragments) {
      assertTrue(p.message().contains(fragment),
          () -> "message at " + pointer + " should contain \"" + fragment + "\": " + p.message());
    }
    return p;
  }

  /**
   * Asserts the pointers of the problems, in order.
   *
   * @param problems the problems
   * @param pointers the expected pointers
   */
  public static void assertPointers(List<Problem> problems, String... pointers) {
    assertEquals(List.of(pointers), problems.stream().map(Problem::path).toList(),
        () -> lines(problems));
  }

  private static String lines(List<Problem> problems) {
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
