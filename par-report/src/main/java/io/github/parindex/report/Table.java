package io.github.parindex.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report as a table of typed cells, for spreadsheets: a name (the sheet's), a title, headings in the
 * report's language and rows whose numbers are exact decimals with the decimals they are published
 * with. The writers build one next to their CSV ({@code RankingWriter.table}, ...), from the same
 * figures, so that a spreadsheet shows what the JSON holds.
 *
 * <p>Immutable and safe to share once built. Cells are {@link String}, {@link Integer},
 * {@link BigDecimal} or {@code null} (an unknown value, left blank).
 */
public final class Table {
  /**
   * A column: its heading and the kind of its cells.
   *
   * @param heading the heading, in the report's language
   * @param decimals {@code -1} for text, {@code 0} for whole numbers, else the decimals numbers are
   *     shown with (the methodology's point or index decimals)
   */
  public record Column(String heading, int decimals) {
    /**
     * A column.
     *
     * @param heading the heading
     * @param decimals {@code -1} for text, else the decimals shown, from 0 to 20
     * @throws IllegalArgumentException if decimals is out of range
     */
    public Column {
      Objects.requireNonNull(heading, "heading");
      if (decimals < -1 || decimals > 20) {
        throw new IllegalArgumentException("decimals: " + decimals);
      }
    }

    /**
     * Whether the column holds text.
     *
     * @return true for text, false for numbers
     */
    public boolean text() {
      return decimals < 0;
    }
  }

  private final String name;
  private final String title;
  private final List<Column> columns;
  private final List<List<@Nullable Object>> rows;

  private Table(String name, String title, List<Column> columns,
      List<List<@Nullable Object>> rows) {
    this.name = name;
    this.title = title;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Starts a table.
   *
   * @param name the sheet's name (at most 31 characters, without {@code []:*?/\})
   * @param title the title printed above the headings
   * @return a builder
   * @throws IllegalArgumentException if the name is not a valid sheet name
   */
  public static Builder builder(String name, String title) {
    if (name.isEmpty() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
      throw new IllegalArgumentException("not a sheet name: " + name);
    }
    return new Builder(name, Objects.requireNonNull(title, "title"));
  }

  /**
   * The sheet's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The title printed above the headings.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The columns, left to right.
   *
   * @return an unmodifiable list
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The rows, top to bottom, each with one cell per column.
   *
   * @return an unmodifiable list of unmodifiable rows
   */
  public List<List<@Nullable Object>> rows() {
    return rows;
  }

  /** Builds a {@link Table}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<@Nullable Object>> rows = new ArrayList<>();

    private Builder(String name, String title) {
      this.name = name;
      this.title = title;
    }

    /**
     * Adds a text column.
     *
     * @param heading the heading
     * @return this builder
     */
    public Builder text(String heading) {
      columns.add(new Column(heading, -1));
      return this;
    }

    /**
     * Adds a column of numbers shown with {@code decimals} decimals (0: whole numbers).
     *
     * @param heading the heading
     * @param decimals the decimals shown
     * @return this builder
     */
    public Builder number(String heading, int decimals) {
      columns.add(new Column(heading, Math.max(0, decimals)));
      return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column: text for a text column, an {@link Integer} or a
     *     {@link BigDecimal} for a number column, {@code null} when unknown
     * @return this builder
     * @throws IllegalArgumentException if the row has not one cell per column or a cell is of the
     *     wrong kind
     */
    public Builder row(@Nullable Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(cells.length + " cells for " + columns.size()
            + " columns");
      }
      for (int i = 0; i < cells.length; i++) {
        Object c = cells[i];
        boolean ok = c == null || (columns.get(i).text() ? c instanceof String
            : c instanceof Integer || c instanceof BigDecimal);
        if (!ok) {
          throw new IllegalArgumentException("column " + i + " (" + columns.get(i).heading()
              + "): " + c.getClass().getSimpleName());
        }
      }
      rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(name, title, columns, rows);
    }
  }
}
