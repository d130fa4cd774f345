package io.github.parindex.cli;

import io.github.parindex.model.Methodology;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a methodology named on the command line comes from: a file, or the methodologies bundled
 * with par. Problems of a bundled methodology are reported under the name {@code bundled:ID}.
 *
 * @param label the name problems are reported under: the file as typed, or {@code bundled:ID}
 * @param file the file, or {@code null} for a bundled methodology
 * @param bundled the bundled methodology, or {@code null} for a file
 */
record MethodologySource(String label, Path file, Methodology bundled) {
  /** The prefix of a bundled methodology's label. */
  static final String BUNDLED = "bundled:";

  /**
   * Checks that exactly one of file and bundled is given.
   *
   * @param label the name problems are reported under
   * @param file the file, or {@code null}
   * @param bundled the bundled methodology, or {@code null}
   */
  MethodologySource {
    Objects.requireNonNull(label, "label");
    if ((file == null) == (bundled == null)) {
      throw new IllegalArgumentException("a methodology comes from a file or is bundled");
    }
  }

  /**
   * A methodology file.
   *
   * @param label the file as typed
   * @param file the resolved file
   * @return the source
   */
  static MethodologySource file(String label, Path file) {
    return new MethodologySource(label, file, null);
  }

  /**
   * A bundled methodology.
   *
   * @param methodology the methodology
   * @return the source
   */
  static MethodologySource bundled(Methodology methodology) {
    return new MethodologySource(BUNDLED + methodology.id(), null, methodology);
  }

  /**
   * A key equal for the same file, however it was typed, or for the same bundled methodology.
   *
   * @return the key
   */
  String key() {
    return file != null ? "file:" + file.toAbsolutePath().normalize() : label;
  }
}
