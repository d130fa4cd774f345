package io.github.parindex.cli;

import io.github.parindex.excel.FormReader;
import io.github.parindex.excel.FormReading;
import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.scoring.Scorer;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par read-sheet}: reads a filled self-assessment form back into a {@code par-submission/1}
 * document, reporting every problem at once with the sheet and cell as its path.
 */
@Command(name = "read-sheet",
    header = "read a filled self-assessment form (.xlsx) into a submission",
    description = """
    Reads a self-assessment form written by 'par sheet' and filled in a spreadsheet, and
    writes the submission (par-submission/1): JSON, or YAML when --out ends with .yaml or
    .yml. Every problem is reported at once as FILE: SHEET!CELL: message; what was ignored
    (an extra column, a row without a code or data) is reported as a warning on standard
    error. Numbers typed as text may use a decimal comma (0,95); a rate may be a percent
    (95%). See docs/excel.md.
    """)
final class ReadSheetCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true, description = METHODOLOGY)
  String methodology;

  @Parameters(paramLabel = "FILE.xlsx")
  String file;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.JSON);
  }

  @Override
  int run() {
    Scorer scorer = Sheets.scorer(this, methodology);
    byte[] content = inputs().read(file);
    FormReading reading = FormReader.of(scorer).read(content, file);
    for (Problem w : reading.warnings()) {
      warn(Problems.line(w));
    }
    out().print(ParWriter.toString(reading.submission(), Sheets.syntaxOf(this)));
    return ExitCode.OK;
  }
}
