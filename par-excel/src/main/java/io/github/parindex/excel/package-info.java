/**
 * Excel in and out: the self-assessment form officials fill, written for any methodology and read
 * back into a submission, and scorecards as workbooks.
 *
 * <ul>
 *   <li>{@link io.github.parindex.excel.FormWriter} writes the form (phiếu tự đánh giá, chấm điểm):
 *       one row per node, STT | Tiêu chí | Điểm tối đa | Loại số liệu | Số liệu kê khai |
 *       Phương pháp chấm | Tài liệu kiểm chứng | Tài liệu đã nộp | Điểm tự chấm | Điểm thẩm định |
 *       Ghi chú and a signature block, protected but for the cells to fill, printable on A4, blank
 *       or prefilled from a submission with the computed points;
 *   <li>{@link io.github.parindex.excel.FormReader} reads a filled form back into a
 *       {@link io.github.parindex.model.Submission}, reporting every problem at once with the sheet
 *       and cell as its path ({@code Phiếu!E12}), and what it ignored as warnings;
 *   <li>{@link io.github.parindex.excel.CriteriaWriter} writes a methodology as the criteria-set
 *       workbook officials publish and edit (one row per node, the rule in words and in typed
 *       columns, a formula checking each maximum), and {@link io.github.parindex.excel.CriteriaReader}
 *       reads it back into an equal {@link io.github.parindex.model.Methodology}
 *       ({@link io.github.parindex.excel.CriteriaReading});
 *   <li>{@link io.github.parindex.excel.ScorecardWorkbook} writes a scorecard (fields, every node with
 *       its explanation, deficits), optionally beside the self-assessment it is compared with;
 *   <li>{@link io.github.parindex.excel.WorkbookLimits} bound the work done reading any workbook.
 * </ul>
 *
 * <p>Exactness: numbers are written as numeric cells whose stored text is the decimal itself (at most
 * 15 significant digits, which a spreadsheet keeps exactly; longer ones are written as text), and
 * read from the cell's stored text with {@link java.math.BigDecimal}, never through {@code double}.
 * Writers are deterministic: the same input gives the same bytes.
 *
 * <p>Every reader reads cells through one layer under the number and text limits of par's JSON and
 * YAML readers, so what a workbook gives can always be written to a file par reads back.
 *
 * <p>This module is the only one that depends on Apache POI; the core modules do not. The layouts and
 * what the readers accept are described in {@code docs/excel.md} and {@code docs/criteria-sheet.md}.
 */
package io.github.parindex.excel;
