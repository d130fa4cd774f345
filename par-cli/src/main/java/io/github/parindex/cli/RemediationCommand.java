package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.report.RemediationWriter;
import io.github.parindex.scoring.Remediation;
import io.github.parindex.scoring.Scorecard;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par remediation}: the units that raise each alert id — who must file a remediation plan
 * (CYCLE.md §4) — from submissions or assessment records (their last stage).
 */
@Command(name = "remediation", header = "list the units that raise each alert", description = """
    Scores each file (a submission, or an assessment record whose last stage counts) and
    lists, for each alert id of the methodology, the units that raise it: unit, index, band
    (after band caps) and what raised it — the nodes under their threshold with their
    percentages, or the band. Alerts with the same id are one alert; an alert without an id
    is listed as alert-N, N its position in the methodology's alerts (from 1).
    --format json writes par-remediation/1; csv one row per cause; xlsx the same rows as a
    workbook with headings in the --lang language (--out required).
    """)
final class RemediationCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "submissions or assessment records")
  List<String> files;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.XLSX);
  }

  @Override
  int run() {
    List<Scorecard> cards = new Scoring(inputs(), Optional.ofNullable(methodology))
        .scoreAll(files);
    Remediation r;
    try {
      r = Remediation.of(cards);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    switch (format()) {
      case JSON -> out().print(RemediationWriter.json(r));
      case CSV -> out().print(RemediationWriter.csv(r));
      case XLSX -> TableXlsx.write(this, "par remediation " + r.methodology().id(),
          List.of(RemediationWriter.table(r, Language.of(lang()))));
      default -> out().print(RemediationWriter.text(r, Language.of(lang())));
    }
    return ExitCode.OK;
  }
}
