package io.github.parindex.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The oracle of the reader fuzz tests ({@link MethodologyReaderFuzzTest},
 * {@link SubmissionReaderFuzzTest}; see docs/fuzzing.md). An input is read as JSON and as YAML. A
 * read must end in a valid object or a {@link ValidationException} whose problems name the file; any other exception fails the run, and the fuzzer reports a
 * hang or running out of memory. A valid object must also be written and read back, in both syntaxes,
 * as an equal object: a file that reads never gives two answers.
 */
final class ReaderFuzzing {
  private ReaderFuzzing() {}

  static <T> void check(byte[] input, BiFunction<byte[], String, T> read,
      BiFunction<T, Syntax, String> write) {
    for (Syntax syntax : Syntax.values()) {
      String name = syntax == Syntax.JSON ? "fuzz.json" : "fuzz.yaml";
      T value;
      try {
        value = read.apply(input, name);
      } catch (ValidationException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
          assertEquals(name, p.source(), p::toString);
        }
        continue;
      }
      for (Syntax out : Syntax.values()) {
        String written = write.apply(value, out);
        T again = read.apply(written.getBytes(StandardCharsets.UTF_8),
            out == Syntax.JSON ? "again.json" : "again.yaml");
        assertEquals(value, again, () -> "written as " + out + " and read back differently:\n"
            + written);
      }
    }
  }
}
