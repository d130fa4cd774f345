package io.github.parindex.cli;

import io.github.parindex.excel.CriteriaReader;
import io.github.parindex.excel.CriteriaReading;
import io.github.parindex.model.Problem;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code par read-criteria-sheet}: reads a criteria-set workbook written by {@code par
 * criteria-sheet} and edited in a spreadsheet back into a {@code par-methodology/1} file, every
 * problem at once with its sheet and cell.
 */
@Command(name = "read-criteria-sheet",
    header = "read a criteria-set workbook (.xlsx) into a methodology file",
    description = """
    Reads a criteria-set workbook written by 'par criteria-sheet' and edited in a spreadsheet,
    and writes the methodology (par-methodology/1): JSON, or YAML when --out ends with .yaml or
    .yml. Every problem is reported at once as FILE: SHEET!CELL: message (a sheet name with a
    space is quoted, as spreadsheets write it: 'Tiêu chí'!E14); what was ignored (an unknown
    column) is a warning on standard error. Columns are found by their headings, blank rows are
    skipped, numbers typed as text may use a decimal comma; formulas are never evaluated. See
    docs/criteria-sheet.md.
    """)
final class ReadCriteriaSheetCommand extends ParCommand {
  @Parameters(paramLabel = "FILE.xlsx")
  String file;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.JSON);
  }

  @Override
  int run() {
    byte[] content = inputs().read(file);
    CriteriaReading reading = CriteriaReader.of(inputs().registry()).read(content, file);
    for (Problem w : reading.warnings()) {
      warn(Problems.line(w));
    }
    out().print(reading.methodologyFile(Sheets.syntaxOf(this)));
    return ExitCode.OK;
  }
}
