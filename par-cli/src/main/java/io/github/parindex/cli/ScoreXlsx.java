package io.github.parindex.cli;

import io.github.parindex.excel.ScorecardWorkbook;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.model.Language;
import java.util.Optional;

/**
 * {@code par score --format xlsx}: the scorecard as a workbook (fields, every node with its
 * explanation, deficits), with the self-assessment of {@code --self S} beside the appraised points.
 */
final class ScoreXlsx {
  static final Option SELF = Option.value("self", "S",
      "with --format xlsx: the self-assessment to show beside the submission's points");

  private ScoreXlsx() {}

  /**
   * Checks the options before anything is read: {@code --out} is required for xlsx, and
   * {@code --self} is used only with it.
   *
   * @param invocation the invocation
   * @throws UsageException when they do not fit
   */
  static void check(Invocation invocation) {
    if (invocation.format() == OutputFormat.XLSX) {
      Sheets.requireOut(invocation);
    } else if (invocation.value("self").isPresent()) {
      throw new UsageException("--self is used only with --format xlsx");
    }
  }

  /**
   * Writes the workbook.
   *
   * @param invocation the invocation
   * @param card the scorecard of {@code --submission}
   */
  static void write(Invocation invocation, Scorecard card) {
    Language language = Language.of(invocation.lang());
    Optional<String> self = invocation.value("self");
    byte[] bytes;
    if (self.isPresent()) {
      Scorecard first = new Scoring(invocation.inputs(), invocation.value("methodology"))
          .score(self.get());
      bytes = ScorecardWorkbook.write(Comparison.of(first, card), language);
    } else {
      bytes = ScorecardWorkbook.write(card, language);
    }
    invocation.out().write(bytes);
  }
}
