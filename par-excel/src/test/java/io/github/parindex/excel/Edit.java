package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a written form the way a person would in a spreadsheet, then saves it. */
final class Edit implements AutoCloseable {
  final XSSFWorkbook workbook;
  final XSSFSheet form;

  Edit(byte[] xlsx) {
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    form = workbook.getSheet(Layout.FORM_SHEET);
  }

  /** The row (from 0) whose STT is a code. */
  int row(String code) {
    for (int r = 0; r <= form.getLastRowNum(); r++) {
      XSSFRow row = form.getRow(r);
      XSSFCell c = row == null ? null : row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row " + code);
  }

  /** The row (from 0) of a sub-row label under a code. */
  int sub(String code, String label) {
    for (int r = row(code) + 1; r <= form.getLastRowNum(); r++) {
      XSSFCell c = form.getRow(r).getCell(Column.NAME.index());
      if (c != null && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row " + label + " under " + code);
  }

  XSSFCell cell(int r, int c) {
    XSSFRow row = form.getRow(r) == null ? form.createRow(r) : form.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  /** Types a text, as into a cell formatted as text. */
  Edit text(int r, Column c, String text) {
    cell(r, c.index()).setCellValue(text);
    return this;
  }

  /** Types a number. */
  Edit number(int r, Column c, String number) {
    Cells.number(cell(r, c.index()), new BigDecimal(number));
    return this;
  }

  /** Empties a cell. */
  Edit clear(int r, Column c) {
    cell(r, c.index()).setBlank();
    return this;
  }

  /** Inserts an empty row before a row. */
  Edit insertRow(int r) {
    form.shiftRows(r, form.getLastRowNum(), 1);
    return this;
  }

  /** Inserts an empty column before a column. */
  Edit insertColumn(int c) {
    form.shiftColumns(c, Column.values().length - 1, 1);
    return this;
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
