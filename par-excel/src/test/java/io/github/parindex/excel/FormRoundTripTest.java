package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Submission → form → submission on the golden commune methodology (every rule type): every
 * observation kind, overrides, not-applicable, remainders, reported figures with their decimals,
 * unknown parts, lead agencies, evidence, and decimals too long for a spreadsheet's doubles.
 */
class FormRoundTripTest {
  private static final Scorer SCORER = Fixtures.scorer();
  private final FormWriter writer = FormWriter.of(SCORER);
  private final FormReader reader = FormReader.of(SCORER);

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  /** One observation of every kind (but responses with a 0), SELF, ZERO, with everything else. */
  static Submission everyKind() {
    Map<String, Long> responses = new LinkedHashMap<>();
    responses.put("A", 120L);
    responses.put("B", 30L);
    responses.put("C", 5L);
    responses.put("D", 1L);
    return Submission.builder().methodology("golden-commune").year(2025)
        .unit(Unit.builder().id("xa-cat-tien").name("Xã Cát Tiên").level("COMMUNE")
            .region("Tây Nguyên").build())
        .stage(Stage.SELF).missing(MissingPolicy.ZERO)
        .putObservations("1.1", Observation.yes(false))
        .putObservations("1.2", Observation.option("C"))
        .putObservations("1.3", Observation.fraction(d("9984"), d("10000")))
        .putObservations("1.4", Observation.rate(d("0.95")))
        .putObservations("2.1", Observation.count(5))
        .putObservations("2.2", Observation.count(0))
        .putObservations("2.3", Observation.rate(d("0.09278")))
        .putObservations("2.4", Observation.responses(responses))
        .putObservations("2.5", Observation.points(d("0.75")))
        .putObservations("B.1", Observation.points(d("0.2")))
        .putObservations("P.1", Observation.notApplicable())
        .putObservations("P.2", Observation.points(d("0.25")))
        .putUnitemised("1", d("0.5"))
        .putReported("1", Reported.builder().points(d("4.30")).deficit(d("3.700")).build())
        .putReported("2", Reported.builder().deficit(d("1.25")).build())
        .putEvidence("1.1", List.of(EvidenceRef.builder().title("Kế hoạch CCHC năm 2025")
            .uri("https://example.org/ke-hoach.pdf").build(), EvidenceRef.of("Báo cáo quý IV")))
        .putEvidence("2.4", List.of(EvidenceRef.of("Phiếu khảo sát (bản giấy)")))
        .putLeadAgencies("2", "Công chức Tư pháp - Hộ tịch")
        .putLeadAgencies("1.3", "Văn phòng HĐND và UBND")
        .build();
  }

  /** Overrides, a decimal and counts past 15 digits, a partial survey, FINAL, FULL, unknown. */
  static Submission overridesAndExtremes() {
    Map<String, Long> responses = new LinkedHashMap<>();
    responses.put("A", 3L);
    responses.put("C", 0L);
    return Submission.builder().methodology("golden-commune").year(2024)
        .unit(Unit.of("phuong-1"))
        .stage(Stage.FINAL).missing(MissingPolicy.FULL)
        .putObservations("1.1", Observation.points(d("1.5")))
        .putObservations("1.2", Observation.points(d("0.0001")))
        .putObservations("1.3", Observation.rate(d("0.12345678901234567891")))
        .putObservations("1.4", Observation.fraction(d("1234567890123456789"),
            d("2234567890123456789")))
        .putObservations("2.1", Observation.count(1234567890123456789L))
        .putObservations("2.2", Observation.notApplicable())
        .putObservations("2.3", Observation.change(d("56"), d("50.5")))
        .putObservations("2.4", Observation.responses(responses))
        .putObservations("P.1", Observation.yes(true))
        .addUnknown("B")
        .build();
  }

  static Stream<Submission> submissions() {
    return Stream.of(Fixtures.a(), Fixtures.b(), everyKind(), overridesAndExtremes());
  }

  @ParameterizedTest
  @MethodSource("submissions")
  void writeThenRead_givesAnEqualSubmissionWithoutWarnings(Submission submission) {
    FormReading read = reader.read(writer.write(submission), "form.xlsx");

    assertEquals(submission, read.submission());
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void writeThenRead_hungYen2023OnTheBundled876_givesAnEqualSubmission() throws Exception {
    Methodology m = BundledMethodologies.load("vn-par-province-876");
    Submission s = ParReader.standard().readSubmission(
        TestData.path("examples/data/hung-yen-2023.yaml"));
    Scorer scorer = Scorer.of(m);

    FormReading read = FormReader.of(scorer).read(FormWriter.of(scorer).write(s), "hy.xlsx");

    assertEquals(s, read.submission());
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void submissions_coverEveryObservationKind() {
    Set<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    submissions().forEach(s -> s.observations().values().forEach(o -> kinds.add(o.kind())));

    assertEquals(EnumSet.allOf(ObservationKind.class), kinds);
  }

  @Test
  void write_sameSubmissionTwice_givesTheSameBytes() throws Exception {
    byte[] first = writer.write(everyKind());
    Thread.sleep(2100); // past the 2-second resolution of zip entry times
    byte[] second = FormWriter.of(Fixtures.scorer()).write(everyKind());

    assertArrayEquals(first, second);
    assertArrayEquals(writer.blank(), writer.blank());
  }

  @Test
  void write_numbers_areNumericCellsHoldingTheExactDecimal() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        writer.write(Fixtures.a())))) {
      XSSFSheet form = wb.getSheet("Phiếu");
      XSSFCell rate = form.getRow(19).getCell(Column.VALUE.index());
      XSSFCell points = form.getRow(19).getCell(Column.APPRAISED.index());
      XSSFCell max = form.getRow(19).getCell(Column.MAX.index());

      assertEquals("1.3", form.getRow(19).getCell(Column.CODE.index()).getStringCellValue());
      assertEquals(CellType.NUMERIC, rate.getCellType());
      assertEquals("0.81", rate.getRawValue());
      assertEquals("[$-42A]0.00##%", rate.getCellStyle().getDataFormatString());
      assertEquals("1.8", points.getRawValue());
      assertEquals("[$-42A]0.0000", points.getCellStyle().getDataFormatString());
      assertEquals("2", max.getRawValue());
      assertEquals("Tỷ lệ văn bản xử lý đúng hạn", form.getRow(19).getCell(Column.NAME.index())
          .getStringCellValue());
      assertEquals("Tỷ lệ", form.getRow(19).getCell(Column.KIND.index()).getStringCellValue());
    }
  }

  @Test
  void write_decimalsOfMoreThan15Digits_areTextCellsWithADecimalComma() throws Exception {
    try (Edit e = new Edit(writer.write(overridesAndExtremes()))) {
      XSSFCell rate = e.cell(e.row("1.3"), Column.VALUE.index());
      XSSFCell count = e.cell(e.row("2.1"), Column.VALUE.index());

      assertEquals(CellType.STRING, rate.getCellType());
      assertEquals("0,12345678901234567891", rate.getStringCellValue());
      assertEquals("1234567890123456789", count.getStringCellValue());
    }
  }

  @Test
  void write_formHasTheColumnsAndHeaderOfTheIssue() throws Exception {
    try (Edit e = new Edit(writer.write(Fixtures.a()))) {
      String[] labels = new String[Column.values().length];
      for (int c = 0; c < labels.length; c++) {
        labels[c] = e.cell(15, c).getStringCellValue();
      }

      assertArrayEquals(new String[] {"STT", "Tiêu chí", "Điểm tối đa", "Loại số liệu",
          "Số liệu kê khai", "Phương pháp chấm", "Tài liệu kiểm chứng", "Tài liệu đã nộp",
          "Điểm tự chấm", "Điểm thẩm định", "Lý do thẩm định", "Ghi chú"}, labels);
      assertEquals("Chỉ số CCHC cấp xã (ví dụ kiểm thử)", e.cell(0, 0).getStringCellValue());
      assertEquals("golden-commune", e.cell(3, 2).getStringCellValue());
      assertEquals("2024", e.cell(4, 2).getRawValue());
      assertEquals("Xã An Bình", e.cell(6, 2).getStringCellValue());
      assertEquals("10.53", e.cell(11, 2).getRawValue());
      assertEquals("Trung bình", e.cell(13, 2).getStringCellValue());
      // section rows carry their sums, in the column of the stage (appraised)
      assertEquals("6.05", e.cell(e.row("1"), Column.APPRAISED.index()).getRawValue());
      assertEquals(CellType.BLANK, e.cell(e.row("1"), Column.SELF.index()).getCellType());
      assertEquals("Có: 2 điểm; Không: 0 điểm.", e.cell(e.row("1.1"), Column.METHOD.index())
          .getStringCellValue());
      assertEquals("Theo tỷ lệ: 100 %: 100 % (1 điểm); từ 90 % đến dưới 100 %: 50 % (0,5 điểm); "
          + "từ 0 % đến dưới 90 %: 0 % (0 điểm).", e.cell(e.row("1.4"), Column.METHOD.index())
          .getStringCellValue());
    }
  }

  @Test
  void blank_readBack_reportsTheMissingYearAndUnitOnly() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.read(writer.blank(), "blank.xlsx"));

    assertEquals(List.of(
        new Problem("blank.xlsx", "Phiếu!C5", "expected the evaluation year, got nothing"),
        new Problem("blank.xlsx", "Phiếu!C6", "expected the unit's id (Mã đơn vị), e.g. "
            + "xa-an-binh; got nothing")), e.problems());
  }

  @Test
  void blank_filledWithYearAndUnit_readsAsASubmissionWithoutObservations() throws Exception {
    try (Edit e = new Edit(writer.blank())) {
      e.number(4, Column.MAX, "2025").text(5, Column.MAX, "xa-moi");
      FormReading read = reader.read(e.bytes(), "blank.xlsx");

      assertEquals(Submission.builder().methodology("golden-commune").year(2025)
          .unit(Unit.builder().id("xa-moi").level("COMMUNE").build()).build(), read.submission());
    }
  }

  @Test
  void write_submissionThatCannotBeScored_isRejectedWithItsProblems() {
    Submission bad = Submission.builder().from(Fixtures.a())
        .putObservations("1.2", Observation.option("E")).build();

    ValidationException e = assertThrows(ValidationException.class, () -> writer.write(bad));

    assertEquals("/observations/1.2/option", e.problems().get(0).path());
  }
}
