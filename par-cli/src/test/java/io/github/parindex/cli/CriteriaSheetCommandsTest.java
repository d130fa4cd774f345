package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par criteria-sheet} and {@code par read-criteria-sheet} on the golden commune methodology
 * (every rule type): the round trip scores the golden submission byte for byte as the original, an
 * edit the reader cannot take is refused at its cell with exit 2, and YAML is written for a .yaml
 * output.
 */
class CriteriaSheetCommandsTest {
  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    Path golden = TestData.path("golden");
    cli.write("commune.yaml", Files.readString(golden.resolve("commune-methodology.yaml")));
    cli.write("a.yaml", Files.readString(golden.resolve("commune-a/submission.yaml")));
  }

  @Test
  void criteriaSheetThenRead_scoresTheSubmissionByteForByte() {
    Cli.Result sheet = cli.run("criteria-sheet", "--methodology", "commune.yaml", "--out",
        "criteria.xlsx");
    assertEquals(0, sheet.status(), sheet::toString);
    assertEquals("", sheet.out() + sheet.err());

    Cli.Result read = cli.run("read-criteria-sheet", "criteria.xlsx", "--out", "m.json");
    assertEquals(0, read.status(), read::toString);
    assertEquals("", read.out() + read.err());

    Cli.Result original = cli.run("score", "--methodology", "commune.yaml", "--submission",
        "a.yaml", "--format", "json");
    Cli.Result again = cli.run("score", "--methodology", "m.json", "--submission", "a.yaml",
        "--format", "json");
    assertEquals(0, again.status(), again::toString);
    assertArrayEquals(original.outBytes(), again.outBytes());
  }

  @Test
  void readCriteriaSheet_yamlOut_writesYaml() throws IOException {
    cli.run("criteria-sheet", "--methodology", "commune.yaml", "--out", "criteria.xlsx");
    Cli.Result read = cli.run("read-criteria-sheet", "criteria.xlsx", "--out", "m.yaml");
    assertEquals(0, read.status(), read::toString);
    assertTrue(Files.readString(dir.resolve("m.yaml")).startsWith("format: par-methodology/1\n"));
  }

  @Test
  void readCriteriaSheet_textInAMaximum_isRefusedAtItsCell() throws IOException {
    cli.run("criteria-sheet", "--methodology", "commune.yaml", "--out", "criteria.xlsx");
    String cell;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        Files.readAllBytes(dir.resolve("criteria.xlsx"))))) {
      XSSFSheet sheet = book.getSheet("Tiêu chí");
      Row row = rowOf(sheet, "1.1");
      int max = columnOf(sheet, "Điểm tối đa");
      Cell c = row.getCell(max);
      c.setCellValue("hai");
      cell = "'Tiêu chí'!" + c.getAddress().formatAsString();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      Files.write(dir.resolve("edited.xlsx"), out.toByteArray());
    }
    Cli.Result read = cli.run("read-criteria-sheet", "edited.xlsx", "--out", "m.json");
    assertEquals(2, read.status(), read::toString);
    assertTrue(read.err().startsWith("edited.xlsx: " + cell + ": "), read::toString);
    assertTrue(read.err().contains("'hai'"), read::toString);
    assertFalse(Files.exists(dir.resolve("m.json")), "no file is written when the read fails");
  }

  @Test
  void criteriaSheet_withoutOut_isAUsageError() {
    Cli.Result r = cli.run("criteria-sheet", "--methodology", "commune.yaml");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par criteria-sheet: an .xlsx workbook is binary: give --out "
        + "FILE.xlsx\n"), r::toString);
  }

  private static Row rowOf(XSSFSheet sheet, String code) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && code.equals(first.toString().trim())) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static int columnOf(XSSFSheet sheet, String heading) {
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c.getStringCellValue().startsWith(heading)) {
          return c.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no column " + heading);
  }
}
