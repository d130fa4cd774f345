package io.github.parindex.cli;

import io.github.parindex.rules.PreparedRules;
import io.github.parindex.scoring.Scorer;

/** What {@code par sheet} and {@code par read-sheet} share. */
final class Sheets {
  private Sheets() {}

  /**
   * Locates, reads and prepares the methodology of {@code --methodology M}, for the form.
   *
   * @param invocation the invocation
   * @return the scorer, with the methodology and its prepared rules
   */
  static Scorer scorer(Invocation invocation) {
    PreparedRules rules = invocation.inputs().prepare(invocation.value("methodology")
        .orElseThrow());
    return Scorer.builder().methodology(rules.methodology())
        .registry(invocation.inputs().registry()).build();
  }

  /**
   * Requires {@code --out} for a binary workbook, so that it never lands on a terminal.
   *
   * @param invocation the invocation
   * @throws UsageException when {@code --out} is not given
   */
  static void requireOut(Invocation invocation) {
    if (invocation.value("out").isEmpty()) {
      throw new UsageException("an .xlsx workbook is binary: give --out FILE.xlsx");
    }
  }
}
