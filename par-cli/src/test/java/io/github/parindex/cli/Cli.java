package io.github.parindex.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code par} in-process in a directory and captures both streams. */
final class Cli {
  private final Path dir;

  /**
   * A runner in a directory.
   *
   * @param dir the working directory
   */
  Cli(Path dir) {
    this.dir = dir;
  }

  /**
   * What one run gave.
   *
   * @param status the exit status
   * @param outBytes standard output, as bytes
   * @param errBytes standard error, as bytes
   */
  record Result(int status, byte[] outBytes, byte[] errBytes) {
    /**
     * Standard output.
     *
     * @return the text, decoded as UTF-8
     */
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }

    /**
     * Standard error.
     *
     * @return the text, decoded as UTF-8
     */
    String err() {
      return new String(errBytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- out ---\n" + out() + "--- err ---\n" + err();
    }
  }

  /**
   * Runs a command line, the streams created with a charset other than UTF-8.
   *
   * @param args the command line
   * @return the result
   */
  Result run(String... args) {
    return run(StandardCharsets.ISO_8859_1, args);
  }

  /**
   * Runs a command line.
   *
   * @param charset the charset the streams are created with (output must be UTF-8 regardless)
   * @param args the command line
   * @return the result
   */
  Result run(Charset charset, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, charset);
        PrintStream e = new PrintStream(err, true, charset)) {
      status = new Par(dir, o, e).run(args);
    }
    return new Result(status, out.toByteArray(), err.toByteArray());
  }

  /**
   * Writes a file in the directory.
   *
   * @param name the file name
   * @param content the content, written as UTF-8
   * @return the name
   */
  String write(String name, String content) {
    try {
      Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
