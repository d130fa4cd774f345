package io.github.parindex.report;

import io.github.parindex.model.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;

/**
 * A small writer of self-contained, XHTML-compatible HTML pages: every element is closed, void
 * elements end with {@code />}, text and attribute values are escaped, and characters that XML does
 * not allow are replaced, so a page is both valid HTML and well-formed XML. The pages carry their own
 * style sheet and no script; nothing refers to another file or to the network.
 */
final class Html {
  /** SVG's namespace, for inline charts. */
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private final StringBuilder out = new StringBuilder(16_384);

  /** The style sheet shared by every report: screen and A4 print. */
  private static final String STYLE = """
      @page { size: A4; margin: 14mm 12mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "DejaVu Sans", "Segoe UI", "Liberation Sans", Arial, sans-serif;
        font-size: 14px; line-height: 1.45; color: #1f2933; background: #fff;
        margin: 0 auto; max-width: 1040px; padding: 24px; }
      header h1 { font-size: 24px; margin: 0 0 4px; }
      h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px;
        border-bottom: 2px solid #d9e2ec; break-after: avoid; page-break-after: avoid; }
      h3 { font-size: 15px; margin: 18px 0 6px; break-after: avoid; }
      p { margin: 6px 0; }
      .sub { color: #52606d; }
      .muted { color: #7b8794; }
      .unknown { color: #8d6708; font-style: italic; }
      .summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; }
      .card { border: 1px solid #d9e2ec; border-radius: 6px; padding: 8px 14px; min-width: 150px;
        break-inside: avoid; }
      .card .label { font-size: 12px; color: #52606d; text-transform: uppercase;
        letter-spacing: 0.03em; }
      .card .value { font-size: 24px; font-weight: 700; white-space: nowrap; }
      .card .value.unknown { font-size: 18px; }
      .card .note { font-size: 12px; color: #52606d; max-width: 320px; }
      .box { border-left: 4px solid #9aa5b1; background: #f5f7fa; padding: 8px 14px; margin: 10px 0;
        break-inside: avoid; }
      .box ul { margin: 4px 0; padding-left: 20px; }
      .box.alerts { border-color: #c0392b; background: #fdecea; }
      .box.notice { border-color: #d9a300; background: #fff8e1; }
      .box.warnings { border-color: #d9a300; background: #fffbea; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
      th, td { padding: 4px 6px; border-bottom: 1px solid #e4e7eb; text-align: left;
        vertical-align: top; }
      th { background: #f0f4f8; font-weight: 600; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      th.num { white-space: normal; }
      .code { white-space: nowrap; font-variant-numeric: tabular-nums; }
      tr.depth-1 td { font-weight: 600; background: #f8fafc; }
      tr.depth-2 td.name { padding-left: 18px; }
      tr.depth-3 td.name { padding-left: 32px; }
      tr.depth-4 td.name, tr.depth-5 td.name, tr.depth-6 td.name { padding-left: 46px; }
      tr.remainder td { font-style: italic; color: #3e4c59; }
      tr.total td { font-weight: 700; border-top: 2px solid #9aa5b1; }
      .status, .band { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px;
        white-space: nowrap; }
      .status-FULL { background: #e3f9e5; color: #05400a; }
      .status-PARTIAL { background: #fff3c4; color: #5c4813; }
      .status-ZERO { background: #ffe3e3; color: #610404; }
      .status-NOT_APPLICABLE { background: #e4e7eb; color: #3e4c59; }
      .status-MISSING { background: #ffe8d9; color: #841003; }
      .status-UNKNOWN { background: #f0e6ff; color: #44056e; }
      .match { color: #05400a; }
      .mismatch { color: #a61b1b; font-weight: 700; }
      .up { color: #05400a; }
      .down { color: #a61b1b; }
      figure { margin: 8px 0; }
      figcaption { font-size: 12px; color: #52606d; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      svg.chart text { font-family: "DejaVu Sans", "Segoe UI", "Liberation Sans", Arial, sans-serif;
        font-size: 12px; fill: #1f2933; }
      svg.chart .tick { fill: #7b8794; font-size: 11px; }
      svg.chart .grid { stroke: #e4e7eb; stroke-width: 1; }
      svg.chart .track { fill: #f0f4f8; }
      svg.chart .track.unknown { fill: #fff; stroke: #b8a46b; stroke-dasharray: 4 3; }
      svg.chart .bar { fill: #2f6fb0; }
      svg.chart .bar.alert { fill: #c0392b; }
      svg.chart .threshold { stroke: #c0392b; stroke-width: 2; stroke-dasharray: 3 2; }
      svg.chart .median { stroke: #1f2933; stroke-width: 2; stroke-dasharray: 6 3; }
      svg.chart .value { font-weight: 700; }
      svg.chart .value.unknown { fill: #8d6708; font-weight: 400; font-style: italic; }
      .legend { font-size: 12px; color: #52606d; }
      .legend span.swatch { display: inline-block; width: 11px; height: 11px; margin: 0 4px 0 10px;
        vertical-align: -1px; border-radius: 2px; }
      details { border-bottom: 1px solid #e4e7eb; padding: 4px 0; break-inside: avoid; }
      summary { cursor: pointer; }
      details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px;
        margin: 6px 0 6px 18px; font-size: 13px; }
      details dt { color: #52606d; }
      details dd { margin: 0; }
      details p { margin: 6px 0 0 18px; }
      footer { margin-top: 28px; font-size: 12px; color: #7b8794; }
      @media print {
        body { max-width: none; padding: 0; font-size: 9.5pt; }
        header h1 { font-size: 16pt; }
        h2 { font-size: 12.5pt; margin-top: 16pt; }
        .card .value { font-size: 15pt; }
        table { font-size: 8.5pt; }
        th, td { padding: 2px 4px; }
        svg.chart { width: 100%; }
        section, figure { break-inside: auto; }
        details { border: none; }
        summary { list-style: none; }
        .screen-only { display: none; }
        /* on the narrow printed page a unit's name keeps room for two words a line */
        table.ranking td:nth-child(2) { min-width: 8em; }
      }
      """;

  /**
   * Starts a page: the document type, {@code <html>} and the head with its title and style sheet;
   * leaves {@code <body>} open.
   *
   * @param l the page's language
   * @param title the page title
   * @param extraStyle more style rules, or an empty text
   * @return the writer
   */
  static Html page(Language l, String title, String extraStyle) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", l == Language.EN ? "en" : "vi")
        .raw("\n<head>\n");
    h.empty("meta", "charset", "utf-8").raw("\n");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .raw("\n");
    h.element("title", title).raw("\n");
    h.raw("<style>\n").raw(STYLE).raw(extraStyle).raw("</style>\n</head>\n<body>\n");
    return h;
  }

  /**
   * Ends the page: closes {@code <body>} and {@code <html>}.
   *
   * @return the page
   */
  String end() {
    raw("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Appends markup as is.
   *
   * @param markup the markup
   * @return this writer
   */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Appends escaped text.
   *
   * @param text the text
   * @return this writer
   */
  Html text(String text) {
    escape(text, false, out);
    return this;
  }

  /**
   * Opens an element.
   *
   * @param tag the tag
   * @param attributes names and values, in pairs; a {@code null} value leaves the attribute out
   * @return this writer
   */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /**
   * Closes an element.
   *
   * @param tag the tag
   * @return this writer
   */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Appends an element with escaped text content.
   *
   * @param tag the tag
   * @param text the text
   * @param attributes names and values, in pairs
   * @return this writer
   */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Appends an element without content, written {@code <tag ... />}.
   *
   * @param tag the tag
   * @param attributes names and values, in pairs
   * @return this writer
   */
  Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /**
   * Appends a line break in the markup (not in the page).
   *
   * @return this writer
   */
  Html nl() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name-value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true, out);
      out.append('"');
    }
  }

  /**
   * Escapes text for HTML and XML: {@code & < > " '}, and replaces characters that XML 1.0 does
   * not allow (control characters, unpaired surrogates, U+FFFE, U+FFFF) with U+FFFD. Line ends in
   * attribute values become spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, false, b);
    return b.toString();
  }

  private static void escape(String text, boolean attribute, StringBuilder b) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\r' -> b.append(attribute ? " " : "");
        case '\n', '\t' -> b.append(attribute ? ' ' : (char) c);
        default -> {
          boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000 && c <= 0x10FFFF;
          if (allowed) {
            b.appendCodePoint(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
  }

  /**
   * Shortens a text to at most {@code max} characters, ending it with an ellipsis when cut.
   *
   * @param text the text
   * @param max the most characters kept, ellipsis included
   * @return the text
   */
  static String shorten(String text, int max) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end).stripTrailing() + "\u2026";
  }

  /**
   * A coordinate for SVG: a decimal with a point and two decimals, the same on every platform.
   *
   * @param value the value
   * @return the text
   */
  static String coordinate(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A coordinate for SVG.
   *
   * @param value the value
   * @return the text
   */
  static String coordinate(int value) {
    return Integer.toString(value);
  }

  /**
   * The x offset of a percentage on a plot: {@code clamp(percent, 0, 100) × width / 100}.
   *
   * @param percent the percentage
   * @param width the plot's width for 100 %
   * @return the offset
   */
  static BigDecimal scale(BigDecimal percent, int width) {
    BigDecimal p = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    return p.multiply(BigDecimal.valueOf(width)).divide(BigDecimal.valueOf(100), 6,
        RoundingMode.HALF_UP);
  }
}
