package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Forms edited the way a person edits a spreadsheet, read back: forgiving where a person expects it,
 * and otherwise every problem at once, each at its sheet and cell.
 */
class FormEditsTest {
  private static final Scorer SCORER = Fixtures.scorer();
  private final FormWriter writer = FormWriter.of(SCORER);
  private final FormReader reader = FormReader.of(SCORER);

  private Edit a() {
    return new Edit(writer.write(Fixtures.a()));
  }

  private List<Problem> problems(Edit e) {
    return assertThrows(ValidationException.class, () -> reader.read(e.bytes(), "f.xlsx"))
        .problems();
  }

  private static Problem p(String path, String message) {
    return new Problem("f.xlsx", path, message);
  }

  private static Submission with(Submission s, String code, Observation o) {
    return Submission.builder().from(s).putObservations(code, o).build();
  }

  @Test
  void read_numbersTypedAsText_areReadWithADecimalCommaOrAsPercents() throws Exception {
    try (Edit e = a()) {
      e.text(e.row("1.3"), Column.VALUE, "0,95");
      e.text(e.row("1.4"), Column.KIND, "Tỷ lệ").text(e.row("1.4"), Column.VALUE, "95 %");
      e.text(e.row("2.3"), Column.KIND, "tỷ lệ").text(e.row("2.3"), Column.VALUE, "9,278%");
      e.text(e.sub("2.3", "Kỳ gốc"), Column.VALUE, "40");
      e.clear(e.sub("2.3", "Hiện tại"), Column.VALUE);
      e.text(e.row("2.1"), Column.VALUE, " 2 ");

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      Submission expected = with(with(with(Fixtures.a(), "1.3",
          Observation.rate(new BigDecimal("0.95"))), "1.4",
          Observation.rate(new BigDecimal("0.95"))), "2.3",
          Observation.rate(new BigDecimal("0.09278")));
      assertEquals(expected, read.submission());
      // the baseline typed under 2.3 is not used: its kind is now 'Tỷ lệ'
      assertEquals(List.of(p("Phiếu!E31", "ignored: the kind of 2.3 is 'Tỷ lệ'")),
          read.warnings().stream().filter(w -> w.path().equals("Phiếu!E31")).toList());
    }
  }

  @Test
  void read_emptyRowsAndAnExtraColumn_areSkippedAndIgnoredWithAWarning() throws Exception {
    try (Edit e = a()) {
      e.insertRow(e.sub("1.3", "Tử số"));
      e.insertRow(e.row("2"));
      e.insertColumn(Column.VALUE.index());
      e.text(15, Column.VALUE, "Người kê khai");
      e.text(e.row("1.1"), Column.VALUE, "Nguyễn Văn A");

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      assertEquals(Fixtures.a(), read.submission());
      assertEquals(List.of(p("Phiếu!E16", "ignored column 'Người kê khai': not a column of the "
          + "form")), read.warnings());
    }
  }

  @Test
  void read_personEdits_reportEveryProblemAtOnceAtItsSheetAndCell() throws Exception {
    try (Edit e = a()) {
      e.text(e.row("1.1"), Column.KIND, "Tỷ lệ");
      e.clear(e.row("1.2"), Column.CODE);
      e.number(e.row("1.3"), Column.VALUE, "-0.5");
      e.text(e.row("2.1"), Column.VALUE, "mười");
      e.number(e.row("2.2"), Column.VALUE, "3.5");
      e.number(e.row("2.5"), Column.APPRAISED, "0.61234");
      e.text(e.row("P.1"), Column.CODE, "P.9");

      assertEquals(Set.of(
          p("Phiếu!D18", "leaf 1.1 (rule yes-no) does not accept 'Tỷ lệ'; accepted: Có/Không, "
              + "Điểm, Không áp dụng"),
          p("Phiếu!A19", "no code (STT) in a row with data, so it belongs to no criterion; is it "
              + "1.2 (Mức độ hoàn thành kế hoạch)? Type its code back"),
          p("Phiếu!E20", "expected a rate of at least 0 (0,95 for 95 %), got -0,5"),
          p("Phiếu!E28", "expected a whole number of at least 0, got 'mười'"),
          p("Phiếu!E29", "expected a whole number of at least 0, got 3,5"),
          p("Phiếu!J38", "0.61234 has more than pointDecimals (4) decimals"),
          p("Phiếu!A42", "unknown code 'P.9': methodology 'golden-commune' has no such "
              + "criterion")), Set.copyOf(problems(e)));
    }
  }

  @Test
  void read_optionTheRuleDoesNotDefine_isReportedAtItsCell() throws Exception {
    try (Edit e = a()) {
      e.text(e.row("1.2"), Column.VALUE, "E");

      assertEquals(List.of(p("Phiếu!E19", "unknown option 'E'; known options: A, B, C, D")),
          problems(e));
    }
  }

  @Test
  void read_numberThatMayHaveAThousandsSeparator_isReportedNotGuessed() throws Exception {
    try (Edit e = a()) {
      e.text(e.sub("2.3", "Kỳ gốc"), Column.VALUE, "1.500");

      assertEquals(List.of(p("Phiếu!E31", "expected a number above 0, got '1.500': ambiguous: "
          + "'.' may be a decimal or a thousands separator; type the number without grouping "
          + "(e.g. 1500) or as a number cell")), problems(e));
    }
  }

  @Test
  void read_pointsAboveTheMaximum_areReported_ratesAbove100Percent_areRead() throws Exception {
    try (Edit e = a()) {
      e.number(e.row("2.5"), Column.APPRAISED, "1.5");
      e.text(e.row("1.3"), Column.KIND, "Tử số/Mẫu số");
      e.number(e.sub("1.3", "Tử số"), Column.VALUE, "12");
      e.number(e.sub("1.3", "Mẫu số"), Column.VALUE, "10");

      assertEquals(List.of(p("Phiếu!J38", "points 1.5 are above the leaf's maximum (1)")),
          problems(e));

      // a rate above 1 (112 %) and a numerator above its denominator are data (CYCLE.md §1)
      e.number(e.row("2.5"), Column.APPRAISED, "1");
      e.text(e.row("1.4"), Column.KIND, "Tỷ lệ").text(e.row("1.4"), Column.VALUE, "112%");
      FormReading read = reader.read(e.bytes(), "f.xlsx");
      assertEquals(Observation.fraction(new BigDecimal("12"), new BigDecimal("10")),
          read.submission().observations().get("1.3"));
      assertEquals(Observation.rate(new BigDecimal("1.12")),
          read.submission().observations().get("1.4"));
    }
  }

  @Test
  void read_emptyKindCells_areInferredFromTheCellsFilled() throws Exception {
    try (Edit e = a()) {
      for (String code : List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5",
          "B.1", "P.1")) {
        e.clear(e.row(code), Column.KIND);
      }

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      // not-applicable cannot be inferred: 1.4 has no data left
      Submission expected = Submission.builder().from(Fixtures.a()).observations(Fixtures.a()
          .observations().entrySet().stream().filter(x -> !x.getKey().equals("1.4"))
          .collect(java.util.stream.Collectors.toMap(x -> x.getKey(), x -> x.getValue())))
          .build();
      assertEquals(expected, read.submission());
    }
  }

  @Test
  void read_valuesOfTwoKindsWithoutAKind_askForTheKind() throws Exception {
    try (Edit e = a()) {
      e.clear(e.row("1.3"), Column.KIND);
      e.number(e.sub("1.3", "Tử số"), Column.VALUE, "9");

      assertEquals(List.of(p("Phiếu!D20", "values of several kinds are filled (Tỷ lệ, Tử số/Mẫu "
          + "số): choose the kind here")), problems(e));
    }
  }

  @Test
  void read_pointsOnlyLikeTheTraditionalForm_areReadAsPoints() throws Exception {
    try (Edit e = new Edit(writer.blank())) {
      e.number(4, Column.MAX, "2024").text(5, Column.MAX, "xa-an-binh");
      e.number(e.row("1.1"), Column.SELF, "2");
      e.number(e.row("1.2"), Column.SELF, "1.5");
      e.text(e.row("1.3"), Column.SELF, "1,8");

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      assertEquals(Submission.builder().methodology("golden-commune").year(2024)
          .unit(Unit.builder().id("xa-an-binh").level("COMMUNE").build())
          .putObservations("1.1", Observation.points(new BigDecimal("2")))
          .putObservations("1.2", Observation.points(new BigDecimal("1.5")))
          .putObservations("1.3", Observation.points(new BigDecimal("1.8")))
          .build(), read.submission());
    }
  }

  @Test
  void read_pointsThatDisagreeWithTheDeclaredData_keepTheDataAndWarn() throws Exception {
    try (Edit e = a()) {
      e.number(e.row("1.1"), Column.APPRAISED, "1");
      e.number(e.row("1.1"), Column.SELF, "2");

      FormReading read = reader.read(e.bytes(), "f.xlsx");

      assertEquals(Fixtures.a(), read.submission());
      // the self-assessed column (I) is the unit's own figure at the council's stage: not read,
      // without a warning
      assertEquals(List.of(
          p("Phiếu!J18", "the points here (1) are not what the declared data earns (2); the "
              + "declared data is kept")), read.warnings());
    }
  }

  @Test
  void read_stageChanged_readsPointsFromTheColumnOfTheNewStage() throws Exception {
    try (Edit e = a()) {
      e.text(9, Column.MAX, "Tự đánh giá");

      assertEquals(Set.of(
          p("Phiếu!I38", "expected the points of 2.5 here (its kind is 'Điểm'), got nothing"),
          p("Phiếu!I40", "expected the points of B.1 here (its kind is 'Điểm'), got nothing")),
          Set.copyOf(problems(e)));

      e.number(e.row("2.5"), Column.SELF, "0.6").number(e.row("B.1"), Column.SELF, "0.5");
      e.number(e.row("1"), Column.SELF, "1");
      FormReading read = reader.read(e.bytes(), "f.xlsx");

      Submission self = Submission.builder().from(Fixtures.a()).stage(Stage.SELF).unitemised(
          java.util.Map.of()).build();
      assertEquals(self, read.submission());
    }
  }

  @Test
  void read_codeTypedAsANumberOrMovedRows_isStillFound() throws Exception {
    try (Edit e = a()) {
      e.number(e.row("1.1"), Column.CODE, "1.1");

      assertEquals(Fixtures.a(), reader.read(e.bytes(), "f.xlsx").submission());
    }
  }

  @Test
  void read_headerProblems_areReportedAtTheirCells() throws Exception {
    try (Edit e = a()) {
      e.text(3, Column.MAX, "vn-par-province-876");
      e.text(4, Column.MAX, "năm 2024");
      e.text(9, Column.MAX, "Đã duyệt");

      assertEquals(Set.of(
          p("Phiếu!C4", "the form is for methodology 'vn-par-province-876', but is read against "
              + "'golden-commune'"),
          p("Phiếu!C5", "expected an evaluation year such as 2024, got 'năm 2024'"),
          p("Phiếu!C10", "expected one of: Tự đánh giá (SELF), Thẩm định (APPRAISED), Kết quả "
              + "cuối cùng (FINAL); got 'Đã duyệt'")), Set.copyOf(problems(e)));
    }
  }

  @Test
  void read_supplementSheetProblems_areReportedAtTheirCells() throws Exception {
    try (Edit e = a()) {
      var extra = e.workbook.getSheet("Bổ sung");
      extra.getRow(4).getCell(1).setCellValue("9");
      extra.getRow(5).getCell(0).setCellValue("Ghi nhớ");

      assertEquals(Set.of(
          p("'Bổ sung'!B5", "no node has code '9'"),
          p("'Bổ sung'!A6", "expected one of: Điểm công bố, Chưa biết điểm, Cơ quan chủ trì, "
              + "Tài liệu đã nộp; got 'Ghi nhớ'")), Set.copyOf(problems(e)));
    }
  }

  @Test
  void read_nameOrMaximumEdited_isAProblemAtItsCell() throws Exception {
    try (Edit e = a()) {
      int leaf = e.row("1.1");
      int section = e.row("1");
      e.text(leaf, Column.NAME, "Ban hành kế hoạch CCHC năm 2024");
      e.number(e.row("1.2"), Column.MAX, "3");
      e.text(section, Column.MAX, "mười");
      // spacing is not an edit
      e.text(e.row("1.3"), Column.NAME, "  " + e.cell(e.row("1.3"), Column.NAME.index())
          .getStringCellValue().replace(" ", "  ") + " ");

      assertEquals(Set.of(
          p("Phiếu!B" + (leaf + 1), "the name of 1.1 in methodology 'golden-commune' is 'Ban "
              + "hành kế hoạch CCHC', not 'Ban hành kế hoạch CCHC năm 2024': a form cannot change "
              + "the criteria set; put the name back, or change the criteria set (par "
              + "criteria-sheet)"),
          p("Phiếu!C" + (e.row("1.2") + 1), "the maximum of 1.2 in methodology 'golden-commune' "
              + "is 2, not 3: a form cannot change the criteria set; put 2 back, or change the "
              + "criteria set (par criteria-sheet)"),
          p("Phiếu!C" + (section + 1), "expected the maximum 8, got 'mười'")),
          Set.copyOf(problems(e)));
    }
  }
}
