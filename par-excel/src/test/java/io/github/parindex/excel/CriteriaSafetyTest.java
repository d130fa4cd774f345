package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The criteria reader is hardened like read-sheet: one problem for a file that is not a workbook,
 * too large, a zip bomb or declares a DOCTYPE; sheets above the row limit are refused; hostile
 * cells give problems at their cells; formulas are not evaluated.
 */
class CriteriaSafetyTest {
  private final CriteriaReader reader = CriteriaReader.of(RuleRegistry.builtIn());
  private final byte[] commune = CriteriaWriter.write(Fixtures.commune());

  private List<Problem> problems(CriteriaReader r, byte[] content) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        ValidationException.class, () -> r.read(content, "c.xlsx")).problems());
  }

  @Test
  void read_notAWorkbook_orAFormInsteadOfCriteria_isOneProblemForTheFile() {
    assertEquals(List.of(new Problem("c.xlsx", "", "not an .xlsx workbook")),
        problems(reader, "format: par-methodology/1\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(new Problem("c.xlsx", "", "a self-assessment form (sheet 'Phiếu'), not a "
        + "criteria sheet: read it with read-sheet")), problems(reader,
        FormWriter.of(Fixtures.scorer()).blank()));
  }

  @Test
  void read_aboveTheLimits_isRefusedBeforeOrWhileUnzipping(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.xlsx");
    Files.write(file, commune);
    CriteriaReader small = reader.withLimits(WorkbookLimits.builder().maxBytes(1000).build());
    ValidationException e = assertThrows(ValidationException.class, () -> small.read(file));
    assertEquals(List.of(new Problem(file.toString(), "", "the file has " + commune.length
        + " bytes; the limit is 1000")), e.problems());

    byte[] bomb = Zips.rewrite(commune, "xl/worksheets/sheet2.xml",
        xml -> xml + " ".repeat(4_000_000));
    assertEquals(List.of(new Problem("c.xlsx", "", Workbooks.ZIP_BOMB)), problems(reader, bomb));

    CriteriaReader few = reader.withLimits(WorkbookLimits.builder().maxRows(20).build());
    assertEquals(List.of(new Problem("c.xlsx", "'Tiêu chí'", "the sheet has 35 rows; the limit "
        + "is 20"), new Problem("c.xlsx", "'Bộ chỉ số'", "the sheet has 34 rows; the limit is "
        + "20")), problems(few, commune));
  }

  @Test
  void read_doctype_isRefusedNamingThePart() {
    byte[] xxe = Zips.rewrite(commune, "xl/sharedStrings.xml", xml -> xml
        .replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>")
        .replace("golden-commune", "&leak;"));

    assertEquals(List.of(new Problem("c.xlsx", "", "not a valid workbook: the part "
        + "xl/sharedStrings.xml declares a DOCTYPE, which is refused")), problems(reader, xxe));
  }

  @Test
  void read_hostileCells_areProblemsAtTheirCells() throws Exception {
    byte[] edited;
    int row;
    try (CriteriaEdit e = new CriteriaEdit(commune)) {
      row = e.row("1.3");
      e.number(row, Column.TARGET, "0.5").number(row, Column.FLOOR, "0.25");
      edited = e.bytes();
    }
    String target = Refs.column(Column.TARGET.ordinal()) + (row + 1);
    String floor = Refs.column(Column.FLOOR.ordinal()) + (row + 1);
    byte[] hostile = Zips.rewrite(edited, "xl/worksheets/sheet2.xml", xml -> xml
        .replaceFirst("<c r=\"" + target + "\"[^>]*>.*?</c>", "<c r=\"" + target
            + "\"><v>1e-99999999</v></c>")
        .replaceFirst("<c r=\"" + floor + "\"[^>]*>.*?</c>", "<c r=\"" + floor
            + "\" t=\"d\"><v>2025-01-01</v></c>"));

    List<Problem> problems = problems(reader, hostile);

    assertEquals(2, problems.size(), problems::toString);
    assertEquals("'Tiêu chí'!" + target, problems.get(0).path());
    assertTrue(problems.get(0).message().startsWith("expected a number (Mục tiêu), got "
        + "'1e-99999999': not a number par can hold"), problems::toString);
    assertEquals(new Problem("c.xlsx", "'Tiêu chí'!" + floor, "expected a number (Ngưỡng tối "
        + "thiểu), got a date ('2025-01-01')"), problems.get(1));
  }

  @Test
  void read_formulaInAReadCell_isReadFromItsStoredValueNeverEvaluated() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(commune)) {
      int r = e.row("1.1");
      // the stored value says 2; the formula would say 3: par reads what the file stores
      e.cell(r, Column.MAX).setCellFormula("1+2");
      e.cell(r, Column.MAX).getCTCell().setV("2");

      assertEquals(Fixtures.commune(), reader.read(e.bytes(), "c.xlsx").methodology());
    }
  }
}
