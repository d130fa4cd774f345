package io.github.parindex.cli;

/** The exit codes of {@code par}: the same for every command. */
final class ExitCode {
  /** Success. */
  static final int OK = 0;
  /** An internal error: a bug, or a broken installation. */
  static final int INTERNAL_ERROR = 1;
  /** Invalid input: a bad command line, or a file with problems. */
  static final int INVALID_INPUT = 2;

  private ExitCode() {}
}
