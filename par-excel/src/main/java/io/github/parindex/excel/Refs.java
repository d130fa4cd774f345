package io.github.parindex.excel;

import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** Cell references as problem paths: {@code Phiếu!E12}, {@code 'Bổ sung'!C4}. */
final class Refs {
  private Refs() {}

  /**
   * A sheet name as written before {@code !} in a reference: as is when it is letters, digits and
   * {@code _}, else in single quotes with inner quotes doubled, as spreadsheets write it.
   *
   * @param sheet the sheet's name
   * @return the name as written in references
   */
  static String sheet(String sheet) {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
    for (int i = 0; i < sheet.length() && plain; i++) {
      char c = sheet.charAt(i);
      plain = Character.isLetterOrDigit(c) || c == '_';
    }
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  /**
   * A cell's reference.
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the reference, e.g. {@code Phiếu!E12}
   */
  static String cell(String sheet, int row, int column) {
    return sheet(sheet) + "!" + column(column) + (row + 1);
  }

  /**
   * A row's reference.
   *
   * @param sheet the sheet's name
   * @param row the row, from 0
   * @return the reference, e.g. {@code Phiếu!12:12}
   */
  static String row(String sheet, int row) {
    return sheet(sheet) + "!" + (row + 1) + ":" + (row + 1);
  }

  /**
   * A column's letters.
   *
   * @param column the column, from 0
   * @return the letters, e.g. {@code E}
   */
  static String column(int column) {
    return CellReference.convertNumToColString(column);
  }

  /**
   * The cell a JSON pointer into what a workbook was read into came from: the cell of the longest
   * prefix of the pointer that is known, else the sheet.
   *
   * @param cells the cells of the pointers filled while reading
   * @param pointer the pointer of a problem
   * @param sheet the sheet to name when no prefix is known
   * @return the cell's reference, or the sheet's
   */
  static String cellOf(Map<String, String> cells, String pointer, String sheet) {
    String p = pointer;
    while (true) {
      String c = cells.get(p);
      if (c != null) {
        return c;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return sheet(sheet);
      }
      p = p.substring(0, slash);
    }
  }
}
