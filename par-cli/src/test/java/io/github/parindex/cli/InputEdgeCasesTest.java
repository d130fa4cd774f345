package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input files that are not plain files (issue 20, item 12, the command line's part): a named pipe
 * that nothing writes to is refused after a few seconds instead of blocking forever; a pipe being
 * written to is read; a file name with a line feed stays on its problem line; a symbolic link loop
 * is named as such. Before: a hang, a problem split over two lines, "no such file".
 */
class InputEdgeCasesTest {
  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(dir);
    cli.write("mini.json", Fixtures.MINI_METHODOLOGY);
  }

  @Test
  @Timeout(30)
  void pipeWithoutWriter_isRefusedInsteadOfBlocking() {
    assumeTrue(Platform.mkfifo(dir.resolve("pipe.yaml")), "a named pipe can be made");
    long start = System.nanoTime();

    Cli.Result r = cli.run("validate", "pipe.yaml");

    assertEquals(2, r.status(), r::toString);
    assertTrue(r.out().startsWith("pipe.yaml: /: cannot read: nothing is writing to this pipe "
        + "(waited " + InputFiles.OPEN_TIMEOUT_SECONDS + " s)\n"), r::toString);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20);
  }

  @Test
  @Timeout(30)
  void pipeWithWriter_isRead() throws Exception {
    Path pipe = dir.resolve("pipe.json");
    assumeTrue(Platform.mkfifo(pipe), "a named pipe can be made");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(pipe, Fixtures.MINI_METHODOLOGY, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();

    Cli.Result r = cli.run("validate", "pipe.json");
    writer.join(10_000);

    assertTrue(r.out().startsWith("pipe.json: ok (methodology test-mini"), r::toString);
  }

  @Test
  void fileNameWithLineFeed_staysOnOneProblemLine() throws IOException {
    Files.writeString(dir.resolve("bad\nname.json"), "{");

    Cli.Result r = cli.run("validate", "bad\nname.json", "missing\r.yaml");

    assertEquals(2, r.status());
    assertEquals(3, r.out().lines().count(), r::toString);
    assertTrue(r.out().startsWith("bad<U+000A>name.json: /: "), r::toString);
    assertTrue(r.out().contains("\nmissing<U+000D>.yaml: /: cannot read: no such file\n"), r::toString);
  }

  @Test
  void symbolicLinkLoop_isNamedAsSuch() throws IOException {
    Files.createSymbolicLink(dir.resolve("a.yaml"), Path.of("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), Path.of("a.yaml"));
    Files.createSymbolicLink(dir.resolve("broken.yaml"), Path.of("nowhere.yaml"));

    Cli.Result validate = cli.run("validate", "a.yaml", "broken.yaml");
    Cli.Result score = cli.run("score", "--methodology", "a.yaml", "--submission", "b.yaml");
    Cli.Result batch = cli.run("score", "--methodology", "mini.json", "--batch", "a.yaml");

    assertEquals("a.yaml: /: cannot read: symbolic link loop\n"
        + "broken.yaml: /: cannot read: broken symbolic link\n"
        + "2 files checked: 0 valid, 2 invalid (2 problems)\n", validate.out());
    assertEquals("b.yaml: /: cannot read: symbolic link loop\n", score.err());
    assertEquals("a.yaml: /: cannot read: symbolic link loop\n", batch.err());
  }
}
