package io.github.parindex.excel;

import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Typed values from cells, for every workbook reader (the form and the criteria sheet): texts,
 * yes/no, numbers typed as numbers or as text, each refused with its cell ({@code Phiếu!E12:
 * expected …, got …}) and collected with every other problem, never thrown one by one. Reads cells
 * through {@link Cells}, under the reader's {@link WorkbookLimits}. Used once, by one reading.
 */
final class CellReader {
  private static final Set<String> YES_WORDS = Set.of("co", "yes", "true", "x", "dat", "1");
  private static final Set<String> NO_WORDS = Set.of("khong", "no", "false", "khong dat", "0");

  /** The file's name, for problems. */
  final String source;
  /** The limits cells are held to. */
  final WorkbookLimits limits;
  /** Every problem found so far, in the order found. */
  final List<Problem> problems = new ArrayList<>();
  /** Every warning so far. */
  final List<Problem> warnings = new ArrayList<>();

  CellReader(String source, WorkbookLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  /** A cell's value. */
  Cells.Value read(XSSFCell cell) {
    return Cells.read(cell, limits);
  }

  /** The value of a cell of a sheet; blank where there is no such cell. */
  Cells.Value value(XSSFSheet sheet, int r, int c) {
    XSSFRow row = sheet.getRow(r);
    return row == null || c < 0 ? Cells.Value.BLANK : read(row.getCell(c));
  }

  /** Whether a row has no cell with a value. */
  boolean blankRow(XSSFSheet sheet, int r) {
    XSSFRow row = sheet.getRow(r);
    if (row == null) {
      return true;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      if (!read(row.getCell(c)).blank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first row of a sheet holding every label, each in a text cell (compared as {@link
   * Texts#key keys}: case, diacritics and spacing ignored).
   *
   * @param sheet the sheet
   * @param labels the labels
   * @return the row, from 0, or -1
   */
  int rowWith(XSSFSheet sheet, String... labels) {
    List<String> keys = java.util.Arrays.stream(labels).map(Texts::key).toList();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      Set<String> found = new java.util.HashSet<>();
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        Cells.Value v = read(row.getCell(c));
        if (v.type() == Cells.Type.TEXT) {
          found.add(Texts.key(v.text()));
        }
      }
      if (found.containsAll(keys)) {
        return r;
      }
    }
    return -1;
  }

  /** Records a problem at a cell. */
  void problem(String ref, String message) {
    problems.add(new Problem(source, ref, message));
  }

  /** Records a warning at a cell. */
  void warn(String ref, String message) {
    warnings.add(new Problem(source, ref, message));
  }

  /** A number typed as text, under the number limit. */
  Cells.Parsed parse(String text, boolean percent) {
    return Cells.parse(text, percent, limits.maxNumberLength());
  }

  /** The trimmed text of a cell (a number's plain text), or null when blank. */
  static String text(Cells.Value v) {
    return switch (v.type()) {
      case BLANK -> null;
      case NUMBER -> Texts.plain(v.number());
      case BOOLEAN -> v.bool() ? "TRUE" : "FALSE";
      default -> v.text().trim().isEmpty() ? null : v.text().trim();
    };
  }

  /** Có or Không, in the words people use, or null after recording a problem. */
  Boolean yesNo(Cells.Value v, String ref) {
    if (v.type() == Cells.Type.BOOLEAN) {
      return v.bool();
    }
    String k = v.type() == Cells.Type.TEXT ? Texts.key(v.text())
        : v.type() == Cells.Type.NUMBER ? Texts.plain(v.number()) : "";
    if (YES_WORDS.contains(k)) {
      return true;
    }
    if (NO_WORDS.contains(k)) {
      return false;
    }
    problem(ref, "expected Có or Không, got " + v.shown());
    return null;
  }

  /** A number of at least 0, or null after recording a problem. */
  BigDecimal nonNegative(Cells.Value v, String ref, String expected) {
    BigDecimal n = number(v, ref, expected, false);
    if (n != null && n.signum() < 0) {
      problem(ref, "expected " + expected + ", got " + v.shown());
      return null;
    }
    return n;
  }

  /** A number, or null after recording a problem. */
  BigDecimal number(Cells.Value v, String ref, String expected, boolean percent) {
    switch (v.type()) {
      case NUMBER:
        if (v.date()) {
          problem(ref, "expected " + expected + ", got a date (the spreadsheet turned what was "
              + "typed into a date)");
          return null;
        }
        return v.number();
      case TEXT: {
        Cells.Parsed p = parse(v.text(), percent);
        if (p.value() == null) {
          problem(ref, "expected " + expected + ", got " + v.shown()
              + (p.error().equals("not a number") ? "" : ": " + p.error()));
        }
        return p.value();
      }
      default:
        problem(ref, "expected " + expected + ", got " + v.shown());
        return null;
    }
  }

  /** How a number was typed: a text as typed, a number with a decimal comma. */
  static String shownNumber(Cells.Value v, BigDecimal parsed) {
    return v.type() == Cells.Type.TEXT ? v.shown() : Texts.vi(parsed);
  }
}
