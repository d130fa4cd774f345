package io.github.parindex.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.parindex.model.io.internal.DecimalText;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * The one cell-reading layer of par's workbook readers, and exact numbers in cells both ways, never
 * through {@code double}.
 *
 * <p>Writing: a decimal of at most {@value #EXACT_DIGITS} significant digits is a numeric cell whose
 * stored text is the decimal in plain notation (a spreadsheet holds any such decimal exactly, as a
 * binary double whose shortest form has the same digits); a longer one is a text cell, with a decimal
 * comma, so that no digit is lost.
 *
 * <p>Reading works on the cell's XML, not on POI's typed getters, so that no cell can crash a reader:
 * the type attribute decides ({@code n} number, {@code s}/{@code str}/{@code inlineStr} text,
 * {@code b} TRUE/FALSE, {@code e} an error value, {@code d} a date); a date and an unknown type are
 * values a reader refuses with the cell, as is a TRUE/FALSE cell holding anything but {@code 0} or
 * {@code 1}. A numeric cell is its stored text parsed as a {@link BigDecimal} under the same limits as
 * the JSON readers (par-model's {@code ReadLimits}: {@code DecimalText}'s form — exponents of at most
 * three digits — and at most {@link WorkbookLimits#maxNumberLength()} characters as written and
 * written out in plain notation, so every number read can be written and read again by par). A
 * spreadsheet keeps 15 significant digits and may store more, which are binary noise (Excel stores a
 * typed 0.29 as {@code 0.28999999999999998}), so a stored text of more than {@value #EXACT_DIGITS}
 * significant digits is rounded, in decimal, to {@value #EXACT_DIGITS}. A text longer than
 * {@link WorkbookLimits#maxStringLength()} is refused. A text cell holding a number is parsed by
 * {@link #parse(String, boolean, int)}.
 *
 * <p>A formula cell is read from the value the spreadsheet computed and stored with it, never
 * evaluated: a formula cannot make par compute or fetch anything, and its stored value is data like a
 * typed one (Excel and LibreOffice store the value they show when they save).
 */
final class Cells {
  /** Significant digits a spreadsheet keeps. */
  static final int EXACT_DIGITS = 15;
  private static final MathContext SPREADSHEET = new MathContext(EXACT_DIGITS, RoundingMode.HALF_EVEN);
  private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d*)(?:([.,])(\\d*))?");
  private static final QName TYPE = new QName("", "t");

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
    /** A date cell ({@code t="d"}): its ISO 8601 text. */
    DATE,
    /** An error value such as {@code #DIV/0!}, or a cell that cannot be read (see its reason). */
    ERROR
  }

  /**
   * A cell's value, read exactly.
   *
   * @param type what it holds
   * @param number the number, for {@link Type#NUMBER}
   * @param text the text as stored (a number's stored text, an error's code, a date's text)
   * @param bool the boolean, for {@link Type#BOOLEAN}
   * @param date whether a number is formatted as a date
   * @param format the cell's number format
   * @param reason why an {@link Type#ERROR} cell cannot be read, or {@code null} for an error value
   */
  record Value(Type type, BigDecimal number, String text, boolean bool, boolean date,
      String format, String reason) {
    static final Value BLANK = new Value(Type.BLANK, null, "", false, false, "General", null);

    boolean blank() {
      return type == Type.BLANK;
    }

    /** The value as a person sees it in a Vietnamese spreadsheet: numbers with a decimal comma. */
    String shown() {
      return switch (type) {
        case NUMBER -> Texts.vi(number);
        case BOOLEAN -> bool ? "TRUE" : "FALSE";
        case BLANK -> "nothing";
        case DATE -> "a date (" + Texts.quote(text) + ")";
        default -> reason == null ? Texts.quote(text) : reason;
      };
    }

    private static Value error(String text, String reason, String format) {
      return new Value(Type.ERROR, null, text, false, false, format, reason);
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
   * Reads a cell; never throws.
   *
   * @param cell the cell, or {@code null}
   * @param limits the number and text limits
   * @return its value
   */
  static Value read(XSSFCell cell, WorkbookLimits limits) {
    if (cell == null) {
      return Value.BLANK;
    }
    String format = "General";
    try {
      format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
      return read(cell, format == null ? "General" : format, limits);
    } catch (RuntimeException e) {
      // a broken reference (a shared string or style that does not exist): data, not a crash
      return Value.error("", "a cell that cannot be read", format);
    }
  }

  private static Value read(XSSFCell cell, String format, WorkbookLimits limits) {
    CTCell ct = cell.getCTCell();
    String type = ct.isSetT() ? type(ct) : "n";
    String raw = ct.isSetV() ? ct.getV() : null;
    switch (type) {
      case "n": {
        if (raw == null || raw.isBlank()) {
          return Value.BLANK;
        }
        Parsed p = stored(raw.trim(), limits.maxNumberLength());
        if (p.value() == null) {
          return Value.error(raw, Texts.quote(raw.trim()) + ": " + p.error(), format);
        }
        boolean date = DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), format);
        return new Value(Type.NUMBER, p.value(), raw, false, date, format, null);
      }
      case "s":
      case "str":
      case "inlineStr": {
        String s = cell.getStringCellValue();
        if (s == null || s.replace('\u00a0', ' ').isBlank()) {
          return Value.BLANK;
        }
        if (s.length() > limits.maxStringLength()) {
          return Value.error(s, "a text of " + s.length() + " characters; the limit is "
              + limits.maxStringLength(), format);
        }
        return new Value(Type.TEXT, null, s, false, false, format, null);
      }
      case "b":
        if ("1".equals(raw) || "0".equals(raw)) {
          return new Value(Type.BOOLEAN, null, raw, raw.equals("1"), false, format, null);
        }
        return raw == null ? Value.BLANK : Value.error(raw, "a TRUE/FALSE cell holding "
            + Texts.quote(raw), format);
      case "e":
        return Value.error(raw == null ? "#N/A" : raw, null, format);
      case "d":
        return raw == null || raw.isBlank() ? Value.BLANK
            : new Value(Type.DATE, null, raw, false, true, format, null);
      default:
        return Value.error(raw == null ? "" : raw, "a cell of unknown type " + Texts.quote(type),
            format);
    }
  }

  /** The type attribute as written, also when the schema does not know it. */
  private static String type(CTCell ct) {
    try (XmlCursor c = ct.newCursor()) {
      String t = c.getAttributeText(TYPE);
      return t == null ? "n" : t.trim();
    }
  }

  /**
   * A numeric cell's stored text as a decimal, within the limits: the form {@code DecimalText}
   * accepts, at most {@code maxLength} characters as stored, rounded to {@value #EXACT_DIGITS}
   * significant digits, and at most {@code maxLength} characters written out in plain notation.
   *
   * @param raw the stored text, trimmed
   * @param maxLength the number limit
   * @return the decimal (never with a negative scale), or why it is refused
   */
  static Parsed stored(String raw, int maxLength) {
    if (raw.length() > maxLength) {
      return new Parsed(null, "a number of " + raw.length() + " characters; the limit is "
          + maxLength);
    }
    BigDecimal n = DecimalText.parse(raw);
    if (n == null) {
      return new Parsed(null, "not a number par can hold (exponents of at most 3 digits, at most "
          + maxLength + " characters written out in full)");
    }
    if (n.precision() > EXACT_DIGITS) {
      n = n.round(SPREADSHEET);
    }
    if (n.scale() < 0) {
      n = n.setScale(0);
    }
    return within(n, maxLength);
  }

  private static Parsed within(BigDecimal n, int maxLength) {
    int length = DecimalText.plainLength(n);
    if (length > maxLength) {
      return new Parsed(null, "it has " + length + " characters written out in full (decimals "
          + "are kept and written in plain notation); the limit is " + maxLength);
    }
    return new Parsed(n, null);
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
   * from 0 to 1, so the separator can only be a decimal one ({@code 9,278%} is 0.09278). The number
   * may have at most {@code maxLength} characters written out in plain notation, as a numeric cell.
   *
   * @param text the text
   * @param percent whether a rate is expected: a final {@code %} is accepted
   * @param maxLength the number limit ({@link WorkbookLimits#maxNumberLength()})
   * @return the number, or why the text is not one
   */
  static Parsed parse(String text, boolean percent, int maxLength) {
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
    if (whole.length() + fraction.length() > maxLength) {
      return new Parsed(null, "it has " + (whole.length() + fraction.length()) + " digits; the "
          + "limit is " + maxLength + " characters written out in full");
    }
    BigDecimal v = new BigDecimal(m.group(1) + (whole.isEmpty() ? "0" : whole)
        + (fraction.isEmpty() ? "" : "." + fraction));
    return within(pct ? v.movePointLeft(2) : v, maxLength);
  }
}
