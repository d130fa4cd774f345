package io.github.parindex.cli;

import io.github.parindex.model.Submission;
import io.github.parindex.rules.PreparedRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A test-only command shaped like {@code score}: it needs {@code --methodology M} and
 * {@code --submission S}, reads them through {@link Inputs}, and prints one line. It shows that a
 * command written against the framework reports input problems on standard error.
 */
@Command(name = "test-score", header = "a stand-in for score",
    description = "Reads a methodology and a submission.\n")
final class TestScoreCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true, description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S", required = true,
      description = "the submission file")
  String submission;

  @Override
  int run() {
    PreparedRules rules = inputs().prepare(methodology);
    Submission s = inputs().submission(submission, rules);
    out().line(s.unit().id() + " " + rules.methodology().id() + " " + s.observations().size());
    return ExitCode.OK;
  }
}
