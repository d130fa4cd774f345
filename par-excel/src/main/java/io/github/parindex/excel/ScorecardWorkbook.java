package io.github.parindex.excel;

import io.github.parindex.excel.SheetTable.Num;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.Warning;
import io.github.parindex.model.Language;
import io.github.parindex.report.internal.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scorecard as an {@code .xlsx} workbook, in Vietnamese or English: a sheet of fields (with the
 * total, index, band, points per source, alerts, the reconciliation of reported figures and
 * warnings), a sheet of every node with its explanation (the rule's sentence for a leaf, the sum for
 * a section), and a sheet of deficits (every leaf and remainder that lost points, largest first, and
 * their sums by field and by lead agency).
 *
 * <p>Given a {@link Comparison} of a self-assessment (first) and its appraisal (second), the
 * appraisal is written with the self-assessed points, the appraised points and their difference side
 * by side.
 *
 * <p>Guarantees: numbers are written exactly (see the package documentation); the same scorecard
 * gives the same bytes.
 */
public final class ScorecardWorkbook {
  private final Scorecard card;
  private final Comparison comparison;
  private final Language lang;
  private final Messages words;
  private final String prefix;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Styles styles = new Styles(wb);

  private ScorecardWorkbook(Scorecard card, Comparison comparison, Language lang) {
    this.card = Objects.requireNonNull(card, "card");
    this.comparison = comparison;
    this.lang = Objects.requireNonNull(lang, "lang");
    this.words = Messages.of(lang);
    this.prefix = lang == Language.VI ? "[$-42A]" : "[$-409]";
  }

  /**
   * A scorecard as a workbook.
   *
   * @param scorecard the scorecard
   * @param language the language of headings, names and explanations
   * @return the workbook's bytes
   */
  public static byte[] write(Scorecard scorecard, Language language) {
    return new ScorecardWorkbook(scorecard, null, language).build();
  }

  /**
   * An appraisal as a workbook, beside the self-assessment it is compared with.
   *
   * @param selfVsAppraised the comparison: the self-assessment first, the appraisal second
   * @param language the language of headings, names and explanations
   * @return the workbook's bytes
   */
  public static byte[] write(Comparison selfVsAppraised, Language language) {
    return new ScorecardWorkbook(selfVsAppraised.second(), selfVsAppraised, language).build();
  }

  private byte[] build() {
    fields();
    nodes();
    deficits();
    return Workbooks.save(wb, lang.pick(card.methodology().title()));
  }

  private String l(String vi, String en) {
    return lang.label(vi, en);
  }

  // ---------------------------------------------------------------- fields

  private void fields() {
    XSSFSheet sheet = wb.createSheet(l("Lĩnh vực", "Fields"));
    SheetTable t = new SheetTable(sheet, styles);
    t.printWide();
    boolean cmp = comparison != null;
    t.widths(cmp ? new int[] {24, 44, 11, 11, 11, 11, 11, 11, 9, 16}
        : new int[] {24, 44, 11, 11, 11, 11, 9, 16});
    Methodology m = card.methodology();
    t.title(lang.pick(m.title()));
    t.line(l("Bộ chỉ số", "Methodology"), m.id());
    t.line(l("Đơn vị", "Unit"), card.unit().label() + " (" + card.unit().id() + ")");
    t.line(l("Năm đánh giá", "Evaluation year"), new Num(BigDecimal.valueOf(card.year()), "0"));
    t.line(l("Giai đoạn", "Stage"), stage(card));
    if (cmp) {
      t.line(l("So với", "Compared with"), stage(comparison.first()) + " — "
          + comparison.first().unit().label());
    }
    t.line(l("Tổng điểm", "Total"), points(card.points()), l("trên", "of"),
        points(card.applicableMaxPoints()));
    if (cmp) {
      t.line(l("Tổng điểm tự chấm", "Self-assessed total"), points(comparison.first().points()),
          l("chênh lệch", "difference"), points(comparison.pointsDelta()));
    }
    t.line(l("Chỉ số (%)", "Index (%)"), percent(card.index()));
    t.line(words.get("column.band"), card.band()
        .map(b -> b.label().map(lang::pick).orElse(b.code()))
        .orElse("—"));
    t.line(l("Điểm cộng", "Bonus"), points(card.bonusPoints()));
    t.line(l("Điểm trừ", "Penalty"), points(card.penaltyPoints()));
    for (SourceTotal s : card.bySource()) {
      t.line(l("Nguồn: ", "Source: ") + source(s), points(s.knownPoints()), l("trên", "of"),
          points(s.maxPoints()));
    }
    t.skip();
    List<String> header = new ArrayList<>(List.of(l("Mã", "Code"), l("Lĩnh vực", "Field"),
        l("Tối đa", "Max"), l("Tối đa áp dụng", "Applicable max")));
    header.addAll(pointHeaders());
    header.addAll(List.of(words.get("column.lost"), "%", l("Trạng thái", "Status")));
    t.header(header.toArray(String[]::new));
    for (NodeScore n : card.topLevel()) {
      List<Object> row = new ArrayList<>(List.of(n.code(), lang.pick(n.name()),
          points(n.maxPoints()), points(n.applicableMaxPoints())));
      row.addAll(pointCells(n));
      row.addAll(List.of(points(n.deficit()), percent(n.percent()), status(n.status())));
      t.cells(false, row.toArray());
    }
    List<Object> total = new ArrayList<>(List.of(l("Tổng", "Total"), "", points(m.maxPoints()),
        points(card.applicableMaxPoints())));
    if (cmp) {
      total.addAll(List.of(points(comparison.first().points()), points(card.points()),
          points(comparison.pointsDelta())));
    } else {
      total.add(points(card.points()));
    }
    total.addAll(List.of("", percent(card.index()), ""));
    t.cells(true, total.toArray());
    if (!card.alerts().isEmpty()) {
      t.skip();
      t.heading(l("Cảnh báo ngưỡng", "Alerts"));
      t.header(l("Mã", "Code"), l("Nội dung", "Message"), "%", l("Ngưỡng %", "Below %"));
      for (RaisedAlert a : card.alerts()) {
        t.cells(false, a.code(), a.messageText().map(lang::pick).orElse(""),
            percent(a.percent()), percent(a.belowPercent()));
      }
    }
    if (!card.reconciliation().isEmpty()) {
      t.skip();
      t.heading(l("Đối chiếu số liệu công bố", "Reconciliation with reported figures"));
      t.header(l("Mã", "Code"), l("Điểm công bố", "Reported"), l("Điểm tính", "Computed"),
          words.get("reconciliation.reportedLost"), words.get("reconciliation.computedLost"),
          l("Không giải thích", "Unexplained"), l("Trừ vào phần chưa chi tiết", "Charged"),
          l("Kết quả", "Result"));
      for (Reconciliation r : card.reconciliation()) {
        t.cells(false, r.code(), printed(r.reportedPoints()), nullable(r.computedPoints()),
            printed(r.reportedDeficit()), nullable(r.computedDeficit()), nullable(r.unexplained()),
            nullable(r.chargedToRemainder()), r.matches() ? words.get("reconciliation.matches")
                : words.get("reconciliation.mismatch"));
      }
    }
    if (!card.warnings().isEmpty()) {
      t.skip();
      t.heading(l("Lưu ý", "Warnings"));
      for (Warning w : card.warnings()) {
        t.note(lang.pick(w.message()), header.size() - 1);
      }
    }
  }

  // ---------------------------------------------------------------- every node

  private void nodes() {
    XSSFSheet sheet = wb.createSheet(l("Tiêu chí", "Criteria"));
    SheetTable t = new SheetTable(sheet, styles);
    t.printWide();
    boolean cmp = comparison != null;
    t.widths(cmp ? new int[] {10, 48, 6, 11, 11, 11, 11, 11, 11, 9, 16, 18, 64, 28, 28}
        : new int[] {10, 48, 6, 11, 11, 11, 11, 9, 16, 18, 64, 28, 28});
    List<String> header = new ArrayList<>(List.of(l("Mã", "Code"), l("Tiêu chí", "Criterion"),
        l("Cấp", "Level"), l("Tối đa", "Max"), l("Tối đa áp dụng", "Applicable max")));
    header.addAll(pointHeaders());
    header.addAll(List.of(words.get("column.lost"), "%", l("Trạng thái", "Status"),
        l("Căn cứ", "Basis"), l("Diễn giải", "Explanation"), l("Số liệu kê khai", "Inputs"),
        l("Cơ quan chủ trì", "Lead agency")));
    t.header(header.toArray(String[]::new));
    for (NodeScore n : card.nodes()) {
      Optional<Explanation> e = n.explanation();
      List<Object> row = new ArrayList<>(List.of(n.code(), indent(n.depth()) + lang.pick(n.name()),
          new Num(BigDecimal.valueOf(n.depth()), "0"), points(n.maxPoints()),
          points(n.applicableMaxPoints())));
      row.addAll(pointCells(n));
      row.addAll(List.of(points(n.deficit()), percent(n.percent()), status(n.status()),
          e.map(x -> basis(x.basis())).orElse(l("Tổng", "Sum")),
          e.map(x -> lang.pick(x.sentence())).orElse(n.sum().map(s -> s.expression()).orElse("")),
          e.map(x -> inputs(x.inputs())).orElse(""), n.leadAgency().orElse("")));
      t.cells(!n.isLeaf(), row.toArray());
      if (n.remainder().isPresent()) {
        RemainderScore r = n.remainder().get();
        List<Object> rem = new ArrayList<>(List.of(n.code() + " *", indent(n.depth() + 1)
            + l("Các nội dung chưa chi tiết hoá", "Unitemised remainder"),
            new Num(BigDecimal.valueOf(n.depth() + 1), "0"), points(r.maxPoints()),
            points(r.maxPoints())));
        if (cmp) {
          rem.addAll(List.of("", points(r.knownPoints()), ""));
        } else {
          rem.add(points(r.knownPoints()));
        }
        rem.addAll(List.of(points(r.deficit()), "", status(r.status()), "", "", "",
            n.leadAgency().orElse("")));
        t.cells(false, rem.toArray());
      }
    }
    sheet.createFreezePane(2, 1);
  }

  // ---------------------------------------------------------------- deficits

  private void deficits() {
    XSSFSheet sheet = wb.createSheet(l("Điểm bị trừ", "Deficits"));
    SheetTable t = new SheetTable(sheet, styles);
    t.printWide();
    t.widths(12, 48, 10, 30, 11, 11, 11, 11, 16);
    Deficits d = Deficits.of(card);
    t.heading(l("Điểm bị trừ, lớn nhất trước", "Points lost, largest first") + " ("
        + l("tổng", "total") + " " + lang.number(d.total()) + ")");
    t.header(l("Mã", "Code"), l("Tiêu chí", "Criterion"), l("Lĩnh vực", "Field"),
        l("Cơ quan chủ trì", "Lead agency"), l("Tối đa", "Max"), l("Điểm", "Points"),
        words.get("column.lost"), l("Tỷ trọng %", "Share %"), l("Trạng thái", "Status"));
    for (DeficitItem i : d.items()) {
      t.cells(false, i.remainder() ? i.code() + " *" : i.code(), i.remainder()
          ? lang.pick(i.name()) + l(" (chưa chi tiết hoá)", " (unitemised)") : lang.pick(i.name()),
          i.field(), i.agency().orElse(""), points(i.maxPoints()), points(i.points()),
          points(i.deficit()), percent(i.sharePercent()), status(i.status()));
    }
    t.cells(true, l("Tổng", "Total"), "", "", "", "", "", points(d.total()), "", "");
    group(t, l("Theo lĩnh vực", "By field"), d.byField());
    group(t, l("Theo cơ quan chủ trì", "By lead agency"), d.byLeadAgency());
    sheet.createFreezePane(0, 2);
  }

  private void group(SheetTable t, String title, List<DeficitGroup> groups) {
    t.skip();
    t.heading(title);
    t.header(l("Mã", "Code"), l("Tên", "Name"), words.get("column.lost"), l("Các mục", "Items"),
        l("Tỷ trọng %", "Share %"));
    for (DeficitGroup g : groups) {
      t.cells(false, g.key().isEmpty() ? "—" : g.key(), g.name() == null ? g.label()
          : lang.pick(g.name()), points(g.deficit()), String.join(", ", g.codes()),
          percent(g.sharePercent()));
    }
  }

  // ---------------------------------------------------------------- values

  private List<String> pointHeaders() {
    return comparison == null ? List.of(l("Điểm", "Points"))
        : List.of(l("Điểm tự chấm", "Self-assessed"), l("Điểm thẩm định", "Appraised"),
            l("Chênh lệch", "Difference"));
  }

  private List<Object> pointCells(NodeScore n) {
    if (comparison == null) {
      return List.of(points(n.points()));
    }
    Comparison.Row row = comparison.rows().stream().filter(r -> r.code().equals(n.code()))
        .findFirst().orElse(null);
    Object self = row == null || row.first() == null ? "" : points(row.first().points());
    Object delta = row == null ? "" : points(row.delta());
    return List.of(self, points(n.points()), delta);
  }

  private Object points(BigDecimal v) {
    return v == null ? "" : new Num(v, prefix + pointsFormat());
  }

  private Object points(Optional<BigDecimal> v) {
    return v.isPresent() ? points(v.get()) : l("chưa biết", "unknown");
  }

  private Object nullable(BigDecimal v) {
    return v == null ? "" : points(v);
  }

  private Object printed(BigDecimal v) {
    return v == null ? "" : new Num(v, prefix + (v.scale() <= 0 ? "0" : "0." + "0".repeat(v.scale())));
  }

  private String pointsFormat() {
    int d = card.methodology().pointDecimals();
    return d <= 0 ? "0" : "0." + "0".repeat(d);
  }

  private Object percent(BigDecimal v) {
    if (v == null) {
      return "";
    }
    int d = card.methodology().indexDecimals();
    return new Num(v, prefix + (d <= 0 ? "0" : "0." + "0".repeat(d)));
  }

  private Object percent(Optional<BigDecimal> v) {
    return v.isPresent() ? percent(v.get()) : "—";
  }

  private static String indent(int depth) {
    return "  ".repeat(Math.max(0, depth - 1));
  }

  // the words of closed sets are the report catalogue's, as in every other report
  private String stage(Scorecard c) {
    return words.code("stage", c.stage());
  }

  private String source(SourceTotal s) {
    return words.code("source", s.source());
  }

  private String status(Status s) {
    return words.code("status", s);
  }

  private String basis(Basis b) {
    return words.code("basis", b);
  }

  private String inputs(Map<String, DataValue> inputs) {
    return inputs.entrySet().stream().map(e -> words.code("datum", e.getKey()) + ": "
        + value(e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private String value(DataValue v) {
    if (v instanceof DataValue.DecimalValue d) {
      return lang == Language.VI ? Texts.vi(d.value()) : Texts.plain(d.value());
    }
    if (v instanceof DataValue.BooleanValue b) {
      return b.value() ? words.get("value.yes") : words.get("value.no");
    }
    if (v instanceof DataValue.TextValue s) {
      return s.value();
    }
    if (v instanceof DataValue.MapValue m) {
      return m.entries().entrySet().stream().map(e -> e.getKey() + " " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(v);
  }
}
