package io.github.parindex.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help texts and usage lines, rendered from what picocli knows of each command (its options in
 * the order declared, then the shared ones; its arguments; its header and description), in par's
 * own layout rather than picocli's, so that they read as they always have.
 */
final class Help {
  private static final String EXIT_CODES =
      "Exit status: 0 success, 2 invalid input, 1 internal error.\n";

  private Help() {}

  /**
   * A command's options in the order of its help: its own, then the shared ones.
   *
   * @param spec the command
   * @return the options
   */
  static List<OptionSpec> options(CommandSpec spec) {
    CommandSpec shared = spec.mixins().get("shared");
    Set<String> sharedNames = shared.options().stream().map(OptionSpec::longestName)
        .collect(Collectors.toSet());
    List<OptionSpec> all = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!sharedNames.contains(o.longestName())) {
        all.add(o);
      }
    }
    for (OptionSpec o : shared.options()) {
      all.add(spec.findOption(o.longestName()));
    }
    return all;
  }

  /**
   * How an option is written, e.g. {@code --out FILE}.
   *
   * @param o the option
   * @return the synopsis
   */
  static String synopsis(OptionSpec o) {
    return o.arity().max() == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
  }

  /**
   * Whether the command cannot run without the option (options of an exclusive group are checked as
   * a group).
   *
   * @param o the option
   * @return true when required on its own
   */
  static boolean required(OptionSpec o) {
    return o.required() && o.group() == null;
  }

  /**
   * How the arguments that are not options are written, e.g. {@code FILE...} or {@code A B}.
   *
   * @param spec the command
   * @return the synopsis; empty when the command takes none
   */
  static String positionals(CommandSpec spec) {
    List<String> parts = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      parts.add(p.paramLabel() + (p.isMultiValue() ? "..." : ""));
    }
    return String.join(" ", parts);
  }

  /**
   * The usage line of a command, e.g.
   * {@code usage: par validate [--methodology M] [--format text|json] ... FILE...}.
   *
   * @param line the command's command line
   * @return the line, without its line end
   */
  static String usage(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    ParCommand command = line.getCommand();
    StringBuilder text = new StringBuilder("usage: par ").append(spec.name());
    for (OptionSpec o : options(spec)) {
      if (o.usageHelp()) {
        continue;
      }
      String synopsis = o.longestName().equals("--format")
          ? "--format " + formats(command, "|") : synopsis(o);
      text.append(' ').append(required(o) ? synopsis : "[" + synopsis + "]");
      if (o.isMultiValue()) {
        text.append("...");
      }
    }
    String positionals = positionals(spec);
    if (!positionals.isEmpty()) {
      text.append(' ').append(positionals);
    }
    return text.toString();
  }

  /**
   * The usage line of {@code par} itself.
   *
   * @param root the command line of {@code par}
   * @return the line, without its line end
   */
  static String rootUsage(CommandLine root) {
    return "usage: par COMMAND [options] [arguments]; commands: "
        + String.join(", ", listed(root).keySet());
  }

  /**
   * The help of a command.
   *
   * @param line the command's command line
   * @return the text, lines ending with {@code \n}
   */
  static String of(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    ParCommand command = line.getCommand();
    String description = String.join("\n", spec.usageMessage().description());
    StringBuilder text = new StringBuilder(usage(line)).append("\n\n").append(description);
    if (!description.endsWith("\n")) {
      text.append('\n');
    }
    text.append("\nOptions:\n");
    List<OptionSpec> options = options(spec);
    int width = 0;
    for (OptionSpec o : options) {
      width = Math.max(width, left(o).length());
    }
    for (OptionSpec o : options) {
      String left = left(o);
      text.append("  ").append(left).append(" ".repeat(width - left.length() + 2))
          .append(description(command, o)).append('\n');
    }
    return text.append('\n').append(EXIT_CODES).toString();
  }

  /**
   * The help of {@code par}: what it is and its commands.
   *
   * @param version the version
   * @param root the command line of {@code par}
   * @return the text, lines ending with {@code \n}
   */
  static String overview(String version, CommandLine root) {
    StringBuilder text = new StringBuilder("par ").append(version)
        .append(": exact scoring of Vietnam's Public Administration Reform index (PAR INDEX)\n\n")
        .append("usage: par COMMAND [options] [arguments]\n")
        .append("       par --version\n\nCommands:\n");
    Map<String, CommandLine> listed = listed(root);
    int width = listed.keySet().stream().mapToInt(String::length).max().orElse(0);
    listed.forEach((name, line) -> text.append("  ").append(name)
        .append(" ".repeat(width - name.length() + 2))
        .append(line.getCommandSpec().usageMessage().header()[0]).append('\n'));
    return text.append("\nRun 'par COMMAND --help' for the options of a command.\n")
        .append(EXIT_CODES).toString();
  }

  /** The commands {@code par --help} lists: all but the hidden ones (generate-completion). */
  private static Map<String, CommandLine> listed(CommandLine root) {
    Map<String, CommandLine> listed = new LinkedHashMap<>();
    root.getSubcommands().forEach((name, line) -> {
      if (!line.getCommandSpec().usageMessage().hidden()) {
        listed.put(name, line);
      }
    });
    return listed;
  }

  private static String left(OptionSpec o) {
    if (o.usageHelp()) {
      return "-h, --help";
    }
    return o.longestName().equals("--format") ? "--format FORMAT" : synopsis(o);
  }

  private static String description(ParCommand command, OptionSpec o) {
    if (o.longestName().equals("--format")) {
      return "output format: " + formats(command, ", ") + " (default "
          + command.formats().iterator().next().id() + ")";
    }
    String d = String.join(" ", o.description());
    if (required(o)) {
      d += " (required)";
    }
    if (o.isMultiValue()) {
      d += " (may be repeated)";
    }
    return d;
  }

  private static String formats(ParCommand command, String separator) {
    return command.formats().stream().map(OutputFormat::id).collect(Collectors.joining(separator));
  }
}
