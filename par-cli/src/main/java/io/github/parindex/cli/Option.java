package io.github.parindex.cli;

import java.util.Objects;

/**
 * One {@code --name} option of a command: a flag, or an option taking a value written
 * {@code --name value} or {@code --name=value}.
 *
 * @param name the long name, without the leading {@code --}
 * @param valueName the value's placeholder in help (e.g. {@code FILE}), or {@code null} for a flag
 * @param description what the option does, one line
 * @param required whether the command cannot run without it
 * @param repeatable whether it may be given more than once
 */
record Option(String name, String valueName, String description, boolean required,
    boolean repeatable) {

  /** {@code --format}: shared by every command; its values are the command's formats. */
  static final Option FORMAT = value("format", "FORMAT", "output format");
  /** {@code --out FILE}: shared by every command. */
  static final Option OUT =
      value("out", "FILE", "write the output to FILE instead of standard output");
  /** {@code --lang vi|en}: shared by every command. */
  static final Option LANG = value("lang", "vi|en",
      "language of titles, names and table headings (default vi)");
  /** {@code --debug}: shared by every command. */
  static final Option DEBUG = flag("debug", "print the stack trace of an internal error");
  /** {@code --help}, also {@code -h}: shared by every command. */
  static final Option HELP = flag("help", "show this help");
  /**
   * {@code --methodology M}: a methodology file, or the id of a bundled one. Optional as declared
   * here; a command that needs it lists {@code METHODOLOGY.asRequired()}.
   */
  static final Option METHODOLOGY = value("methodology", "M",
      "a methodology file, or the id of a bundled methodology (see 'par methodologies')");

  /**
   * Checks the components.
   *
   * @param name the long name, without the leading {@code --}
   * @param valueName the value's placeholder, or {@code null} for a flag
   * @param description what the option does
   * @param required whether the command cannot run without it
   * @param repeatable whether it may be given more than once
   */
  Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("bad option name: " + name);
    }
    if (valueName == null && required) {
      throw new IllegalArgumentException("a flag cannot be required: " + name);
    }
  }

  /**
   * A flag, such as {@code --debug}.
   *
   * @param name the long name
   * @param description what it does
   * @return the option
   */
  static Option flag(String name, String description) {
    return new Option(name, null, description, false, false);
  }

  /**
   * An optional option taking one value, given at most once.
   *
   * @param name the long name
   * @param valueName the value's placeholder, e.g. {@code FILE}
   * @param description what it does
   * @return the option
   */
  static Option value(String name, String valueName, String description) {
    return new Option(name, valueName, description, false, false);
  }

  /**
   * This option, required.
   *
   * @return a required copy
   */
  Option asRequired() {
    return new Option(name, valueName, description, true, repeatable);
  }

  /**
   * This option, allowed more than once.
   *
   * @return a repeatable copy
   */
  Option asRepeatable() {
    return new Option(name, valueName, description, required, true);
  }

  /**
   * Whether the option takes a value.
   *
   * @return false for a flag
   */
  boolean takesValue() {
    return valueName != null;
  }

  /**
   * How the option is written, e.g. {@code --out FILE}.
   *
   * @return the synopsis
   */
  String synopsis() {
    return takesValue() ? "--" + name + " " + valueName : "--" + name;
  }
}
