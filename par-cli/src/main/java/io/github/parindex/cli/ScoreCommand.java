package io.github.parindex.cli;

import io.github.parindex.scoring.Scorecard;
import io.github.parindex.model.Language;
import io.github.parindex.report.ScorecardCsv;
import io.github.parindex.report.ScorecardHtml;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.ScorecardText;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code par score}: scores one submission and prints its scorecard — a readable report (fields,
 * largest deficits, reconciliation, alerts, warnings), {@code par-scorecard/1} JSON, or CSV with a row
 * per node.
 */
final class ScoreCommand implements Command {
  static final Option SUBMISSION = Option.value("submission", "S", "the submission file")
      .asRequired();
  /** {@code --submission}, optional here because {@code --batch} may replace it. */
  private static final Option ONE_SUBMISSION = Option.value("submission", "S",
      "the submission file (or --batch)");
  static final Option BATCH = Option.value("batch", "FILE", "score many submissions instead: a JSON "
      + "Lines file (one submission per line) or a folder of submission files");
  static final Option ALL = Option.flag("all", "list every node, not only the top-level ones");
  static final Option TOP = Option.value("top", "N",
      "how many of the largest deficits the text report lists (default 10; 0 for none)");

  /** Creates the command. */
  ScoreCommand() {}

  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "score a submission: the scorecard with traces";
  }

  @Override
  public String description() {
    return "Scores a submission against its methodology (--methodology, or the bundled methodology\n"
        + "whose id the submission names) and prints the scorecard: for every node its points,\n"
        + "maximum, applicable maximum, deficit, percent and status; the total, index and band;\n"
        + "alerts; the reconciliation of reported figures; and warnings. --format json writes the\n"
        + "par-scorecard/1 document with the trace of every point; csv writes one row per node;\n"
        + "html a self-contained report with a chart (works offline, prints on A4); xlsx a workbook\n"
        + "(needs --out; see docs/excel.md).\n"
        + "With --batch FILE instead of --submission, scores every submission of FILE with\n"
        + "--methodology M, checking them all first: csv writes one row per unit (unit, points,\n"
        + "applicableMax, index, band and the points of each top-level node), json one scorecard\n"
        + "per line (JSON Lines), text one line per unit.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY, ONE_SUBMISSION, BATCH, ALL, TOP, ScoreXlsx.SELF);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.HTML,
        OutputFormat.XLSX);
  }

  @Override
  public int run(Invocation invocation) throws IOException {
    if (invocation.value("batch").isPresent()) {
      return new BatchScoring(invocation).run();
    }
    if (invocation.value("submission").isEmpty()) {
      throw new UsageException("missing --submission S (or --batch FILE)");
    }
    ScoreXlsx.check(invocation);
    int top = top(invocation);
    Scorecard card = new Scoring(invocation.inputs(), invocation.value("methodology"))
        .score(invocation.value("submission").orElseThrow());
    Language language = Language.of(invocation.lang());
    switch (invocation.format()) {
      case JSON -> invocation.out().print(ScorecardJson.toString(card));
      case CSV -> invocation.out().print(ScorecardCsv.render(card, language));
      case HTML -> invocation.out().print(ScorecardHtml.render(card, language));
      case XLSX -> ScoreXlsx.write(invocation, card);
      default -> invocation.out().print(ScorecardText.render(card, language,
          invocation.flag("all"), top));
    }
    return ExitCode.OK;
  }

  static int top(Invocation invocation) {
    String value = invocation.value("top").orElse("10");
    try {
      int top = Integer.parseInt(value);
      if (top < 0) {
        throw new NumberFormatException();
      }
      return top;
    } catch (NumberFormatException e) {
      throw new UsageException("--top expects a whole number of at least 0, got '" + value + "'");
    }
  }
}
