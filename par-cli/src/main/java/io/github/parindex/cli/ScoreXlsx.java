package io.github.parindex.cli;

import io.github.parindex.excel.ScorecardWorkbook;
import io.github.parindex.model.Language;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;

/**
 * {@code par score --format xlsx}: the scorecard as a workbook (fields, every node with its
 * explanation, deficits), with the self-assessment of {@code --self S} beside the appraised points.
 */
final class ScoreXlsx {
  private ScoreXlsx() {}

  /**
   * The workbook.
   *
   * @param card the scorecard of {@code --submission}
   * @param self the scorecard of {@code --self}, or {@code null}
   * @param language the language of the headings
   * @return the workbook's bytes
   */
  static byte[] write(Scorecard card, Scorecard self, Language language) {
    return self == null ? ScorecardWorkbook.write(card, language)
        : ScorecardWorkbook.write(Comparison.of(self, card), language);
  }
}
