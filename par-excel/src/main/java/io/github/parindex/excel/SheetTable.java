package io.github.parindex.excel;

import io.github.parindex.excel.Styles.Look;
import io.github.parindex.model.Methodology;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes a sheet top to bottom: titles, label–value lines and bordered tables. */
final class SheetTable {
  /**
   * A number to write exactly, shown with a format.
   *
   * @param value the number
   * @param format its number format
   */
  record Num(BigDecimal value, String format) {}

  private final XSSFSheet sheet;
  private final Styles styles;
  private final Look cellLook = Look.plain().boxed().wrapped();
  private int row;

  SheetTable(XSSFSheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /** Sets column widths, in characters. */
  SheetTable widths(int... widths) {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    return this;
  }

  int row() {
    return row;
  }

  void title(String text) {
    put(row++, 0, text, Look.plain().strong().size(14));
  }

  void heading(String text) {
    put(row++, 0, text, Look.plain().strong());
  }

  void skip() {
    row++;
  }

  /** A label in the first column and values after it, left-aligned. */
  void line(String label, Object... values) {
    put(row, 0, label, Look.plain().strong());
    for (int i = 0; i < values.length; i++) {
      put(row, i + 1, values[i], Look.plain().left());
    }
    row++;
  }

  /** A long text from the second column to the {@code last}, wrapped. */
  void note(String text, int last) {
    put(row, 1, text, Look.plain().wrapped());
    sheet.addMergedRegion(new CellRangeAddress(row, row, 1, last));
    int width = 0;
    for (int c = 1; c <= last; c++) {
      width += sheet.getColumnWidth(c) / 256;
    }
    int lines = Math.max(1, (text.length() + width - 1) / Math.max(1, width));
    if (lines > 1) {
      sheet.getRow(row).setHeightInPoints(lines * 15.5f + 2);
    }
    row++;
  }

  /** Prints the sheet landscape on A4, fitted to the page's width. */
  void printWide() {
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  /** A table's header row. */
  void header(String... labels) {
    for (int i = 0; i < labels.length; i++) {
      put(row, i, labels[i], cellLook.strong().centred().fill(IndexedColors.GREY_25_PERCENT));
    }
    fitHeight(sheet, row);
    row++;
  }

  /** A table row. */
  void cells(boolean bold, Object... values) {
    Look look = bold ? cellLook.strong() : cellLook;
    for (int i = 0; i < values.length; i++) {
      put(row, i, values[i], look);
    }
    fitHeight(sheet, row);
    row++;
  }

  /**
   * A sheet's cell, created with its row when missing.
   *
   * @param sheet the sheet
   * @param r the row, from 0
   * @param c the column, from 0
   * @return the cell
   */
  static XSSFCell cell(XSSFSheet sheet, int r, int c) {
    XSSFRow x = sheet.getRow(r);
    if (x == null) {
      x = sheet.createRow(r);
    }
    XSSFCell cell = x.getCell(c);
    return cell != null ? cell : x.createCell(c);
  }

  /**
   * Writes a text in a sheet's cell with a look; an empty text leaves the cell blank, styled.
   *
   * @param sheet the sheet
   * @param styles the workbook's styles
   * @param r the row, from 0
   * @param c the column, from 0
   * @param text the text
   * @param look the look
   */
  static void text(XSSFSheet sheet, Styles styles, int r, int c, String text, Look look) {
    XSSFCell cell = cell(sheet, r, c);
    cell.setCellStyle(styles.of(look));
    if (!text.isEmpty()) {
      cell.setCellValue(text);
    }
  }

  /**
   * The two title rows of a methodology's workbook: its title, then a heading followed by its legal
   * basis, each merged from the first column to {@code last}.
   *
   * @param sheet the sheet
   * @param styles the workbook's styles
   * @param m the methodology
   * @param heading the heading of the second row
   * @param last the last column of the merged rows
   */
  static void titles(XSSFSheet sheet, Styles styles, Methodology m, String heading, int last) {
    XSSFCell title = cell(sheet, 0, 0);
    title.setCellStyle(styles.of(Look.plain().strong().size(14)));
    title.setCellValue(m.title().vi());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
    XSSFCell second = cell(sheet, 1, 0);
    second.setCellStyle(styles.of(Look.plain().strong()));
    second.setCellValue(heading + m.legalBasis().map(l -> " — " + l).orElse(""));
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
  }

  /**
   * Sets a row's height to show its wrapped texts in full: the most lines any of them needs at its
   * column's width, estimated from its length (spreadsheets do not size rows when opening a file).
   *
   * @param sheet the sheet
   * @param r the row, from 0
   */
  static void fitHeight(XSSFSheet sheet, int r) {
    XSSFRow x = sheet.getRow(r);
    if (x == null) {
      return;
    }
    int lines = 1;
    for (int c = 0; c < x.getLastCellNum(); c++) {
      XSSFCell cell = x.getCell(c);
      if (cell == null || !cell.getCellStyle().getWrapText()
          || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
        continue;
      }
      int perLine = Math.max(4, sheet.getColumnWidth(c) / 256 - 2 * cell.getCellStyle()
          .getIndention());
      int n = 0;
      for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
        n += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
      }
      lines = Math.max(lines, n);
    }
    if (lines > 1) {
      x.setHeightInPoints(Math.min(409, lines * 15.5f + 2));
    }
  }

  private void put(int r, int c, Object value, Look look) {
    XSSFRow x = sheet.getRow(r);
    if (x == null) {
      x = sheet.createRow(r);
    }
    XSSFCell cell = x.createCell(c);
    if (value instanceof Num n) {
      cell.setCellStyle(styles.of(look.format(n.format())));
      Cells.number(cell, n.value());
    } else {
      cell.setCellStyle(styles.of(look));
      if (value != null && !value.toString().isEmpty()) {
        cell.setCellValue(value.toString());
      }
    }
  }
}
