package io.github.parindex.cli;

import java.util.List;

/** The registered commands. */
final class Commands {
  private Commands() {}

  /**
   * Every command, in the order {@code par --help} lists them. To add a command, add one line here.
   * Each run of {@code par} parses into new instances: a command holds its parsed options.
   *
   * @return new instances of the commands
   */
  static List<ParCommand> all() {
    return List.of(
        new ValidateCommand(),
        new MethodologiesCommand(),
        new ScoreCommand(),
        new AssessCommand(),
        new DeficitsCommand(),
        new RankCommand(),
        new CompareCommand(),
        new RemediationCommand(),
        new ReportCommand(),
        new ProjectCommand(),
        new SimulateCommand(),
        new SheetCommand(),
        new ReadSheetCommand(),
        new CriteriaSheetCommand(),
        new ReadCriteriaSheetCommand(),
        new CompletionCommand());
  }
}
