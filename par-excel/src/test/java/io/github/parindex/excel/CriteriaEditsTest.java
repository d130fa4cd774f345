package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.excel.CriteriaLayout.Field;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Criteria sheets edited the way an official edits a spreadsheet, read back: the edit is read, the
 * rest is unchanged; what cannot be read is reported at its cell, every problem at once.
 */
class CriteriaEditsTest {
  private static final Methodology COMMUNE = Fixtures.commune();
  private final CriteriaReader reader = CriteriaReader.of(RuleRegistry.builtIn());

  private static CriteriaEdit edit() {
    return new CriteriaEdit(CriteriaWriter.write(COMMUNE));
  }

  private List<Problem> problems(CriteriaEdit e) {
    return assertThrows(ValidationException.class, () -> reader.read(e.bytes(), "c.xlsx"))
        .problems();
  }

  private static Problem p(String path, String message) {
    return new Problem("c.xlsx", path, message);
  }

  /** The commune methodology with one node changed. */
  private static Methodology with(String code, UnaryOperator<Node> change) {
    return CriteriaFixtures.with(COMMUNE, code, change);
  }

  @Test
  void read_renamedCriterion_isTheOnlyChange() throws Exception {
    try (CriteriaEdit e = edit()) {
      e.text(e.row("1.1"), Column.NAME, "Ban hành kế hoạch CCHC năm 2025, đúng hạn");

      CriteriaReading read = reader.read(e.bytes(), "c.xlsx");

      assertEquals(with("1.1", n -> Node.builder().from(n).name(LocalizedText.of(
          "Ban hành kế hoạch CCHC năm 2025, đúng hạn")).build()), read.methodology());
      assertEquals(List.of(), read.warnings());
    }
  }

  @Test
  void read_changedMaximum_isCheckedByTheFieldsFormula_thenReadWhenEverySumAgrees()
      throws Exception {
    try (CriteriaEdit e = edit()) {
      int leaf = e.row("1.1");
      int field = e.row("1");
      int total = e.field(Field.MAX);
      e.number(leaf, Column.MAX, "3").recalculate();

      // what the official sees: the field's check and the total's check
      assertEquals("Sai: tổng các mục con và điểm chưa chi tiết hoá là 9",
          e.shown(e.criteria, field, Column.CHECK.ordinal()));
      assertEquals(CriteriaLayout.AGREES, e.shown(e.header, total, 2));
      List<Problem> problems = problems(e);
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("'Tiêu chí'!C" + (field + 1), problems.get(0).path());

      e.number(field, Column.MAX, "9").recalculate();
      assertEquals(CriteriaLayout.AGREES, e.shown(e.criteria, field, Column.CHECK.ordinal()));
      assertEquals("Sai: tổng điểm tối đa các lĩnh vực là 17", e.shown(e.header, total, 2));
      problems = problems(e);
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("'Bộ chỉ số'!B" + (total + 1), problems.get(0).path());

      e.field(Field.MAX, "17").recalculate();
      assertEquals(CriteriaLayout.AGREES, e.shown(e.header, total, 2));
      Methodology read = reader.read(e.bytes(), "c.xlsx").methodology();
      assertEquals(new BigDecimal("3"), read.requireNode("1.1").maxPoints());
      assertEquals(new BigDecimal("9"), read.requireNode("1").maxPoints());
      assertEquals(new BigDecimal("17"), read.maxPoints());
    }
  }

  @Test
  void read_addedOption_isReadInItsPlace() throws Exception {
    try (CriteriaEdit e = edit()) {
      int d = e.row("1.3") - 1; // the last option row of 1.2 (D)
      e.insertRow(d + 1);
      e.text(d + 1, Column.NAME, CriteriaLayout.OPTION_ROW).text(d + 1, Column.STEP, "E")
          .number(d + 1, Column.PERCENT, "25");

      Methodology read = reader.read(e.bytes(), "c.xlsx").methodology();

      Map<String, DataValue> options = new LinkedHashMap<>();
      for (String[] o : new String[][] {{"A", "100"}, {"B", "75"}, {"C", "50"}, {"D", "0"},
          {"E", "25"}}) {
        options.put(o[0], DataValue.decimal(o[1]));
      }
      assertEquals(with("1.2", n -> Node.builder().from(n).rule(RuleSpec.of("option",
          Map.of("options", DataValue.map(options)))).build()), read);
    }
  }

  @Test
  void read_textInANumberCell_isRefusedWithItsCell() throws Exception {
    try (CriteriaEdit e = edit()) {
      int r = e.row("1.3");
      e.text(r, Column.MAX, "hai");

      assertEquals(List.of(p("'Tiêu chí'!C" + (r + 1), "expected the maximum points, got 'hai'")),
          problems(e));
    }
  }

  @Test
  void read_whatASpreadsheetDoesToATable_isTolerated() throws Exception {
    try (CriteriaEdit e = edit()) {
      int r = e.row("1.3");
      e.text(r, Column.TARGET, "90%").text(r, Column.FLOOR, "0,5");
      e.text(e.row("1.1"), Column.MAX, " 2 ");
      e.text(e.row("2.2"), Column.PER_ITEM, "0,25");
      e.insertRow(e.row("2"));
      e.insertRow(e.row("1.4") + 1);
      // an official's own column, and two columns swapped
      CriteriaEdit.cell(e.criteria, CriteriaBuilder.HEADER_ROW, Column.values().length)
          .setCellValue("Ghi chú của Sở");
      e.swapColumns(Column.MAX.ordinal(), Column.RULE.ordinal());

      CriteriaReading read = reader.read(e.bytes(), "c.xlsx");

      // 0,5 typed as text is 0.5; 90% typed as text is 0.90, the same target
      assertEquals(with("1.3", n -> Node.builder().from(n).rule(RuleSpec.of("rate-linear",
          Map.of("target", DataValue.decimal("0.90"), "floor", DataValue.decimal("0.5"))))
          .build()), read.methodology());
      String after = Refs.column(Column.values().length); // the first column after the sheet's
      assertEquals(List.of(p("'Tiêu chí'!" + after + "5", "ignored column 'Ghi chú của Sở': not "
          + "a column of the criteria sheet")), read.warnings());
    }
  }

  @Test
  void read_manyProblems_areReportedAtOnceEachAtItsCell() throws Exception {
    try (CriteriaEdit e = edit()) {
      int r22 = e.row("2.2");
      int r23 = e.row("2.3");
      int r1 = e.row("1");
      e.text(r22, Column.PER_ITEM, "1,500");
      e.text(r23, Column.RULE, "giảm mạnh");
      e.text(r1, Column.RULE, "Có/Không");
      CriteriaEdit.cell(e.header, e.field(Field.VALID_FROM), 1).setCellValue("năm ngoái");

      List<Problem> problems = problems(e);

      String perItem = "'Tiêu chí'!" + Refs.column(Column.PER_ITEM.ordinal());
      String rule = "'Tiêu chí'!" + Refs.column(Column.RULE.ordinal());
      assertEquals(List.of(
          p("'Bộ chỉ số'!B" + (e.field(Field.VALID_FROM) + 1), "expected a year such as 2025, "
              + "got 'năm ngoái'"),
          p(perItem + (r22 + 1), "expected a number (Điểm trừ mỗi trường hợp), got "
              + "'1,500': ambiguous: ',' may be a decimal or a thousands separator; type the "
              + "number without grouping (e.g. 1500) or as a number cell"),
          p(rule + (r23 + 1), "expected a rule type (" + String.join(", ",
              CriteriaLayout.ruleChoices()) + ", or the name of a type the application "
              + "registers); got 'giảm mạnh'"),
          p(rule + (r1 + 1), "a node with children or unitemisedPoints is scored by its "
              + "parts and must not have a rule")), problems);
    }
  }
}
