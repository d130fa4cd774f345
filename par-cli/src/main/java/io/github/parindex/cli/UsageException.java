package io.github.parindex.cli;

/**
 * A command line that cannot be run: an unknown command or option, a missing or malformed argument.
 * {@code par} prints the message and the usage line, and exits with {@link ExitCode#INVALID_INPUT}.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, e.g. {@code unknown option --frob}
   */
  UsageException(String message) {
    super(message, null, false, false);
  }
}
