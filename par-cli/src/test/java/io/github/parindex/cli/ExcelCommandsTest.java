package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par sheet}, {@code par read-sheet} and {@code par score --format xlsx} on the golden commune
 * methodology (every rule type): the form round trip reproduces the scorecard byte for byte.
 */
class ExcelCommandsTest {
  private static final Path GOLDEN = TestData.path("golden");

  @TempDir Path dir;
  private Cli cli;

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] bytes(String file) {
    try {
      return Files.readAllBytes(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("commune.yaml", read(GOLDEN.resolve("commune-methodology.yaml")));
    cli.write("a.yaml", read(GOLDEN.resolve("commune-a/submission.yaml")));
    cli.write("b.yaml", read(GOLDEN.resolve("commune-b-submission.yaml")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.yaml", "b.yaml"})
  void sheetThenReadSheetThenScore_reproducesTheScorecardByteForByte(String submission) {
    Cli.Result sheet = cli.run("sheet", "--methodology", "commune.yaml", "--submission",
        submission, "--out", "form.xlsx");
    assertEquals(0, sheet.status(), sheet::toString);
    assertEquals("", sheet.out() + sheet.err());

    Cli.Result read = cli.run("read-sheet", "form.xlsx", "--methodology", "commune.yaml",
        "--out", "read.json");
    assertEquals(0, read.status(), read::toString);
    assertEquals("", read.out() + read.err());
    assertTrue(read(dir.resolve("read.json")).startsWith("{\n  \"format\": \"par-submission/1\","));

    Cli.Result original = cli.run("score", "--methodology", "commune.yaml", "--submission",
        submission, "--format", "json");
    Cli.Result again = cli.run("score", "--methodology", "commune.yaml", "--submission",
        "read.json", "--format", "json");
    assertEquals(0, original.status(), original::toString);
    assertArrayEquals(original.outBytes(), again.outBytes());
  }

  @Test
  void readSheet_yamlOut_writesYaml_andStdoutGetsJson() {
    cli.run("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out", "f.xlsx");

    Cli.Result yaml = cli.run("read-sheet", "f.xlsx", "--methodology", "commune.yaml", "--out",
        "read.yaml");
    Cli.Result json = cli.run("read-sheet", "f.xlsx", "--methodology", "commune.yaml");

    assertEquals(0, yaml.status(), yaml::toString);
    assertTrue(read(dir.resolve("read.yaml")).startsWith("format: par-submission/1\n"));
    assertTrue(json.out().contains("\"unit\": {\n    \"id\": \"xa-an-binh\",\n    \"name\": "
        + "\"Xã An Bình\""), json::toString);
  }

  @Test
  void sheet_sameInputsTwice_giveTheSameBytes() throws Exception {
    cli.run("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out", "1.xlsx");
    Thread.sleep(2100);
    cli.run("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out", "2.xlsx");
    cli.run("sheet", "--methodology", "commune.yaml", "--out", "blank1.xlsx");
    cli.run("sheet", "--methodology", "commune.yaml", "--out", "blank2.xlsx");

    assertArrayEquals(bytes("1.xlsx"), bytes("2.xlsx"));
    assertArrayEquals(bytes("blank1.xlsx"), bytes("blank2.xlsx"));
  }

  @Test
  void readSheet_editedForm_printsEveryProblemWithSheetAndCell() throws Exception {
    cli.run("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out", "f.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("f.xlsx")))) {
      XSSFSheet form = wb.getSheet("Phiếu");
      form.getRow(19).getCell(4).setCellValue(-0.5); // 1.3: a rate
      form.getRow(27).getCell(4).setCellValue("hai"); // 2.1: a count
      form.getRow(18).getCell(0).setBlank(); // 1.2: its code deleted
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(dir.resolve("f.xlsx"), out.toByteArray());
    }

    Cli.Result r = cli.run("read-sheet", "f.xlsx", "--methodology", "commune.yaml", "--out",
        "read.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("f.xlsx: Phiếu!A19: no code (STT) in a row with data, so it belongs to no "
        + "criterion; is it 1.2 (Mức độ hoàn thành kế hoạch)? Type its code back\n"
        + "f.xlsx: Phiếu!E20: expected a rate of at least 0 (0,95 for 95 %), got -0,5\n"
        + "f.xlsx: Phiếu!E28: expected a whole number of at least 0, got 'hai'\n", r.err());
    assertFalse(Files.exists(dir.resolve("read.json")));
  }

  @Test
  void readSheet_warnings_goToStandardError() throws Exception {
    cli.run("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out", "f.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("f.xlsx")))) {
      wb.getSheet("Phiếu").getRow(15).createCell(10).setCellValue("Người kê khai");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(dir.resolve("f.xlsx"), out.toByteArray());
    }

    Cli.Result r = cli.run("read-sheet", "f.xlsx", "--methodology", "commune.yaml", "--out",
        "read.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("warning: f.xlsx: Phiếu!K16: ignored column 'Người kê khai': not a column of "
        + "the form\n", r.err());
  }

  @Test
  void readSheet_notAWorkbook_isOneProblem() {
    Cli.Result r = cli.run("read-sheet", "a.yaml", "--methodology", "commune.yaml");

    assertEquals(2, r.status(), r::toString);
    assertEquals("a.yaml: /: not an .xlsx workbook\n", r.err());
  }

  @Test
  void sheet_submissionWithProblems_reportsThemInItsFile() {
    cli.write("bad.yaml", read(GOLDEN.resolve("commune-a/submission.yaml"))
        .replace("\"1.2\": { option: B }", "\"1.2\": { option: E }"));

    Cli.Result r = cli.run("sheet", "--methodology", "commune.yaml", "--submission", "bad.yaml",
        "--out", "f.xlsx");

    assertEquals(2, r.status(), r::toString);
    assertEquals("bad.yaml: /observations/1.2/option: unknown option 'E'; known options: A, B, "
        + "C, D\n", r.err());
    assertFalse(Files.exists(dir.resolve("f.xlsx")));
  }

  @Test
  void binaryOutputWithoutOut_isAUsageError() {
    Cli.Result sheet = cli.run("sheet", "--methodology", "commune.yaml");
    Cli.Result score = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--format", "xlsx");
    Cli.Result self = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--self", "b.yaml");

    assertEquals(2, sheet.status());
    assertTrue(sheet.err().startsWith("par sheet: an .xlsx workbook is binary: give --out "
        + "FILE.xlsx\n"), sheet::toString);
    assertEquals("", sheet.out());
    assertEquals(2, score.status());
    assertTrue(score.err().startsWith("par score: an .xlsx workbook is binary: give --out "
        + "FILE.xlsx\n"), score::toString);
    assertEquals("", score.out());
    assertTrue(self.err().startsWith("par score: --self is used only with --format xlsx\n"),
        self::toString);
  }

  @Test
  void scoreXlsx_withSelf_writesFieldsNodesAndDeficitsWithBothColumns() throws Exception {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--self", "b.yaml", "--format", "xlsx", "--out", "card.xlsx");

    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.out() + r.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("card.xlsx")))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("Lĩnh vực", "Tiêu chí", "Điểm bị trừ"), names);
      XSSFSheet fields = wb.getSheet("Lĩnh vực");
      XSSFRow header = null;
      for (int i = 0; i <= fields.getLastRowNum() && header == null; i++) {
        XSSFRow row = fields.getRow(i);
        if (row != null && row.getCell(0) != null && "Mã".equals(row.getCell(0).toString())) {
          header = row;
        }
      }
      assertEquals("Điểm tự chấm", header.getCell(4).getStringCellValue());
      assertEquals("Điểm thẩm định", header.getCell(5).getStringCellValue());
    }
  }

  @Test
  void scoreXlsx_english_hasEnglishSheets() throws Exception {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--format", "xlsx", "--out", "card.xlsx", "--lang", "en");

    assertEquals(0, r.status(), r::toString);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("card.xlsx")))) {
      assertEquals("Fields", wb.getSheetAt(0).getSheetName());
    }
  }
}
