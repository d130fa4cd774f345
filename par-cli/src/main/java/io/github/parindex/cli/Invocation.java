package io.github.parindex.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * What a running command gets: its checked command line, where to write, and how to read its
 * inputs.
 */
final class Invocation {
  private final Command command;
  private final CommandLine line;
  private final Inputs inputs;
  private final Output out;
  private final PrintStream err;

  /**
   * Creates the invocation.
   *
   * @param command the command
   * @param line its checked command line
   * @param inputs the inputs, relative to the working directory
   * @param err standard error
   * @param out where the command's output goes
   */
  Invocation(Command command, CommandLine line, Inputs inputs, PrintStream err, Output out) {
    this.out = out;
    this.command = command;
    this.line = line;
    this.inputs = inputs;
    this.err = err;
  }

  /**
   * The command being run.
   *
   * @return the command
   */
  Command command() {
    return command;
  }

  /**
   * The positional arguments.
   *
   * @return the arguments, in order
   */
  List<String> positionals() {
    return line.positionals();
  }

  /**
   * Whether a flag of the command is given.
   *
   * @param name the option's name, without {@code --}
   * @return true when given
   */
  boolean flag(String name) {
    return line.flag(name);
  }

  /**
   * The value of an option of the command.
   *
   * @param name the option's name, without {@code --}
   * @return the value, if given
   */
  Optional<String> value(String name) {
    return line.value(name);
  }

  /**
   * Every value of a repeatable option of the command.
   *
   * @param name the option's name, without {@code --}
   * @return the values, in order
   */
  List<String> values(String name) {
    return line.values(name);
  }

  /**
   * The output format.
   *
   * @return the format, one of the command's
   */
  OutputFormat format() {
    return line.format();
  }

  /**
   * The language of titles, names and headings: {@code vi} or {@code en}.
   *
   * @return the language
   */
  String lang() {
    return line.lang();
  }

  /**
   * Whether {@code --debug} is given.
   *
   * @return true when given
   */
  boolean debug() {
    return line.debug();
  }

  /**
   * Where the command writes its result.
   *
   * @return the output
   */
  Output out() {
    return out;
  }

  /**
   * Reads the input files.
   *
   * @return the inputs
   */
  Inputs inputs() {
    return inputs;
  }

  /**
   * A progress line for a long run, on standard error and only when that is a terminal.
   *
   * @return the progress line; close it when done
   */
  Progress progress() {
    return Progress.onStderr(err);
  }

  /**
   * Writes a warning line to standard error at once, e.g. that a methodology is incomplete.
   *
   * @param message the warning, one line
   */
  void warn(String message) {
    Utf8.write(err, "warning: " + Problems.oneLine(message) + "\n");
  }
}
