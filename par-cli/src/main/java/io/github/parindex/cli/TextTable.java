package io.github.parindex.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: a header row, a rule of dashes, then the rows. Widths
 * are counted in code points, so Vietnamese letters written as one precomposed character count as
 * one. Columns are separated by two spaces; lines carry no trailing spaces.
 */
final class TextTable {
  /** How a column's cells are aligned. */
  enum Align {
    /** Text: padded on the right. */
    LEFT,
    /** Numbers: padded on the left. */
    RIGHT
  }

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with its columns.
   *
   * @param headers the column headings
   * @param aligns each column's alignment
   */
  TextTable(List<String> headers, List<Align> aligns) {
    if (headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per column");
    }
    this.headers = List.copyOf(headers);
    this.aligns = List.copyOf(aligns);
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column, none null
   * @return this table
   */
  TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("one cell per column");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * The table as text.
   *
   * @return the lines, each ending with {@code \n}
   */
  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(text, rule, widths);
    for (List<String> row : rows) {
      line(text, row, widths);
    }
    return text.toString();
  }

  private void line(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(widths[c] - width(cells.get(c)));
      line.append(aligns.get(c) == Align.RIGHT ? pad + cells.get(c) : cells.get(c) + pad);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * The width of a cell, in code points.
   *
   * @param s the cell
   * @return the number of code points
   */
  static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
