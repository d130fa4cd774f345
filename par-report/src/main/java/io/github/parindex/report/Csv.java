package io.github.parindex.report;

import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 CSV lines with {@code \n} line ends. */
final class Csv {
  private final StringBuilder out = new StringBuilder();

  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append('\n');
    return this;
  }

  Csv row(String... cells) {
    return row(List.of(cells));
  }

  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  static String num(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
