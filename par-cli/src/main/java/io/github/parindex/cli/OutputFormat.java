package io.github.parindex.cli;

import java.util.Optional;

/** The output formats a command may support, chosen with {@code --format}. */
enum OutputFormat {
  /** A readable report or table; the default. */
  TEXT("text"),
  /** JSON, for programs. */
  JSON("json"),
  /** CSV with a header row and RFC 4180 quoting. */
  CSV("csv"),
  /** A standalone HTML page. */
  HTML("html"),
  /** An Excel workbook (binary: written only to {@code --out FILE}). */
  XLSX("xlsx");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  /**
   * The name used on the command line.
   *
   * @return the name, e.g. {@code json}
   */
  String id() {
    return id;
  }

  /**
   * The format of a command-line name.
   *
   * @param id the name
   * @return the format, if there is one of that name
   */
  static Optional<OutputFormat> byId(String id) {
    for (OutputFormat f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
