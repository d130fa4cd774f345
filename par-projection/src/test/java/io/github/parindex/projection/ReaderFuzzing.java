package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The oracle of the projection readers' fuzz tests (see docs/fuzzing.md): an input is read as JSON
 * and as YAML, and what reads is used as the commands use it. Each step must end in a result or a
 * {@link ValidationException} whose problems name the file;
 * any other exception fails the run, and the fuzzer reports a hang or running out of memory.
 */
final class ReaderFuzzing {
  private ReaderFuzzing() {}

  static void check(byte[] input, BiConsumer<byte[], String> readAndUse) {
    for (String name : List.of("fuzz.json", "fuzz.yaml")) {
      try {
        readAndUse.accept(input, name);
      } catch (ValidationException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
          assertEquals(name, p.source(), p::toString);
        }
      }
    }
  }
}
