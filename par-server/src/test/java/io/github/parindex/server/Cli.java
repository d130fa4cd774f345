package io.github.parindex.server;

import io.github.parindex.cli.Par;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line, run in-process in examples/data: what the server must answer byte for byte. */
final class Cli {
  private Cli() {}

  /**
   * What one command line printed.
   *
   * @param status the exit status
   * @param out standard output
   * @param err standard error, as text
   */
  record Result(int status, byte[] out, String err) {
    /**
     * Standard output as text.
     *
     * @return the text
     */
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs {@code par ARGS} in examples/data.
   *
   * @param args the command line
   * @return what it printed
   */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Par(Repo.data("."), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code par ARGS}, which must succeed.
   *
   * @param args the command line
   * @return standard output
   */
  static byte[] ok(String... args) {
    Result r = run(args);
    if (r.status() != 0) {
      throw new AssertionError("par " + String.join(" ", args) + " exited " + r.status() + ": "
          + r.err());
    }
    return r.out();
  }
}
