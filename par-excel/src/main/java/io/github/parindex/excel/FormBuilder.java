package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.excel.Layout.ExtraColumn;
import io.github.parindex.excel.Layout.ExtraType;
import io.github.parindex.excel.Layout.Field;
import io.github.parindex.excel.LeafPlan.Check;
import io.github.parindex.excel.LeafPlan.Slot;
import io.github.parindex.excel.Styles.Look;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds one form workbook; used once. */
final class FormBuilder {
  private static final int EXTRA_BLANK_ROWS = 100;

  private final Methodology m;
  private final PreparedRules rules;
  private final Submission s;
  private final Scorecard card;
  private final Appraisal appraisal;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Styles styles = new Styles(wb);
  private final Column stageColumn;
  private final Look base = Look.plain().boxed().wrapped();
  private XSSFSheet sheet;
  private Validations validations;
  private int row;

  /**
   * A builder.
   *
   * @param m the methodology
   * @param rules its prepared rules
   * @param s the submission, or {@code null} for a blank form
   * @param card the submission's scorecard, or {@code null}
   * @param appraisal what an appraisal form adds (the self-assessed points, the council's reasons,
   *     the record's documents), or {@code null} for a unit's form
   */
  FormBuilder(Methodology m, PreparedRules rules, Submission s, Scorecard card,
      Appraisal appraisal) {
    this.m = m;
    this.rules = rules;
    this.s = s;
    this.card = card;
    this.appraisal = appraisal;
    this.stageColumn = pointsColumn(s == null ? Stage.SELF : s.stage());
  }

  /** The column whose points a form of a stage declares and shows: self-assessed or appraised. */
  static Column pointsColumn(Stage stage) {
    return stage == Stage.SELF ? Column.SELF : Column.APPRAISED;
  }

  byte[] build() {
    form();
    extra();
    if (appraisal != null) {
      DocumentsSheet.write(wb, styles, appraisal.documents());
    }
    return Workbooks.save(wb, m.title().vi());
  }

  // ---------------------------------------------------------------- the form

  private void form() {
    sheet = wb.createSheet(Layout.FORM_SHEET);
    validations = new Validations();
    for (Column c : Column.values()) {
      sheet.setColumnWidth(c.index(), c.width * 256);
    }
    SheetTable.titles(sheet, styles, m, Layout.FORM_TITLE, Column.values().length - 1);
    row = 3;
    header();
    row++;
    int headerRow = row;
    for (Column c : Column.values()) {
      text(row, c.index(), c.label, base.strong().centred().fill(IndexedColors.GREY_25_PERCENT));
    }
    SheetTable.fitHeight(sheet, row);
    row++;
    for (Node n : m.nodes()) {
      node(n, 1);
    }
    signatures();
    validations.applyTo(sheet);
    sheet.createFreezePane(Column.NAME.index() + 1, headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    printOnA4(sheet);
    protect(sheet);
  }

  /**
   * The page setup of a sheet handed in on paper: A4 landscape, every column on one page's width
   * (as many pages down as needed), centred, with margins of 1.5 to 2 cm and page numbers.
   */
  static void printOnA4(XSSFSheet sheet) {
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setMargin(PageMargin.LEFT, 0.6);
    sheet.setMargin(PageMargin.RIGHT, 0.6);
    sheet.setMargin(PageMargin.TOP, 0.75);
    sheet.setMargin(PageMargin.BOTTOM, 0.75);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.getFooter().setCenter("Trang &P / &N");
  }

  /**
   * Protects a sheet without a password: labels, computed points and formulas are locked; the
   * cells a unit fills (light yellow) are not. Columns and rows may still be resized, so that a
   * protected form stays comfortable to fill (grouped sub-rows are written open, and a protected
   * sheet keeps them so); an official who must change a label lifts the protection from the Review
   * menu (no password is asked). Reading never depends on the protection.
   */
  static void protect(XSSFSheet sheet) {
    sheet.enableLocking();
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
  }

  /**
   * The signature block under the table: the place and date, then who prepared the form (left) and
   * the head of the unit (right), each with how to sign and an open cell for the name.
   */
  private void signatures() {
    row++;
    Look plain = Look.plain().centred();
    int left = Column.NAME.index();
    int right = Column.METHOD.index();
    int rightEnd = Column.APPRAISED.index();
    text(row, right, Layout.DATE_LINE, plain.slanted().input());
    sheet.addMergedRegion(new CellRangeAddress(row, row, right, rightEnd));
    row++;
    text(row, left, Layout.PREPARER, plain.strong());
    text(row, right, Layout.HEAD, plain.strong());
    sheet.addMergedRegion(new CellRangeAddress(row, row, right, rightEnd));
    row++;
    text(row, left, Layout.PREPARER_NOTE, plain.slanted());
    text(row, right, Layout.HEAD_NOTE, plain.slanted());
    sheet.addMergedRegion(new CellRangeAddress(row, row, right, rightEnd));
    row += 4; // room for the signatures and the seal
    style(row, left, plain.strong().input());
    style(row, right, plain.strong().input());
    for (int c = right + 1; c <= rightEnd; c++) {
      style(row, c, plain.strong().input());
    }
    sheet.addMergedRegion(new CellRangeAddress(row, row, right, rightEnd));
  }

  private void header() {
    Look label = Look.plain().strong().right();
    Look input = Look.plain().boxed().input().format(Styles.TEXT);
    Optional<Submission> sub = Optional.ofNullable(s);
    field(Field.METHODOLOGY, label);
    text(row - 1, 2, m.id(), Look.plain());
    field(Field.YEAR, label);
    if (s != null) {
      number(row - 1, 2, BigDecimal.valueOf(s.year()), Look.plain().boxed().input()
          .format(Styles.WHOLE));
    } else {
      style(row - 1, 2, Look.plain().boxed().input().format(Styles.WHOLE));
    }
    String to = m.validTo().isPresent() ? String.valueOf(m.validTo().getAsInt()) : "9999";
    validations.add(Validations.whole(OperatorType.BETWEEN, String.valueOf(m.validFrom()), to,
        "Năm đánh giá", "Năm đánh giá, từ " + m.validFrom()
            + (m.validTo().isPresent() ? " đến " + to : " trở đi") + "."), row - 1, 2);
    field(Field.UNIT_ID, label);
    text(row - 1, 2, sub.map(x -> x.unit().id()).orElse(""), input);
    field(Field.UNIT_NAME, label);
    text(row - 1, 2, sub.flatMap(x -> x.unit().name()).orElse(""), input);
    field(Field.UNIT_LEVEL, label);
    text(row - 1, 2, s == null ? m.unitLevel().orElse("") : s.unit().level().orElse(""), input);
    field(Field.REGION, label);
    text(row - 1, 2, sub.flatMap(x -> x.unit().region()).orElse(""), input);
    field(Field.STAGE, label);
    text(row - 1, 2, Layout.stage(s == null ? Stage.SELF : s.stage()), input);
    validations.add(Validations.list(List.of(Layout.stageChoices()), "Giai đoạn",
        "Tự đánh giá: điểm ở cột «Điểm tự chấm»; Thẩm định, Kết quả cuối cùng: ở cột «Điểm thẩm "
            + "định»."), row - 1, 2);
    field(Field.MISSING, label);
    text(row - 1, 2, Layout.missing(s == null ? MissingPolicy.ZERO : s.missing()), input);
    validations.add(Validations.list(List.of(Layout.missingChoices()), "Khi thiếu số liệu",
        "Tiêu chí không kê khai: không tính điểm (ZERO), tính đủ điểm (FULL) hoặc báo lỗi "
            + "(ERROR)."), row - 1, 2);
    field(Field.TOTAL, label);
    if (card != null && card.points().isPresent()) {
      number(row - 1, 2, card.points().get(), Look.plain().format(Styles.points(m.pointDecimals())));
      text(row - 1, 3, "/ " + Texts.vi(card.applicableMaxPoints()), Look.plain());
    } else if (card != null) {
      text(row - 1, 2, "chưa xác định (có phần chưa biết điểm)", Look.plain());
    }
    field(Field.INDEX, label);
    if (card != null && card.index().isPresent()) {
      number(row - 1, 2, card.index().get(), Look.plain().format(Styles.fixed(m.indexDecimals())));
    }
    field(Field.BAND, label);
    if (card != null && card.band().isPresent()) {
      text(row - 1, 2, card.band().get().label().map(l -> l.vi()).orElse(card.band().get().code()),
          Look.plain());
    }
  }

  private void field(Field f, Look look) {
    text(row, 1, f.label, look);
    if (f != Field.METHODOLOGY && f != Field.TOTAL && f != Field.INDEX && f != Field.BAND
        && f != Field.YEAR) {
      // a wider box for texts; the value stays in the cell right of the label
      sheet.addMergedRegion(new CellRangeAddress(row, row, 2, Column.VALUE.index()));
      for (int c = 3; c <= Column.VALUE.index(); c++) {
        style(row, c, Look.plain().boxed().input());
      }
    }
    row++;
  }

  private void node(Node n, int depth) {
    if (n.isLeaf()) {
      leaf(n, depth);
      return;
    }
    section(n, depth);
    for (Node child : n.children()) {
      node(child, depth + 1);
    }
    if (n.hasRemainder()) {
      remainder(n, depth + 1);
    }
  }

  private void section(Node n, int depth) {
    Look look = base.strong().fill(depth == 1 ? IndexedColors.GREY_25_PERCENT : IndexedColors.PALE_BLUE);
    rowStyle(look);
    text(row, Column.CODE.index(), n.code(), look.format(Styles.TEXT));
    text(row, Column.NAME.index(), n.name().vi(), look.indent(depth - 1));
    number(row, Column.MAX.index(), n.maxPoints(), look.format(Styles.max(m.pointDecimals())));
    String method = switch (n.role()) {
      case BONUS -> "Điểm cộng: cộng vào tổng điểm, ngoài điểm tối đa.";
      case PENALTY -> "Điểm trừ: trừ vào tổng điểm.";
      default -> "Tổng điểm các tiêu chí"
          + (n.hasRemainder() ? " và các nội dung chưa chi tiết hoá." : ".");
    };
    text(row, Column.METHOD.index(), method + sourceNote(n), look.strong());
    n.evidence().ifPresent(e -> text(row, Column.EVIDENCE.index(), e, look));
    points(row, n.code(), look);
    selfPoints(row, n.code(), look);
    SheetTable.fitHeight(sheet, row);
    row++;
  }

  private void leaf(Node n, int depth) {
    LeafPlan plan = LeafPlan.of(n, rules);
    Observation o = s == null ? null : s.observations().get(n.code());
    rowStyle(base);
    text(row, Column.CODE.index(), n.code(), base.format(Styles.TEXT));
    text(row, Column.NAME.index(), n.name().vi(), base.indent(depth - 1));
    number(row, Column.MAX.index(), n.maxPoints(), base.format(Styles.max(m.pointDecimals())));
    text(row, Column.KIND.index(), o == null ? "" : Layout.kind(o.kind()), base.input());
    validations.add(Validations.list(plan.kinds.stream().map(Layout::kind).toList(),
        "Loại số liệu", "Cách kê khai: " + String.join("; ", plan.kinds.stream().map(Layout::kind)
            .toList()) + ". Để trống: nhận biết theo ô đã điền."), row, Column.KIND.index());
    if (plan.main != null) {
      slot(plan.main, o, row, n);
    }
    text(row, Column.METHOD.index(), RuleWords.of(n) + sourceNote(n), base);
    evidence(n, row);
    if (o != null && o.kind() != ObservationKind.NOT_APPLICABLE) {
      points(row, n.code(), base);
    }
    pointInputs(row, n.maxPoints());
    selfPoints(row, n.code(), base);
    String reason = appraisal == null ? null : appraisal.reasons().get(n.code());
    text(row, Column.REASON.index(), reason == null ? "" : reason, base.input());
    style(row, Column.NOTE.index(), base.input());
    SheetTable.fitHeight(sheet, row);
    row++;
    int first = row;
    for (Slot slot : plan.subs) {
      rowStyle(base);
      text(row, Column.NAME.index(), slot.label(), base.slanted().indent(depth));
      slot(slot, o, row, n);
      row++;
    }
    if (row > first) {
      sheet.groupRow(first, row - 1);
    }
  }

  /**
   * A leaf's evidence: what the criteria set asks for, marked when its points need an accepted
   * document, and the documents the unit lists, one per line ({@code [E1] title} with an id).
   */
  private void evidence(Node n, int r) {
    String asked = n.evidence().orElse("");
    if (n.evidenceRequired()) {
      asked = Layout.EVIDENCE_REQUIRED + (asked.isEmpty() ? "" : ": " + asked);
    }
    text(r, Column.EVIDENCE.index(), asked, base);
    List<EvidenceRef> given = s == null ? List.of() : s.evidence().getOrDefault(n.code(),
        List.of());
    text(r, Column.EVIDENCE_GIVEN.index(), inTable(given) ? EvidenceLines.write(given) : "",
        base.input());
  }

  /**
   * Whether a leaf's documents are listed in the table (a title and an optional id each); any
   * other detail (an address, a decision) keeps all of them on the supplement sheet, in order.
   */
  static boolean inTable(List<EvidenceRef> refs) {
    return !refs.isEmpty() && refs.stream().allMatch(EvidenceLines::fits);
  }

  private void remainder(Node n, int depth) {
    rowStyle(base);
    text(row, Column.NAME.index(), Layout.remainder(n.code()), base.slanted().indent(depth - 1));
    number(row, Column.MAX.index(), n.unitemisedPoints(), base.format(Styles.max(m.pointDecimals())));
    text(row, Column.KIND.index(), Layout.kind(ObservationKind.POINTS), base);
    text(row, Column.METHOD.index(), "Điểm đạt được của các nội dung thuộc mục " + n.code()
        + " chưa được chi tiết hoá trong bộ chỉ số (ghi ở cột điểm).", base);
    BigDecimal declared = s == null ? null : s.unitemised().get(n.code());
    if (declared != null) {
      number(row, stageColumn.index(), declared, base.input()
          .format(Styles.points(m.pointDecimals())));
    }
    pointInputs(row, n.unitemisedPoints());
    style(row, Column.NOTE.index(), base.input());
    SheetTable.fitHeight(sheet, row);
    row++;
  }

  /** The computed points of a node in the stage's column. */
  private void points(int r, String code, Look look) {
    if (card == null) {
      return;
    }
    NodeScore score = card.node(code);
    if (score.points().isPresent()) {
      number(r, stageColumn.index(), score.points().get(), look
          .format(Styles.points(m.pointDecimals())));
    }
  }

  /**
   * In an appraisal form, the self-assessed points of a node in their column, for reference: the
   * points its self-assessment earns (a leaf without data or not applicable is left empty).
   */
  private void selfPoints(int r, String code, Look look) {
    if (appraisal == null || stageColumn == Column.SELF) {
      return;
    }
    Observation o = appraisal.self().observations().get(code);
    boolean leaf = m.node(code).map(Node::isLeaf).orElse(false);
    if (leaf && (o == null || o.kind() == ObservationKind.NOT_APPLICABLE)) {
      return;
    }
    appraisal.self().scorecard().node(code).points().ifPresent(p -> number(r,
        Column.SELF.index(), p, look.format(Styles.points(m.pointDecimals()))));
  }

  /** Both points columns of a leaf or remainder: input cells for points from 0 to the maximum. */
  private void pointInputs(int r, BigDecimal max) {
    for (Column c : List.of(Column.SELF, Column.APPRAISED)) {
      XSSFCell cell = cell(r, c.index());
      Look look = base.input().format(Styles.points(m.pointDecimals()));
      cell.setCellStyle(styles.of(look));
      validations.add(Validations.decimal(OperatorType.BETWEEN, "0", Texts.plain(max), "Điểm",
          "Điểm từ 0 đến " + Texts.vi(max) + ", khi Loại số liệu là «Điểm»; cột «"
              + stageColumn.label + "» ở giai đoạn này."), r, c.index());
    }
  }

  private void slot(Slot slot, Observation o, int r, Node n) {
    int c = Column.VALUE.index();
    Look look = base.input().format(switch (slot.check()) {
      case RATE -> Styles.RATE;
      case WHOLE -> Styles.WHOLE;
      case NON_NEGATIVE, POSITIVE -> Styles.DECIMAL;
      case OPTION -> Styles.TEXT;
      default -> "General";
    });
    style(r, c, look);
    if (o != null && o.kind() == slot.kind()) {
      Object v = value(o, slot);
      if (v instanceof BigDecimal d) {
        number(r, c, d, look);
      } else if (v instanceof String t) {
        text(r, c, t, look);
      }
    }
    validations.add(rule(slot, n), r, c);
  }

  private static Validations.Rule rule(Slot slot, Node n) {
    return switch (slot.check()) {
      case YES_NO -> Validations.list(List.of(Layout.YES, Layout.NO), "Có/Không",
          "Chọn Có hoặc Không.");
      case OPTION -> {
        // the options with their wording (CYCLE.md §1), as the rule in words gives them
        String worded = RuleWords.options(n);
        Validations.Rule list = Validations.list(slot.choices(), "Phương án",
            "Chọn phương án: " + (worded.isEmpty() ? String.join(", ", slot.choices()) : worded)
                + ".");
        yield list;
      }
      case RATE -> Validations.rate("Tỷ lệ", "Tỷ lệ từ 0 trở lên, ví dụ 0,95 (hoặc gõ 95%); "
          + "trên 1 khi vượt 100 % (1,12 là 112 %).");
      case WHOLE -> Validations.whole(OperatorType.GREATER_OR_EQUAL, "0", null,
          slot.label(), "Số nguyên, từ 0 trở lên.");
      case NON_NEGATIVE -> Validations.decimal(OperatorType.GREATER_OR_EQUAL, "0", null,
          slot.label(), "Số từ 0 trở lên.");
      case POSITIVE -> Validations.decimal(OperatorType.GREATER_THAN, "0", null, slot.label(),
          "Số lớn hơn 0.");
    };
  }

  /** The value of a slot in an observation of its kind: a decimal or a text. */
  static Object value(Observation o, Slot slot) {
    String part = slot.part();
    if (o instanceof Observation.YesNo y) {
      return y.yes() ? Layout.YES : Layout.NO;
    }
    if (o instanceof Observation.Option opt) {
      return opt.key();
    }
    if (o instanceof Observation.Rate r) {
      return r.rate();
    }
    if (o instanceof Observation.Count c) {
      return BigDecimal.valueOf(c.count());
    }
    if (o instanceof Observation.Fraction f) {
      return part.equals("/numerator") ? f.numerator() : f.denominator();
    }
    if (o instanceof Observation.Change c) {
      return part.equals("/baseline") ? c.baseline() : c.current();
    }
    if (o instanceof Observation.Responses r) {
      for (Map.Entry<String, Long> e : r.counts().entrySet()) {
        if (part.equals("/responses/" + LeafPlan.escape(e.getKey()))) {
          return BigDecimal.valueOf(e.getValue());
        }
      }
    }
    return null;
  }

  private static String sourceNote(Node n) {
    return n.source() == Source.SURVEY && n.role() == Role.STANDARD
        ? " Nguồn: điều tra xã hội học." : "";
  }

  // ---------------------------------------------------------------- the supplement sheet

  private void extra() {
    XSSFSheet x = wb.createSheet(Layout.EXTRA_SHEET);
    Validations v = new Validations();
    for (ExtraColumn c : ExtraColumn.values()) {
      x.setColumnWidth(c.ordinal(), c.width * 256);
    }
    int last = ExtraColumn.values().length - 1;
    text(x, 0, 0, "THÔNG TIN BỔ SUNG", Look.plain().strong().size(14));
    text(x, 1, 0, "Điểm công bố: điểm và điểm bị trừ đã công bố của một mục, để đối chiếu (ghi đúng "
        + "số chữ số thập phân đã in). Chưa biết điểm: mục chưa có kết quả, không được giả định. "
        + "Cơ quan chủ trì: phân công của đơn vị. Tài liệu đã nộp: tên và đường dẫn của tài liệu "
        + "kiểm chứng.", Look.plain().slanted().wrapped());
    x.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
    x.getRow(1).setHeightInPoints(48);
    int r = 3;
    for (ExtraColumn c : ExtraColumn.values()) {
      text(x, r, c.ordinal(), c.label, base.strong().centred().fill(IndexedColors.GREY_25_PERCENT));
    }
    SheetTable.fitHeight(x, r);
    r++;
    List<Object[]> rows = new ArrayList<>();
    if (s != null) {
      s.reported().forEach((code, rep) -> rows.add(new Object[] {ExtraType.REPORTED, code, rep}));
      s.unknown().forEach(code -> rows.add(new Object[] {ExtraType.UNKNOWN, code, null}));
      s.leadAgencies().forEach((code, a) -> rows.add(new Object[] {ExtraType.LEAD_AGENCY, code, a}));
      s.evidence().forEach((code, refs) -> {
        if (inTable(refs) && m.node(code).map(Node::isLeaf).orElse(false)) {
          return; // in the table's column
        }
        for (EvidenceRef ref : refs) {
          rows.add(new Object[] {ExtraType.EVIDENCE, code, ref});
        }
      });
    }
    Look input = base.input();
    Validations.Rule types = Validations.list(List.of(ExtraType.values()).stream()
        .map(t -> t.label).toList(), "Loại", "Điểm công bố, Chưa biết điểm, Cơ quan chủ trì "
        + "hoặc Tài liệu đã nộp.");
    int end = r + rows.size() + EXTRA_BLANK_ROWS;
    for (int i = r; i < end; i++) {
      for (ExtraColumn c : ExtraColumn.values()) {
        cell(x, i, c.ordinal()).setCellStyle(styles.of(c == ExtraColumn.CODE
            ? input.format(Styles.TEXT) : input));
      }
      v.add(types, i, ExtraColumn.TYPE.ordinal());
    }
    for (Object[] e : rows) {
      int at = r++;
      ExtraType t = (ExtraType) e[0];
      text(x, at, ExtraColumn.TYPE.ordinal(), t.label, input);
      text(x, at, ExtraColumn.CODE.ordinal(), (String) e[1], input.format(Styles.TEXT));
      if (e[2] instanceof Reported rep) {
        rep.points().ifPresent(p -> figure(x, at, ExtraColumn.POINTS, p, input));
        rep.deficit().ifPresent(d -> figure(x, at, ExtraColumn.DEFICIT, d, input));
      } else if (e[2] instanceof String agency) {
        text(x, at, ExtraColumn.TEXT.ordinal(), agency, input);
      } else if (e[2] instanceof EvidenceRef ref) {
        text(x, at, ExtraColumn.TEXT.ordinal(), ref.title(), input);
        ref.uri().ifPresent(u -> text(x, at, ExtraColumn.URI.ordinal(), u, input));
      }
      SheetTable.fitHeight(x, at);
    }
    v.applyTo(x);
    x.createFreezePane(0, 4);
    printOnA4(x);
    protect(x);
  }

  private void figure(XSSFSheet x, int r, ExtraColumn c, BigDecimal value, Look look) {
    XSSFCell cell = cell(x, r, c.ordinal());
    cell.setCellStyle(styles.of(look.format(Styles.fixed(Math.max(0, value.scale())))));
    Cells.numberKeepingScale(cell, value);
  }

  // ---------------------------------------------------------------- cells

  private void rowStyle(Look look) {
    for (Column c : Column.values()) {
      style(row, c.index(), look);
    }
  }

  private XSSFCell cell(int r, int c) {
    return cell(sheet, r, c);
  }

  private static XSSFCell cell(XSSFSheet sh, int r, int c) {
    return SheetTable.cell(sh, r, c);
  }

  private void style(int r, int c, Look look) {
    cell(r, c).setCellStyle(styles.of(look));
  }

  private void text(int r, int c, String text, Look look) {
    text(sheet, r, c, text, look);
  }

  private void text(XSSFSheet sh, int r, int c, String text, Look look) {
    SheetTable.text(sh, styles, r, c, text, look);
  }

  private void number(int r, int c, BigDecimal value, Look look) {
    XSSFCell cell = cell(r, c);
    cell.setCellStyle(styles.of(look));
    Cells.number(cell, value);
  }
}
