package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The self-assessment form as a unit hands it in (issue 17 item 5, CYCLE.md §3): protected labels
 * and computed cells with the cells to fill open, A4 print setup, a signature block and date, and
 * the evidence columns — written, read back from the file, and read by {@link FormReader}.
 */
class FormPaperTest {
  private static final Scorer SCORER = Fixtures.scorer();
  private final FormWriter writer = FormWriter.of(SCORER);
  private final FormReader reader = FormReader.of(SCORER);

  @Test
  void write_sheetsAreProtectedWithoutAPassword_labelsAndPointsLocked_inputsOpen()
      throws Exception {
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      for (XSSFSheet sheet : List.of(e.form, e.workbook.getSheet(Layout.EXTRA_SHEET))) {
        assertTrue(sheet.getProtect(), sheet.getSheetName());
        assertTrue(sheet.isSheetLocked());
        assertFalse(sheet.getCTWorksheet().getSheetProtection().isSetPassword(),
            "no password: the Review menu lifts the protection");
        assertFalse(sheet.isFormatColumnsLocked(), "columns resizable");
        assertFalse(sheet.isFormatRowsLocked(), "rows resizable");
      }
      int leaf = e.row("1.1");
      int section = e.row("1");
      // labels, rule words, maxima and a section's computed points are locked
      for (Column c : List.of(Column.CODE, Column.NAME, Column.MAX, Column.METHOD,
          Column.EVIDENCE)) {
        assertTrue(e.cell(leaf, c.index()).getCellStyle().getLocked(), c.label);
      }
      int points = FormBuilder.pointsColumn(Fixtures.a().stage()).index();
      assertTrue(e.cell(section, points).getCellStyle().getLocked());
      assertEquals(CellType.NUMERIC, e.cell(section, points).getCellType());
      // what the unit fills is open
      for (Column c : List.of(Column.KIND, Column.VALUE, Column.EVIDENCE_GIVEN, Column.SELF,
          Column.APPRAISED, Column.NOTE)) {
        assertFalse(e.cell(leaf, c.index()).getCellStyle().getLocked(), c.label);
      }
      assertFalse(e.cell(find(e.form, Layout.Field.UNIT_ID.label), 2).getCellStyle().getLocked(),
          "the unit's id");
      // the header row of the table is locked
      assertTrue(e.cell(e.row("1") - 1, Column.SELF.index()).getCellStyle().getLocked());
    }
  }

  @Test
  void write_printsOnA4Landscape_fitToOnePageWide_withTheHeaderRowOnEveryPage() throws Exception {
    try (Edit e = new Edit(writer.blank())) {
      XSSFSheet f = e.form;
      PrintSetup print = f.getPrintSetup();
      assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
      assertTrue(print.getLandscape());
      assertTrue(f.getFitToPage());
      assertEquals(1, print.getFitWidth());
      assertEquals(0, print.getFitHeight(), "as many pages down as needed");
      assertTrue(f.getHorizontallyCenter());
      assertEquals(0.6, f.getMargin(PageMargin.LEFT));
      assertEquals(0.6, f.getMargin(PageMargin.RIGHT));
      assertEquals(0.75, f.getMargin(PageMargin.TOP));
      assertEquals(0.75, f.getMargin(PageMargin.BOTTOM));
      int header = e.row("1") - 1;
      assertEquals(new CellRangeAddress(header, header, -1, -1).formatAsString(),
          f.getRepeatingRows().formatAsString());
      assertEquals("Trang &P / &N", f.getFooter().getCenter());
      assertEquals(PrintSetup.A4_PAPERSIZE, e.workbook.getSheet(Layout.EXTRA_SHEET)
          .getPrintSetup().getPaperSize());
    }
  }

  @Test
  void write_signatureBlockAndDate_underTheTable() throws Exception {
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      int last = e.row("P.2");
      int date = find(e.form, Layout.DATE_LINE);
      assertTrue(date > last, "under the table");
      assertEquals(Column.METHOD.index(), column(e.form, date, Layout.DATE_LINE));
      assertFalse(e.cell(date, Column.METHOD.index()).getCellStyle().getLocked(),
          "the place and date are filled in");
      assertEquals(List.of(Layout.PREPARER, Layout.HEAD), List.of(
          e.cell(date + 1, Column.NAME.index()).getStringCellValue(),
          e.cell(date + 1, Column.METHOD.index()).getStringCellValue()));
      assertEquals(List.of("(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu, ghi rõ họ tên)"),
          List.of(e.cell(date + 2, Column.NAME.index()).getStringCellValue(),
              e.cell(date + 2, Column.METHOD.index()).getStringCellValue()));
      assertEquals("NGƯỜI LẬP BIỂU", Layout.PREPARER);
      assertEquals("THỦ TRƯỞNG ĐƠN VỊ", Layout.HEAD);
      assertEquals("…………, ngày …… tháng …… năm ……", Layout.DATE_LINE);
      int names = date + 6;
      assertFalse(e.cell(names, Column.NAME.index()).getCellStyle().getLocked());
      assertFalse(e.cell(names, Column.METHOD.index()).getCellStyle().getLocked());
    }
  }

  @Test
  void read_signedAndDatedForm_readsAsBeforeWithoutWarnings() throws Exception {
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      int date = find(e.form, Layout.DATE_LINE);
      e.cell(date, Column.METHOD.index()).setCellValue("Xã An Bình, ngày 15 tháng 11 năm 2025");
      e.cell(date + 6, Column.NAME.index()).setCellValue("Nguyễn Văn A");
      e.cell(date + 6, Column.METHOD.index()).setCellValue("Trần Thị B");

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      assertEquals(Fixtures.a(), read.submission());
      assertEquals(List.of(), read.warnings());
    }
  }

  @Test
  void evidence_requiredMarked_documentsListedInTheTable_readBackWithIds() throws Exception {
    Methodology golden = Fixtures.commune();
    Methodology m = Methodology.builder().from(golden).nodes(golden.nodes().stream()
        .map(n -> n.code().equals("1") ? Node.builder().from(n).children(n.children().stream()
            .map(c -> c.code().equals("1.1") ? Node.builder().from(c).evidenceRequired(true)
                .evidence("Kế hoạch CCHC năm").build() : c).toList()).build() : n).toList())
        .build();
    Scorer scorer = Scorer.of(m);
    Map<String, List<EvidenceRef>> evidence = new LinkedHashMap<>(Fixtures.a().evidence());
    evidence.put("1.1", List.of(EvidenceRef.builder().id("E1").title("Kế hoạch CCHC năm 2024")
        .build(), EvidenceRef.of("Quyết định ban hành kế hoạch")));
    evidence.put("1.3", List.of(EvidenceRef.builder().title("Sổ theo dõi văn bản")
        .uri("https://example.org/so.pdf").build()));
    Submission s = Submission.builder().from(Fixtures.a()).evidence(evidence).build();

    byte[] written = FormWriter.of(scorer).write(s);

    try (Edit e = new Edit(written)) {
      int r11 = e.row("1.1");
      assertEquals("Bắt buộc: Kế hoạch CCHC năm", e.cell(r11, Column.EVIDENCE.index())
          .getStringCellValue());
      assertEquals("[E1] Kế hoạch CCHC năm 2024\nQuyết định ban hành kế hoạch",
          e.cell(r11, Column.EVIDENCE_GIVEN.index()).getStringCellValue());
      // a document with an address stays on the supplement sheet
      assertEquals("", e.cell(e.row("1.3"), Column.EVIDENCE_GIVEN.index()).getStringCellValue());
      assertEquals("", e.cell(e.row("1.2"), Column.EVIDENCE.index()).getStringCellValue());
    }
    FormReading read = FormReader.of(scorer).read(written, "f.xlsx");
    assertEquals(s, read.submission());
    assertEquals(List.of(), read.warnings());

    // the unit types its documents and a note in the table
    try (Edit e = new Edit(written)) {
      int r = e.row("1.2");
      e.text(r, Column.EVIDENCE_GIVEN, "  [E2]  Báo cáo kết quả \n\nDanh sách  ");
      e.text(r, Column.NOTE, "Đã bổ sung báo cáo quý IV");
      FormReading edited = FormReader.of(scorer).read(e.bytes(), "f.xlsx");

      assertEquals(List.of(EvidenceRef.builder().id("E2").title("Báo cáo kết quả").build(),
          EvidenceRef.of("Danh sách")), edited.submission().evidence().get("1.2"));
      assertEquals(Map.of("1.2", "Đã bổ sung báo cáo quý IV"), edited.notes());

      e.text(r, Column.EVIDENCE_GIVEN, "[] Báo cáo");
      List<Problem> problems = assertThrows(ValidationException.class,
          () -> FormReader.of(scorer).read(e.bytes(), "f.xlsx")).problems();
      assertEquals(List.of(new Problem("f.xlsx", "Phiếu!" + Refs.column(
          Column.EVIDENCE_GIVEN.index()) + (r + 1), "expected a document's id in square "
          + "brackets, then its title ([E1] Kế hoạch CCHC), got '[] Báo cáo'")), problems);
    }
  }

  @Test
  void evidenceLines_writeThenParse_keepsTitlesAndIds() {
    List<EvidenceRef> refs = List.of(EvidenceRef.builder().id("E 1").title("Kế hoạch: bản 2")
        .build(), EvidenceRef.of("Báo cáo [bổ sung]"));
    assertTrue(refs.stream().allMatch(EvidenceLines::fits));
    assertEquals(refs, EvidenceLines.parse(EvidenceLines.write(refs)));
    assertFalse(EvidenceLines.fits(EvidenceRef.of("[E1] looks like an id")));
    assertFalse(EvidenceLines.fits(EvidenceRef.of("two\nlines")));
    assertFalse(EvidenceLines.fits(EvidenceRef.builder().title("t").uri("u").build()));
  }

  // ---------------------------------------------------------------- helpers

  private static int find(XSSFSheet sheet, String text) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (column(sheet, r, text) >= 0) {
        return r;
      }
    }
    throw new AssertionError("no " + text);
  }

  private static int column(XSSFSheet sheet, int r, String text) {
    XSSFRow row = sheet.getRow(r);
    List<Integer> found = new ArrayList<>();
    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
      XSSFCell cell = row.getCell(c);
      if (cell != null && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        found.add(c);
      }
    }
    return found.isEmpty() ? -1 : found.get(0);
  }
}
