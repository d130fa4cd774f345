package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.Role;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.Warning;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a scorecard as a readable text report: the header (unit, methodology, year, stage, total,
 * index, band, points per source), the table of fields (or of every node), the largest deficits, the
 * reconciliation of reported figures, alerts and warnings.
 *
 * <p>Deterministic: the same scorecard and options give the same text, with {@code \n} line ends,
 * whatever the platform's locale. Labels come from the language's message catalogue, names from the
 * data ({@link Language#pick}); numbers carry the methodology's decimals, with a decimal comma in
 * Vietnamese; an unknown figure is written as unknown ({@code ?}, "chưa biết"), never as 0. Columns
 * are aligned by the width of composed (NFC) text. Stateless and safe to call from several threads.
 */
public final class ScorecardText {
  private ScorecardText() {}

  /**
   * The report of a scorecard.
   *
   * @param card the scorecard
   * @param language labels and number notation
   * @param allNodes whether the table lists every node (indented by depth), or only the top-level
   *     ones
   * @param topDeficits how many of the largest deficits to list (0 for none); a negative number is
   *     read as 0
   * @return the text, ending with a line break
   */
  public static String render(Scorecard card, Language language, boolean allNodes,
      int topDeficits) {
    Language l = language;
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    out.append(l.pick(card.methodology().title())).append(" (").append(card.methodology().id())
        .append(")\n");
    out.append(m.format("scorecard.text.unit", "unit", card.unit().label(), "id",
        card.unit().id(), "year", String.valueOf(card.year()), "stage",
        m.code("stageCode", card.stage()))).append('\n');
    out.append(m.format("scorecard.text.total", "points",
        card.points().map(l::number).orElse(m.get("scorecard.text.totalUnknown")), "max",
        l.number(card.applicableMaxPoints()), "index",
        card.index().map(i -> l.number(i) + " %").orElse("—"), "band",
        card.band().map(b -> b.label().map(l::pick).orElse(b.code())).orElse("—")))
        .append('\n');
    for (AppliedCap c : card.bandCaps()) {
      out.append(Caps.sentence(c, m, l)).append('\n');
    }
    if (card.bySource().size() > 1 || !card.isComplete()) {
      StringBuilder sources = new StringBuilder();
      List<SourceTotal> totals = card.bySource();
      for (int i = 0; i < totals.size(); i++) {
        SourceTotal t = totals.get(i);
        if (i > 0) {
          sources.append(" · ");
        }
        sources.append(m.code("source", t.source())).append(' ')
            .append(t.knownPoints().map(l::number).orElse(m.get("value.unknown")))
            .append(" / ").append(l.number(t.applicableMaxPoints()));
      }
      out.append(m.format("scorecard.text.bySource", "sources", sources.toString()))
          .append('\n');
    }
    out.append('\n');
    TextTable table = new TextTable(
        new String[] {m.get("column.code"), allNodes ? m.get("column.criterion")
            : m.get("column.field"), m.get("column.max"), m.get("column.points"),
            m.get("column.lost"), "%", m.get("column.status")},
        new boolean[] {false, false, true, true, true, true, false},
        new int[] {0, 56, 0, 0, 0, 0, 0});
    for (NodeScore n : card.nodes()) {
      if (!allNodes && n.depth() > 1) {
        continue;
      }
      String indent = allNodes ? "  ".repeat(n.depth() - 1) : "";
      if (n.role() == Role.STANDARD) {
        table.row(indent + n.code(), l.pick(n.name()), l.number(n.applicableMaxPoints()),
            n.points().map(l::number).orElse("?"), n.deficit().map(l::number).orElse("?"),
            n.percent().map(l::number).orElse("—"), m.code("status", n.status()));
      } else {
        // a bonus not earned and a penalty not incurred are not points lost: say what they are
        table.row(indent + n.code(), l.pick(n.name()), l.number(n.applicableMaxPoints()),
            n.points().map(p -> signed(p, n.role(), l)).orElse("?"), "", "",
            n.points().map(p -> role(p, n.role(), l, m)).orElse(m.get("value.unknown")));
      }
    }
    table.appendTo(out);
    if (topDeficits > 0) {
      Deficits deficits = Deficits.of(card);
      List<DeficitItem> items = deficits.items();
      if (!items.isEmpty()) {
        out.append('\n').append(m.format("scorecard.text.largestDeficits", "shown",
            String.valueOf(Math.min(topDeficits, items.size())), "count",
            String.valueOf(items.size()), "total", l.number(deficits.total()))).append('\n');
        TextTable t = new TextTable(
            new String[] {m.get("column.code"), m.get("column.criterion"), m.get("column.lost"),
                m.get("column.share"), m.get("column.leadAgency")},
            new boolean[] {false, false, true, true, false}, new int[] {0, 48, 0, 0, 36});
        for (DeficitItem d : items.subList(0, Math.min(topDeficits, items.size()))) {
          t.row(d.remainder() ? m.format("code.unitemised", "code", d.code()) : d.code(),
              l.pick(d.name()), l.number(d.deficit()), l.number(d.sharePercent()),
              d.agency().orElse("—"));
        }
        t.appendTo(out);
      }
    }
    if (!card.reconciliation().isEmpty()) {
      out.append('\n').append(m.get("reconciliation.heading")).append('\n');
      TextTable t = new TextTable(
          new String[] {m.get("column.code"), m.get("reconciliation.text.reported"),
              m.get("reconciliation.text.computed"), m.get("reconciliation.reportedLost"),
              m.get("reconciliation.computedLost"), m.get("reconciliation.text.unexplained"),
              m.get("reconciliation.result")},
          new boolean[] {false, true, true, true, true, true, false}, new int[7]);
      for (Reconciliation r : card.reconciliation()) {
        t.row(r.code(), num(r.reportedPoints(), l), num(r.computedPoints(), l),
            num(r.reportedDeficit(), l), num(r.computedDeficit(), l), num(r.unexplained(), l),
            (r.matches() ? m.get("reconciliation.matches") : m.get("reconciliation.mismatch"))
                + (r.chargedToRemainder() != null ? m.format("reconciliation.text.charged",
                    "points", l.number(r.chargedToRemainder())) : ""));
      }
      t.appendTo(out);
    }
    if (!card.alerts().isEmpty()) {
      out.append('\n').append(m.get("alerts.heading")).append('\n');
      for (RaisedAlert a : card.alerts()) {
        out.append("- ").append(Caps.alertWhat(a, card, m, l))
            .append(a.messageText().map(x -> " — " + l.pick(x)).orElse("")).append('\n');
      }
    }
    if (!card.warnings().isEmpty()) {
      out.append('\n').append(m.get("warnings.heading")).append('\n');
      for (Warning w : card.warnings()) {
        out.append("- ").append(l.pick(w.message())).append('\n');
      }
    }
    return out.toString();
  }

  /** A bonus's points with {@code +}, a penalty's with {@code −}: how they count in the total. */
  static String signed(BigDecimal points, Role role, Language l) {
    if (points.signum() == 0) {
      return l.number(points);
    }
    return (role == Role.PENALTY ? "−" : "+") + l.number(points);
  }

  /** What a bonus or penalty part did to the total, in words. */
  static String role(BigDecimal points, Role role, Language l, Messages m) {
    boolean none = points.signum() == 0;
    if (role == Role.PENALTY) {
      return none ? m.get("role.penalty.none")
          : m.format("role.penalty.incurred", "points", l.number(points));
    }
    return none ? m.get("role.bonus.none") : m.format("role.bonus.earned", "points",
        l.number(points));
  }

  private static String num(BigDecimal value, Language l) {
    return value == null ? "" : l.number(value);
  }
}
