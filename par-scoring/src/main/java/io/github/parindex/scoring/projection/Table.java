package io.github.parindex.scoring.projection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; widths count code points of NFC text. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;
  private final int[] maxWidth;

  Table(String[] header, boolean[] right, int[] maxWidth) {
    this.right = right;
    this.maxWidth = maxWidth;
    rows.add(header);
  }

  Table row(String... cells) {
    rows.add(cells);
    return this;
  }

  int size() {
    return rows.size() - 1;
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String fit(String s, int max) {
    String nfc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
    if (max <= 0 || width(nfc) <= max) {
      return nfc;
    }
    return nfc.substring(0, nfc.offsetByCodePoints(0, max - 1)) + "…";
  }

  void appendTo(StringBuilder out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    List<String[]> fitted = new ArrayList<>();
    for (String[] row : rows) {
      String[] f = new String[columns];
      for (int c = 0; c < columns; c++) {
        f[c] = fit(c < row.length ? row[c] : "", maxWidth[c]);
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
      line.append(right[c] ? pad + cells[c] : cells[c] + pad);
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }
}
