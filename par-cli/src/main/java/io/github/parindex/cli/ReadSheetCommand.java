package io.github.parindex.cli;

import io.github.parindex.excel.FormReader;
import io.github.parindex.excel.FormReading;
import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.Scorer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code par read-sheet}: reads a filled self-assessment form back into a {@code par-submission/1}
 * document, reporting every problem at once with the sheet and cell as its path.
 */
final class ReadSheetCommand implements Command {
  /** Creates the command. */
  ReadSheetCommand() {}

  @Override
  public String name() {
    return "read-sheet";
  }

  @Override
  public String summary() {
    return "read a filled self-assessment form (.xlsx) into a submission";
  }

  @Override
  public String description() {
    return "Reads a self-assessment form written by 'par sheet' and filled in a spreadsheet, and\n"
        + "writes the submission (par-submission/1): JSON, or YAML when --out ends with .yaml or\n"
        + ".yml. Every problem is reported at once as FILE: SHEET!CELL: message; what was ignored\n"
        + "(an extra column, a row without a code or data) is reported as a warning on standard\n"
        + "error. Numbers typed as text may use a decimal comma (0,95); a rate may be a percent\n"
        + "(95%). See docs/excel.md.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.exactly(1, "FILE.xlsx");
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY.asRequired());
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.JSON);
  }

  @Override
  public int run(Invocation invocation) {
    Scorer scorer = Sheets.scorer(invocation);
    String file = invocation.positionals().get(0);
    byte[] content = invocation.inputs().read(file);
    FormReading reading = FormReader.of(scorer).read(content, file);
    for (Problem w : reading.warnings()) {
      invocation.warn(Problems.line(w));
    }
    String out = invocation.value("out").orElse("").toLowerCase(Locale.ROOT);
    Syntax syntax = out.endsWith(".yaml") || out.endsWith(".yml") ? Syntax.YAML : Syntax.JSON;
    invocation.out().print(ParWriter.toString(reading.submission(), syntax));
    return ExitCode.OK;
  }
}
