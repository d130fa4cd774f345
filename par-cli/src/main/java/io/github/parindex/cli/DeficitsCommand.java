package io.github.parindex.cli;

import io.github.parindex.scoring.Deficits;
import io.github.parindex.report.DeficitsWriter;
import io.github.parindex.model.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code par deficits}: the leaves and unitemised remainders that lost points, largest first, with
 * their share of all points lost, grouped by field and by lead agency.
 */
final class DeficitsCommand implements Command {
  /** Creates the command. */
  DeficitsCommand() {}

  @Override
  public String name() {
    return "deficits";
  }

  @Override
  public String summary() {
    return "points lost, largest first, by field and by lead agency";
  }

  @Override
  public String description() {
    return "Scores a submission and lists every leaf and unitemised remainder that lost points (and\n"
        + "every penalty incurred), largest first, with each one's share of all points lost and its\n"
        + "lead agency; then the same points grouped by field and by lead agency. The total is the\n"
        + "number of points recoverable to full marks. Parts whose points are unknown are left out.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, ScoreCommand.SUBMISSION);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
  }

  @Override
  public int run(Invocation invocation) {
    Deficits deficits = Deficits.of(new Scoring(invocation.inputs(),
        invocation.value("methodology")).score(invocation.value("submission").orElseThrow()));
    Language language = Language.of(invocation.lang());
    switch (invocation.format()) {
      case JSON -> invocation.out().print(DeficitsWriter.json(deficits));
      case CSV -> invocation.out().print(DeficitsWriter.csv(deficits, language));
      default -> invocation.out().print(DeficitsWriter.text(deficits, language));
    }
    return ExitCode.OK;
  }
}
