package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for one browser test class, with its own temporary profile: started once, or the
 * reason the class is skipped (Chromium missing) — a failure instead when the system property
 * {@code par.browser.required} is {@code true}.
 */
final class BrowserSession implements AutoCloseable {
  private final Chromium browser;
  private final Path profile;
  private final String skipped;

  private BrowserSession(Chromium browser, Path profile, String skipped) {
    this.browser = browser;
    this.profile = profile;
    this.skipped = skipped;
  }

  /**
   * Starts the browser, or notes why the tests are skipped.
   *
   * @param what what the tests check, for the message, e.g. "the browser test of the HTML reports"
   * @return the session
   * @throws IOException if Chromium is found but does not start
   */
  static BrowserSession start(String what) throws IOException {
    Optional<Path> executable = Chromium.find();
    if (executable.isEmpty()) {
      String message = "Chromium not found (looked at -Dpar.chromium, chromium, chromium-browser "
          + "and google-chrome on the PATH, and /usr/bin/chromium)";
      if (Boolean.getBoolean("par.browser.required")) {
        fail(message + ", and -Dpar.browser.required=true");
      }
      String skipped = message + ": " + what + " is SKIPPED. Install Chromium (Debian: apt-get "
          + "install chromium) to run it; -Dpar.browser.required=true makes a missing browser a "
          + "failure.";
      System.out.println("[WARNING] " + skipped);
      return new BrowserSession(null, null, skipped);
    }
    Path profile = Files.createTempDirectory("par-chromium-");
    return new BrowserSession(Chromium.start(executable.get(), profile), profile, null);
  }

  /** Skips the calling test when the browser did not start. */
  void assumeStarted() {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
  }

  /**
   * The browser.
   *
   * @return the browser, or {@code null} when skipped
   */
  Chromium browser() {
    return browser;
  }

  @Override
  public void close() {
    if (browser != null) {
      browser.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // A profile left in the temporary directory does no harm.
      }
    }
  }
}
