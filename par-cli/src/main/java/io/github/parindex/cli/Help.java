package io.github.parindex.cli;

import java.util.List;
import java.util.stream.Collectors;

/** The help texts and usage lines, built from what the commands declare. */
final class Help {
  private static final String EXIT_CODES =
      "Exit status: 0 success, 2 invalid input, 1 internal error.\n";

  private Help() {}

  /**
   * The usage line of a command, e.g.
   * {@code usage: par validate [--methodology M] [--format text|json] ... FILE...}.
   *
   * @param command the command
   * @return the line, without its line end
   */
  static String usage(Command command) {
    StringBuilder line = new StringBuilder("usage: par ").append(command.name());
    for (Option o : CommandLine.optionsOf(command)) {
      if (o == Option.HELP) {
        continue;
      }
      String synopsis = o == Option.FORMAT ? "--format " + formats(command, "|") : o.synopsis();
      line.append(' ').append(o.required() ? synopsis : "[" + synopsis + "]");
      if (o.repeatable()) {
        line.append("...");
      }
    }
    if (!command.positionals().synopsis().isEmpty()) {
      line.append(' ').append(command.positionals().synopsis());
    }
    return line.toString();
  }

  /**
   * The usage line of {@code par} itself.
   *
   * @param commands the commands
   * @return the line, without its line end
   */
  static String usage(List<Command> commands) {
    return "usage: par COMMAND [options] [arguments]; commands: "
        + commands.stream().map(Command::name).collect(Collectors.joining(", "));
  }

  /**
   * The help of a command.
   *
   * @param command the command
   * @return the text, lines ending with {@code \n}
   */
  static String of(Command command) {
    StringBuilder text = new StringBuilder(usage(command)).append("\n\n");
    text.append(command.description());
    if (!command.description().endsWith("\n")) {
      text.append('\n');
    }
    text.append("\nOptions:\n");
    List<Option> options = CommandLine.optionsOf(command);
    int width = 0;
    for (Option o : options) {
      width = Math.max(width, left(command, o).length());
    }
    for (Option o : options) {
      String left = left(command, o);
      text.append("  ").append(left).append(" ".repeat(width - left.length() + 2))
          .append(description(command, o)).append('\n');
    }
    return text.append('\n').append(EXIT_CODES).toString();
  }

  /**
   * The help of {@code par}: what it is and its commands.
   *
   * @param version the version
   * @param commands the commands
   * @return the text, lines ending with {@code \n}
   */
  static String overview(String version, List<Command> commands) {
    StringBuilder text = new StringBuilder("par ").append(version)
        .append(": exact scoring of Vietnam's Public Administration Reform index (PAR INDEX)\n\n")
        .append("usage: par COMMAND [options] [arguments]\n")
        .append("       par --version\n\nCommands:\n");
    int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command c : commands) {
      text.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 2))
          .append(c.summary()).append('\n');
    }
    return text.append("\nRun 'par COMMAND --help' for the options of a command.\n")
        .append(EXIT_CODES).toString();
  }

  private static String left(Command command, Option o) {
    if (o == Option.HELP) {
      return "-h, --help";
    }
    return o == Option.FORMAT ? "--format FORMAT" : o.synopsis();
  }

  private static String description(Command command, Option o) {
    if (o == Option.FORMAT) {
      return "output format: " + formats(command, ", ") + " (default "
          + command.formats().iterator().next().id() + ")";
    }
    String d = o.description();
    if (o.required()) {
      d += " (required)";
    }
    if (o.repeatable()) {
      d += " (may be repeated)";
    }
    return d;
  }

  private static String formats(Command command, String separator) {
    return command.formats().stream().map(OutputFormat::id).collect(Collectors.joining(separator));
  }
}
