package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells a spreadsheet program would not write, or would write only on purpose (issue 20, item 4):
 * each gives a problem at its cell, quickly, in a short message — never a crash, a hang or a number
 * that par's own readers refuse afterwards. Every case here failed before the cell layer
 * ({@code Cells}) was given its limits.
 */
class HostileCellsTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private final FormWriter writer = FormWriter.of(Fixtures.scorer());
  private final FormReader reader = FormReader.of(Fixtures.scorer());

  /** The filled form of commune A with one cell's XML replaced. */
  private byte[] withCell(String code, Column column, String cellXml) {
    String ref;
    byte[] form;
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      int row = e.row(code);
      ref = Refs.column(column.index()) + (row + 1);
      e.number(row, column, "0.5");
      form = e.bytes();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return Zips.rewrite(form, SHEET, xml -> {
      Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*>.*?</c>").matcher(xml);
      assertTrue(m.find(), ref);
      return xml.substring(0, m.start()) + cellXml.replace("REF", ref) + xml.substring(m.end());
    });
  }



  private List<Problem> problems(byte[] form) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        ValidationException.class, () -> reader.read(form, "f.xlsx")).problems());
  }

  private static Problem only(List<Problem> problems, String path) {
    List<Problem> at = problems.stream().filter(p -> p.path().equals(path)).toList();
    assertEquals(1, at.size(), problems::toString);
    return at.get(0);
  }

  @Test
  void read_dateCell_isAProblemAtItsCell() {
    // 1.3 is rate-linear: its value cell expects a rate
    List<Problem> problems = problems(withCell("1.3", Column.VALUE,
        "<c r=\"REF\" t=\"d\"><v>2024-01-15T00:00:00</v></c>"));

    Problem p = only(problems, "Phiếu!E20");
    assertTrue(p.message().startsWith("expected a rate of at least 0 (0,95 for 95 %), got a date"), p::toString);
  }

  @Test
  void read_cellOfAnUnknownType_isAProblemAtItsCell() {
    List<Problem> problems = problems(withCell("1.3", Column.VALUE,
        "<c r=\"REF\" t=\"zz\"><v>1</v></c>"));

    Problem p = only(problems, "Phiếu!E20");
    assertTrue(p.message().contains("a cell of unknown type 'zz'"), p::toString);
  }

  @Test
  void read_booleanCellHoldingNeitherZeroNorOne_isRefusedNotReadAsNo() {
    // 1.1 is yes-no: its value cell expects Có or Không
    List<Problem> problems = problems(withCell("1.1", Column.VALUE,
        "<c r=\"REF\" t=\"b\"><v>2</v></c>"));

    Problem p = only(problems, "Phiếu!E18");
    assertTrue(p.message().startsWith("expected Có or Không, got a TRUE/FALSE cell holding '2'"),
        p::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e-99999999", "1e999999999999", "-1E+2147483648",
      "99999999999999999999999999999999999999999999999999999999999999999999999999999999"})
  void read_numberWithAHugeExponentOrLength_isRefusedQuicklyInAShortMessage(String stored) {
    List<Problem> problems = problems(withCell("1.3", Column.VALUE,
        "<c r=\"REF\"><v>" + stored + "</v></c>"));

    Problem p = only(problems, "Phiếu!E20");
    assertTrue(p.message().startsWith("expected a rate of at least 0 (0,95 for 95 %), got '"), p::toString);
    assertTrue(p.message().length() < 300, () -> p.message().length() + " characters");
  }

  @Test
  void read_numberLongerThanTheReadersAcceptWrittenOut_isRefusedWithItsCell() {
    // 1e-50 is a rate, but 52 characters written out: par's readers refuse it
    List<Problem> problems = problems(withCell("1.3", Column.VALUE,
        "<c r=\"REF\"><v>1E-50</v></c>"));

    assertEquals("expected a rate of at least 0 (0,95 for 95 %), got '1E-50': it has 52 characters written out in "
        + "full (decimals are kept and written in plain notation); the limit is 40",
        only(problems, "Phiếu!E20").message());
  }

  @Test
  void read_smallNumbersWithinTheLimit_giveSubmissionsParReadsBack() {
    byte[] form = withCell("1.3", Column.VALUE, "<c r=\"REF\"><v>1.2345678901234567E-20</v></c>");

    FormReading read = reader.read(form, "f.xlsx");

    String json = ParWriter.toString(read.submission(), Syntax.JSON);
    assertEquals(read.submission(), ParReader.standard().readSubmission(
        json.getBytes(StandardCharsets.UTF_8), "s.json"));
  }

  @Test
  void read_numberTypedAsAVeryLongText_isRefusedWithItsCell() throws IOException {
    byte[] form;
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      e.text(e.row("1.3"), Column.VALUE, "0," + "0".repeat(60) + "1");
      form = e.bytes();
    }

    Problem p = only(problems(form), "Phiếu!E20");
    assertTrue(p.message().contains("characters written out in full"), p::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
      "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
  void read_doctypeInAnyPart_isRefusedNamingThePart(String part) {
    byte[] form = Zips.rewrite(writer.write(Fixtures.a()), part,
        xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e \"e\">]>"));

    assertEquals(List.of(new Problem("f.xlsx", "", "not a valid workbook: the part " + part
        + " declares a DOCTYPE, which is refused")), problems(form));
  }
}
