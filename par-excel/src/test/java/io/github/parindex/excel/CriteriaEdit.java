package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a written criteria workbook the way an official would in a spreadsheet, then saves it. */
final class CriteriaEdit implements AutoCloseable {
  final XSSFWorkbook workbook;
  final XSSFSheet criteria;
  final XSSFSheet header;

  CriteriaEdit(byte[] xlsx) {
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    criteria = workbook.getSheet(CriteriaLayout.CRITERIA_SHEET);
    header = workbook.getSheet(CriteriaLayout.HEADER_SHEET);
  }

  /** The row (from 0) whose STT is a code. */
  int row(String code) {
    for (int r = 0; r <= criteria.getLastRowNum(); r++) {
      XSSFRow row = criteria.getRow(r);
      XSSFCell c = row == null ? null : row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row " + code);
  }

  /** The row (from 0) of a header field. */
  int field(CriteriaLayout.Field f) {
    for (int r = 0; r <= header.getLastRowNum(); r++) {
      XSSFRow row = header.getRow(r);
      XSSFCell c = row == null ? null : row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(
          f.label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no field " + f);
  }

  static XSSFCell cell(XSSFSheet sheet, int r, int c) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  XSSFCell cell(int r, Column c) {
    return cell(criteria, r, c.ordinal());
  }

  /** Types a text. */
  CriteriaEdit text(int r, Column c, String text) {
    cell(r, c).setCellValue(text);
    return this;
  }

  /** Types a number. */
  CriteriaEdit number(int r, Column c, String number) {
    Cells.number(cell(r, c), new BigDecimal(number));
    return this;
  }

  /** Types a number into a header field's value cell. */
  CriteriaEdit field(CriteriaLayout.Field f, String number) {
    Cells.number(cell(header, field(f), 1), new BigDecimal(number));
    return this;
  }

  /** Inserts an empty row before a row. */
  CriteriaEdit insertRow(int r) {
    criteria.shiftRows(r, criteria.getLastRowNum(), 1);
    return this;
  }

  /** Swaps two columns' cells, every row (their values; the styles stay). */
  CriteriaEdit swapColumns(int a, int b) {
    for (int r = 0; r <= criteria.getLastRowNum(); r++) {
      if (criteria.getRow(r) == null) {
        continue;
      }
      XSSFCell x = cell(criteria, r, a);
      XSSFCell y = cell(criteria, r, b);
      Object vx = value(x);
      Object vy = value(y);
      set(x, vy);
      set(y, vx);
    }
    return this;
  }

  private static Object value(XSSFCell c) {
    return switch (c.getCellType()) {
      case STRING -> c.getStringCellValue();
      case NUMERIC -> new BigDecimal(c.getRawValue());
      default -> null;
    };
  }

  private static void set(XSSFCell c, Object v) {
    if (v instanceof String s) {
      c.setCellValue(s);
    } else if (v instanceof BigDecimal d) {
      Cells.numberKeepingScale(c, d);
    } else {
      c.setBlank();
    }
  }

  /** Recomputes every formula, as a spreadsheet does when a cell changes. */
  CriteriaEdit recalculate() {
    XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    return this;
  }

  /** What a formula cell shows. */
  String shown(XSSFSheet sheet, int r, int c) {
    return cell(sheet, r, c).getStringCellValue();
  }

  byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
