package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.AlertColumn;
import io.github.parindex.excel.CriteriaLayout.BandColumn;
import io.github.parindex.excel.CriteriaLayout.CapColumn;
import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.excel.CriteriaLayout.Field;
import io.github.parindex.excel.Styles.Look;
import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds one criteria-set workbook from a methodology; used once. */
final class CriteriaBuilder {
  /** A part of the methodology the sheet cannot hold, at its pointer. */
  static final class Unwritable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;

    Unwritable(String pointer, String message) {
      super(message);
      this.pointer = pointer;
    }
  }

  /** The first row of the criteria table (its header row), from 0. */
  static final int HEADER_ROW = 4;
  /** Two maxima agree when they differ by less than this (the sheet's formulas compute in binary). */
  private static final String EPSILON = "0.0000001";

  private final Methodology m;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Styles styles = new Styles(wb);
  private final Look base = Look.plain().boxed().wrapped();
  private XSSFSheet sheet;
  private Validations validations;
  private int row;
  /** The rows of the top-level STANDARD nodes, for the total's check. */
  private final List<Integer> standardRows = new ArrayList<>();

  CriteriaBuilder(Methodology m) {
    this.m = m;
  }

  byte[] build() {
    XSSFSheet header = wb.createSheet(CriteriaLayout.HEADER_SHEET);
    criteria();
    header(header);
    wb.setForceFormulaRecalculation(true);
    return Workbooks.save(wb, m.title().vi());
  }

  // ---------------------------------------------------------------- the criteria

  private void criteria() {
    sheet = wb.createSheet(CriteriaLayout.CRITERIA_SHEET);
    validations = new Validations();
    for (Column c : Column.values()) {
      sheet.setColumnWidth(c.ordinal(), c.width * 256);
    }
    int last = Column.METHOD.ordinal();
    SheetTable.titles(sheet, styles, m, CriteriaLayout.TITLE, last);
    text(sheet, 2, 0, "Mỗi dòng là một lĩnh vực, tiêu chí hoặc tiêu chí thành phần; các dòng «"
        + CriteriaLayout.BAND_ROW + "» và «" + CriteriaLayout.OPTION_ROW + "» dưới một tiêu chí là "
        + "các mức, phương án của cách chấm. Cột «" + Column.METHOD.label + "» và «"
        + Column.CHECK.label + "» chỉ để xem.", Look.plain().slanted());
    sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
    row = HEADER_ROW;
    for (Column c : Column.values()) {
      text(sheet, row, c.ordinal(), c.label, base.strong().centred()
          .fill(IndexedColors.GREY_25_PERCENT));
    }
    SheetTable.fitHeight(sheet, row);
    row++;
    for (int i = 0; i < m.nodes().size(); i++) {
      Node n = m.nodes().get(i);
      int at = node(n, 1, null, "/nodes/" + i);
      if (n.role() == Role.STANDARD) {
        standardRows.add(at);
      }
    }
    validations.applyTo(sheet);
    sheet.createFreezePane(Column.NAME.ordinal() + 1, HEADER_ROW + 1);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    new SheetTable(sheet, styles).printWide();
  }

  /** Writes a node and what is under it; returns its row. */
  private int node(Node n, int depth, Node parent, String pointer) {
    int at = row;
    boolean section = !n.isLeaf();
    Look look = section ? base.strong().fill(depth == 1 ? IndexedColors.GREY_25_PERCENT
        : IndexedColors.PALE_BLUE) : base;
    for (Column c : Column.values()) {
      style(at, c, look);
    }
    text(sheet, at, Column.CODE.ordinal(), n.code(), look.format(Styles.TEXT));
    text(sheet, at, Column.NAME.ordinal(), n.name().vi(), look.indent(depth - 1));
    n.name().en().ifPresent(en -> text(sheet, at, Column.NAME_EN.ordinal(), en, look));
    number(at, Column.MAX, n.maxPoints(), look.format(Styles.max(m.pointDecimals())));
    if (n.hasRemainder()) {
      number(at, Column.UNITEMISED, n.unitemisedPoints(), look.format(Styles.max(m
          .pointDecimals())));
    }
    n.evidence().ifPresent(e -> text(sheet, at, Column.EVIDENCE.ordinal(), e, look));
    if (n.isLeaf() || n.evidenceRequired()) {
      text(sheet, at, Column.EVIDENCE_REQUIRED.ordinal(), n.evidenceRequired() ? Layout.YES
          : Layout.NO, look);
      validations.add(Validations.list(List.of(Layout.YES, Layout.NO),
          Column.EVIDENCE_REQUIRED.label, "Có: điểm chỉ được công nhận khi có tài liệu kiểm "
          + "chứng được chấp nhận."), at, Column.EVIDENCE_REQUIRED.ordinal());
    }
    n.leadAgency().ifPresent(a -> text(sheet, at, Column.LEAD.ordinal(), a, look));
    if (parent == null) {
      text(sheet, at, Column.ROLE.ordinal(), CriteriaLayout.role(n.role()), look);
    }
    validations.add(Validations.list(CriteriaLayout.roleChoices(), Column.ROLE.label,
        "Chấm điểm, điểm cộng hoặc điểm trừ; để trống: như mục trên."), at, Column.ROLE.ordinal());
    if (parent == null || parent.source() != n.source()) {
      text(sheet, at, Column.SOURCE.ordinal(), CriteriaLayout.source(n.source()), look);
    }
    validations.add(Validations.list(CriteriaLayout.sourceChoices(), Column.SOURCE.label,
        "Thẩm định hoặc điều tra xã hội học; để trống: như mục trên."), at,
        Column.SOURCE.ordinal());
    n.provenance().ifPresent(p -> provenance(p, at, look));
    validations.add(Validations.list(CriteriaLayout.confidenceChoices(), Column.CONFIDENCE.label,
        "Mức tin cậy của nguồn."), at, Column.CONFIDENCE.ordinal());
    row++;
    if (section) {
      text(sheet, at, Column.METHOD.ordinal(), sectionWords(n), look);
      List<Integer> children = new ArrayList<>();
      for (int i = 0; i < n.children().size(); i++) {
        children.add(node(n.children().get(i), depth + 1, n, pointer + "/children/" + i));
      }
      check(at, children);
    } else {
      leaf(n, at, depth, pointer);
    }
    SheetTable.fitHeight(sheet, at);
    return at;
  }

  private static String sectionWords(Node n) {
    String sum = n.children().isEmpty() ? "Điểm của các nội dung chưa chi tiết hoá."
        : "Tổng điểm các tiêu chí" + (n.hasRemainder() ? " và các nội dung chưa chi tiết hoá."
            : ".");
    return switch (n.role()) {
      case BONUS -> "Điểm cộng: cộng vào tổng điểm, ngoài điểm tối đa. " + sum;
      case PENALTY -> "Điểm trừ: trừ vào tổng điểm. " + sum;
      default -> sum;
    };
  }

  private void leaf(Node n, int at, int depth, String pointer) {
    RuleCells cells;
    try {
      cells = RuleCells.of(n.rule().orElseThrow());
    } catch (IllegalArgumentException e) {
      throw new Unwritable(pointer + "/rule", e.getMessage());
    }
    String type = n.rule().orElseThrow().type();
    text(sheet, at, Column.METHOD.ordinal(), RuleWords.of(n), base);
    text(sheet, at, Column.RULE.ordinal(), CriteriaLayout.rule(type), base);
    validations.add(Validations.list(CriteriaLayout.ruleChoices(), Column.RULE.label,
        "Loại quy tắc chấm điểm; loại do ứng dụng đăng ký: gõ tên của nó.").lenient(), at,
        Column.RULE.ordinal());
    cells.typed().forEach((c, v) -> number(at, c, v, base.format(parameterFormat(c, type))));
    if (!cells.other().isEmpty()) {
      text(sheet, at, Column.OTHER.ordinal(), cells.other(), base);
    }
    text(sheet, at, Column.NOT_APPLICABLE.ordinal(), n.allowNotApplicable() ? Layout.YES
        : Layout.NO, base);
    validations.add(Validations.list(List.of(Layout.YES, Layout.NO), Column.NOT_APPLICABLE.label,
        "Có: đơn vị được kê khai «Không áp dụng»."), at, Column.NOT_APPLICABLE.ordinal());
    Look slanted = base.slanted();
    String stepFormat = cells.options() ? Styles.TEXT : type.equals("rate-bands") ? Styles.RATE
        : type.equals("count-bands") ? Styles.WHOLE : Styles.DECIMAL;
    int first = row;
    for (RuleCells.Step step : cells.steps()) {
      for (Column c : Column.values()) {
        style(row, c, base);
      }
      text(sheet, row, Column.NAME.ordinal(), cells.options() ? CriteriaLayout.OPTION_ROW
          : CriteriaLayout.BAND_ROW, slanted.indent(depth));
      if (step.step() instanceof String key) {
        text(sheet, row, Column.STEP.ordinal(), key, base.format(stepFormat));
      } else {
        number(row, Column.STEP, (BigDecimal) step.step(), base.format(stepFormat));
      }
      number(row, Column.PERCENT, step.percent(), base.format(Styles.DECIMAL));
      if (step.label() != null) {
        text(sheet, row, Column.OPTION_LABEL.ordinal(), step.label(), base);
      }
      if (step.labelEn() != null) {
        text(sheet, row, Column.OPTION_LABEL_EN.ordinal(), step.labelEn(), base);
      }
      SheetTable.fitHeight(sheet, row);
      row++;
    }
    if (row > first) {
      sheet.groupRow(first, row - 1);
    }
  }

  /** How a typed parameter is shown: rates as percents, counts whole, points as points. */
  private String parameterFormat(Column c, String type) {
    boolean rate = type.equals("rate-linear") || type.equals("reduction-target");
    return switch (c) {
      case TARGET, FLOOR -> rate ? Styles.RATE : Styles.DECIMAL;
      case FREE_ITEMS -> Styles.WHOLE;
      case PER_ITEM -> Styles.max(m.pointDecimals());
      default -> Styles.DECIMAL;
    };
  }

  private void provenance(Provenance p, int at, Look look) {
    text(sheet, at, Column.PROVENANCE.ordinal(), p.source(), look);
    text(sheet, at, Column.CONFIDENCE.ordinal(), CriteriaLayout.confidence(p.confidence()), look);
    p.note().ifPresent(n -> text(sheet, at, Column.PROVENANCE_NOTE.ordinal(), n, look));
  }

  /**
   * The check of a section's maximum: the sum of its children's maxima and its unitemised points,
   * as a formula the official sees recomputed when editing ({@code Đúng}, or {@code Sai: …} with
   * the sum).
   */
  private void check(int at, List<Integer> children) {
    StringBuilder sum = new StringBuilder();
    for (int r : children) {
      sum.append(ref(r, Column.MAX)).append('+');
    }
    sum.append(ref(at, Column.UNITEMISED));
    String formula = "IF(ABS(" + ref(at, Column.MAX) + "-(" + sum + "))<" + EPSILON + ",\""
        + CriteriaLayout.AGREES + "\",\"Sai: tổng các mục con và điểm chưa chi tiết hoá là \"&("
        + sum + "))";
    XSSFCell cell = cell(sheet, at, Column.CHECK.ordinal());
    cell.setCellFormula(formula);
    cell.setCellValue(CriteriaLayout.AGREES);
  }

  private static String ref(int r, Column c) {
    return Refs.column(c.ordinal()) + (r + 1);
  }

  // ---------------------------------------------------------------- the header

  private void header(XSSFSheet s) {
    Validations v = new Validations();
    s.setColumnWidth(0, 36 * 256);
    s.setColumnWidth(1, 52 * 256);
    s.setColumnWidth(2, 36 * 256);
    s.setColumnWidth(3, 14 * 256);
    s.setColumnWidth(4, 36 * 256);
    s.setColumnWidth(5, 36 * 256);
    text(s, 0, 0, m.title().vi(), Look.plain().strong().size(14));
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    Look label = Look.plain().strong();
    Look value = Look.plain().boxed().wrapped();
    int r = 2;
    for (Field f : Field.values()) {
      final int at = r;
      text(s, r, 0, f.label, label);
      style(s, r, 1, value);
      switch (f) {
        case ID -> text(s, r, 1, m.id(), value.format(Styles.TEXT));
        case TITLE -> text(s, r, 1, m.title().vi(), value);
        case TITLE_EN -> m.title().en().ifPresent(t -> text(s, at, 1, t, value));
        case ISSUER -> m.issuer().ifPresent(t -> text(s, at, 1, t, value));
        case LEGAL_BASIS -> m.legalBasis().ifPresent(t -> text(s, at, 1, t, value));
        case UNIT_LEVEL -> m.unitLevel().ifPresent(t -> text(s, at, 1, t, value));
        case DESCRIPTION -> m.description().ifPresent(t -> text(s, at, 1, t.vi(), value));
        case DESCRIPTION_EN -> m.description().flatMap(d -> d.en())
            .ifPresent(t -> text(s, at, 1, t, value));
        case PROVENANCE -> m.provenance().ifPresent(p -> text(s, at, 1, p.source(), value));
        case CONFIDENCE -> {
          m.provenance().ifPresent(p -> text(s, at, 1, CriteriaLayout.confidence(
              p.confidence()), value));
          v.add(Validations.list(CriteriaLayout.confidenceChoices(), f.label,
              "Mức tin cậy của nguồn."), r, 1);
        }
        case PROVENANCE_NOTE -> m.provenance().flatMap(Provenance::note)
            .ifPresent(t -> text(s, at, 1, t, value));
        case VALID_FROM -> {
          number(s, r, 1, BigDecimal.valueOf(m.validFrom()), value.format(Styles.WHOLE));
          v.add(Validations.whole(OperatorType.BETWEEN, "1000", "9999", f.label,
              "Năm đầu tiên áp dụng."), r, 1);
        }
        case VALID_TO -> {
          if (m.validTo().isPresent()) {
            number(s, r, 1, BigDecimal.valueOf(m.validTo().getAsInt()), value.format(
                Styles.WHOLE));
          }
          v.add(Validations.whole(OperatorType.BETWEEN, "1000", "9999", f.label,
              "Năm cuối cùng áp dụng; để trống: chưa hết hiệu lực."), r, 1);
        }
        case MAX -> {
          number(s, r, 1, m.maxPoints(), value.format(Styles.max(m.pointDecimals())));
          total(s, r);
        }
        case POINT_DECIMALS -> {
          number(s, r, 1, BigDecimal.valueOf(m.pointDecimals()), value.format(Styles.WHOLE));
          v.add(Validations.whole(OperatorType.BETWEEN, "0", "10", f.label,
              "Số chữ số thập phân của điểm tiêu chí."), r, 1);
        }
        case INDEX_DECIMALS -> {
          number(s, r, 1, BigDecimal.valueOf(m.indexDecimals()), value.format(Styles.WHOLE));
          v.add(Validations.whole(OperatorType.BETWEEN, "0", "10", f.label,
              "Số chữ số thập phân của chỉ số (%)."), r, 1);
        }
        case ROUNDING -> {
          text(s, r, 1, CriteriaLayout.rounding(m.rounding()), value);
          v.add(Validations.list(CriteriaLayout.roundingChoices(), f.label,
              "Cách làm tròn điểm tiêu chí và chỉ số."), r, 1);
        }
        case CAP_TOTAL -> {
          text(s, r, 1, m.capTotal() ? Layout.YES : Layout.NO, value);
          v.add(Validations.list(List.of(Layout.YES, Layout.NO), f.label,
              "Có: tổng điểm (kể cả điểm cộng) không vượt quá điểm tối đa."), r, 1);
        }
        default -> {
        }
      }
      SheetTable.fitHeight(s, r);
      r++;
    }
    r++;
    text(s, r++, 0, CriteriaLayout.BANDS, label);
    Look head = base.strong().centred().fill(IndexedColors.GREY_25_PERCENT);
    for (BandColumn c : BandColumn.values()) {
      text(s, r, c.ordinal(), c.label, head);
    }
    r++;
    for (Band b : m.bands()) {
      for (BandColumn c : BandColumn.values()) {
        style(s, r, c.ordinal(), base);
      }
      text(s, r, BandColumn.CODE.ordinal(), b.code(), base.format(Styles.TEXT));
      int at = r;
      b.label().ifPresent(l -> {
        text(s, at, BandColumn.LABEL.ordinal(), l.vi(), base);
        l.en().ifPresent(en -> text(s, at, BandColumn.LABEL_EN.ordinal(), en, base));
      });
      number(s, r, BandColumn.MIN.ordinal(), b.minPercent(), base.format(Styles.DECIMAL));
      r++;
    }
    r++;
    text(s, r++, 0, CriteriaLayout.ALERTS, label);
    for (AlertColumn c : AlertColumn.values()) {
      text(s, r, c.ordinal(), c.label, head);
    }
    r++;
    for (int i = 0; i < m.alerts().size(); i++) {
      Alert a = m.alerts().get(i);
      for (AlertColumn c : AlertColumn.values()) {
        style(s, r, c.ordinal(), base);
      }
      int at = r;
      a.id().ifPresent(id -> text(s, at, AlertColumn.ID.ordinal(), id, base.format(Styles.TEXT)));
      codes(s, r, AlertColumn.CODES.ordinal(), a.codes(), "/alerts/" + i + "/codes");
      a.belowPercent().ifPresent(below -> number(s, at, AlertColumn.BELOW.ordinal(), below,
          base.format(Styles.DECIMAL)));
      codes(s, r, AlertColumn.BANDS.ordinal(), a.bands(), "/alerts/" + i + "/bands");
      a.message().ifPresent(msg -> {
        text(s, at, AlertColumn.MESSAGE.ordinal(), msg.vi(), base);
        msg.en().ifPresent(en -> text(s, at, AlertColumn.MESSAGE_EN.ordinal(), en, base));
      });
      SheetTable.fitHeight(s, r);
      r++;
    }
    r++;
    text(s, r++, 0, CriteriaLayout.CAPS, label);
    for (CapColumn c : CapColumn.values()) {
      text(s, r, c.ordinal(), c.label, head);
    }
    r++;
    for (int i = 0; i < m.bandCaps().size(); i++) {
      BandCap cap = m.bandCaps().get(i);
      for (CapColumn c : CapColumn.values()) {
        style(s, r, c.ordinal(), base);
      }
      text(s, r, CapColumn.WORDS.ordinal(), RuleWords.cap(cap), base.slanted());
      CapCondition when = cap.when();
      if (when instanceof CapCondition.AlertRaised alert) {
        text(s, r, CapColumn.ALERT.ordinal(), alert.id(), base.format(Styles.TEXT));
      } else if (when instanceof CapCondition.PenaltyAbove penalty) {
        number(s, r, CapColumn.PENALTY_ABOVE.ordinal(), penalty.points(),
            base.format(Styles.max(m.pointDecimals())));
      } else if (when instanceof CapCondition.NodesBelow nodes) {
        codes(s, r, CapColumn.CODES.ordinal(), nodes.codes(), "/bandCaps/" + i + "/when/codes");
        number(s, r, CapColumn.BELOW.ordinal(), nodes.belowPercent(),
            base.format(Styles.DECIMAL));
      }
      text(s, r, CapColumn.AT_MOST.ordinal(), cap.atMost(), base.format(Styles.TEXT));
      SheetTable.fitHeight(s, r);
      r++;
    }
    v.applyTo(s);
  }

  /**
   * A list of codes in one cell, separated by {@code ; } (blank when empty); a code holding a
   * separator cannot be written.
   */
  private void codes(XSSFSheet s, int r, int c, List<String> codes, String pointer) {
    for (String code : codes) {
      if (code.contains(";") || code.contains(",") || code.isBlank() || !code.equals(
          code.strip()) || code.chars().anyMatch(Character::isWhitespace)) {
        throw new Unwritable(pointer, "code '" + code + "' holds ',', ';' or a space, which "
            + "separate the codes of a list in the criteria sheet");
      }
    }
    if (!codes.isEmpty()) {
      text(s, r, c, String.join("; ", codes), base.format(Styles.TEXT));
    }
  }

  /** The check of the total: the sum of the top-level STANDARD nodes' maxima. */
  private void total(XSSFSheet s, int r) {
    String criteria = "'" + CriteriaLayout.CRITERIA_SHEET + "'!";
    StringBuilder sum = new StringBuilder();
    for (int at : standardRows) {
      sum.append(sum.length() == 0 ? "" : "+").append(criteria).append(ref(at, Column.MAX));
    }
    if (sum.length() == 0) {
      sum.append('0');
    }
    String formula = "IF(ABS(B" + (r + 1) + "-(" + sum + "))<" + EPSILON + ",\""
        + CriteriaLayout.AGREES + "\",\"Sai: tổng điểm tối đa các lĩnh vực là \"&(" + sum + "))";
    XSSFCell cell = cell(s, r, 2);
    cell.setCellStyle(styles.of(Look.plain().slanted()));
    cell.setCellFormula(formula);
    cell.setCellValue(CriteriaLayout.AGREES);
  }

  // ---------------------------------------------------------------- cells

  private static XSSFCell cell(XSSFSheet sh, int r, int c) {
    return SheetTable.cell(sh, r, c);
  }

  private void style(int r, Column c, Look look) {
    style(sheet, r, c.ordinal(), look);
  }

  private void style(XSSFSheet sh, int r, int c, Look look) {
    cell(sh, r, c).setCellStyle(styles.of(look));
  }

  private void text(XSSFSheet sh, int r, int c, String text, Look look) {
    SheetTable.text(sh, styles, r, c, text, look);
  }

  private void number(int r, Column c, BigDecimal value, Look look) {
    number(sheet, r, c.ordinal(), value, look);
  }

  /** A decimal keeping its scale, so that a parameter written {@code 0.10} reads back so. */
  private void number(XSSFSheet sh, int r, int c, BigDecimal value, Look look) {
    XSSFCell cell = cell(sh, r, c);
    cell.setCellStyle(styles.of(look));
    Cells.numberKeepingScale(cell, value);
  }
}
