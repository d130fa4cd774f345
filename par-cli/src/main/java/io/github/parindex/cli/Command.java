package io.github.parindex.cli;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code par} command, such as {@code validate}. A command declares its name, help, arguments,
 * options and output formats; {@link Par} parses and checks the command line against them, then
 * calls {@link #run(Invocation)}.
 *
 * <p>Every command also accepts the shared options {@code --format} (among {@link #formats()}),
 * {@code --out FILE}, {@code --lang vi|en}, {@code --debug} and {@code --help}; it lists only its
 * own options in {@link #options()} (use {@link Option#METHODOLOGY} for {@code --methodology}).
 *
 * <p>The contract of {@link #run(Invocation)}:
 *
 * <ul>
 *   <li>write the result to {@link Invocation#out()} (never to {@code System.out}): it goes to
 *       standard output or to {@code --out FILE} when the command succeeds, as UTF-8 with
 *       {@code \n} line ends;
 *   <li>on invalid input (a file with problems), throw a
 *       {@link io.github.parindex.model.ValidationException} whose problems name their file (use
 *       {@link Inputs}, which labels them): {@code par} prints each problem as
 *       {@code FILE: PATH: message} on <em>standard error</em>, discards the output and exits 2.
 *       Only {@code validate}, whose report <em>is</em> the list of problems, prints them to
 *       standard output itself and returns 2;
 *   <li>on a bad argument value, throw a {@link UsageException} (exit 2, with the usage line);
 *   <li>anything else that escapes is an internal error (exit 1, stack trace only with
 *       {@code --debug});
 *   <li>be deterministic: same inputs, same bytes, whatever the locale, time zone or platform (use
 *       {@link java.util.Locale#ROOT}, sort what has no natural order).
 * </ul>
 *
 * <p>To add a command: write one class implementing this interface and add one line to
 * {@link Commands#all()}.
 */
interface Command {
  /**
   * The name typed after {@code par}, e.g. {@code validate}.
   *
   * @return the name
   */
  String name();

  /**
   * What the command does, one short line for {@code par --help}.
   *
   * @return the summary
   */
  String summary();

  /**
   * A longer description for {@code par COMMAND --help}; lines end with {@code \n}.
   *
   * @return the description
   */
  String description();

  /**
   * The arguments that are not options.
   *
   * @return their arity
   */
  Positionals positionals();

  /**
   * The command's own options, in the order of its help; the shared ones are added by {@link Par}.
   *
   * @return the options
   */
  default List<Option> options() {
    return List.of();
  }

  /**
   * The output formats the command supports; the first is the default.
   *
   * @return the formats, {@code text} only by default
   */
  default Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT);
  }

  /**
   * Runs the command.
   *
   * @param invocation the checked command line, the output and the inputs
   * @return the exit code: {@link ExitCode#OK}, or {@link ExitCode#INVALID_INPUT} for a command
   *     such as {@code validate} that reports problems as its output
   * @throws IOException if an input or output fails in a way not reported as a problem (an internal
   *     error)
   */
  int run(Invocation invocation) throws IOException;
}
