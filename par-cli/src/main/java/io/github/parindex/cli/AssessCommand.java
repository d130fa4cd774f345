package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.report.AssessmentHtml;
import io.github.parindex.report.AssessmentJson;
import io.github.parindex.report.AssessmentTables;
import io.github.parindex.report.AssessmentText;
import io.github.parindex.scoring.cycle.AssessmentReport;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par assess}: scores every stage of an assessment record ({@code par-assessment/1},
 * CYCLE.md §4) and writes the appraisal report: text or {@code par-assessment-report/1} JSON.
 */
@Command(name = "assess", header = "score every stage of an assessment record", description = """
    Scores an assessment record (par-assessment/1: self-assessment, appraisal with reasons,
    review requests, final decisions, evidence with its status) against its methodology
    (--methodology, or the bundled methodology whose id the record names) and writes the
    appraisal report: each stage's points, index and band (after band caps), the alerts
    raised, the final result, every leaf that moved or was zeroed for want of accepted
    evidence with the reasons of the change, request and decision, and the warnings.
    --format json writes par-assessment-report/1 (docs/formats.md); html the appraisal
    report a council publishes: per criterion self / appraised / final with the reasons and
    the evidence status (self-contained, prints on A4); xlsx the stages and the leaves that
    moved as two sheets (--out required). See docs/assessment.md.
    """)
final class AssessCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Parameters(index = "0", paramLabel = "ASSESSMENT", description = "the assessment record file")
  String record;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML, OutputFormat.XLSX);
  }

  @Override
  int run() throws IOException {
    AssessmentReport report = new Scoring(inputs(), Optional.ofNullable(methodology))
        .assess(record);
    switch (format()) {
      case JSON -> out().print(AssessmentJson.toString(report));
      case HTML -> out().print(AssessmentHtml.render(report, Language.of(lang())));
      case XLSX -> TableXlsx.write(this, "par assess " + report.assessment().unit().id(),
          AssessmentTables.of(report, Language.of(lang())));
      default -> out().print(AssessmentText.render(report, Language.of(lang())));
    }
    return ExitCode.OK;
  }
}
