package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.ComparisonWriter;
import io.github.parindex.model.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code par compare}: node-by-node differences between two submissions — a self-assessment and its
 * appraisal, one year and the next, or the same unit under two methodology versions.
 */
final class CompareCommand implements Command {
  static final Option SECOND_METHODOLOGY = Option.value("second-methodology", "M",
      "the methodology of B when it differs from A's (a file or a bundled id)");

  /** Creates the command. */
  CompareCommand() {}

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "node-by-node differences between two submissions";
  }

  @Override
  public String description() {
    return "Scores two submissions A and B and lists the nodes whose points, maximum or status\n"
        + "differ, with B − A and, for a changed leaf, B's explanation (why the appraiser moved it).\n"
        + "Nodes are matched by code, so two methodology versions can be compared: give B's with\n"
        + "--second-methodology; codes present on one side only are listed. --all lists every node.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.exactly(2, "A B");
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, SECOND_METHODOLOGY, ScoreCommand.ALL);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
  }

  @Override
  public int run(Invocation invocation) {
    Optional<String> first = invocation.value("methodology");
    Optional<String> second = invocation.value("second-methodology").or(() -> first);
    List<Problem> problems = new ArrayList<>();
    Scorecard a = score(new Scoring(invocation.inputs(), first), invocation.positionals().get(0),
        problems);
    Scorecard b = score(new Scoring(invocation.inputs(), second), invocation.positionals().get(1),
        problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Comparison c = Comparison.of(a, b);
    Language language = Language.of(invocation.lang());
    switch (invocation.format()) {
      case JSON -> invocation.out().print(ComparisonWriter.json(c));
      case CSV -> invocation.out().print(ComparisonWriter.csv(c, language));
      default -> invocation.out().print(ComparisonWriter.text(c, language,
          invocation.flag("all")));
    }
    return ExitCode.OK;
  }

  private static Scorecard score(Scoring scoring, String file, List<Problem> problems) {
    try {
      return scoring.score(file);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
