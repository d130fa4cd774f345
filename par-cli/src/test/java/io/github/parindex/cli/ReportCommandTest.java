package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par report} over the example departments and communes, 2025 with 2024 as the previous
 * year: the figures checked against examples/data/departments/README.md, worked out by hand.
 */
class ReportCommandTest {
  private static final Path DATA = TestData.path("examples/data");

  @TempDir Path dir;
  private Cli cli;
  private final List<String> args = new ArrayList<>();

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    cli.write("departments.yaml", Files.readString(DATA.resolve(
        "departments/department-methodology.yaml")));
    cli.write("communes.yaml", Files.readString(DATA.resolve("commune-methodology.yaml")));
    args.addAll(List.of("report", "--methodology", "departments.yaml", "--methodology",
        "communes.yaml", "--year", "2025"));
    List<String> previous = new ArrayList<>();
    for (String set : List.of("departments", "communes")) {
      for (String year : List.of("2024", "2025")) {
        Files.createDirectories(dir.resolve(set + "-" + year));
        try (Stream<Path> files = Files.list(DATA.resolve(set).resolve(year))) {
          for (Path f : files.sorted().toList()) {
            String name = set + "-" + year + "/" + f.getFileName();
            cli.write(name, Files.readString(f));
            if (year.equals("2025")) {
              args.add(name);
            }
          }
        }
      }
      previous.add(set + "-2024");
    }
    args.add("--previous-years");
    args.addAll(previous);
  }

  private String[] with(String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void html_bothSetsRankedEachInItsOwnSet_figuresOfTheReadme() {
    Cli.Result r = cli.run(with("--format", "html"));
    assertEquals(0, r.status(), r::toString);
    String html = r.out();
    // departments: 97.72 > 90.92 > 88.30 > 76.60 > 75.00 > 63.60; ranks 1..6 in their own set
    Matcher rows = Pattern.compile("<tr data-unit=\"([^\"]+)\"><td class=\"num\">(\\d+)</td>")
        .matcher(html);
    Map<String, String> ranks = new LinkedHashMap<>();
    while (rows.find()) {
      ranks.putIfAbsent(rows.group(1), rows.group(2));
    }
    assertEquals("1", ranks.get("so-noi-vu"));
    assertEquals("2", ranks.get("so-tai-chinh"));
    assertEquals("6", ranks.get("so-nong-nghiep-va-moi-truong"));
    assertEquals("1", ranks.get("xa-tan-phu"), "the communes have their own rank 1");
    // mean (97.72 + 90.92 + 88.30 + 76.60 + 75.00 + 63.60) / 6 = 82.023.. -> 82,02;
    // median (88.30 + 76.60) / 2 = 82.45; 2024 mean 429.12 / 5 = 85.824 -> 85,82
    assertTrue(html.contains("<td class=\"num\">82,02</td><td class=\"num\">82,45</td>"), html);
    assertTrue(html.contains("<td class=\"num\">85,82</td><td class=\"num\">82,02</td>"), html);
    // the groups come from the data: the blocs of departments
    assertTrue(html.contains("Khối các cơ quan tổng hợp"));
    // Sở Tư pháp 2024 rank 2 -> 2025 rank 3: down one place
    assertTrue(html.contains("giảm 1 bậc"));
    // the remediation list: Sở Tư pháp's field 6 at 58.00 % (below 70 %)
    assertTrue(html.contains("<td class=\"name\">6. "), html);
    assertEquals(6 + 6, count(html, "<circle class=\"dot"), "a dot per unit with an index "
        + "(Xã Phú Thọ's is unknown)");
    assertEquals(6 + 7, count(html, "<polyline class=\"trend line-"), "a trend per unit");
    assertTrue(html.contains("<svg") && !html.contains("<script") && !html.contains("http://"
        + "www.w3.org/1999/xlink"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void xlsx_oneSheetPerView_typedNumbers_deterministic() throws IOException {
    Cli.Result r = cli.run(with("--format", "xlsx", "--out", "d.xlsx"));
    assertEquals(0, r.status(), r::toString);
    byte[] bytes = Files.readAllBytes(dir.resolve("d.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(8, wb.getNumberOfSheets());
      XSSFSheet ranking = wb.getSheet("Xếp hạng");
      XSSFRow first = ranking.getRow(2);
      assertEquals("so-noi-vu", first.getCell(2).getStringCellValue());
      assertEquals(0, new BigDecimal("97.72").compareTo(new BigDecimal(first.getCell(6)
          .getRawValue())));
      // Points lost under Sở Nội vụ in 2025 (README): Giáo dục 1.2 3 + 1.1 2 + 5.1 2 + 5.3 2,
      // Nội vụ 7.3 0.6 + 1.3 0.3 + 5.2 0.24, Nông nghiệp 1.1 2 + 1.3 1.5, Tài chính 1.1 2,
      // Tư pháp 1.2 0.75, Y tế 4.1 1.5 = 17.89
      XSSFSheet agencies = wb.getSheet("Cơ quan chủ trì");
      boolean found = false;
      for (int i = 2; i <= agencies.getLastRowNum(); i++) {
        if (agencies.getRow(i).getCell(0).getStringCellValue().equals("Sở Nội vụ")) {
          assertEquals(0, new BigDecimal("17.89").compareTo(new BigDecimal(agencies.getRow(i)
              .getCell(1).getRawValue())));
          found = true;
        }
      }
      assertTrue(found);
    }
    Cli.Result again = cli.run(with("--format", "xlsx", "--out", "e.xlsx"));
    assertEquals(0, again.status());
    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("e.xlsx")));
  }

  @Test
  void aSubmissionOfASetNotGiven_exitsTwoNamingIt() {
    List<String> only = new ArrayList<>(args);
    only.remove("communes.yaml");
    only.remove(only.lastIndexOf("--methodology"));
    Cli.Result r = cli.run(only.toArray(String[]::new));
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("/methodology: the criteria set 'golden-commune' is not among "
        + "those given with --methodology (example-department)"), r::toString);
  }
}
