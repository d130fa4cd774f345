package io.github.parindex.cli;

import java.nio.charset.StandardCharsets;

/**
 * The text a command writes, kept until the command ends so that {@link Par} can send it to
 * standard output or to {@code --out FILE}, as UTF-8, or drop it when the command fails. Lines end
 * with {@code \n} whatever the platform.
 */
final class Output {
  private final StringBuilder text = new StringBuilder();

  /**
   * Appends text as is.
   *
   * @param s the text
   * @return this output
   */
  Output print(String s) {
    text.append(s);
    return this;
  }

  /**
   * Appends a line and its {@code \n}.
   *
   * @param line the line, without line end
   * @return this output
   */
  Output line(String line) {
    text.append(line).append('\n');
    return this;
  }

  /**
   * The text so far.
   *
   * @return the text
   */
  String text() {
    return text.toString();
  }

  /**
   * The text so far, encoded.
   *
   * @return the UTF-8 bytes
   */
  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
