package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.excel.Layout.DocumentColumn;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import io.github.parindex.scoring.testing.TestData;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The council's appraisal form (issue 15 item 5): written from a record holding Xã An Bình's
 * self-assessment, filled as the council did in {@code xa-an-binh-2025.assessment.yaml} (worked by
 * hand in docs/assessment.md), and read back into the record.
 */
class AppraisalFormTest {
  private static final String CYCLE = "examples/data/cycle/";
  private static final Methodology M = methodology();
  private static final Scorer SCORER = Scorer.of(M);
  private static final Assessment SELF_ONLY = record("examples/data/forms/xa-an-binh-2025-self.assessment.yaml");
  private static final Assessment WHOLE_YEAR = record(CYCLE + "xa-an-binh-2025.assessment.yaml");
  private static final LocalDate APPRAISED_ON = LocalDate.of(2025, 12, 19);

  private static Methodology methodology() {
    return ParReader.standard().readMethodology(TestData.bytes(CYCLE
        + "commune-criteria-2025.yaml"), "commune-criteria-2025.yaml");
  }

  private static Assessment record(String path) {
    return ParReader.standard().readAssessment(TestData.bytes(path), path);
  }

  private static Problem p(String path, String message) {
    return new Problem("f.xlsx", path, message);
  }

  /** The unit's form, prefilled from its self-assessment (without documents). */
  private static Edit unitsForm() {
    return new Edit(FormWriter.of(SCORER).write(Submission.builder()
        .methodology(SELF_ONLY.methodology()).year(SELF_ONLY.year()).unit(SELF_ONLY.unit())
        .stage(Stage.SELF).putAllObservations(SELF_ONLY.stages().get(0).observations()).build()));
  }

  private static Edit appraisalForm() {
    return new Edit(FormWriter.of(SCORER).write(SELF_ONLY));
  }

  /** The council's work on An Bình, as the whole-year record has it. */
  private static void appraiseAsTheCouncilDid(Edit e) {
    // new data, and the prefilled points (values, not formulas) emptied: the data decides
    e.number(e.sub("3.2", Layout.NUMERATOR), Column.VALUE, "1140").clear(e.row("3.2"),
        Column.APPRAISED)
        .text(e.row("3.2"), Column.REASON, "Hệ thống thông tin giải quyết TTHC ghi nhận "
            + "1.140/1.200 hồ sơ đúng hạn");
    e.number(e.sub("7.4", Layout.responses("A")), Column.VALUE, "150")
        .number(e.sub("7.4", Layout.responses("B")), Column.VALUE, "40")
        .number(e.sub("7.4", Layout.responses("C")), Column.VALUE, "8")
        .number(e.sub("7.4", Layout.responses("D")), Column.VALUE, "2")
        .text(e.row("7.4"), Column.REASON, "Kết quả điều tra xã hội học do Sở Nội vụ thực hiện");
    e.text(e.row("P.1"), Column.KIND, "Điểm").number(e.row("P.1"), Column.APPRAISED, "1")
        .text(e.row("P.1"), Column.REASON, "01 công chức bị kỷ luật khiển trách trong năm 2025");
    for (int i = 1; i <= 9; i++) {
      document(e, "E" + i, DocumentColumn.STATUS, "Được chấp nhận");
    }
    document(e, "E3", DocumentColumn.STATUS, "Không được chấp nhận");
    document(e, "E3", DocumentColumn.REASON, "Tài liệu không ghi ngày, không xác định được thời "
        + "gian thực hiện");
  }

  private static void document(Edit e, String id, DocumentColumn column, String text) {
    XSSFSheet docs = e.workbook.getSheet(Layout.DOCUMENTS_SHEET);
    for (int r = 0; r <= docs.getLastRowNum(); r++) {
      XSSFRow row = docs.getRow(r);
      XSSFCell c = row == null ? null : row.getCell(DocumentColumn.ID.ordinal());
      if (c != null && c.getStringCellValue().equals(id)) {
        XSSFCell target = row.getCell(column.ordinal()) == null
            ? row.createCell(column.ordinal()) : row.getCell(column.ordinal());
        target.setCellValue(text);
        return;
      }
    }
    throw new IllegalArgumentException("no document " + id);
  }

  private static RecordReading readInto(Edit e, Assessment record) {
    return FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", record, APPRAISED_ON);
  }

  @Test
  void readInto_theCouncilsAppraisal_givesTheAppraisedStageOfTheWorkedRecord() throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);

      RecordReading read = readInto(e, SELF_ONLY);

      assertEquals(CycleStage.APPRAISED, read.stage());
      assertEquals(List.of(), read.warnings());
      CycleStep expected = WHOLE_YEAR.stages().get(1);
      assertEquals(List.of(SELF_ONLY.stages().get(0), expected), read.record().stages());
      // the documents known at the appraisal, with the council's decisions of the worked record
      assertEquals(WHOLE_YEAR.evidence().subList(0, 9), read.record().evidence());
      // scored: the appraised stage of the worked record (docs/assessment.md: 87,4667 points)
      AssessmentReport got = Assessor.of(SCORER).assess(read.record());
      AssessmentReport worked = Assessor.of(SCORER).assess(WHOLE_YEAR);
      assertEquals(worked.stages().get(1).scorecard().points(),
          got.stages().get(1).scorecard().points());
    }
  }

  @Test
  void write_record_prefillsTheAppraisalTheSelfPointsAndTheDocuments() throws Exception {
    try (Edit e = new Edit(FormWriter.of(SCORER).write(appraisedOnly()))) {
      // the appraisal in the record is prefilled: reading the form unchanged gives it back
      RecordReading read = FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", appraisedOnly(),
          APPRAISED_ON);
      assertEquals(appraisedOnly(), read.record());
      AssessmentReport worked = Assessor.of(SCORER).assess(WHOLE_YEAR);
      CellReader cells = new CellReader("f.xlsx", WorkbookLimits.defaults());
      int row = e.row("3.2");
      assertEquals(0, worked.stages().get(0).scorecard().node("3.2").points().orElseThrow()
          .compareTo(cells.read(e.cell(row, Column.SELF.index())).number()));
      assertEquals(0, worked.stages().get(1).scorecard().node("3.2").points().orElseThrow()
          .compareTo(cells.read(e.cell(row, Column.APPRAISED.index())).number()));
      assertEquals("Kết quả điều tra xã hội học do Sở Nội vụ thực hiện",
          e.cell(e.row("7.4"), Column.REASON.index()).getStringCellValue());
      XSSFRow e3 = e.workbook.getSheet(Layout.DOCUMENTS_SHEET).getRow(6);
      assertEquals(List.of("E3", "Hình ảnh tuyên truyền CCHC", "1.4", "",
          "Không được chấp nhận", "Tài liệu không ghi ngày, không xác định được thời gian thực "
              + "hiện"), java.util.stream.IntStream.range(0, 6)
          .mapToObj(c -> e3.getCell(c) == null ? "" : e3.getCell(c).getStringCellValue()).toList());
    }
  }

  /** The worked record up to its appraisal. */
  private static Assessment appraisedOnly() {
    Assessment.Builder b = Assessment.builder().methodology(WHOLE_YEAR.methodology())
        .unit(WHOLE_YEAR.unit()).year(WHOLE_YEAR.year()).missing(WHOLE_YEAR.missing());
    WHOLE_YEAR.evidence().subList(0, 9).forEach(b::addEvidence);
    b.addStage(WHOLE_YEAR.stages().get(0)).addStage(WHOLE_YEAR.stages().get(1));
    return b.build();
  }

  @Test
  void readInto_changeWithoutReason_isAProblemAtTheReasonCell() throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      int row = e.row("3.2");
      e.clear(row, Column.REASON);

      ValidationException x = assertThrows(ValidationException.class,
          () -> readInto(e, SELF_ONLY));

      assertEquals(List.of(p("Phiếu!K" + (row + 1), "3.2 differs from the self-assessment: the "
          + "council's change needs its reason in 'Lý do thẩm định'")), x.problems());
    }
  }

  @Test
  void readInto_rejectedDocumentWithoutReasonAndUnknownDocument_areProblemsAtTheirCells()
      throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      document(e, "E3", DocumentColumn.REASON, "");
      e.workbook.getSheet(Layout.DOCUMENTS_SHEET).getRow(4).getCell(0).setCellValue("E99");

      ValidationException x = assertThrows(ValidationException.class,
          () -> readInto(e, SELF_ONLY));

      assertEquals(List.of(
          p("'Tài liệu'!A5", "the record has no document 'E99'; documents are added to the "
              + "record, not in the form"),
          p("'Tài liệu'!F7", "a document the council does not accept needs its reason")),
          x.problems());
    }
  }

  @Test
  void readInto_dataTakenAwayAndRemainderOfAnotherUnit_areProblems() throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      int row = e.row("1.3");
      e.clear(row, Column.VALUE).clear(row, Column.KIND).clear(row, Column.APPRAISED);
      int unit = fieldRow(e, Layout.Field.UNIT_ID);
      e.cell(unit, 2).setCellValue("xa-hoa-son");

      ValidationException x = assertThrows(ValidationException.class,
          () -> readInto(e, SELF_ONLY));

      assertEquals(List.of(
          p("Phiếu!C" + (unit + 1), "the record is of unit 'xa-an-binh'; the form is of "
              + "'xa-hoa-son'"),
          p("Phiếu!A" + (row + 1), "the self-assessment declared data for 1.3; an appraisal "
              + "cannot take it away: give the appraised data, or choose 'Điểm' and type 0")),
          x.problems());
    }
  }

  @Test
  void readInto_unitsFormWithoutRecord_startsTheRecord() throws Exception {
    try (Edit e = unitsForm()) {
      e.text(e.row("1.1"), Column.EVIDENCE_GIVEN, "[E1] Kế hoạch CCHC năm 2025");
      e.text(e.row("1.2"), Column.EVIDENCE_GIVEN, "[E1] Kế hoạch CCHC năm 2025");
      e.text(e.row("1.3"), Column.EVIDENCE_GIVEN, "Báo cáo CCHC quý I, II, III, IV");

      RecordReading read = FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", null,
          LocalDate.of(2025, 11, 14));

      assertEquals(CycleStage.SELF, read.stage());
      assertEquals(List.of(SELF_ONLY.stages().get(0)), read.record().stages());
      // a document without an id gets the first free E-number
      assertEquals(SELF_ONLY.evidence().subList(0, 2), read.record().evidence());
    }
  }

  @Test
  void write_optionDropDown_promptsWithTheOptionsWording() throws Exception {
    try (Edit e = appraisalForm()) {
      int row = e.row("1.1");
      String prompt = e.form.getDataValidations().stream()
          .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
              .anyMatch(a -> a.isInRange(row, Column.VALUE.index())))
          .findFirst().orElseThrow().getPromptBoxText();

      assertEquals("Chọn phương án: A = 100 % (2 điểm): Ban hành đúng hạn, đầy đủ nội dung; B = "
          + "50 % (1 điểm): Ban hành đúng hạn nhưng chưa đầy đủ nội dung; C = 0 % (0 điểm): Ban "
          + "hành chậm hoặc không ban hành.", prompt);
    }
  }

  @Test
  void readInto_finalStageForm_isRefusedAtTheStageCell() throws Exception {
    try (Edit e = appraisalForm()) {
      int stage = fieldRow(e, Layout.Field.STAGE);
      e.cell(stage, 2).setCellValue("Kết quả cuối cùng (FINAL)");

      ValidationException x = assertThrows(ValidationException.class,
          () -> readInto(e, SELF_ONLY));

      assertEquals(List.of(p("Phiếu!C" + (stage + 1), "a form gives the stage SELF (Tự đánh "
          + "giá) or APPRAISED (Thẩm định); the requests for review and the council's decisions "
          + "on them (REVIEW_REQUESTED, FINAL) are written in the record (docs/assessment.md)")),
          x.problems());
    }
  }

  /** The first row (from 0) whose cell in a column holds a text. */
  private static int rowWith(Edit e, int column, String text) {
    for (int r = 0; r <= e.form.getLastRowNum(); r++) {
      XSSFCell c = e.cell(r, column);
      if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && c.getStringCellValue().equals(text)) {
        return r;
      }
    }
    throw new IllegalStateException("no " + text);
  }

  /** The row of a header field: its label in column B, its value in C. */
  private static int fieldRow(Edit e, Layout.Field field) {
    return rowWith(e, 1, field.label);
  }

  /** The cell of the form's date line under the table. */
  private static XSSFCell dateLine(Edit e) {
    return e.cell(rowWith(e, Column.METHOD.index(), Layout.DATE_LINE), Column.METHOD.index());
  }

  @Test
  void readInto_filledDateLineWithoutADate_datesTheStage() throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      dateLine(e).setCellValue("Hải Dương, ngày 19 tháng 12 năm 2025");

      RecordReading read = FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", SELF_ONLY, null);

      assertEquals(WHOLE_YEAR.stages().get(1), read.record().stages().get(1));
    }
  }

  @Test
  void readInto_dateLineOfADayThatDoesNotExist_isAProblemAtItsCell() throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      XSSFCell line = dateLine(e);
      line.setCellValue("ngày 31 tháng 2 năm 2025");

      ValidationException x = assertThrows(ValidationException.class,
          () -> FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", SELF_ONLY, null));

      assertEquals(List.of(p("Phiếu!" + line.getReference(),
          "not a date: 'ngày 31 tháng 2 năm 2025'")), x.problems());
    }
  }

  @Test
  void readInto_reasonsOnAUnitsForm_areIgnoredWithAWarning() throws Exception {
    try (Edit e = unitsForm()) {
      int row = e.row("2.2");
      e.text(row, Column.REASON, "Đã rà soát đủ");

      RecordReading read = FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", SELF_ONLY, null);

      assertEquals(List.of(p("Phiếu!K" + (row + 1), "ignored: the reasons are the council's, "
          + "read at stage Thẩm định (APPRAISED)")), read.warnings());
      // a record with nothing after its self-assessment: the self-assessment is replaced
      assertEquals(List.of(CycleStep.self(null, SELF_ONLY.stages().get(0).observations())),
          read.record().stages());
      assertEquals(List.of(), read.record().evidence());
    }
  }

  @Test
  void readInto_dateBeforeTheSelfAssessment_isAProblemAtTheDateLineOrInTheRecord()
      throws Exception {
    try (Edit e = appraisalForm()) {
      appraiseAsTheCouncilDid(e);
      XSSFCell line = dateLine(e);
      line.setCellValue("ngày 1 tháng 11 năm 2025");
      String message = "the date 2025-11-01 is before the previous stage's 2025-11-14: dates "
          + "must not decrease";

      ValidationException fromTheForm = assertThrows(ValidationException.class,
          () -> FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", SELF_ONLY, null));
      ValidationException given = assertThrows(ValidationException.class,
          () -> FormReader.of(SCORER).readInto(e.bytes(), "f.xlsx", SELF_ONLY,
              LocalDate.of(2025, 11, 1)));

      assertEquals(List.of(p("Phiếu!" + line.getReference(), message)), fromTheForm.problems());
      assertEquals(List.of(p("/stages/1/date", message)), given.problems());
    }
  }

  @Test
  void readInto_recordPastItsAppraisal_isRefusedAtTheStageCell() throws Exception {
    try (Edit e = appraisalForm()) {
      int stage = fieldRow(e, Layout.Field.STAGE);

      ValidationException x = assertThrows(ValidationException.class,
          () -> readInto(e, WHOLE_YEAR));

      assertEquals(List.of(p("Phiếu!C" + (stage + 1), "the record already has the stage FINAL: "
          + "its appraisal can no longer change")), x.problems());
      // nor is its appraisal form written
      ValidationException w = assertThrows(ValidationException.class,
          () -> FormWriter.of(SCORER).write(WHOLE_YEAR));
      assertEquals(List.of(Problem.at("/stages", "the record has gone past the appraisal (stage "
          + "FINAL): an appraisal form can no longer change it")), w.problems());
    }
  }
}
