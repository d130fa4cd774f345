package io.github.parindex.cli;

import io.github.parindex.rules.PreparedRules;
import io.github.parindex.scoring.Scorer;

/** What {@code par sheet}, {@code par read-sheet} and {@code par score --format xlsx} share. */
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
}
