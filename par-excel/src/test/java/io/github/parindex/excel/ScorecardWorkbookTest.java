package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.model.Language;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Scorecards as workbooks: fields, every node with its explanation, deficits. */
class ScorecardWorkbookTest {
  private static final Scorer SCORER = Fixtures.scorer();
  private final Scorecard a = SCORER.score(Fixtures.a());
  private final Scorecard b = SCORER.score(Fixtures.b());

  private static XSSFWorkbook open(byte[] bytes) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static List<String> sheets(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** The row whose first cell is a text. */
  private static XSSFRow row(XSSFSheet sheet, String first) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && row.getCell(0) != null
          && first.equals(row.getCell(0).toString())) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }

  @Test
  void write_vietnamese_hasFieldsNodesAndDeficitsWithExactNumbers() throws Exception {
    try (XSSFWorkbook wb = open(ScorecardWorkbook.write(a, Language.VI))) {
      assertEquals(List.of("Lĩnh vực", "Tiêu chí", "Điểm bị trừ"), sheets(wb));
      XSSFRow field = row(wb.getSheet("Lĩnh vực"), "1");
      assertEquals("Chỉ đạo, điều hành", field.getCell(1).getStringCellValue());
      assertEquals("6.05", field.getCell(4).getRawValue());
      assertEquals("0.95", field.getCell(5).getRawValue());
      assertEquals("[$-42A]0.0000", field.getCell(4).getCellStyle().getDataFormatString());
      XSSFRow leaf = row(wb.getSheet("Tiêu chí"), "1.3");
      assertEquals("1.8", leaf.getCell(5).getRawValue());
      assertEquals("theo quy tắc", leaf.getCell(9).getStringCellValue()); // the catalogue's word
      assertEquals(a.node("1.3").explanation().orElseThrow().sentence().vi(),
          leaf.getCell(10).getStringCellValue());
      XSSFRow lost = row(wb.getSheet("Điểm bị trừ"), "2.1");
      assertEquals("1", lost.getCell(6).getRawValue());
    }
  }

  @Test
  void write_english_usesEnglishHeadingsAndNames() throws Exception {
    try (XSSFWorkbook wb = open(ScorecardWorkbook.write(a, Language.EN))) {
      assertEquals(List.of("Fields", "Criteria", "Deficits"), sheets(wb));
      assertEquals("Steering", row(wb.getSheet("Fields"), "1").getCell(1).getStringCellValue());
    }
  }

  @Test
  void write_comparison_showsSelfAssessedAppraisedAndDifference() throws Exception {
    try (XSSFWorkbook wb = open(ScorecardWorkbook.write(Comparison.of(b, a), Language.VI))) {
      XSSFSheet fields = wb.getSheet("Lĩnh vực");
      XSSFRow header = row(fields, "Mã");
      assertEquals("Điểm tự chấm", header.getCell(4).getStringCellValue());
      assertEquals("Điểm thẩm định", header.getCell(5).getStringCellValue());
      assertEquals("Chênh lệch", header.getCell(6).getStringCellValue());
      XSSFRow field = row(fields, "1");
      assertEquals(b.node("1").points().orElseThrow().stripTrailingZeros().toPlainString(),
          field.getCell(4).getRawValue());
      assertEquals("6.05", field.getCell(5).getRawValue());
      assertEquals(a.node("1").points().orElseThrow().subtract(b.node("1").points().orElseThrow())
          .stripTrailingZeros().toPlainString(), field.getCell(6).getRawValue());
    }
  }

  @Test
  void write_sameScorecardTwice_givesTheSameBytes() throws Exception {
    byte[] first = ScorecardWorkbook.write(Comparison.of(b, a), Language.VI);
    Thread.sleep(2100);

    assertArrayEquals(first, ScorecardWorkbook.write(Comparison.of(b, a), Language.VI));
  }
}
