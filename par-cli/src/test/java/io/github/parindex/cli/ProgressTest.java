package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line: drawn in place, at most ten times a second, erased at the end; or nothing. */
class ProgressTest {
  @Test
  void drawnInPlaceThrottledAndErased() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long[] now = {0};
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = new Progress(err, true, () -> now[0])) {
      p.start("checking", -1);
      p.step();
      now[0] += 150_000_000L;
      p.advance(1499);
      p.start("scoring", 1500);
      now[0] += 10_000_000L;
      p.advance(750);
      now[0] += 100_000_000L;
      p.advance(749);
      assertEquals("scoring 1,499 / 1,500 (99 %)", p.text());
      p.step();
    }
    // "checking 1" is not drawn: too soon after "checking 0"
    assertEquals("\rchecking 0\rchecking 1,500\rscoring 0 / 1,500 (0 %)"
        + "\rscoring 1,499 / 1,500 (99 %)\rscoring 1,500 / 1,500 (100 %)"
        + "\r" + " ".repeat(29) + "\r", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void quietUnlessStandardErrorIsTheProcesssTerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = Progress.onStderr(err)) {
      assertFalse(p.shown());
      p.start("scoring", 10);
      p.advance(10);
    }
    try (Progress p = Progress.quiet()) {
      p.start("x", 1);
      p.step();
      assertFalse(p.shown());
    }
    assertEquals(0, bytes.size());
  }
}
