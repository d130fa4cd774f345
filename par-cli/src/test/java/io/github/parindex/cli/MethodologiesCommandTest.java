package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodologiesCommandTest {
  @TempDir Path dir;

  private static List<Methodology> bundled() {
    return BundledMethodologies.all();
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The column, in code points, where {@code cell} starts in {@code line}. */
  private static int column(String line, String cell) {
    int at = line.indexOf(cell);
    assertTrue(at >= 0, () -> "'" + cell + "' not in: " + line);
    return line.codePointCount(0, at);
  }

  @Test
  void methodologies_text_listsEveryBundledMethodologyInAlignedColumns() {
    Cli.Result r = new Cli(dir).run("methodologies");

    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2 + bundled().size(), lines.length, r::toString);
    String header = lines[0];
    assertTrue(header.matches("Mã +Tên +Năm áp dụng +Đầy đủ +Đã chi tiết \\(%\\)"), header);
    assertTrue(lines[1].matches("-+( +-+){4}"), lines[1]);
    for (int i = 0; i < bundled().size(); i++) {
      Methodology m = bundled().get(i);
      String line = lines[2 + i];
      assertEquals(0, column(line, m.id() + " "));
      assertEquals(column(header, "Tên"), column(line, m.title().vi()));
      assertEquals(column(header, "Năm áp dụng"), column(line, MethodologiesCommand.years(m)));
      assertEquals(column(header, "Đầy đủ"),
          column(line, m.completeness().isComplete() ? "có " : "không "));
      // the Vietnamese notation: 23,25, not 23.25
      assertTrue(line.endsWith(" " + m.completeness().itemisedPercent().toPlainString()
          .replace('.', ',')), line);
      assertEquals(codePoints(header), codePoints(line), "right-aligned last column: " + line);
    }
    assertTrue(r.out().contains("vn-par-province-2948"), r::toString);
    assertTrue(r.out().contains(" 2017–2019 "), r::toString);
  }

  @Test
  void methodologies_textInEnglish_usesEnglishTitlesAndHeadings() {
    Cli.Result r = new Cli(dir).run("methodologies", "--lang", "en");

    assertEquals(0, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].matches("Id +Title +Years +Complete +Itemised \\(%\\)"), lines[0]);
    for (int i = 0; i < bundled().size(); i++) {
      Methodology m = bundled().get(i);
      assertEquals(column(lines[0], "Title"), column(lines[2 + i], m.title().get("en")));
      assertEquals(column(lines[0], "Complete"),
          column(lines[2 + i], m.completeness().isComplete() ? "yes " : "no "));
    }
  }

  @Test
  void methodologies_json_listsEveryBundledMethodology() {
    Cli.Result r = new Cli(dir).run("methodologies", "--format=json", "--lang=en");

    assertEquals(0, r.status(), r::toString);
    StringBuilder expected = new StringBuilder("{\n  \"methodologies\": [");
    for (int i = 0; i < bundled().size(); i++) {
      Methodology m = bundled().get(i);
      expected.append(i == 0 ? "\n" : ",\n")
          .append("    {\n")
          .append("      \"id\": \"").append(m.id()).append("\",\n")
          .append("      \"title\": \"").append(m.title().get("en")).append("\",\n")
          .append("      \"validFrom\": ").append(m.validFrom()).append(",\n")
          .append("      \"validTo\": ").append(m.validTo().isPresent()
              ? String.valueOf(m.validTo().getAsInt()) : "null").append(",\n")
          .append("      \"years\": \"").append(MethodologiesCommand.years(m)).append("\",\n")
          .append("      \"complete\": ").append(m.completeness().isComplete()).append(",\n")
          .append("      \"itemisedPercent\": ")
          .append(m.completeness().itemisedPercent().toPlainString()).append("\n")
          .append("    }");
    }
    expected.append("\n  ]\n}\n");
    assertEquals(expected.toString(), r.out());
    assertTrue(r.out().contains("""
              "id": "vn-par-province-2948",
              "title": "Provincial PAR INDEX (Decision 2948/QĐ-BNV)",
              "validFrom": 2017,
              "validTo": 2019,
              "years": "2017–2019",
        """), r::toString);
  }

  @Test
  void methodologies_csv_hasHeaderAndOneRecordPerMethodology() {
    Cli.Result r = new Cli(dir).run("methodologies", "--format", "csv");

    assertEquals(0, r.status(), r::toString);
    StringBuilder expected =
        new StringBuilder("id,title,validFrom,validTo,years,complete,itemisedPercent\n");
    for (Methodology m : bundled()) {
      expected.append(m.id()).append(',').append(io.github.parindex.report.internal.Csv.cell(m.title().vi())).append(',')
          .append(m.validFrom()).append(',')
          .append(m.validTo().isPresent() ? String.valueOf(m.validTo().getAsInt()) : "")
          .append(',').append(MethodologiesCommand.years(m)).append(',')
          .append(m.completeness().isComplete()).append(',')
          .append(m.completeness().itemisedPercent().toPlainString()).append('\n');
    }
    assertEquals(expected.toString(), r.out());
    assertTrue(r.out().contains("\nvn-par-province-2948,Chỉ số cải cách hành chính cấp tỉnh "
        + "(Quyết định 2948/QĐ-BNV),2017,2019,2017–2019,false,"), r::toString);
  }
}
