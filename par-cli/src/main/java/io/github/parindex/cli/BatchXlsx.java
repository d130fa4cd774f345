package io.github.parindex.cli;

import io.github.parindex.excel.TableWorkbook;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.report.Table;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code par score --batch FILE --format xlsx}: the columns of the batch's CSV as one sheet, a row
 * per unit added as it is scored (the rows, not the scorecards, are held until the end), with
 * headings in the language, the band's label, points and indices with the methodology's decimals.
 */
final class BatchXlsx {
  private final Methodology methodology;
  private final Language language;
  private final List<String> tops;
  private final Table.Builder table;

  BatchXlsx(Methodology methodology, Language language) {
    this.methodology = methodology;
    this.language = language;
    this.tops = methodology.nodes().stream().map(n -> n.code()).toList();
    Messages m = Messages.of(language);
    int points = methodology.pointDecimals();
    this.table = Table.builder(m.get("cli.batch.sheet"), m.format("cli.batch.title", "title",
        language.pick(methodology.title())))
        .text(m.get("column.unitId")).text(m.get("column.unit")).text(m.get("column.region"))
        .number(m.get("column.points"), points).number(m.get("column.applicableMax"), points)
        .number(m.get("column.index"), methodology.indexDecimals()).text(m.get("column.band"));
    for (String code : tops) {
      table.number(m.format("cli.batch.fieldPoints", "code", code), points);
    }
  }

  /**
   * Adds a unit's row.
   *
   * @param card the unit's scorecard
   */
  void add(Scorecard card) {
    List<Object> row = new ArrayList<>(7 + tops.size());
    row.add(card.unit().id());
    row.add(card.unit().name().orElse(""));
    row.add(card.unit().region().orElse(""));
    row.add(card.points().orElse(null));
    row.add(card.applicableMaxPoints());
    row.add(card.index().orElse(null));
    row.add(card.band().map(b -> b.label().map(language::pick).orElse(b.code())).orElse(""));
    for (String code : tops) {
      row.add(card.node(code).points().orElse(null));
    }
    table.row(row.toArray());
  }

  /**
   * The workbook of the rows added.
   *
   * @return its bytes
   */
  byte[] bytes() {
    return TableWorkbook.write(methodology.id(), language, List.of(table.build()));
  }
}
