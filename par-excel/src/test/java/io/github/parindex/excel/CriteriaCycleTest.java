package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.excel.CriteriaLayout.AlertColumn;
import io.github.parindex.excel.CriteriaLayout.CapColumn;
import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.model.Alert;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomRules;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The criteria sheet with what CYCLE.md §1 adds to the format: option wording, rates above 1,
 * evidence required, alert ids and alerts by band, band caps. Each is written where
 * docs/criteria-sheet.md says, in Vietnamese words, and read back to an equal methodology.
 *
 * <p>Most tests read with a registry that knows the nine types' names and checks no parameters, so
 * that a cell's problem is the sheet's, not a rule's; the round trip of every feature is also shown
 * with the real rules, scorecards equal ({@link
 * #writeThenRead_everyCycleFeature_withTheBuiltInRules_scoresTheSame}).
 */
class CriteriaCycleTest {
  /** The nine built-in types' names, with any parameters (see the class comment). */
  private static final RuleRegistry NAMES_ONLY = names();
  private static final Methodology CYCLE = cycle();
  private final CriteriaReader reader = CriteriaReader.of(NAMES_ONLY);

  static RuleRegistry names() {
    RuleRegistry.Builder b = RuleRegistry.builder();
    RandomRules.TYPES.forEach(t -> b.add(new AnyParametersRule(t)));
    return b.build();
  }

  static Methodology cycle() {
    try (InputStream in = CriteriaCycleTest.class.getResourceAsStream("cycle-methodology.yaml")) {
      return ParReader.standard().readMethodology(in.readAllBytes(), "cycle-methodology.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(Methodology m, String code) {
    return m.requireNode(code);
  }

  @Test
  void fixture_holdsEveryFeatureOfCycleSection1() {
    assertTrue(node(CYCLE, "1.1").evidenceRequired());
    assertTrue(node(CYCLE, "1.2").evidenceRequired());
    assertTrue(CYCLE.alerts().get(0).byBand());
    assertEquals(List.of("remediation", "remediation"), CYCLE.alerts().subList(0, 2).stream()
        .map(a -> a.id().orElseThrow()).toList());
    assertEquals(List.of(CapCondition.alert("remediation"),
        CapCondition.penaltyAbove(BigDecimal.ZERO),
        CapCondition.nodesBelow(List.of("1", "2"), new BigDecimal("60"))),
        CYCLE.bandCaps().stream().map(BandCap::when).toList());
    assertTrue(node(CYCLE, "1.1").rule().orElseThrow().parameters().get("options")
        instanceof DataValue.MapValue o && o.entries().get("A") instanceof DataValue.MapValue);
  }

  @Test
  void writeThenRead_everyCycleFeature_isEqual() throws Exception {
    CriteriaReading read = reader.read(CriteriaWriter.write(CYCLE), "c.xlsx");

    assertEquals(List.of(), read.warnings());
    assertEquals(CYCLE, read.methodology());
    // the par-methodology/1 file read-criteria-sheet writes reads back as the same methodology
    for (Syntax syntax : Syntax.values()) {
      assertEquals(CYCLE, ParReader.standard().readMethodology(read.methodologyFile(syntax)
          .getBytes(StandardCharsets.UTF_8), "m." + syntax.name().toLowerCase()));
    }
  }

  @Test
  void write_optionWording_inItsColumnsAndInTheRuleWords() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      int r = e.row("1.1");
      assertEquals("Chọn một phương án, mỗi phương án được một tỷ lệ của điểm tối đa: "
          + "A = 100 % (2 điểm): Ban hành đúng hạn và đầy đủ nội dung; "
          + "B = 50 % (1 điểm): Ban hành đúng hạn nhưng chưa đầy đủ nội dung; C = 0 % (0 điểm).",
          e.cell(r, Column.METHOD).getStringCellValue());
      assertEquals(List.of("A", "Ban hành đúng hạn và đầy đủ nội dung", "On time, complete"),
          List.of(e.cell(r + 1, Column.STEP).getStringCellValue(),
              e.cell(r + 1, Column.OPTION_LABEL).getStringCellValue(),
              e.cell(r + 1, Column.OPTION_LABEL_EN).getStringCellValue()));
      assertEquals(List.of("B", "Ban hành đúng hạn nhưng chưa đầy đủ nội dung", ""),
          List.of(e.cell(r + 2, Column.STEP).getStringCellValue(),
              e.cell(r + 2, Column.OPTION_LABEL).getStringCellValue(),
              e.cell(r + 2, Column.OPTION_LABEL_EN).getStringCellValue()));
      assertEquals("", e.cell(r + 3, Column.OPTION_LABEL).getStringCellValue());
    }
  }

  @Test
  void write_ratesAbove1_asPercentsAboveAHundred_inWords() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      int r = e.row("1.2");
      // 2 points: 80 % is 1.6, 50 % is 1
      assertEquals("Theo tỷ lệ: đạt từ 110 % trở lên: 100 % (2 điểm); từ 100 % đến dưới 110 %: "
          + "80 % (1,6 điểm); từ 90 % đến dưới 100 %: 50 % (1 điểm); từ 0 % đến dưới 90 %: 0 % "
          + "(0 điểm).", e.cell(r, Column.METHOD).getStringCellValue());
      assertEquals(1.1, e.cell(r + 1, Column.STEP).getNumericCellValue());
      assertEquals(Styles.RATE, e.cell(r + 1, Column.STEP).getCellStyle().getDataFormatString());
      int t = e.row("2.1");
      assertEquals(1.1, e.cell(t, Column.TARGET).getNumericCellValue());
      assertEquals("Tỷ lệ (hoặc tử số / mẫu số) nhân với điểm tối đa: 3 × tỷ lệ / 1,1, đạt "
          + "110 % trở lên: 3 điểm; dưới 50 %: 0 điểm.", e.cell(t, Column.METHOD)
          .getStringCellValue());
    }
  }

  @Test
  void write_evidenceRequired_asCoOrKhongOnEveryLeaf() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      int header = CriteriaBuilder.HEADER_ROW;
      assertEquals("Bắt buộc tài liệu kiểm chứng", e.cell(header, Column.EVIDENCE_REQUIRED)
          .getStringCellValue());
      assertEquals(Column.EVIDENCE.ordinal() + 1, Column.EVIDENCE_REQUIRED.ordinal());
      Map<String, String> shown = new LinkedHashMap<>();
      for (String code : List.of("1", "1.1", "1.2", "1.3", "2.1", "P.1")) {
        shown.put(code, e.cell(e.row(code), Column.EVIDENCE_REQUIRED).getStringCellValue());
      }
      assertEquals(Map.of("1", "", "1.1", "Có", "1.2", "Có", "1.3", "Không", "2.1", "Không",
          "P.1", "Không"), shown);
    }
  }

  @Test
  void write_alertsAndBandCaps_inTheHeaderSheet() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      XSSFSheet h = e.header;
      int alerts = row(h, AlertColumn.ID.label);
      assertEquals(List.of("Mã cảnh báo", "Các mục", "Dưới (%)", "Theo xếp loại"),
          List.of(text(h, alerts, 0), text(h, alerts, 1), text(h, alerts, 2), text(h, alerts, 3)));
      assertEquals(List.of("remediation", "", "C; D"), List.of(text(h, alerts + 1, 0),
          text(h, alerts + 1, 1), text(h, alerts + 1, 3)));
      assertEquals(List.of("remediation", "1; 2", "", "Phải xây dựng kế hoạch khắc phục"),
          List.of(text(h, alerts + 2, 0), text(h, alerts + 2, 1), text(h, alerts + 2, 3),
              text(h, alerts + 2, 4)));
      assertEquals(75.0, CriteriaEdit.cell(h, alerts + 2, 2).getNumericCellValue());
      assertEquals("GIỚI HẠN XẾP LOẠI", text(h, alerts + 5, 0));
      int caps = alerts + 6;
      assertEquals(List.of(CapColumn.values()).stream().map(c -> c.label).toList(), List.of(
          text(h, caps, 0), text(h, caps, 1), text(h, caps, 2), text(h, caps, 3),
          text(h, caps, 4), text(h, caps, 5)));
      assertEquals(List.of("Khi có cảnh báo «remediation»: xếp loại tối đa B.", "remediation",
          "B"), List.of(text(h, caps + 1, 0), text(h, caps + 1, 1), text(h, caps + 1, 5)));
      assertEquals("Khi tổng điểm trừ trên 0 điểm: xếp loại tối đa B.", text(h, caps + 2, 0));
      assertEquals(0.0, CriteriaEdit.cell(h, caps + 2, 2).getNumericCellValue());
      assertEquals(List.of("Khi một trong các mục 1, 2 đạt dưới 60 %: xếp loại tối đa C.", "1; 2",
          "C"), List.of(text(h, caps + 3, 0), text(h, caps + 3, 3), text(h, caps + 3, 5)));
      assertEquals(60.0, CriteriaEdit.cell(h, caps + 3, 4).getNumericCellValue());
    }
  }

  @Test
  void read_editedCycleCells_areRead() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      XSSFSheet h = e.header;
      int r = e.row("1.1");
      e.text(e.row("1.3"), Column.EVIDENCE_REQUIRED, "co"); // typed without diacritics
      e.text(r + 3, Column.OPTION_LABEL, "Chưa ban hành");
      e.text(e.row("1.2") + 1, Column.STEP, "115%"); // a rate typed as a percent, above 100
      int caps = row(h, CapColumn.WORDS.label);
      CriteriaEdit.cell(h, caps + 2, 2).setBlank();
      CriteriaEdit.cell(h, caps + 2, 1).setCellValue("remediation");
      int alerts = row(h, AlertColumn.ID.label);
      CriteriaEdit.cell(h, alerts + 1, 3).setCellValue("D");

      Methodology read = reader.read(e.bytes(), "c.xlsx").methodology();

      Map<String, DataValue> options = new LinkedHashMap<>(node(CYCLE, "1.1").rule().orElseThrow()
          .parameters().get("options") instanceof DataValue.MapValue o ? o.entries() : Map.of());
      options.put("C", RuleCells.option(BigDecimal.ZERO, "Chưa ban hành", null));
      List<DataValue> bands = new java.util.ArrayList<>(((DataValue.ListValue) node(CYCLE, "1.2")
          .rule().orElseThrow().parameters().get("bands")).items());
      bands.set(0, DataValue.map(Map.of("min", DataValue.decimal("1.15"), "percent",
          DataValue.decimal("100"))));
      Methodology expected = Methodology.builder().from(with(with(with(CYCLE,
          "1.3", n -> Node.builder().from(n).evidenceRequired(true).build()),
          "1.1", n -> Node.builder().from(n).rule(RuleSpec.of("option", Map.of("options",
              DataValue.map(options)))).build()),
          "1.2", n -> Node.builder().from(n).rule(RuleSpec.of("rate-bands", Map.of("bands",
              DataValue.list(bands)))).build()))
          .alerts(List.of(Alert.builder().from(CYCLE.alerts().get(0)).bands(List.of("D"))
              .build(), CYCLE.alerts().get(1), CYCLE.alerts().get(2)))
          .bandCaps(List.of(CYCLE.bandCaps().get(0), BandCap.of(CapCondition.alert("remediation"),
              "B"), CYCLE.bandCaps().get(2)))
          .build();
      assertEquals(expected, read);
    }
  }

  @Test
  void read_badCycleCells_areRefusedEachAtItsCell() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      XSSFSheet h = e.header;
      int r = e.row("1.1");
      e.text(r + 3, Column.OPTION_LABEL_EN, "Not issued"); // English without Vietnamese
      e.text(e.row("1.3"), Column.EVIDENCE_REQUIRED, "cần");
      int alerts = row(h, AlertColumn.ID.label);
      CriteriaEdit.cell(h, alerts + 2, 3).setCellValue("D"); // by band and by nodes at once
      int caps = row(h, CapColumn.WORDS.label);
      CriteriaEdit.cell(h, caps + 1, 2).setCellValue(1); // two conditions

      List<Problem> problems = assertThrows(ValidationException.class,
          () -> reader.read(e.bytes(), "c.xlsx")).problems();

      String criteria = "'Tiêu chí'!";
      String header = "'Bộ chỉ số'!";
      assertEquals(List.of(
          p(header + "D" + (alerts + 3), "an alert is raised either by band (Theo xếp loại) or by "
              + "the percentages of some nodes (Các mục and Dưới (%)), not both"),
          p(header + (caps + 2) + ":" + (caps + 2), "expected one condition: an alert's id (Khi có cảnh báo (mã)), "
              + "penalty points (Khi tổng điểm trừ trên), or codes (Khi các mục) with a percentage "
              + "(Đạt dưới (%))"),
          p(criteria + Refs.column(Column.OPTION_LABEL_EN.ordinal()) + (r + 4), "an English "
              + "wording of option 'C' needs the Vietnamese one (Nội dung phương án)"),
          p(criteria + Refs.column(Column.EVIDENCE_REQUIRED.ordinal()) + (e.row("1.3") + 1),
              "expected Có or Không, got 'cần'")), problems);
    }
  }

  @Test
  void writeThenRead_everyCycleFeature_withTheBuiltInRules_scoresTheSame() {
    // option wording, rates above 1, evidence required, alerts by id and band, band caps: read with
    // the real rules, the methodology is equal and every generated submission scores the same
    CriteriaReading read = CriteriaReader.of(CriteriaFixtures.REGISTRY)
        .read(CriteriaWriter.write(CYCLE), "c.xlsx");

    assertEquals(CYCLE, read.methodology());
    List<Submission> submissions = new ArrayList<>(CriteriaFixtures.submissions(CYCLE, 30));
    // rates above 1 on every rate leaf (1.2: ≥ 110 %, 1.3 and 2.1: targets 1.05 and 1.1), an
    // option with its wording, a penalty that holds the cap
    submissions.add(Submission.builder().methodology(CYCLE.id()).year(2025)
        .unit(Unit.builder().id("x").build())
        .putObservations("1.1", Observation.option("B"))
        .putObservations("1.2", Observation.rate(new BigDecimal("1.12")))
        .putObservations("1.3", Observation.fraction(new BigDecimal("107"), new BigDecimal("100")))
        .putObservations("2.1", Observation.rate(new BigDecimal("1.05")))
        .putObservations("P.1", Observation.yes(true)).build());
    int scored = 0;
    for (Submission s : submissions) {
      String card = CriteriaFixtures.scorecard(CYCLE, s);
      assertEquals(card, CriteriaFixtures.scorecard(read.methodology(), s));
      scored += card.startsWith("problems:") ? 0 : 1;
    }
    assertTrue(scored >= 25, "most submissions score: " + scored);
    assertTrue(CriteriaFixtures.scorecard(CYCLE, submissions.get(submissions.size() - 1))
        .contains("\"rate\": 1.12"), "the rate above 1 is scored and kept as given");
  }

  @Test
  void writeThenRead_cycleFeaturesTheBuiltInRulesAccept_scoreTheSame() {
    // the golden commune set, every leaf needing evidence, alerts by id and by band, three caps
    Methodology golden = Fixtures.commune();
    Methodology m = Methodology.builder().from(golden)
        .nodes(golden.nodes().stream().map(CriteriaCycleTest::evidenceRequired).toList())
        .addAlerts(Alert.builder().id("remediation").bands(List.of("TB", "YEU")).build())
        .addBandCaps(BandCap.of(CapCondition.alert("remediation"), "KHA"),
            BandCap.of(CapCondition.penaltyAbove(new BigDecimal("0.5")), "KHA"),
            BandCap.of(CapCondition.nodesBelow(List.of("1"), new BigDecimal("50")), "TB"))
        .build();
    CriteriaReading read = CriteriaReader.of(CriteriaFixtures.REGISTRY)
        .read(CriteriaWriter.write(m), "c.xlsx");

    assertEquals(m, read.methodology());
    List<Submission> submissions = CriteriaFixtures.submissions(m, 30);
    for (Submission s : submissions) {
      assertEquals(CriteriaFixtures.scorecard(m, s), CriteriaFixtures.scorecard(
          read.methodology(), s));
    }
  }

  @Test
  void read_unknownBands_areRefusedAtTheirCells() throws Exception {
    try (CriteriaEdit e = new CriteriaEdit(CriteriaWriter.write(CYCLE))) {
      XSSFSheet h = e.header;
      int alerts = row(h, AlertColumn.ID.label);
      CriteriaEdit.cell(h, alerts + 1, 3).setCellValue("C; X");
      int caps = row(h, CapColumn.WORDS.label);
      CriteriaEdit.cell(h, caps + 3, 5).setCellValue("E");

      List<Problem> problems = assertThrows(ValidationException.class,
          () -> reader.read(e.bytes(), "c.xlsx")).problems();

      assertEquals(List.of(p("'Bộ chỉ số'!D" + (alerts + 2), "no band has code 'X'"),
          p("'Bộ chỉ số'!F" + (caps + 4), "no band has code 'E'")), problems);
    }
  }

  @Test
  void writeThenRead_optionWordingWithMembersInAnotherOrder_isEqual() {
    Map<String, DataValue> label = new LinkedHashMap<>();
    label.put("en", DataValue.text("Complete"));
    label.put("vi", DataValue.text("Đầy đủ"));
    Map<String, DataValue> option = new LinkedHashMap<>();
    option.put("label", DataValue.map(label));
    option.put("percent", DataValue.decimal("100"));
    Methodology m = with(CYCLE, "1.1", n -> Node.builder().from(n).rule(RuleSpec.of("option",
        Map.of("options", DataValue.map(Map.of("A", DataValue.map(option),
            "B", DataValue.decimal("0")))))).build());

    Methodology back = reader.read(CriteriaWriter.write(m), "c.xlsx").methodology();

    assertEquals(m, back);
    assertEquals(RuleCells.option(new BigDecimal("100"), "Đầy đủ", "Complete"),
        ((DataValue.MapValue) back.requireNode("1.1").rule().orElseThrow().parameters()
            .get("options")).entries().get("A"));
  }

  // ---------------------------------------------------------------- helpers

  private static Node evidenceRequired(Node n) {
    return n.isLeaf() ? Node.builder().from(n).evidenceRequired(true).build()
        : Node.builder().from(n).children(n.children().stream()
            .map(CriteriaCycleTest::evidenceRequired).toList()).build();
  }

  private static Methodology with(Methodology m, String code, UnaryOperator<Node> change) {
    return CriteriaFixtures.with(m, code, change);
  }

  private static Problem p(String path, String message) {
    return new Problem("c.xlsx", path, message);
  }

  /** The first row of the header sheet whose first cell is a label. */
  private static int row(XSSFSheet sheet, String label) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (text(sheet, r, 0).equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static String text(XSSFSheet sheet, int r, int c) {
    var cell = CriteriaEdit.cell(sheet, r, c);
    return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
        ? cell.getStringCellValue() : "";
  }
}
