package io.github.parindex.cli;

import io.github.parindex.excel.FormReader;
import io.github.parindex.excel.FormReading;
import io.github.parindex.excel.RecordReading;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.scoring.Scorer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par read-sheet}: reads a filled self-assessment form back into a {@code par-submission/1}
 * document, or into an assessment record ({@code --into}, {@code --new-record}), reporting every
 * problem at once with the sheet and cell as its path.
 */
@Command(name = "read-sheet",
    header = "read a filled self-assessment form (.xlsx) into a submission",
    description = """
    Reads a self-assessment form written by 'par sheet' and filled in a spreadsheet, and
    writes the submission (par-submission/1): JSON, or YAML when --out ends with .yaml or
    .yml. Every problem is reported at once as FILE: SHEET!CELL: message; what was ignored
    (an extra column, a row without a code or data) is reported as a warning on standard
    error. Numbers typed as text may use a decimal comma (0,95); a rate may be a percent
    (95%).
    With --into RECORD the form's stage goes into that assessment record (par-assessment/1)
    and the whole record is written: an appraisal form (stage Thẩm định, from 'par sheet
    --record') adds the APPRAISED stage, a change for every leaf whose data differs from the
    self-assessment with the reason typed in 'Lý do thẩm định', and the council's decision on
    each document of the sheet 'Tài liệu'. With --new-record a unit's form (stage Tự đánh giá)
    starts a record. The stage's date is --date, else the form's filled-in date line. RECORD
    itself is not changed: write the new record with --out. See docs/excel.md.
    """)
final class ReadSheetCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true, description = METHODOLOGY)
  String methodology;

  @Parameters(paramLabel = "FILE.xlsx")
  String file;

  @Option(names = "--into", paramLabel = "RECORD",
      description = "put the form's stage into this assessment record and write the record")
  String into;

  @Option(names = "--new-record",
      description = "start an assessment record from a unit's form (stage Tự đánh giá)")
  boolean newRecord;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Values.Date.class,
      description = "the stage's date (with --into or --new-record); default: the form's date line")
  LocalDate date;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.JSON);
  }

  @Override
  int run() {
    if (into != null && newRecord) {
      throw new UsageException("--into and --new-record go apart: --into adds to a record, "
          + "--new-record starts one");
    }
    if (date != null && into == null && !newRecord) {
      throw new UsageException("--date is the date of a record's stage: use it with --into or "
          + "--new-record");
    }
    Scorer scorer = Sheets.scorer(this, methodology);
    byte[] content = inputs().read(file);
    List<Problem> warnings;
    String document;
    if (into != null || newRecord) {
      Assessment record = into == null ? null
          : inputs().assessment(into, inputs().read(into), scorer.methodology());
      RecordReading read = FormReader.of(scorer).readInto(content, file, record, date);
      warnings = read.warnings();
      document = ParWriter.toString(read.record(), Sheets.syntaxOf(this));
    } else {
      FormReading read = FormReader.of(scorer).read(content, file);
      warnings = read.warnings();
      document = ParWriter.toString(read.submission(), Sheets.syntaxOf(this));
    }
    for (Problem w : warnings) {
      warn(Problems.line(w));
    }
    out().print(document);
    return ExitCode.OK;
  }
}
