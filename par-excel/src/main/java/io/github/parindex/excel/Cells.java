package io.github.parindex.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Exact numbers in cells, both ways, never through {@code double}.
 *
 * <p>Writing: a decimal of at most {@value #EXACT_DIGITS} significant digits is a numeric cell whose
 * stored text is the decimal in plain notation (a spreadsheet holds any such decimal exactly, as a
 * binary double whose shortest form has the same digits); a longer one is a text cell, with a decimal
 * comma, so that no digit is lost.
 *
 * <p>Reading: a numeric cell is its stored text ({@link XSSFCell#getRawValue()}) parsed as a
 * {@link BigDecimal}. A spreadsheet keeps 15 significant digits and may store more, which are binary
 * noise (Excel stores a typed 0.29 as {@code 0.28999999999999998}), so a stored text of more than
 * {@value #EXACT_DIGITS} significant digits is rounded, in decimal, to {@value #EXACT_DIGITS}. A text
 * cell is parsed by {@link #parse(String, boolean)}.
 */
final class Cells {
  /** Significant digits a spreadsheet keeps. */
  static final int EXACT_DIGITS = 15;
  private static final MathContext SPREADSHEET = new MathContext(EXACT_DIGITS, RoundingMode.HALF_EVEN);
  private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d*)(?:([.,])(\\d*))?");

  /** What a cell holds. */
  enum Type {
    /** Nothing, or only white space. */
    BLANK,
    /** A number. */
    NUMBER,
    /** A text. */
    TEXT,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value such as {@code #DIV/0!}, or a number that cannot be read. */
    ERROR
  }

  /**
   * A cell's value, read exactly.
   *
   * @param type what it holds
   * @param number the number, for {@link Type#NUMBER}
   * @param text the text as stored (a number's stored text, an error's code)
   * @param bool the boolean, for {@link Type#BOOLEAN}
   * @param date whether a number is formatted as a date
   * @param format the cell's number format
   */
  record Value(Type type, BigDecimal number, String text, boolean bool, boolean date,
      String format) {
    static final Value BLANK = new Value(Type.BLANK, null, "", false, false, "General");

    boolean blank() {
      return type == Type.BLANK;
    }

    /** The value as a person sees it in a Vietnamese spreadsheet: numbers with a decimal comma. */
    String shown() {
      return switch (type) {
        case NUMBER -> Texts.vi(number);
        case BOOLEAN -> bool ? "TRUE" : "FALSE";
        case BLANK -> "nothing";
        default -> Texts.quote(text);
      };
    }
  }

  /**
   * The result of parsing a number.
   *
   * @param value the number, or {@code null}
   * @param error why it is not a number, or {@code null}
   */
  record Parsed(BigDecimal value, String error) {}

  private Cells() {}

  /**
   * Reads a cell.
   *
   * @param cell the cell, or {@code null}
   * @return its value
   */
  static Value read(XSSFCell cell) {
    if (cell == null) {
      return Value.BLANK;
    }
    String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case NUMERIC: {
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank()) {
          return Value.BLANK;
        }
        try {
          BigDecimal n = new BigDecimal(raw.trim());
          if (n.precision() > EXACT_DIGITS) {
            n = n.round(SPREADSHEET);
          }
          boolean date = format != null
              && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), format);
          return new Value(Type.NUMBER, n, raw, false, date, format);
        } catch (NumberFormatException e) {
          return new Value(Type.ERROR, null, raw, false, false, format);
        }
      }
      case STRING: {
        String s = cell.getStringCellValue();
        if (s == null || s.replace('\u00a0', ' ').isBlank()) {
          return Value.BLANK;
        }
        return new Value(Type.TEXT, null, s, false, false, format);
      }
      case BOOLEAN:
        return new Value(Type.BOOLEAN, null, cell.getRawValue(), cell.getBooleanCellValue(), false,
            format);
      case ERROR:
        return new Value(Type.ERROR, null, cell.getErrorCellString(), false, false, format);
      default:
        return Value.BLANK;
    }
  }

  /**
   * Writes a decimal exactly: a numeric cell holding its plain text when it has at most
   * {@value #EXACT_DIGITS} significant digits, else a text cell with a decimal comma.
   *
   * @param cell the cell
   * @param value the decimal
   */
  static void number(XSSFCell cell, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.precision() <= EXACT_DIGITS) {
      cell.setCellValue(v.doubleValue());
      cell.getCTCell().setV(Texts.plain(v));
    } else {
      cell.setCellValue(Texts.vi(v));
    }
  }

  /**
   * Writes a decimal keeping its scale (for printed figures, whose decimals matter): a numeric cell
   * holding its plain text when it has at most {@value #EXACT_DIGITS} significant digits, else a text
   * cell.
   *
   * @param cell the cell
   * @param value the decimal
   */
  static void numberKeepingScale(XSSFCell cell, BigDecimal value) {
    if (value.precision() <= EXACT_DIGITS && value.scale() >= 0) {
      cell.setCellValue(value.doubleValue());
      cell.getCTCell().setV(value.toPlainString());
    } else {
      cell.setCellValue(value.toPlainString().replace('.', ','));
    }
  }

  /**
   * Parses a number typed as text, the way a person writes it: an optional sign, digits, and at most
   * one decimal separator, a comma ({@code 0,95}) or a point ({@code 0.95}); spaces around it are
   * ignored; a final {@code %} divides by 100 where {@code percent} allows it ({@code 95%},
   * {@code 95,5 %}). Digit grouping is refused, and so is a text whose only separator is followed by
   * exactly three digits after 1 to 3 digits other than 0 ({@code 1,500}, {@code 10.000}): it may be
   * a decimal or a thousands separator, and guessing could be off by a factor of 1000 — except where
   * a rate is expected, since a number of a thousand or more (or a thousand percent) is never a rate
   * from 0 to 1, so the separator can only be a decimal one ({@code 9,278%} is 0.09278).
   *
   * @param text the text
   * @param percent whether a rate is expected: a final {@code %} is accepted
   * @return the number, or why the text is not one
   */
  static Parsed parse(String text, boolean percent) {
    String s = text.replace('\u00a0', ' ').trim();
    boolean pct = false;
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).trim();
      pct = true;
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches() || (m.group(2).isEmpty() && (m.group(4) == null || m.group(4).isEmpty()))) {
      return new Parsed(null, "not a number");
    }
    String whole = m.group(2);
    String fraction = m.group(4) == null ? "" : m.group(4);
    if (m.group(3) != null && fraction.length() == 3 && !whole.isEmpty() && whole.length() <= 3
        && whole.charAt(0) != '0' && !percent) {
      return new Parsed(null, "ambiguous: '" + m.group(3) + "' may be a decimal or a thousands "
          + "separator; type the number without grouping (e.g. " + whole + fraction + ") or as a "
          + "number cell");
    }
    if (pct && !percent) {
      return new Parsed(null, "a percent sign is accepted only where a rate is expected");
    }
    BigDecimal v = new BigDecimal(m.group(1) + (whole.isEmpty() ? "0" : whole)
        + (fraction.isEmpty() ? "" : "." + fraction));
    return new Parsed(pct ? v.movePointLeft(2) : v, null);
  }
}
