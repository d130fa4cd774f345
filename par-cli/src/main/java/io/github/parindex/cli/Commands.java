package io.github.parindex.cli;

import java.util.List;
import java.util.Optional;

/** The registered commands. */
final class Commands {
  private Commands() {}

  /**
   * Every command, in the order {@code par --help} lists them. To add a command, add one line here.
   *
   * @return new instances of the commands
   */
  static List<Command> all() {
    return List.of(
        new ValidateCommand(),
        new MethodologiesCommand());
  }

  /**
   * A command by name.
   *
   * @param name the name typed after {@code par}
   * @return the command, if there is one of that name
   */
  static Optional<Command> find(String name) {
    return all().stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
