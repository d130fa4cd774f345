package io.github.parindex.cli;

import io.github.parindex.model.Submission;
import io.github.parindex.rules.PreparedRules;
import java.util.List;

/**
 * A test-only command shaped like the future {@code score}: it needs {@code --methodology M} and
 * {@code --submission S}, reads them through {@link Inputs}, and prints one line. It shows that a
 * command written against the framework reports input problems on standard error.
 */
final class TestScoreCommand implements Command {
  @Override
  public String name() {
    return "test-score";
  }

  @Override
  public String summary() {
    return "a stand-in for score";
  }

  @Override
  public String description() {
    return "Reads a methodology and a submission.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY.asRequired(),
        Option.value("submission", "S", "the submission file").asRequired());
  }

  @Override
  public int run(Invocation invocation) {
    Inputs inputs = invocation.inputs();
    PreparedRules rules = inputs.prepare(invocation.value("methodology").orElseThrow());
    Submission s = inputs.submission(invocation.value("submission").orElseThrow(), rules);
    invocation.out().line(s.unit().id() + " " + rules.methodology().id() + " "
        + s.observations().size());
    return ExitCode.OK;
  }
}
