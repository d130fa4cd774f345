package io.github.parindex.cli;

import io.github.parindex.model.io.Syntax;
import io.github.parindex.rules.PreparedRules;
import java.util.Locale;
import io.github.parindex.scoring.Scorer;

/**
 * What the workbook commands ({@code par sheet}, {@code par read-sheet}, {@code par criteria-sheet},
 * {@code par read-criteria-sheet}, {@code par score --format xlsx}) share.
 */
final class Sheets {
  private Sheets() {}

  /**
   * Locates, reads and prepares the methodology of {@code --methodology M}, for the form.
   *
   * @param command the command
   * @param methodology the {@code --methodology} value
   * @return the scorer, with the methodology and its prepared rules
   */
  static Scorer scorer(ParCommand command, String methodology) {
    PreparedRules rules = command.inputs().prepare(methodology);
    return Scorer.builder().methodology(rules.methodology())
        .registry(command.inputs().registry()).build();
  }

  /**
   * Requires {@code --out} for a binary workbook, so that it never lands on a terminal.
   *
   * @param command the command
   * @throws UsageException when {@code --out} is not given
   */
  static void requireOut(ParCommand command) {
    if (command.outFile() == null) {
      throw new UsageException("an .xlsx workbook is binary: give --out FILE.xlsx");
    }
  }

  /**
   * The syntax of a document written from a workbook: YAML when {@code --out} ends with
   * {@code .yaml} or {@code .yml}, else JSON.
   *
   * @param command the command
   * @return the syntax
   */
  static Syntax syntaxOf(ParCommand command) {
    String out = command.outFile() == null ? "" : command.outFile().toLowerCase(Locale.ROOT);
    return out.endsWith(".yaml") || out.endsWith(".yml") ? Syntax.YAML : Syntax.JSON;
  }
}
