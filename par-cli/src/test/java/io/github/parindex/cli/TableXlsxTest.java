package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format xlsx} of rank, deficits, compare, remediation and assess, read back: every figure of the JSON output is
 * in its row as a typed number with the same decimal value (read from the cell's stored text, not
 * through a double), shown with the methodology's published decimals; headings in the language
 * asked for; the header rows frozen. Over the example communes (two years, groups from the data).
 */
class TableXlsxTest {
  private static final Path DATA = TestData.path("examples/data");

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    cli.write("m.yaml", Files.readString(DATA.resolve("commune-methodology.yaml")));
    for (String year : List.of("2024", "2025")) {
      try (var files = Files.list(DATA.resolve("communes").resolve(year))) {
        for (Path f : files.sorted().toList()) {
          cli.write(year + "-" + f.getFileName(), Files.readString(f));
        }
      }
    }
  }

  private List<String> year(String year) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(year + "-"))
          .sorted().toList();
    }
  }

  private XSSFSheet sheet(String... args) throws IOException {
    Cli.Result r = cli.run(args);
    assertEquals(0, r.status(), r::toString);
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        Files.readAllBytes(dir.resolve("out.xlsx"))));
    assertEquals(1, wb.getNumberOfSheets());
    XSSFSheet s = wb.getSheetAt(0);
    assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition(), "frozen headings");
    return s;
  }

  private Tree.Obj json(String... args) {
    Cli.Result r = cli.run(args);
    assertEquals(0, r.status(), r::toString);
    return (Tree.Obj) TreeReader.read(r.outBytes(), Syntax.JSON, ReadLimits.defaults());
  }

  /** The headings of row 2 by column. */
  private static List<String> headings(XSSFSheet s) {
    List<String> h = new ArrayList<>();
    for (int c = 0; c < s.getRow(1).getLastCellNum(); c++) {
      h.add(s.getRow(1).getCell(c).getStringCellValue());
    }
    return h;
  }

  /** The rows under the headings, by the text of column {@code key}. */
  private static Map<String, XSSFRow> rows(XSSFSheet s, int key) {
    Map<String, XSSFRow> rows = new HashMap<>();
    for (int r = 2; r <= s.getLastRowNum(); r++) {
      rows.put(s.getRow(r).getCell(key).getStringCellValue(), s.getRow(r));
    }
    return rows;
  }

  /** A JSON figure and the cell that must hold it: both null (blank) or equal decimals. */
  private static void same(Tree figure, XSSFCell cell, String what) {
    boolean absent = figure == null || figure instanceof Tree.Scalar sc
        && sc.kind() == Tree.ScalarKind.NULL;
    if (absent) {
      assertTrue(cell == null || cell.getCellType() == CellType.BLANK, what + ": blank");
      return;
    }
    assertNotNull(cell, what);
    assertEquals(CellType.NUMERIC, cell.getCellType(), what + ": a typed number");
    assertEquals(0, new BigDecimal(((Tree.Scalar) figure).text())
        .compareTo(new BigDecimal(cell.getRawValue())), what);
  }

  private static Tree at(Tree.Obj o, String field) {
    return o.fields().get(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void rank_xlsxHoldsTheJsonFigures(String lang) throws IOException {
    List<String> args = new ArrayList<>(List.of("rank", "--methodology", "m.yaml",
        "--previous-methodology", "m.yaml", "--lang", lang));
    args.addAll(year("2025"));
    for (String p : year("2024")) {
      args.add("--previous");
      args.add(p);
    }
    List<String> xlsx = new ArrayList<>(args);
    xlsx.addAll(List.of("--format", "xlsx", "--out", "out.xlsx"));
    XSSFSheet s = sheet(xlsx.toArray(String[]::new));
    args.addAll(List.of("--format", "json"));
    Tree.Obj json = json(args.toArray(String[]::new));

    List<String> h = headings(s);
    assertEquals(lang.equals("vi") ? "Xếp loại" : "Classification", h.get(6));
    assertEquals(lang.equals("vi") ? "Xếp hạng" : "Ranking", s.getSheetName());
    Map<String, XSSFRow> rows = rows(s, 1);
    List<Tree> units = ((Tree.Arr) at(json, "units")).items();
    assertEquals(units.size(), rows.size());
    int checked = 0;
    for (Tree u : units) {
      Tree.Obj unit = (Tree.Obj) u;
      XSSFRow row = rows.get(((Tree.Scalar) at((Tree.Obj) at(unit, "unit"), "id")).text());
      assertNotNull(row);
      same(at(unit, "rank"), row.getCell(0), "rank");
      same(at(unit, "points"), row.getCell(4), "points");
      same(at(unit, "index"), row.getCell(5), "index");
      same(at(unit, "gapToAbove"), row.getCell(7), "gap");
      same(at(unit, "previousRank"), row.getCell(8), "previous rank");
      same(at(unit, "change"), row.getCell(9), "change");
      assertEquals("[$-" + (lang.equals("vi") ? "42A" : "409") + "]0.00",
          row.getCell(5).getCellStyle().getDataFormatString(), "the index's 2 decimals");
      assertEquals("[$-" + (lang.equals("vi") ? "42A" : "409") + "]0.0000",
          row.getCell(4).getCellStyle().getDataFormatString(), "the points' 4 decimals");
      checked += 6;
    }
    Tree.Obj byField = (Tree.Obj) at(json, "byField");
    int column = 10;
    for (Map.Entry<String, Tree> f : byField.fields().entrySet()) {
      assertEquals(lang.equals("vi") ? "Lĩnh vực " + f.getKey() + " (%)"
          : "Field " + f.getKey() + " (%)", h.get(column));
      for (Tree x : ((Tree.Arr) f.getValue()).items()) {
        Tree.Obj fr = (Tree.Obj) x;
        XSSFRow row = rows.get(((Tree.Scalar) at(fr, "unit")).text());
        same(at(fr, "percent"), row.getCell(column), "field " + f.getKey());
        same(at(fr, "rank"), row.getCell(column + 1), "field rank " + f.getKey());
        checked += 2;
      }
      column += 2;
    }
    assertTrue(checked > 60, "checked " + checked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void remediation_xlsxHoldsTheJsonFigures(String lang) throws IOException {
    Path cycle = DATA.resolve("cycle");
    List<String> args = new ArrayList<>(List.of("remediation", "--methodology", "c.yaml",
        "--lang", lang));
    cli.write("c.yaml", Files.readString(cycle.resolve("commune-criteria-2025.yaml")));
    try (var files = Files.list(cycle)) {
      for (Path f : files.sorted().toList()) {
        if (!f.getFileName().toString().startsWith("commune-")) {
          cli.write("r-" + f.getFileName(), Files.readString(f));
          args.add("r-" + f.getFileName());
        }
      }
    }
    XSSFSheet s = sheet(concat(args.toArray(String[]::new), "--format", "xlsx", "--out",
        "out.xlsx"));
    Tree.Obj json = json(concat(args.toArray(String[]::new), "--format", "json"));
    assertEquals(lang.equals("vi") ? "Khắc phục" : "Remediation", s.getSheetName());
    int row = 2;
    for (Tree g : ((Tree.Arr) at(json, "alerts")).items()) {
      String id = ((Tree.Scalar) at((Tree.Obj) g, "id")).text();
      for (Tree u : ((Tree.Arr) at((Tree.Obj) g, "units")).items()) {
        Tree.Obj unit = (Tree.Obj) u;
        for (Tree c : ((Tree.Arr) at(unit, "causes")).items()) {
          Tree.Obj cause = (Tree.Obj) c;
          XSSFRow r = s.getRow(row++);
          assertEquals(id, r.getCell(0).getStringCellValue());
          assertEquals(((Tree.Scalar) at((Tree.Obj) at(unit, "unit"), "id")).text(),
              r.getCell(2).getStringCellValue());
          same(at(unit, "index"), r.getCell(4), "index");
          same(at(cause, "percent"), r.getCell(7), "percent");
          same(at(cause, "belowPercent"), r.getCell(8), "threshold");
          assertEquals(at(cause, "band") != null, !r.getCell(9).getStringCellValue().isEmpty(),
              "raised by the band");
        }
      }
    }
    assertTrue(row > 4, "several causes listed: " + row);
    assertEquals(row - 1, s.getLastRowNum());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void assess_xlsxHoldsTheJsonFigures(String lang) throws IOException {
    Path cycle = DATA.resolve("cycle");
    cli.write("c.yaml", Files.readString(cycle.resolve("commune-criteria-2025.yaml")));
    cli.write("a.yaml", Files.readString(cycle.resolve("xa-an-binh-2025.assessment.yaml")));
    String[] common = {"assess", "--methodology", "c.yaml", "a.yaml", "--lang", lang};
    Cli.Result r = cli.run(concat(common, "--format", "xlsx", "--out", "out.xlsx"));
    assertEquals(0, r.status(), r::toString);
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        Files.readAllBytes(dir.resolve("out.xlsx"))));
    Tree.Obj json = json(concat(common, "--format", "json"));
    assertEquals(2, wb.getNumberOfSheets());

    XSSFSheet stages = wb.getSheetAt(0);
    assertEquals(lang.equals("vi") ? "Các giai đoạn" : "Stages", stages.getSheetName());
    List<Tree> stageList = ((Tree.Arr) at(json, "stages")).items();
    assertEquals(stageList.size(), stages.getLastRowNum() - 1);
    for (int i = 0; i < stageList.size(); i++) {
      Tree.Obj stage = (Tree.Obj) stageList.get(i);
      XSSFRow row = stages.getRow(i + 2);
      same(at(stage, "points"), row.getCell(2), "points");
      same(at(stage, "applicableMaxPoints"), row.getCell(3), "applicable max");
      same(at(stage, "index"), row.getCell(4), "index");
    }
    // An Bình's final stage: XS from the index, lowered to TOT by the penalty cap
    XSSFRow last = stages.getRow(stageList.size() + 1);
    assertEquals(lang.equals("vi") ? "Hoàn thành xuất sắc nhiệm vụ" : "Excellent",
        last.getCell(5).getStringCellValue());
    assertEquals(lang.equals("vi") ? "Hoàn thành tốt nhiệm vụ" : "Good",
        last.getCell(6).getStringCellValue());

    XSSFSheet leaves = wb.getSheetAt(1);
    List<Tree> leafList = ((Tree.Arr) at(json, "leaves")).items();
    assertEquals(leafList.size(), leaves.getLastRowNum() - 1);
    int checked = 0;
    for (int i = 0; i < leafList.size(); i++) {
      Tree.Obj leaf = (Tree.Obj) leafList.get(i);
      XSSFRow row = leaves.getRow(i + 2);
      assertEquals(((Tree.Scalar) at(leaf, "code")).text(), row.getCell(0).getStringCellValue());
      int column = 2;
      for (Tree p : ((Tree.Obj) at(leaf, "points")).fields().values()) {
        same(p, row.getCell(column++), "points of " + i);
        checked++;
      }
    }
    assertEquals(20, checked, "five leaves, four stages");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void deficits_xlsxHoldsTheJsonFigures(String lang) throws IOException {
    String[] common = {"deficits", "--methodology", "m.yaml", "--submission",
        "2025-xa-binh-minh.yaml", "--lang", lang};
    XSSFSheet s = sheet(concat(common, "--format", "xlsx", "--out", "out.xlsx"));
    Tree.Obj json = json(concat(common, "--format", "json"));
    assertEquals(lang.equals("vi") ? "Điểm chưa đạt" : "Points lost", s.getSheetName());
    List<Tree> items = ((Tree.Arr) at(json, "items")).items();
    assertFalse(items.isEmpty());
    assertEquals(items.size(), s.getLastRowNum() - 1);
    for (int i = 0; i < items.size(); i++) {
      Tree.Obj item = (Tree.Obj) items.get(i);
      XSSFRow row = s.getRow(i + 2);
      same(at(item, "maxPoints"), row.getCell(4), "max");
      same(at(item, "points"), row.getCell(5), "points");
      same(at(item, "deficit"), row.getCell(6), "lost");
      same(at(item, "sharePercent"), row.getCell(7), "share");
      assertFalse(row.getCell(8).getStringCellValue().matches("[A-Z_]+"),
          "a status in words, not a code");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void compare_xlsxHoldsTheJsonFigures(String lang) throws IOException {
    String[] common = {"compare", "--methodology", "m.yaml", "2024-xa-an-binh.yaml",
        "2025-xa-an-binh.yaml", "--lang", lang};
    XSSFSheet s = sheet(concat(common, "--format", "xlsx", "--out", "out.xlsx"));
    Tree.Obj json = json(concat(common, "--format", "json"));
    Map<String, XSSFRow> rows = rows(s, 0);
    List<Tree> items = ((Tree.Arr) at(json, "rows")).items();
    assertEquals(items.size(), rows.size());
    for (Tree t : items) {
      Tree.Obj r = (Tree.Obj) t;
      XSSFRow row = rows.get(((Tree.Scalar) at(r, "code")).text());
      Tree.Obj a = at(r, "first") instanceof Tree.Obj o ? o : null;
      Tree.Obj b = at(r, "second") instanceof Tree.Obj o ? o : null;
      same(a == null ? null : at(a, "applicableMaxPoints"), row.getCell(2), "max A");
      same(a == null ? null : at(a, "points"), row.getCell(3), "points A");
      same(b == null ? null : at(b, "applicableMaxPoints"), row.getCell(5), "max B");
      same(b == null ? null : at(b, "points"), row.getCell(6), "points B");
      same(at(r, "delta"), row.getCell(8), "delta");
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
