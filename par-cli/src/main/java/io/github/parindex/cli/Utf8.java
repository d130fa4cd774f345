package io.github.parindex.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes text to a stream as UTF-8 bytes, whatever charset the stream was created with. */
final class Utf8 {
  private Utf8() {}

  /**
   * Writes text and flushes.
   *
   * @param stream the stream
   * @param text the text, lines already ending with {@code \n}
   */
  static void write(PrintStream stream, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream.write(bytes, 0, bytes.length);
    stream.flush();
  }
}
