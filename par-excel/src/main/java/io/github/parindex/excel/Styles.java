package io.github.parindex.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workbook, created once per distinct look. Number formats carry the
 * Vietnamese locale ({@code [$-42A]}), so a spreadsheet that honours a format's locale shows a
 * decimal comma; the cells hold exact values whatever is shown.
 */
final class Styles {
  /** The font of every cell. */
  static final String FONT = "Times New Roman";
  /** Text: {@code @}, so that codes typed into the cell stay text ({@code 1.10} is not 1.1). */
  static final String TEXT = "@";
  /** Whole numbers. */
  static final String WHOLE = "0";
  /** Decimals shown as they are. */
  static final String DECIMAL = "[$-42A]General";
  /** Rates, shown as percents with 2 to 4 decimals. */
  static final String RATE = "[$-42A]0.00##%";

  /**
   * A look.
   *
   * @param bold bold text
   * @param italic italic text
   * @param size the font size in points
   * @param fill the fill colour, or {@code null}
   * @param format the number format
   * @param wrap whether text wraps
   * @param border whether the cell has thin borders
   * @param indent the indentation level
   * @param align the horizontal alignment, or {@code null} for the general one
   * @param locked whether the cell is locked when the sheet is protected
   */
  record Look(boolean bold, boolean italic, short size, IndexedColors fill, String format,
      boolean wrap, boolean border, int indent, HorizontalAlignment align, boolean locked) {
    static Look plain() {
      return new Look(false, false, (short) 12, null, "General", false, false, 0, null, true);
    }

    Look strong() {
      return new Look(true, italic, size, fill, format, wrap, border, indent, align, locked);
    }

    Look slanted() {
      return new Look(bold, true, size, fill, format, wrap, border, indent, align, locked);
    }

    Look size(int points) {
      return new Look(bold, italic, (short) points, fill, format, wrap, border, indent, align,
          locked);
    }

    Look fill(IndexedColors colour) {
      return new Look(bold, italic, size, colour, format, wrap, border, indent, align, locked);
    }

    Look format(String code) {
      return new Look(bold, italic, size, fill, code, wrap, border, indent, align, locked);
    }

    Look wrapped() {
      return new Look(bold, italic, size, fill, format, true, border, indent, align, locked);
    }

    Look boxed() {
      return new Look(bold, italic, size, fill, format, wrap, true, indent, align, locked);
    }

    Look indent(int level) {
      return new Look(bold, italic, size, fill, format, wrap, border, level, align, locked);
    }

    Look centred() {
      return new Look(bold, italic, size, fill, format, wrap, border, indent,
          HorizontalAlignment.CENTER, locked);
    }

    Look left() {
      return new Look(bold, italic, size, fill, format, wrap, border, indent,
          HorizontalAlignment.LEFT, locked);
    }

    Look right() {
      return new Look(bold, italic, size, fill, format, wrap, border, indent,
          HorizontalAlignment.RIGHT, locked);
    }

    /** An input cell: light yellow and unlocked. */
    Look input() {
      return new Look(bold, italic, size, IndexedColors.LIGHT_YELLOW, format, wrap, border, indent,
          align, false);
    }
  }

  private final XSSFWorkbook workbook;
  private final Map<Look, XSSFCellStyle> styles = new HashMap<>();
  private final Map<String, XSSFFont> fonts = new HashMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    XSSFFont base = workbook.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints((short) 12);
    // without a theme scheme, so that every spreadsheet uses the font named
    base.setScheme(FontScheme.NONE);
  }

  /**
   * The style of a look.
   *
   * @param look the look
   * @return the style, shared by every cell of that look
   */
  XSSFCellStyle of(Look look) {
    return styles.computeIfAbsent(look, this::create);
  }

  private XSSFCellStyle create(Look look) {
    XSSFCellStyle s = workbook.createCellStyle();
    s.setFont(font(look.bold(), look.italic(), look.size()));
    if (look.fill() != null) {
      s.setFillForegroundColor(look.fill().getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    s.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
    s.setWrapText(look.wrap());
    s.setVerticalAlignment(VerticalAlignment.TOP);
    if (look.align() != null) {
      s.setAlignment(look.align());
    }
    if (look.align() == HorizontalAlignment.CENTER) {
      s.setVerticalAlignment(VerticalAlignment.CENTER);
    }
    if (look.border()) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    if (look.indent() > 0) {
      s.setIndention((short) look.indent());
    }
    s.setLocked(look.locked());
    return s;
  }

  private XSSFFont font(boolean bold, boolean italic, short size) {
    String key = bold + "/" + italic + "/" + size;
    return fonts.computeIfAbsent(key, k -> {
      if (!bold && !italic && size == 12) {
        return workbook.getFontAt(0);
      }
      XSSFFont f = workbook.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints(size);
      f.setBold(bold);
      f.setItalic(italic);
      return f;
    });
  }

  /**
   * Points at a methodology's decimals, e.g. {@code [$-42A]0.0000}.
   *
   * @param decimals the decimals
   * @return the format
   */
  static String points(int decimals) {
    return decimals <= 0 ? "[$-42A]0" : "[$-42A]0." + "0".repeat(decimals);
  }

  /**
   * Maxima: at least one decimal, up to a methodology's decimals, e.g. {@code [$-42A]0.0###}.
   *
   * @param decimals the methodology's point decimals
   * @return the format
   */
  static String max(int decimals) {
    return decimals <= 0 ? "[$-42A]0" : "[$-42A]0.0" + "#".repeat(decimals - 1);
  }

  /**
   * A figure's printed decimals, e.g. {@code [$-42A]0.00} for 9.48, so that the spreadsheet shows
   * it as printed and keeps its decimals even where it drops trailing zeros.
   *
   * @param scale the decimals
   * @return the format
   */
  static String fixed(int scale) {
    return scale <= 0 ? "[$-42A]0" : "[$-42A]0." + "0".repeat(scale);
  }
}
