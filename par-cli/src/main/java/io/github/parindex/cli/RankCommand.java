package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.RankingWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code par rank}: ranks units on their published indices, with ties sharing a rank, the gap to the
 * unit above, statistics, means per region and, given the previous year's submissions, rank changes.
 */
final class RankCommand implements Command {
  static final Option PREVIOUS = Option.value("previous", "S",
      "a submission of the previous year, for rank changes (repeat for each unit)").asRepeatable();
  static final Option PREVIOUS_METHODOLOGY = Option.value("previous-methodology", "M",
      "the previous year's methodology (default: the bundled one each previous submission names)");

  /** Creates the command. */
  RankCommand() {}

  @Override
  public String name() {
    return "rank";
  }

  @Override
  public String summary() {
    return "rank units on their published indices";
  }

  @Override
  public String description() {
    return "Scores each submission (one per unit, one methodology and year) and ranks the units on\n"
        + "their published indices: competition ranks (1, 2, 2, 4), ties listed by unit id, band,\n"
        + "gap to the nearest unit above, mean, median, best and worst, and means per region.\n"
        + "With --previous, the previous year's submissions give each unit's rank change.\n"
        + "--format json adds the ranks per field (component indices); --format html writes a\n"
        + "self-contained report with the bands coloured and a chart of every unit's index.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.atLeast(1, "SUBMISSION...");
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, PREVIOUS, PREVIOUS_METHODOLOGY);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.HTML);
  }

  @Override
  public int run(Invocation invocation) {
    List<Problem> problems = new ArrayList<>();
    List<Scorecard> cards = collect(new Scoring(invocation.inputs(),
        invocation.value("methodology")), invocation.positionals(), problems);
    List<String> previousFiles = invocation.values("previous");
    Optional<String> previousMethodology = invocation.value("previous-methodology");
    List<Scorecard> previous = collect(new Scoring(invocation.inputs(), previousMethodology),
        previousFiles, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Ranking ranking;
    try {
      ranking = previousFiles.isEmpty() ? Ranking.of(cards) : Ranking.of(cards, previous);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    switch (invocation.format()) {
      case JSON -> invocation.out().print(RankingWriter.json(ranking));
      case CSV -> invocation.out().print(RankingWriter.csv(ranking));
      case HTML -> invocation.out().print(RankingHtml.render(ranking,
          Language.of(invocation.lang())));
      default -> invocation.out().print(RankingWriter.text(ranking,
          Language.of(invocation.lang())));
    }
    return ExitCode.OK;
  }

  private static List<Scorecard> collect(Scoring scoring, List<String> files,
      List<Problem> problems) {
    try {
      return scoring.scoreAll(files);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return List.of();
    }
  }
}
