package io.github.parindex.report.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text table with aligned columns, for the readable reports of scorecards, deficits, rankings,
 * comparisons, projections and simulations; widths count code points of NFC text, so a Vietnamese
 * letter written with combining marks counts once.
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;
  private final int[] maxWidth;

  /**
   * A table with its header row.
   *
   * @param header the column titles
   * @param rightAligned for each column, whether it is aligned right (numbers)
   * @param maxWidth for each column, the widest a cell may be (longer cells end in "…"), or 0
   */
  public TextTable(String[] header, boolean[] rightAligned, int[] maxWidth) {
    this.rightAligned = rightAligned;
    this.maxWidth = maxWidth;
    rows.add(header);
  }

  /**
   * Adds a row; missing and null cells are empty.
   *
   * @param cells the cells
   * @return this table
   */
  public TextTable row(@Nullable String... cells) {
    rows.add(cells);
    return this;
  }

  /**
   * The width of a text: its code points once composed (NFC).
   *
   * @param s the text
   * @return the width
   */
  public static int width(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    return nfc.codePointCount(0, nfc.length());
  }

  /**
   * A text composed (NFC) and shortened to a width, ending in "…" when shortened.
   *
   * @param s the text
   * @param max the widest it may be, or 0 for no limit
   * @return the text
   */
  public static String fit(String s, int max) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (max <= 0 || width(nfc) <= max) {
      return nfc;
    }
    int end = nfc.offsetByCodePoints(0, max - 1);
    return nfc.substring(0, end) + "…";
  }

  /**
   * Appends the table: the header, a rule of dashes, then the rows, columns two spaces apart, each
   * line without trailing spaces and ending in {@code \n}.
   *
   * @param out where to append
   */
  public void appendTo(StringBuilder out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    List<String[]> fitted = new ArrayList<>();
    for (String[] row : rows) {
      String[] f = new String[columns];
      for (int c = 0; c < columns; c++) {
        f[c] = fit(c < row.length && row[c] != null ? row[c] : "", maxWidth[c]);
        widths[c] = Math.max(widths[c], width(f[c]));
      }
      fitted.add(f);
    }
    for (int r = 0; r < fitted.size(); r++) {
      line(out, fitted.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
          rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
      }
    }
  }

  private void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String pad = " ".repeat(widths[c] - width(cells[c]));
      if (c > 0) {
        line.append("  ");
      }
      line.append(rightAligned[c] ? pad + cells[c] : cells[c] + pad);
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }
}
