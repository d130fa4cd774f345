package io.github.parindex.cli;

import io.github.parindex.model.io.internal.CodePoints;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a command writes. By default it is kept in memory until the command ends, so that {@link Par}
 * can send it to its {@link Destination}, or drop it when the command fails. A command whose output
 * does not fit in memory (batch scoring) calls {@link #stream()} instead: from then on bytes go
 * straight to the destination, which for {@code --out FILE} is a temporary file that replaces the
 * file only when the command succeeds. Text is UTF-8 with {@code \n} line ends whatever the platform.
 */
final class Output {
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final Destination destination;
  private final boolean readable;
  private OutputStream stream;

  /**
   * An output whose streamed bytes go to a destination.
   *
   * @param destination where {@link #stream()} writes
   * @param readable whether it is a readable report (text format), which may reach a terminal: its
   *     text then goes through par's terminal policy ({@link CodePoints#terminalSafe})
   */
  Output(Destination destination, boolean readable) {
    this.destination = destination;
    this.readable = readable;
  }

  /**
   * Appends text: as is, or, for a readable report, with every control character but tabs and line
   * feeds (and every bidi override) shown as its name, so that no escape sequence from a data file
   * reaches a terminal.
   *
   * @param s the text
   * @return this output
   */
  Output print(String s) {
    return write((readable ? CodePoints.terminalSafe(s) : s).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Appends a line and its {@code \n}.
   *
   * @param line the line, without line end
   * @return this output
   */
  Output line(String line) {
    return print(line + "\n");
  }

  /**
   * Appends bytes, e.g. a binary document.
   *
   * @param bytes the bytes
   * @return this output
   */
  Output write(byte[] bytes) {
    try {
      (stream != null ? stream : buffer).write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Switches to streaming: what was buffered is written to the destination, and so is everything
   * after. Closing the returned stream has no effect; {@link Par} finishes the destination.
   *
   * @return a stream to the destination
   */
  OutputStream stream() {
    if (stream == null) {
      stream = destination.open();
      try {
        buffer.writeTo(stream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.reset();
    }
    return new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /**
   * Whether the command switched to streaming.
   *
   * @return true once {@link #stream()} was called
   */
  boolean streaming() {
    return stream != null;
  }

  /**
   * The buffered bytes (when not streaming).
   *
   * @return the bytes
   */
  byte[] bytes() {
    return buffer.toByteArray();
  }

  /**
   * The buffered text (when not streaming).
   *
   * @return the text
   */
  String text() {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
