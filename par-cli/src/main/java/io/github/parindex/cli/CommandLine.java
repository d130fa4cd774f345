package io.github.parindex.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command's arguments, parsed and checked against what the command declares.
 *
 * <p>Syntax: {@code --name value} or {@code --name=value} for an option with a value,
 * {@code --name} for a flag, {@code -h} for {@code --help}; {@code --} ends the options (later
 * arguments are positional even if they start with {@code -}); a lone {@code -} is positional. A
 * value cannot start with {@code --} unless written {@code --name=value}.
 */
final class CommandLine {
  /** The languages of {@code --lang}. */
  static final Set<String> LANGUAGES = Set.of("vi", "en");

  private final List<String> positionals;
  private final Map<String, List<String>> options;
  private final OutputFormat format;
  private final String lang;

  private CommandLine(List<String> positionals, Map<String, List<String>> options,
      OutputFormat format, String lang) {
    this.positionals = List.copyOf(positionals);
    this.options = options;
    this.format = format;
    this.lang = lang;
  }

  /**
   * Every option a command accepts: its own, then the shared ones.
   *
   * @param command the command
   * @return the options, in the order of its help
   */
  static List<Option> optionsOf(Command command) {
    List<Option> all = new ArrayList<>(command.options());
    all.addAll(List.of(Option.FORMAT, Option.OUT, Option.LANG, Option.DEBUG, Option.HELP));
    return all;
  }

  /**
   * Whether the arguments ask for help ({@code --help} or {@code -h} before any {@code --}).
   *
   * @param args the arguments after the command name
   * @return true when help is asked for
   */
  static boolean asksForHelp(List<String> args) {
    return hasFlag(args, "--help") || hasFlag(args, "-h");
  }

  /**
   * Whether a flag appears before any {@code --}.
   *
   * @param args the arguments
   * @param flag the flag as written, e.g. {@code --debug}
   * @return true when present
   */
  static boolean hasFlag(List<String> args, String flag) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals(flag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses and checks a command's arguments.
   *
   * @param command the command
   * @param args the arguments after the command name
   * @return the command line
   * @throws UsageException if an option is unknown, repeated, missing its value or required, if a
   *     value is not allowed, or if there are too few or too many positional arguments
   */
  static CommandLine parse(Command command, List<String> args) {
    Map<String, Option> known = new LinkedHashMap<>();
    optionsOf(command).forEach(o -> known.put(o.name(), o));
    Map<String, List<String>> given = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean onlyPositionals = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositionals || arg.equals("-") || !arg.startsWith("-")) {
        positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositionals = true;
        continue;
      }
      if (arg.equals("-h")) {
        arg = "--help";
      }
      if (!arg.startsWith("--")) {
        throw new UsageException("unknown option " + arg);
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      Option option = known.get(name);
      if (option == null) {
        throw new UsageException("unknown option --" + name);
      }
      String value = eq < 0 ? null : arg.substring(eq + 1);
      if (!option.takesValue()) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value");
        }
        given.computeIfAbsent(name, k -> new ArrayList<>()).add("");
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException("option --" + name + " needs a value (" + option.valueName()
              + ")");
        }
        value = args.get(++i);
      }
      if (value.isEmpty()) {
        throw new UsageException("option --" + name + " needs a value (" + option.valueName()
            + ")");
      }
      List<String> values = given.computeIfAbsent(name, k -> new ArrayList<>());
      if (!values.isEmpty() && !option.repeatable()) {
        throw new UsageException("option --" + name + " is given more than once");
      }
      values.add(value);
    }
    for (Option o : known.values()) {
      if (o.required() && !given.containsKey(o.name())) {
        throw new UsageException("missing " + o.synopsis());
      }
    }
    Positionals arity = command.positionals();
    if (positionals.size() < arity.min()) {
      throw new UsageException("missing " + (arity.synopsis().isEmpty() ? "arguments"
          : arity.synopsis()));
    }
    if (positionals.size() > arity.max()) {
      throw new UsageException("unexpected argument '" + positionals.get(arity.max()) + "'");
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    given.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new CommandLine(positionals, frozen, format(command, first(given, "format")),
        lang(first(given, "lang")));
  }

  private static String first(Map<String, List<String>> given, String name) {
    List<String> values = given.get(name);
    return values == null ? null : values.get(0);
  }

  private static OutputFormat format(Command command, String value) {
    Set<OutputFormat> supported = command.formats();
    if (value == null) {
      return supported.iterator().next();
    }
    String names = supported.stream().map(OutputFormat::id).collect(Collectors.joining(", "));
    Optional<OutputFormat> format = OutputFormat.byId(value.toLowerCase(Locale.ROOT));
    if (format.isEmpty()) {
      throw new UsageException("unknown format '" + value + "'; use one of: " + names);
    }
    if (!supported.contains(format.get())) {
      throw new UsageException("--format " + format.get().id()
          + " is not supported here; use one of: " + names);
    }
    return format.get();
  }

  private static String lang(String value) {
    if (value == null) {
      return "vi";
    }
    String lang = value.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new UsageException("unknown language '" + value + "'; use vi or en");
    }
    return lang;
  }

  /**
   * The positional arguments, in order.
   *
   * @return the arguments
   */
  List<String> positionals() {
    return positionals;
  }

  /**
   * Whether a flag is given.
   *
   * @param name the option's name, without {@code --}
   * @return true when given
   */
  boolean flag(String name) {
    return options.containsKey(name);
  }

  /**
   * The value of an option given at most once.
   *
   * @param name the option's name, without {@code --}
   * @return the value, if given
   */
  Optional<String> value(String name) {
    List<String> values = options.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every value of a repeatable option, in order.
   *
   * @param name the option's name, without {@code --}
   * @return the values; empty when not given
   */
  List<String> values(String name) {
    return options.getOrDefault(name, List.of());
  }

  /**
   * The output format: {@code --format}, or the command's default.
   *
   * @return the format
   */
  OutputFormat format() {
    return format;
  }

  /**
   * The language: {@code vi} (default) or {@code en}.
   *
   * @return the language
   */
  String lang() {
    return lang;
  }

  /**
   * Whether {@code --debug} is given.
   *
   * @return true when given
   */
  boolean debug() {
    return flag("debug");
  }

  /**
   * The output file of {@code --out}.
   *
   * @return the file as typed, if given
   */
  Optional<String> out() {
    return value("out");
  }
}
