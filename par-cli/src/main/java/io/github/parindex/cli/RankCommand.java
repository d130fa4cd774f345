package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.RankingWriter;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par rank}: ranks units on their published indices, with ties sharing a rank, the gap to the
 * unit above, statistics, means per region and, given the previous year's submissions, rank changes.
 * A long list of submissions can be given in a file: {@code par rank @units.txt}.
 */
@Command(name = "rank", header = "rank units on their published indices", description = """
    Scores each submission (one per unit, one methodology and year) and ranks the units on
    their published indices: competition ranks (1, 2, 2, 4), ties listed by unit id, band,
    gap to the nearest unit above, mean, median, best and worst, and means per region.
    With --previous, the previous year's submissions give each unit's rank change.
    --format json adds the ranks per field (component indices); --format html writes a
    self-contained report with the bands coloured and a chart of every unit's index.
    """)
final class RankCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--previous", paramLabel = "S",
      description = "a submission of the previous year, for rank changes (repeat for each unit)")
  List<String> previous = new ArrayList<>();

  @Option(names = "--previous-methodology", paramLabel = "M", description = "the previous year's "
      + "methodology (default: the bundled one each previous submission names)")
  String previousMethodology;

  @Parameters(paramLabel = "SUBMISSION", arity = "1..*")
  List<String> submissions;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.HTML,
        OutputFormat.XLSX);
  }

  @Override
  int run() {
    List<Problem> problems = new ArrayList<>();
    List<Scorecard> cards = collect(new Scoring(inputs(), Optional.ofNullable(methodology)),
        submissions, problems);
    List<Scorecard> before = collect(new Scoring(inputs(),
        Optional.ofNullable(previousMethodology)), previous, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Ranking ranking;
    try {
      ranking = previous.isEmpty() ? Ranking.of(cards) : Ranking.of(cards, before);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    switch (format()) {
      case JSON -> out().print(RankingWriter.json(ranking));
      case CSV -> out().print(RankingWriter.csv(ranking));
      case HTML -> out().print(RankingHtml.render(ranking, Language.of(lang())));
      case XLSX -> TableXlsx.write(this, ranking.methodology().id(),
          List.of(RankingWriter.table(ranking, Language.of(lang()))));
      default -> out().print(RankingWriter.text(ranking, Language.of(lang())));
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
