package io.github.parindex.excel;

import io.github.parindex.excel.Styles.Look;
import io.github.parindex.model.Language;
import io.github.parindex.report.Table;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reports built as {@link Table}s (rankings, deficits, comparisons, batches of scores, the province's
 * dashboard) as an {@code .xlsx} workbook, one sheet per table: its title in the first row, the
 * headings in the second, frozen so that they stay in view, then one row per row of the table.
 *
 * <p>Guarantees: numbers are numeric cells holding the exact decimal (see the package
 * documentation), shown with the decimals the table gives for their column (the methodology's
 * published decimals) in the language's notation; text stays text; columns are as wide as their
 * longest cell (up to a limit, beyond which text wraps); sheets print landscape on A4, one page wide.
 * The same tables give the same bytes.
 */
public final class TableWorkbook {
  /** The widest column, in characters; longer texts wrap. */
  private static final int WIDEST = 48;

  private TableWorkbook() {}

  /**
   * The workbook of one or more tables.
   *
   * @param title the document's title (its properties)
   * @param language the language whose notation numbers are shown in
   * @param tables the tables, one sheet each, in order; their names must differ
   * @return the workbook's bytes
   * @throws IllegalArgumentException if there is no table or two share a name
   */
  public static byte[] write(String title, Language language, List<Table> tables) {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("no table");
    }
    XSSFWorkbook wb = new XSSFWorkbook();
    Styles styles = new Styles(wb);
    String locale = language == Language.VI ? "[$-42A]" : "[$-409]";
    for (Table t : tables) {
      if (wb.getSheet(t.name()) != null) {
        throw new IllegalArgumentException("two tables named " + t.name());
      }
      sheet(wb.createSheet(t.name()), styles, locale, t);
    }
    return Workbooks.save(wb, title);
  }

  private static void sheet(XSSFSheet sheet, Styles styles, String locale, Table t) {
    List<Table.Column> columns = t.columns();
    int[] widths = new int[columns.size()];
    XSSFCell title = SheetTable.cell(sheet, 0, 0);
    title.setCellStyle(styles.of(Look.plain().strong().size(14)));
    title.setCellValue(t.title());
    Look header = Look.plain().boxed().wrapped().strong().centred()
        .fill(IndexedColors.GREY_25_PERCENT);
    for (int c = 0; c < columns.size(); c++) {
      XSSFCell cell = SheetTable.cell(sheet, 1, c);
      cell.setCellStyle(styles.of(header));
      cell.setCellValue(columns.get(c).heading());
      widths[c] = Math.max(8, Math.min(WIDEST, longestWord(columns.get(c).heading()) + 2));
    }
    Look text = Look.plain().boxed().wrapped();
    Look number = Look.plain().boxed();
    int r = 2;
    for (List<Object> row : t.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Table.Column column = columns.get(c);
        Object value = row.get(c);
        XSSFCell cell = SheetTable.cell(sheet, r, c);
        if (column.text()) {
          cell.setCellStyle(styles.of(text.format(Styles.TEXT)));
          String s = value == null ? "" : (String) value;
          if (!s.isEmpty()) {
            cell.setCellValue(s);
          }
          widths[c] = Math.max(widths[c], Math.min(WIDEST, s.length() + 2));
        } else {
          String format = column.decimals() == 0 ? locale + "0"
              : locale + "0." + "0".repeat(column.decimals());
          cell.setCellStyle(styles.of(number.format(format)));
          if (value != null) {
            BigDecimal n = value instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) value;
            Cells.number(cell, n);
            widths[c] = Math.max(widths[c], Math.min(WIDEST, n.toPlainString().length() + 3));
          }
        }
      }
      r++;
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    SheetTable.fitHeight(sheet, 1);
    for (int i = 2; i < r; i++) {
      SheetTable.fitHeight(sheet, i);
    }
    sheet.createFreezePane(0, 2);
    if (r > 2) {
      sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, columns.size() - 1));
    }
    new SheetTable(sheet, styles).printWide();
    sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columns.size() - 1));
  }

  /** The longest word of a heading: the narrowest width at which it wraps without cutting a word. */
  private static int longestWord(String heading) {
    int longest = 0;
    for (String w : heading.split("\\s+")) {
      longest = Math.max(longest, w.length());
    }
    return Math.max(longest, Math.min(heading.length(), 14));
  }
}
