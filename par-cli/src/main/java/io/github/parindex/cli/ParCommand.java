package io.github.parindex.cli;

import io.github.parindex.model.io.internal.CodePoints;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.Syntax;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;

/**
 * One {@code par} command, such as {@code validate}: a class annotated with picocli's
 * {@code @Command(name, header = summary, description)} whose fields are its typed options
 * ({@code @Option}) and arguments ({@code @Parameters}); the shared options come from
 * {@link SharedOptions}. {@link Par} parses the command line into a fresh instance, checks
 * {@code --format} against {@link #formats()}, then calls {@link #run()}.
 *
 * <p>The contract of {@link #run()}:
 *
 * <ul>
 *   <li>write the result to {@link #out()} (never to {@code System.out}): it goes to standard output
 *       or to {@code --out FILE} when the command succeeds, as UTF-8 with {@code \n} line ends;
 *   <li>on invalid input (a file with problems), throw a
 *       {@link io.github.parindex.model.ValidationException} whose problems name their file (use
 *       {@link #inputs()}, which labels them): {@code par} prints each problem as
 *       {@code FILE: PATH: message} on <em>standard error</em>, discards the output and exits 2.
 *       Only {@code validate}, whose report <em>is</em> the list of problems, prints them to
 *       standard output itself and returns 2;
 *   <li>on a bad combination of arguments, throw a {@link UsageException} (exit 2, with the usage
 *       line); a bad single value is refused while parsing, by the option's converter
 *       ({@link Values});
 *   <li>anything else that escapes is an internal error (exit 1, stack trace only with
 *       {@code --debug});
 *   <li>be deterministic: same inputs, same bytes, whatever the locale, time zone or platform.
 * </ul>
 *
 * <p>To add a command: write one subclass and add its constructor to {@link Commands#all()}.
 */
abstract class ParCommand {
  /** The description of {@code --methodology M}, the same in every command. */
  static final String METHODOLOGY =
      "a methodology file, or the id of a bundled methodology (see 'par methodologies')";

  @Mixin SharedOptions shared;

  private Inputs inputs;
  private Output out;
  private PrintStream err;
  private OutputFormat format;
  private String lang;

  /**
   * The output formats the command supports; the first is the default.
   *
   * @return the formats, {@code text} only by default
   */
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT);
  }

  /**
   * The message for a misuse of the command's exclusive option group, if it has one.
   *
   * @return the message, or {@code null} when the command has no group
   */
  String groupMessage() {
    return null;
  }

  /**
   * Runs the command.
   *
   * @return the exit code: {@link ExitCode#OK}, or {@link ExitCode#INVALID_INPUT} for a command
   *     such as {@code validate} that reports problems as its output
   * @throws IOException if an input or output fails in a way not reported as a problem
   */
  abstract int run() throws IOException;

  /**
   * Checks the shared options and gives the command what it reads with; called by {@link Par} once
   * the line is parsed.
   *
   * @param inputs reads the input files
   * @param err standard error
   * @throws UsageException if {@code --format} or {@code --lang} is not one of the command's
   */
  final void prepare(Inputs inputs, PrintStream err) {
    this.format = shared.format(formats());
    this.lang = shared.lang();
    this.inputs = inputs;
    this.err = err;
  }

  /**
   * Gives the command where it writes; called by {@link Par} after {@link #prepare}.
   *
   * @param out where the result goes
   */
  final void writeTo(Output out) {
    this.out = out;
  }

  /**
   * Reads the input files.
   *
   * @return the inputs
   */
  final Inputs inputs() {
    return inputs;
  }

  /**
   * Where the command writes its result.
   *
   * @return the output
   */
  final Output out() {
    return out;
  }

  /**
   * The output format.
   *
   * @return the format, one of {@link #formats()}
   */
  final OutputFormat format() {
    return format;
  }

  /**
   * The language of titles, names and headings: {@code vi} or {@code en}.
   *
   * @return the language
   */
  final String lang() {
    return lang;
  }

  /**
   * The {@code --out} file as typed.
   *
   * @return the file, or {@code null} for standard output
   */
  final String outFile() {
    return shared.out;
  }

  /**
   * A progress line for a long run, on standard error and only when that is a terminal.
   *
   * @return the progress line; close it when done
   */
  final Progress progress() {
    return Progress.onStderr(err);
  }

  /**
   * A JSON document written by {@link Emitter} (two-space indents, {@code \n} line ends), without
   * a final line end.
   *
   * @param body writes the document
   * @return the text
   */
  static String json(Consumer<Emitter> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter emitter = Emitter.open(bytes, Syntax.JSON)) {
      body.accept(emitter);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a warning line to standard error at once, e.g. that a methodology is incomplete.
   *
   * @param message the warning, one line
   */
  final void warn(String message) {
    Utf8.write(err, "warning: " + CodePoints.terminalSafeLine(Problems.oneLine(message)) + "\n");
  }
}
