package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.report.DeficitsWriter;
import io.github.parindex.scoring.Deficits;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par deficits}: the leaves and unitemised remainders that lost points, largest first, with
 * their share of all points lost, grouped by field and by lead agency.
 */
@Command(name = "deficits", header = "points lost, largest first, by field and by lead agency",
    description = """
    Scores a submission and lists every leaf and unitemised remainder that lost points (and
    every penalty incurred), largest first, with each one's share of all points lost and its
    lead agency; then the same points grouped by field and by lead agency. The total is the
    number of points recoverable to full marks. Parts whose points are unknown are left out.
    """)
final class DeficitsCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S", required = true,
      description = "the submission file")
  String submission;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV,
        OutputFormat.XLSX);
  }

  @Override
  int run() {
    Deficits deficits = Deficits.of(new Scoring(inputs(), Optional.ofNullable(methodology))
        .score(submission));
    Language language = Language.of(lang());
    switch (format()) {
      case JSON -> out().print(DeficitsWriter.json(deficits));
      case CSV -> out().print(DeficitsWriter.csv(deficits, language));
      case XLSX -> TableXlsx.write(this, deficits.scorecard().unit().id(),
          List.of(DeficitsWriter.table(deficits, language)));
      default -> out().print(DeficitsWriter.text(deficits, language));
    }
    return ExitCode.OK;
  }
}
