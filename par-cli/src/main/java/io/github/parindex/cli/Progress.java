package io.github.parindex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for a long run — batch scoring, simulations — rewritten in place
 * ({@code \r}) at most ten times a second: {@code scoring 4,200 / 10,000 (42 %)}. It is shown only
 * when standard error is a terminal, so that logs, pipes and tests stay clean and output stays
 * deterministic; otherwise every method does nothing. Standard output is never touched.
 *
 * <pre>{@code
 * try (Progress progress = invocation.progress()) {
 *   progress.start("scoring", submissions);
 *   for (...) {
 *     ...
 *     progress.step();
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: report from the thread that runs the command.
 */
final class Progress implements AutoCloseable {
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintStream err;
  private final boolean shown;
  private final LongSupplier clock;
  private String label = "";
  private long total = -1;
  private long done;
  private long lastDrawn = Long.MIN_VALUE;
  private int width;

  /**
   * A progress line.
   *
   * @param err where it is drawn
   * @param shown whether it is drawn at all
   * @param clock the time in nanoseconds (e.g. {@link System#nanoTime})
   */
  Progress(PrintStream err, boolean shown, LongSupplier clock) {
    this.err = err;
    this.shown = shown;
    this.clock = clock;
  }

  /**
   * A progress line on standard error, shown only when it is the process's standard error and a
   * terminal.
   *
   * @param err the command's standard error
   * @return the progress line
   */
  static Progress onStderr(PrintStream err) {
    return new Progress(err, err == System.err && stderrIsTerminal(), System::nanoTime);
  }

  /**
   * A progress line that shows nothing.
   *
   * @return the progress line
   */
  static Progress quiet() {
    return new Progress(null, false, System::nanoTime);
  }

  /**
   * Whether the process's standard error is a terminal. On Linux, {@code /proc/self/fd/2} names the
   * terminal device; elsewhere, whether the JVM has a console.
   *
   * @return true for a terminal
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Whether anything is drawn.
   *
   * @return true when standard error is a terminal
   */
  boolean shown() {
    return shown;
  }

  /**
   * Starts a phase.
   *
   * @param label what is being done, e.g. {@code checking}
   * @param total how many steps, or -1 when not known
   */
  void start(String label, long total) {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.lastDrawn = Long.MIN_VALUE;
    draw(true);
  }

  /** One more step done. */
  void step() {
    advance(1);
  }

  /**
   * Steps done.
   *
   * @param steps how many more
   */
  void advance(long steps) {
    done += steps;
    draw(done == total);
  }

  /**
   * The line as it is drawn now.
   *
   * @return e.g. {@code scoring 4,200 / 10,000 (42 %)}
   */
  String text() {
    String count = String.format(Locale.ROOT, "%,d", done);
    if (total < 0) {
      return label + " " + count;
    }
    long percent = total == 0 ? 100 : done * 100 / total;
    return label + " " + count + " / " + String.format(Locale.ROOT, "%,d", total) + " ("
        + percent + " %)";
  }

  private void draw(boolean force) {
    if (!shown) {
      return;
    }
    long now = clock.getAsLong();
    if (!force && lastDrawn != Long.MIN_VALUE && now - lastDrawn < INTERVAL_NANOS) {
      return;
    }
    lastDrawn = now;
    String text = text();
    write("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    width = text.length();
  }

  /** Erases the line, leaving standard error as it was. */
  @Override
  public void close() {
    if (shown && width > 0) {
      write("\r" + " ".repeat(width) + "\r");
      width = 0;
    }
  }

  private void write(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    err.write(bytes, 0, bytes.length);
    err.flush();
  }
}
