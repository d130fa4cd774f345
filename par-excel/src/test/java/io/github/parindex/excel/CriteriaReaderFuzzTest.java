package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link CriteriaReader} (docs/fuzzing.md): the commune's criteria workbook, or the one
 * with every addition of the assessment cycle (option wording, rates above 1, evidence required,
 * alerts by band, band caps: {@link CriteriaCycleTest}), edited as a person might and might not — up to eight cells of either sheet set to any text, any stored number
 * text, TRUE/FALSE or nothing, rows inserted — then read. The read ends in a methodology or a
 * {@link ValidationException} whose problems name the file; a methodology that reads is written
 * again and reads back equal (a workbook never gives two answers).
 */
class CriteriaReaderFuzzTest {
  private static final byte[] COMMUNE = CriteriaWriter.write(Fixtures.commune());
  private static final CriteriaReader READER = CriteriaReader.of(RuleRegistry.builtIn());
  private static final byte[] CYCLE = CriteriaWriter.write(CriteriaCycleTest.cycle());
  private static final CriteriaReader CYCLE_READER = CriteriaReader.of(CriteriaCycleTest.names());

  @FuzzTest(maxDuration = "5s")
  @Timeout(20)
  void fuzz(FuzzedDataProvider data) throws IOException {
    boolean cycle = data.consumeBoolean();
    CriteriaReader reader = cycle ? CYCLE_READER : READER;
    byte[] edited;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(cycle ? CYCLE : COMMUNE))) {
      int edits = data.consumeInt(1, 8);
      for (int i = 0; i < edits; i++) {
        XSSFSheet sheet = wb.getSheetAt(data.consumeInt(0, 1));
        int r = data.consumeInt(0, 45);
        if (data.consumeInt(0, 9) == 0) {
          sheet.shiftRows(r, Math.max(r, sheet.getLastRowNum()), 1);
          continue;
        }
        XSSFCell cell = (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r))
            .createCell(data.consumeInt(0, 28));
        switch (data.consumeInt(0, 3)) {
          case 0 -> cell.setCellValue(data.consumeString(60));
          case 1 -> {
            cell.setCellValue(1);
            cell.getCTCell().setV(data.consumeString(40));
          }
          case 2 -> cell.setCellValue(data.consumeBoolean());
          default -> cell.setBlank();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      edited = out.toByteArray();
    }
    CriteriaReading read;
    try {
      read = reader.read(edited, "c.xlsx");
    } catch (ValidationException e) {
      assertFalse(e.problems().isEmpty());
      for (Problem p : e.problems()) {
        assertEquals("c.xlsx", p.source(), p::toString);
      }
      return;
    }
    assertEquals(read.methodology(), reader.read(CriteriaWriter.write(read.methodology()),
        "again.xlsx").methodology());
  }
}
