package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par assess}, {@code par remediation}, and {@code rank} / {@code compare} over assessment
 * records, run in-process from the example data (examples/data/cycle, examples/data/communes).
 */
class CycleCommandsTest {
  private static final String CRITERIA = "cycle/commune-criteria-2025.yaml";
  private final Cli cli = new Cli(TestData.directory("examples/data"));

  @TempDir Path tmp;

  private static List<String> cycleYaml() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(TestData.directory("examples/data").resolve("cycle"))) {
      s.map(p -> "cycle/" + p.getFileName()).filter(n -> n.endsWith(".yaml")).sorted()
          .forEach(files::add);
    }
    return files;
  }

  @Test
  void assess_anBinh_isTheOutputDocsAssessmentMdShows() throws IOException {
    Cli.Result r = cli.run("assess", "--methodology", CRITERIA,
        "cycle/xa-an-binh-2025.assessment.yaml", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    String doc;
    try (InputStream in = CycleCommandsTest.class.getResourceAsStream("/docs/assessment.md")) {
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int start = doc.indexOf("```text\n", doc.indexOf("<!-- assess-an-binh-en -->")) + 8;
    int end = doc.indexOf("```\n<!-- /assess-an-binh-en -->");
    assertEquals(doc.substring(start, end), r.out());
  }

  @Test
  void assess_json_hasEveryStageAndTheFinalResult() {
    Cli.Result r = cli.run("assess", "--methodology", CRITERIA,
        "cycle/xa-an-binh-2025.assessment.yaml", "--format", "json");
    assertEquals(0, r.status(), r::toString);
    String out = r.out();
    assertTrue(out.contains("\"format\": \"par-assessment-report/1\""), out);
    assertTrue(out.contains("\"final\": {\n    \"stage\": \"FINAL\",\n    \"points\": 93.5120,\n"
        + "    \"index\": 93.51,\n    \"band\": \"TOT\"\n  }"), out);
    assertTrue(out.contains("\"when\": \"penaltyAbove 0\""), out);
    assertTrue(out.contains("\"FINAL\": \"NO_EVIDENCE\""), out);
  }

  @Test
  void assess_brokenRecord_exitsTwoWithEveryProblemAndItsPointer() throws IOException {
    String record = Files.readString(TestData.directory("examples/data")
        .resolve("cycle/xa-an-binh-2025.assessment.yaml"))
        .replace("reason: Chấp nhận biên bản công khai dự toán", "reason: \"\"")
        .replace("date: 2026-01-09", "date: 2025-01-09")
        .replace("\"7.3\": { rate: 0.92 }", "\"7.9\": { rate: 0.92 }");
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, record);
    Cli.Result r = cli.run("assess", "--methodology", CRITERIA, bad.toString());
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("/stages/3/date: the date 2025-01-09 is before"), r::toString);
    assertTrue(r.err().contains("/stages/3/decisions/6.2/reason: a reason is required"),
        r::toString);
    // a leaf the criteria set does not have, in the same run as the record's own problems
    assertTrue(r.err().contains("/stages/0/observations/7.9: no leaf has code '7.9'"),
        r::toString);
  }

  @Test
  void rank_recordsAndSubmissions_rankEachRecordByItsLastStage() throws IOException {
    List<String> args = new ArrayList<>(List.of("rank", "--methodology", CRITERIA, "--lang",
        "en", "--format", "csv"));
    args.addAll(cycleYaml());
    Cli.Result r = cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    // Tân Phú 99.60, Bình Minh 95.70 (TOT after its cap), An Bình 93.51 (TOT), Đông Lạc 84.58,
    // Hòa Sơn 64.88 (KHT) — hand figures in the files' comments
    assertEquals(6, lines.length, r::toString);
    assertTrue(lines[1].startsWith("1,xa-tan-phu,"), lines[1]);
    assertTrue(lines[2].startsWith("2,xa-binh-minh,") && lines[2].contains(",95.70,TOT,"),
        lines[2]);
    assertTrue(lines[3].startsWith("3,xa-an-binh,") && lines[3].contains(",93.51,TOT,"),
        lines[3]);
    assertTrue(lines[4].startsWith("4,xa-dong-lac,") && lines[4].contains(",84.58,TOT,"),
        lines[4]);
    assertTrue(lines[5].startsWith("5,xa-hoa-son,") && lines[5].contains(",64.88,KHT,"),
        lines[5]);
  }

  @Test
  void compare_twoRecords_comparesTheirResults() {
    Cli.Result r = cli.run("compare", "--methodology", CRITERIA,
        "cycle/xa-hoa-son-2025.assessment.yaml", "cycle/xa-an-binh-2025.assessment.yaml",
        "--format", "json");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("93.5120") && r.out().contains("64.8800"), r::toString);
  }

  @Test
  void remediation_cycleProvince_listsWhoRaisesTheCamGiangAlert() throws IOException {
    List<String> args = new ArrayList<>(List.of("remediation", "--methodology", CRITERIA,
        "--format", "csv"));
    args.addAll(cycleYaml());
    Cli.Result r = cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r::toString);
    assertEquals("""
        alert,unit,name,index,band,cause_code,cause_percent,below_percent,cause_band
        remediation,xa-dong-lac,Xã Đông Lạc,84.58,TOT,7,60.83,75,
        remediation,xa-hoa-son,Xã Hòa Sơn,64.88,KHT,,,,KHT
        remediation,xa-hoa-son,Xã Hòa Sơn,64.88,KHT,3,71.00,75,
        remediation,xa-hoa-son,Xã Hòa Sơn,64.88,KHT,7,50.75,75,
        """, r.out());
  }

  @Test
  void remediation_communes_listsTheUnitsUnderTheAlertWithoutId() {
    Cli.Result r = cli.run("remediation", "--methodology", "commune-methodology.yaml",
        "communes/2025/xa-an-binh.yaml", "communes/2025/xa-binh-minh.yaml",
        "communes/2025/xa-dong-lac.yaml", "communes/2025/xa-hoa-son.yaml",
        "communes/2025/xa-my-loc.yaml", "communes/2025/xa-phu-tho.yaml",
        "communes/2025/xa-tan-phu.yaml", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    // communes/README.md: Hòa Sơn field 1 at 50 %, Mỹ Lộc fields 1 and 2 at 50 % (threshold 75)
    assertEquals("""
        Alert 1: 2 unit(s) — A remediation plan is required
        - Xã Hòa Sơn (xa-hoa-son) · 73.13 % · Average: 1 50.00 % < 75 %
        - Xã Mỹ Lộc (xa-my-loc) · 43.75 % · Weak: 1 50.00 % < 75 %; 2 50.00 % < 75 %
        """, r.out());
  }

  @Test
  void remediation_alertWithoutId_isInWordsForReadersAndAsItsLabelForPrograms() {
    Cli.Result vi = cli.run("remediation", "--methodology", "commune-methodology.yaml",
        "communes/2025/xa-hoa-son.yaml");
    Cli.Result json = cli.run("remediation", "--methodology", "commune-methodology.yaml",
        "communes/2025/xa-hoa-son.yaml", "--format", "json");
    assertTrue(vi.out().startsWith("Cảnh báo 1: 1 đơn vị"), vi::toString);
    assertTrue(json.out().contains("\"id\": \"alert-1\""), json::toString);
  }

  @Test
  void assess_html_isTheSelfContainedAppraisalReport() {
    Cli.Result r = cli.run("assess", "--methodology", CRITERIA,
        "cycle/xa-an-binh-2025.assessment.yaml", "--format", "html", "--lang", "vi");
    assertEquals(0, r.status(), r::toString);
    String page = r.out();
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(!page.contains("<script") && !page.contains("<link"), "no script, no resource");
    // one row per criterion, its points at every stage and the council's reasons
    assertTrue(page.contains("<tr data-code=\"1.4\" class=\"moved\">"), page);
    assertTrue(page.contains("Không chấp nhận: Tài liệu bổ sung ban hành sau kỳ đánh giá"), page);
    assertTrue(page.contains("E3 Hình ảnh tuyên truyền CCHC (không được chấp nhận: Tài liệu không "
        + "ghi ngày, không xác định được thời gian thực hiện)"), page);
    assertTrue(page.contains("Kết quả chính thức: 93,5120 / 100,0000 điểm"), page);
  }

  @Test
  void readSheetInto_appraisalFormOfARecord_writesTheRecordWithTheAppraisedStage() throws IOException {
    String form = tmp.resolve("tham-dinh.xlsx").toString();
    Cli.Result sheet = cli.run("sheet", "--methodology", CRITERIA, "--record",
        "forms/xa-an-binh-2025-self.assessment.yaml", "--out", form);
    assertEquals(0, sheet.status(), sheet::toString);

    String record = tmp.resolve("xa-an-binh.yaml").toString();
    Cli.Result read = cli.run("read-sheet", form, "--methodology", CRITERIA, "--into",
        "forms/xa-an-binh-2025-self.assessment.yaml", "--date", "2025-12-19", "--out", record);
    assertEquals(0, read.status(), read::toString);
    assertEquals("", read.err());
    String written = Files.readString(Path.of(record));
    // nothing changed in the form: an appraisal without changes, after the self-assessment
    assertTrue(written.startsWith("format: par-assessment/1\n"), written);
    assertTrue(written.endsWith("  - stage: APPRAISED\n    date: \"2025-12-19\"\n    changes: {}\n"),
        written);

    Cli.Result assess = cli.run("assess", "--methodology", CRITERIA, record, "--format", "json");
    assertEquals(0, assess.status(), assess::toString);
    assertTrue(assess.out().contains("\"stage\": \"APPRAISED\""), assess.out());
  }

  @Test
  void readSheetInto_misusedOptions_areUsageErrors() {
    Cli.Result both = cli.run("read-sheet", "f.xlsx", "--methodology", CRITERIA, "--into", "r.yaml",
        "--new-record");
    assertEquals(2, both.status(), both::toString);
    assertTrue(both.err().contains("--into and --new-record go apart"), both.err());
    Cli.Result date = cli.run("read-sheet", "f.xlsx", "--methodology", CRITERIA, "--date",
        "2025-12-19");
    assertEquals(2, date.status(), date::toString);
    assertTrue(date.err().contains("--date is the date of a record's stage"), date.err());
    Cli.Result bad = cli.run("read-sheet", "f.xlsx", "--methodology", CRITERIA, "--new-record",
        "--date", "19/12/2025");
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(bad.err().contains("expects a date YYYY-MM-DD"), bad.err());
    Cli.Result sheet = cli.run("sheet", "--methodology", CRITERIA, "--record", "r.yaml",
        "--submission", "s.yaml", "--out", "f.xlsx");
    assertEquals(2, sheet.status(), sheet::toString);
    assertTrue(sheet.err().contains("--submission and --record go apart"), sheet.err());
  }
}
