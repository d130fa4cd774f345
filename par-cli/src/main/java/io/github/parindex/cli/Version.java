package io.github.parindex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of par, written into {@code version.properties} by the build. */
final class Version {
  private static final String UNKNOWN = "(unknown version)";

  private Version() {}

  /**
   * The version, e.g. {@code 0.1.0}.
   *
   * @return the version, or {@code (unknown version)} when run from classes the build did not
   *     process (e.g. in an IDE)
   */
  static String get() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String version = p.getProperty("version", "");
      return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
