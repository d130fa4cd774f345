package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.Warning;
import io.github.parindex.report.internal.TextTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a scorecard as a readable text report: the header (unit, methodology, year, stage, total,
 * index, band, points per source), the table of fields (or of every node), the largest deficits, the
 * reconciliation of reported figures, alerts and warnings.
 */
public final class ScorecardText {
  private ScorecardText() {}

  /**
   * The report.
   *
   * @param card the scorecard
   * @param language labels and number notation
   * @param allNodes whether the table lists every node, or only the top-level ones
   * @param topDeficits how many of the largest deficits to list (0 for none)
   * @return the text, ending with a line break
   */
  public static String render(Scorecard card, Language language, boolean allNodes,
      int topDeficits) {
    Language l = language;
    StringBuilder out = new StringBuilder();
    out.append(l.pick(card.methodology().title())).append(" (").append(card.methodology().id())
        .append(")\n");
    out.append(l.label("Đơn vị", "Unit")).append(": ").append(card.unit().label()).append(" (")
        .append(card.unit().id()).append(") · ").append(l.label("Năm đánh giá", "Evaluation year"))
        .append(' ').append(card.year()).append(" · ").append(l.label("Giai đoạn", "Stage"))
        .append(": ").append(card.stage()).append('\n');
    out.append(l.label("Tổng điểm", "Total")).append(": ")
        .append(card.points().map(l::number).orElse(l.label("chưa xác định", "unknown")))
        .append(" / ").append(l.number(card.applicableMaxPoints()))
        .append(" · ").append(l.label("Chỉ số", "Index")).append(": ")
        .append(card.index().map(i -> l.number(i) + " %").orElse("—"))
        .append(" · ").append(l.label("Nhóm", "Band")).append(": ")
        .append(card.band().map(b -> b.label().map(l::pick).orElse(b.code())).orElse("—"))
        .append('\n');
    if (card.bySource().size() > 1 || !card.isComplete()) {
      out.append(l.label("Theo nguồn điểm", "By source")).append(": ");
      List<SourceTotal> totals = card.bySource();
      for (int i = 0; i < totals.size(); i++) {
        SourceTotal t = totals.get(i);
        if (i > 0) {
          out.append(" · ");
        }
        out.append(sourceName(t, l)).append(' ')
            .append(t.knownPoints().map(l::number).orElse(l.label("chưa biết", "unknown")))
            .append(" / ").append(l.number(t.applicableMaxPoints()));
      }
      out.append('\n');
    }
    out.append('\n');
    TextTable table = new TextTable(
        new String[] {l.label("Mã", "Code"), allNodes ? l.label("Tiêu chí", "Criterion")
            : l.label("Lĩnh vực", "Field"), l.label("Tối đa", "Max"), l.label("Điểm", "Points"),
            l.label("Bị trừ", "Lost"), "%", l.label("Trạng thái", "Status")},
        new boolean[] {false, false, true, true, true, true, false},
        new int[] {0, 56, 0, 0, 0, 0, 0});
    for (NodeScore n : card.nodes()) {
      if (!allNodes && n.depth() > 1) {
        continue;
      }
      String indent = allNodes ? "  ".repeat(n.depth() - 1) : "";
      table.row(indent + n.code(), l.pick(n.name()), l.number(n.applicableMaxPoints()),
          n.points().map(l::number).orElse("?"), n.deficit().map(l::number).orElse("?"),
          n.percent().map(l::number).orElse("—"), status(n.status(), l));
    }
    table.appendTo(out);
    if (topDeficits > 0) {
      Deficits deficits = Deficits.of(card);
      List<DeficitItem> items = deficits.items();
      if (!items.isEmpty()) {
        out.append('\n').append(l.label("Điểm bị trừ lớn nhất", "Largest deficits")).append(" (")
            .append(Math.min(topDeficits, items.size())).append(' ').append(l.label("trên", "of"))
            .append(' ').append(items.size()).append("; ").append(l.label("tổng", "total"))
            .append(' ').append(l.number(deficits.total())).append(")\n");
        TextTable t = new TextTable(
            new String[] {l.label("Mã", "Code"), l.label("Tiêu chí", "Criterion"),
                l.label("Bị trừ", "Lost"), l.label("Tỷ trọng %", "Share %"),
                l.label("Cơ quan chủ trì", "Lead agency")},
            new boolean[] {false, false, true, true, false}, new int[] {0, 48, 0, 0, 36});
        for (DeficitItem d : items.subList(0, Math.min(topDeficits, items.size()))) {
          t.row(d.remainder() ? d.code() + l.label(" (chưa chi tiết)", " (unitemised)") : d.code(),
              l.pick(d.name()), l.number(d.deficit()), l.number(d.sharePercent()),
              d.agency().orElse("—"));
        }
        t.appendTo(out);
      }
    }
    if (!card.reconciliation().isEmpty()) {
      out.append('\n').append(l.label("Đối chiếu số liệu công bố", "Reconciliation with reported "
          + "figures")).append('\n');
      TextTable t = new TextTable(
          new String[] {l.label("Mã", "Code"), l.label("Điểm công bố", "Reported"),
              l.label("Điểm tính", "Computed"), l.label("Bị trừ công bố", "Reported lost"),
              l.label("Bị trừ tính", "Computed lost"), l.label("Không giải thích", "Unexplained"),
              l.label("Kết quả", "Result")},
          new boolean[] {false, true, true, true, true, true, false}, new int[7]);
      for (Reconciliation r : card.reconciliation()) {
        t.row(r.code(), num(r.reportedPoints(), l), num(r.computedPoints(), l),
            num(r.reportedDeficit(), l), num(r.computedDeficit(), l), num(r.unexplained(), l),
            (r.matches() ? l.label("khớp", "matches") : l.label("KHÔNG KHỚP", "MISMATCH"))
                + (r.chargedToRemainder() != null ? l.label("; trừ vào phần chưa chi tiết ",
                    "; charged to the unitemised remainder ") + l.number(r.chargedToRemainder())
                    : ""));
      }
      t.appendTo(out);
    }
    if (!card.alerts().isEmpty()) {
      out.append('\n').append(l.label("Cảnh báo ngưỡng", "Alerts")).append('\n');
      for (RaisedAlert a : card.alerts()) {
        out.append("- ").append(a.code()).append(": ").append(l.number(a.percent())).append(" % < ")
            .append(l.number(a.belowPercent())).append(" %")
            .append(a.messageText().map(m -> " — " + l.pick(m)).orElse("")).append('\n');
      }
    }
    if (!card.warnings().isEmpty()) {
      out.append('\n').append(l.label("Lưu ý", "Warnings")).append('\n');
      for (Warning w : card.warnings()) {
        out.append("- ").append(l.pick(w.message())).append('\n');
      }
    }
    return out.toString();
  }

  private static String num(BigDecimal value, Language l) {
    return value == null ? "" : l.number(value);
  }

  static String sourceName(SourceTotal t, Language l) {
    return switch (t.source()) {
      case APPRAISED -> l.label("Thẩm định", "Appraised");
      case SURVEY -> l.label("Điều tra XHH", "Survey");
    };
  }

  static String status(Status s, Language l) {
    return switch (s) {
      case FULL -> l.label("đạt tối đa", "full");
      case PARTIAL -> l.label("bị trừ", "partial");
      case ZERO -> l.label("0 điểm", "zero");
      case NOT_APPLICABLE -> l.label("không áp dụng", "not applicable");
      case MISSING -> l.label("thiếu số liệu", "missing");
      case UNKNOWN -> l.label("chưa biết", "unknown");
    };
  }
}
