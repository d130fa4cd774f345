package io.github.parindex.report.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV text, the one writer of every CSV par makes: RFC 4180 records ending with {@code \n}, a cell
 * in double quotes (its quotes doubled) when it holds a comma, a quote, a carriage return or a line
 * feed.
 *
 * <p>Cells are typed, because text and numbers are written differently:
 *
 * <ul>
 *   <li>a number ({@link BigDecimal} in plain notation, exactly as held; {@link Integer},
 *       {@link Long}, {@link BigInteger}) and a {@link Boolean} are written as they are: a negative
 *       number stays {@code -1.5};
 *   <li>a text ({@link CharSequence}, or an {@link Enum}'s name) that begins with {@code =},
 *       {@code +}, {@code -}, {@code @}, a tab or a carriage return — which a spreadsheet would run
 *       as a formula (CSV injection) — is neutralised as OWASP recommends: a single quote is put
 *       before it and the cell is quoted ({@code "'=HYPERLINK(…)"}), so that it shows as text; other
 *       texts are written as they are;
 *   <li>{@code null} is an empty cell (an unknown value).
 * </ul>
 *
 * <p>Not thread-safe; the static methods are.
 */
public final class Csv {
  private final StringBuilder out = new StringBuilder();

  /** An empty document, to which records are appended. */
  public Csv() {}

  /**
   * Appends a record.
   *
   * @param cells the cells, typed as the class says
   * @return this writer
   * @throws IllegalArgumentException if a cell is of another type
   */
  public Csv row(List<?> cells) {
    out.append(record(cells));
    return this;
  }

  /**
   * Appends a record.
   *
   * @param cells the cells, typed as the class says
   * @return this writer
   * @throws IllegalArgumentException if a cell is of another type
   */
  public Csv row(@Nullable Object... cells) {
    return row(Arrays.asList(cells));
  }

  /**
   * One record with its {@code \n}.
   *
   * @param cells the cells, typed as the class says
   * @return the record
   * @throws IllegalArgumentException if a cell is of another type
   */
  public static String record(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append('\n').toString();
  }

  /**
   * One cell as written.
   *
   * @param value a number, a boolean, a text, an enum constant, or {@code null}
   * @return the cell, quoted and neutralised as needed
   * @throws IllegalArgumentException if the value is of another type
   */
  public static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
        || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return text(e.name());
    }
    if (value instanceof CharSequence s) {
      return text(s.toString());
    }
    throw new IllegalArgumentException("not a CSV cell: " + value.getClass().getName());
  }

  /**
   * Whether a text would be run as a formula by a spreadsheet (OWASP's list of first characters).
   *
   * @param text the text
   * @return true when it begins with {@code = + - @}, a tab or a carriage return
   */
  public static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  private static String text(String text) {
    if (looksLikeFormula(text)) {
      return '"' + "'" + text.replace("\"", "\"\"") + '"';
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /**
   * The records written.
   *
   * @return the CSV text
   */
  @Override
  public String toString() {
    return out.toString();
  }
}
