package io.github.parindex.cli;

import io.github.parindex.excel.TableWorkbook;
import io.github.parindex.model.Language;
import io.github.parindex.report.Table;
import java.util.List;

/**
 * {@code --format xlsx} of the commands whose report is a table (rank, deficits, compare, the
 * dashboard): the tables as a workbook, written to {@code --out}.
 */
final class TableXlsx {
  private TableXlsx() {}

  /**
   * Writes the tables as a workbook to the command's {@code --out} file.
   *
   * @param command the command; its {@code --out} is required
   * @param title the document's title
   * @param tables the sheets
   */
  static void write(ParCommand command, String title, List<Table> tables) {
    Sheets.requireOut(command);
    command.out().write(TableWorkbook.write(title, Language.of(command.lang()), tables));
  }
}
