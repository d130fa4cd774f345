package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.report.ScorecardCsv;
import io.github.parindex.report.ScorecardHtml;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.ScorecardText;
import io.github.parindex.scoring.Scorecard;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par score}: scores one submission and prints its scorecard — a readable report (fields,
 * largest deficits, reconciliation, alerts, warnings), {@code par-scorecard/1} JSON, CSV with a row
 * per node, HTML or a workbook — or, with {@code --batch}, many submissions ({@link BatchScoring}).
 */
@Command(name = "score", header = "score a submission: the scorecard with traces", description = """
    Scores a submission against its methodology (--methodology, or the bundled methodology
    whose id the submission names) and prints the scorecard: for every node its points,
    maximum, applicable maximum, deficit, percent and status; the total, index and band;
    alerts; the reconciliation of reported figures; and warnings. --format json writes the
    par-scorecard/1 document with the trace of every point; csv writes one row per node;
    html a self-contained report with a chart (works offline, prints on A4); xlsx a workbook
    (needs --out; see docs/excel.md).
    With --batch FILE instead of --submission, scores every submission of FILE with
    --methodology M, checking them all first: csv writes one row per unit (unit, points,
    applicableMax, index, band and the points of each top-level node), json one scorecard
    per line (JSON Lines), text one line per unit. --detail summary|leaves shapes each JSON
    scorecard for programs that need less than the whole trace.
    """)
final class ScoreCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S",
      description = "the submission file (or --batch)")
  String submission;

  @Option(names = "--batch", paramLabel = "FILE", description = "score many submissions instead: "
      + "a JSON Lines file (one submission per line) or a folder of submission files")
  String batch;

  @Option(names = "--all", description = "list every node, not only the top-level ones")
  boolean all;

  @Option(names = "--top", paramLabel = "N", converter = Values.Top.class,
      description = "how many of the largest deficits the text report lists (default 10; 0 for none)")
  Integer top;

  @Option(names = "--detail", paramLabel = "LEVEL", converter = Values.DetailLevel.class,
      description = "with --format json: summary, leaves or full (default full; docs/formats.md)")
  ScorecardJson.Detail detail;

  @Option(names = "--self", paramLabel = "S",
      description = "with --format xlsx: the self-assessment to show beside the submission's points")
  String self;

  /**
   * The level of detail of a JSON scorecard: {@code --detail}, or the whole document.
   *
   * @return the level
   */
  ScorecardJson.Detail detail() {
    return detail == null ? ScorecardJson.Detail.FULL : detail;
  }

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.HTML,
        OutputFormat.XLSX);
  }

  @Override
  int run() throws IOException {
    if (detail != null && format() != OutputFormat.JSON) {
      throw new UsageException("--detail shapes the JSON scorecard: use it with --format json");
    }
    if (batch != null) {
      return new BatchScoring(this).run();
    }
    if (submission == null) {
      throw new UsageException("missing --submission S (or --batch FILE)");
    }
    if (format() == OutputFormat.XLSX) {
      Sheets.requireOut(this);
    } else if (self != null) {
      throw new UsageException("--self is used only with --format xlsx");
    }
    Scoring scoring = new Scoring(inputs(), Optional.ofNullable(methodology));
    Scorecard card = scoring.score(submission);
    Language language = Language.of(lang());
    switch (format()) {
      case JSON -> out().print(ScorecardJson.toString(card, detail()));
      case CSV -> out().print(ScorecardCsv.render(card, language));
      case HTML -> out().print(ScorecardHtml.render(card, language));
      case XLSX -> out().write(ScoreXlsx.write(card, self == null ? null
          : scoring.score(self), language));
      default -> out().print(ScorecardText.render(card, language, all, top == null ? 10 : top));
    }
    return ExitCode.OK;
  }
}
