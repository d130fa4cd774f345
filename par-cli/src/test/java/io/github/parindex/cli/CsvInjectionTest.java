package io.github.parindex.cli;

import io.github.parindex.scoring.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV formula injection (issue 20, item 7): names, lead agencies and regions that a spreadsheet
 * would run as formulas ({@code = + - @}) are written as texts by every CSV of par ({@code score},
 * {@code deficits}, {@code rank}, {@code compare}, batch scoring), while negative numbers stay
 * numbers. Before the shared CSV writer neutralised them, these cells were written raw.
 */
class CsvInjectionTest {
  private static final Path DATA = TestData.path("examples/data");
  private static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/?leak\",\"click\")";

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    String methodology = Files.readString(DATA.resolve("commune-methodology.yaml"))
        .replace("name: Ban hành kế hoạch CCHC", "name: '" + HYPERLINK + "'")
        .replace("leadAgency: Văn phòng - Thống kê", "leadAgency: '@SUM(A1:A9)'")
        .replace("name: Mức độ hoàn thành kế hoạch", "name: \"+cmd|' /C calc'!A0\"")
        .replace("name: Số lần kiểm tra nội bộ", "name: '-2+3'");
    assertTrue(methodology.contains("@SUM"), "the fixture was changed");
    cli.write("m.yaml", methodology);
    cli.write("a.yaml", Files.readString(DATA.resolve("commune-2024.yaml"))
        .replace("name: Xã Tân Phú", "name: '=1+1'").replace("region: Vùng A", "region: '-A'"));
    cli.write("b.yaml", Files.readString(DATA.resolve("communes/2025/xa-tan-phu.yaml")));
  }

  private String csv(String... args) {
    Cli.Result r = cli.run(args);
    assertEquals(0, r.status(), r::toString);
    return r.out();
  }

  /**
   * No cell of the CSV starts with a formula character — bare ({@code ,=x}) or inside quotes
   * ({@code ,"=x}) — unless it is a negative number ({@code ,-0.25,}).
   */
  private static void assertNoFormula(String csv) {
    for (String line : csv.split("\n")) {
      boolean formula = line.matches(".*(^|,)\"?([=+@\t\r]|-(?![0-9]+(\\.[0-9]+)?(,|$))).*");
      assertFalse(formula, line);
    }
  }

  @Test
  void scoreCsv_namesAndAgencies_areNeutralised() {
    String csv = csv("score", "--methodology", "m.yaml", "--submission", "a.yaml", "--format",
        "csv");

    assertTrue(csv.contains("\n1.1,\"'=HYPERLINK(\"\"http://example.invalid/?leak\"\","
        + "\"\"click\"\")\","), csv);
    assertTrue(csv.contains(",\"'@SUM(A1:A9)\","), csv);
    assertTrue(csv.contains("\n1.2,\"'+cmd|' /C calc'!A0\","), csv);
    assertTrue(csv.contains("\n2.1,\"'-2+3\","), csv);
    assertNoFormula(csv);
  }

  @Test
  void deficitsCsv_namesAndAgencies_areNeutralised() {
    String csv = csv("deficits", "--methodology", "m.yaml", "--submission", "a.yaml", "--format",
        "csv");

    assertTrue(csv.contains("\"'-2+3\""), csv);
    assertTrue(csv.contains("\"'@SUM(A1:A9)\""), csv);
    assertNoFormula(csv);
  }

  @Test
  void rankCsv_unitNameAndRegion_areNeutralised() {
    String csv = csv("rank", "--methodology", "m.yaml", "a.yaml", "--format", "csv");

    assertTrue(csv.contains(",xa-tan-phu,\"'=1+1\",\"'-A\","), csv);
    assertNoFormula(csv);
  }

  @Test
  void compareCsv_namesNeutralised_negativeNumbersKept() {
    String csv = csv("compare", "--methodology", "m.yaml", "a.yaml", "b.yaml", "--format", "csv");

    assertTrue(csv.contains("\n1.1,\"'=HYPERLINK("), csv);
    // B lost 0.25 points: the delta is the number -0.2500, not a text
    assertTrue(csv.contains("\nB,Điểm cộng,1.0000,0.7500,PARTIAL,1.0000,0.5000,PARTIAL,-0.2500,true\n"),
        csv);
    assertFalse(csv.contains("'-0.2500"), csv);
    assertNoFormula(csv);
  }

  @Test
  void batchCsv_unitIdsStayAsTheyAre_numbersKept() throws IOException {
    Files.createDirectory(dir.resolve("batch"));
    Files.copy(dir.resolve("a.yaml"), dir.resolve("batch/a.yaml"));
    String csv = csv("score", "--methodology", "m.yaml", "--batch", "batch", "--format", "csv");

    assertEquals(2, csv.split("\n").length, csv);
    assertNoFormula(csv);
    assertTrue(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
        .startsWith("unit,points,applicableMax,index,band,1,2,B,P\nxa-tan-phu,10.4993,"), csv);
  }
}
