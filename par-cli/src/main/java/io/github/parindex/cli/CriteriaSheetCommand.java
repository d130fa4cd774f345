package io.github.parindex.cli;

import io.github.parindex.excel.CriteriaWriter;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par criteria-sheet}: writes a methodology as the criteria-set workbook officials publish and
 * edit ({@link CriteriaWriter}); {@code par read-criteria-sheet} reads it back.
 */
@Command(name = "criteria-sheet",
    header = "write a methodology as the criteria-set workbook officials publish and edit",
    description = """
    Writes the methodology of --methodology M to --out FILE.xlsx as the criteria set officials
    publish (bộ tiêu chí): a sheet 'Tiêu chí' with one row per node in document order (STT,
    name, role, maximum, unitemised points, the rule in words and its parameters in typed
    columns, options with their wording, evidence, lead agency, provenance) and a sheet
    'Bộ chỉ số' with the header (id, title, issuer, legal basis, years, decimals, rounding,
    bands, alerts). Each field's maximum is checked against its children by a formula the
    official sees. 'par read-criteria-sheet' reads the edited workbook back into a
    par-methodology/1 file. See docs/criteria-sheet.md.
    """)
final class CriteriaSheetCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true, description = METHODOLOGY)
  String methodology;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.XLSX);
  }

  @Override
  int run() {
    Sheets.requireOut(this);
    out().write(CriteriaWriter.write(inputs().prepare(methodology).methodology()));
    return ExitCode.OK;
  }
}
