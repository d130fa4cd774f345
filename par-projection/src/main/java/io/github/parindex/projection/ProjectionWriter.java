package io.github.parindex.projection;

import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.TextTable;
import io.github.parindex.model.Language;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link Projection} as a readable text report or as JSON ({@code par-projection/1}).
 *
 * <p>Deterministic: the same projection gives the same bytes, in UTF-8 with {@code \n} line ends; points
 * carry the methodology's {@code pointDecimals}, indices its {@code indexDecimals}, costs their exact
 * value, and floating-point estimates (a mean rank) a fixed number of decimals.
 */
public final class ProjectionWriter {
  /** The format identifier of the JSON output. */
  public static final String FORMAT = "par-projection/1";

  private ProjectionWriter() {}

  /**
   * The text report: assumptions first, the target and what it requires, the plan as a table, the
   * result, the random outcome and notes.
   *
   * @param p the projection
   * @param l the language of labels and numbers
   * @return the text, ending with a line break
   */
  public static String text(Projection p, Language l) {
    StringBuilder out = new StringBuilder();
    Scorecard base = p.baseline();
    out.append(l.label("Dự báo mục tiêu", "Target projection")).append(" · ")
        .append(base.unit().label()).append(" (").append(base.unit().id()).append(") · ")
        .append(base.methodology().id()).append(" · ").append(base.year()).append('\n');
    Texts.assumptions(out, p.assumptions(), l);
    out.append(l.label("Mục tiêu", "Target")).append(": ").append(target(p, l)).append('\n');
    out.append(l.label("Hiện nay", "Today")).append(": ").append(l.number(p.currentPoints()))
        .append(" / ").append(l.number(base.applicableMaxPoints())).append(' ')
        .append(l.label("điểm", "points")).append(" · ").append(l.label("chỉ số", "index")).append(' ')
        .append(l.number(p.currentIndex()));
    p.currentRank().ifPresent(r -> out.append(" · ").append(l.label("hạng", "rank")).append(' ')
        .append(r));
    out.append('\n');
    out.append(l.label("Yêu cầu", "Required")).append(": ");
    if (p.requiredIndex().isEmpty() && p.requiredPoints().isEmpty()) {
      out.append(p.feasible() ? l.label("mọi mức điểm đều đạt", "any total reaches it")
          : l.label("không mức điểm nào đạt được", "no total reaches it"));
    } else {
      out.append(l.label("chỉ số", "index")).append(" ≥ ")
          .append(p.requiredIndex().map(l::number).orElse("—")).append(" → ")
          .append(p.requiredPoints().map(l::number).orElse("—")).append(' ')
          .append(l.label("điểm", "points"));
      p.requiredPoints().ifPresent(rp -> out.append(" (").append(Texts.signed(
          rp.subtract(p.currentPoints()), l)).append(')'));
    }
    out.append('\n');
    out.append(l.label("Khả thi", "Feasible")).append(": ")
        .append(p.feasible() ? l.label("có", "yes") : l.label("không", "no")).append("\n\n");
    if (p.plan().isEmpty()) {
      out.append(l.label("Không cần thay đổi: mục tiêu đã đạt.",
          "No change needed: the target is already met.")).append('\n');
    } else {
      TextTable t = new TextTable(new String[] {l.label("Mã", "Code"), l.label("Tiêu chí", "Criterion"),
          l.label("Từ", "From"), l.label("Đến", "To"), l.label("Tăng", "Gain"),
          l.label("Chi phí", "Cost"), l.label("Cơ quan chủ trì", "Lead agency")},
          new boolean[] {false, false, true, true, true, true, false},
          new int[] {0, 40, 0, 0, 0, 0, 36});
      for (PlannedChange c : p.plan()) {
        t.row(c.label(), l.pick(c.name()), l.number(c.from()), l.number(c.to()),
            Texts.signed(c.gain(), l), l.number(c.cost()), c.agency().orElse(""));
      }
      t.appendTo(out);
      out.append(l.label("Tổng", "Total")).append(": ").append(p.plan().size()).append(' ')
          .append(l.label("thay đổi", p.plan().size() == 1 ? "change" : "changes")).append(" · ")
          .append(l.label("tăng", "gain")).append(' ').append(Texts.signed(p.totalGain(), l))
          .append(" · ").append(l.label("chi phí", "cost")).append(' ')
          .append(l.number(p.totalCost())).append('\n');
    }
    Scorecard r = p.result();
    out.append(l.label("Kết quả", "Result")).append(": ").append(l.number(p.resultingPoints()))
        .append(' ').append(l.label("điểm", "points")).append(" · ").append(l.label("chỉ số", "index"))
        .append(' ').append(l.number(p.resultingIndex())).append(" · ").append(l.label("nhóm", "band"))
        .append(' ').append(r.band().map(b -> b.label().map(l::pick).orElse(b.code())).orElse("—"));
    p.resultingRank().ifPresent(rank -> out.append(" · ").append(l.label("hạng", "rank"))
        .append(' ').append(rank));
    out.append('\n');
    p.random().ifPresent(d -> random(out, p, d, l));
    Texts.notes(out, p.notes(), l);
    return out.toString();
  }

  private static String target(Projection p, Language l) {
    Target t = p.target();
    if (t instanceof Target.Points x) {
      return l.label("tổng điểm ≥ ", "total ≥ ") + l.number(Projector.plain(x.points()));
    }
    if (t instanceof Target.Index x) {
      return l.label("chỉ số ≥ ", "index ≥ ") + l.number(Projector.plain(x.index()));
    }
    Target.Rank r = (Target.Rank) t;
    StringBuilder s = new StringBuilder(l.label("hạng ", "rank ")).append(r.rank())
        .append(l.label(" hoặc cao hơn trong ", " or better among ")).append(p.peerCount().orElse(0))
        .append(l.label(" đơn vị so sánh", " peers"));
    PeerChange c = p.request().peerChange();
    if (c instanceof PeerChange.Shift shift) {
      s.append("; ").append(l.label("chỉ số các đơn vị so sánh thay đổi ",
          "every peer's index moves by ")).append(Texts.signed(Projector.plain(shift.delta()), l));
    } else if (c instanceof PeerChange.Normal n) {
      s.append("; ").append(l.label("kế hoạch lập cho mức thay đổi trung bình ",
          "planned for the mean peer change ")).append(Texts.signed(Projector.plain(n.mean()), l));
    }
    return s.toString();
  }

  private static void random(StringBuilder out, Projection p, RankDistribution d, Language l) {
    PeerChange.Normal n = (PeerChange.Normal) p.request().peerChange();
    out.append(l.label("Thay đổi ngẫu nhiên của các đơn vị so sánh", "Random peer changes"))
        .append(": N(").append(l.number(Projector.plain(n.mean()))).append(", ")
        .append(l.number(Projector.plain(n.sd()))).append("), ").append(n.draws()).append(' ')
        .append(l.label("lượt", "draws")).append(", seed ").append(n.seed()).append('\n');
    out.append("  P(").append(l.label("hạng", "rank")).append(" ≤ ").append(d.targetRank())
        .append(") = ").append(l.number(d.probability())).append(" (").append(d.reached())
        .append('/').append(d.draws()).append(")\n");
    out.append("  ").append(l.label("Phân vị của hạng", "Rank percentiles")).append(':');
    for (Map.Entry<BigDecimal, Integer> e : d.percentiles().entrySet()) {
      out.append(' ').append(l.number(Projector.plain(e.getKey()))).append(" %: ")
          .append(e.getValue()).append(';');
    }
    out.setLength(out.length() - 1);
    out.append(" · ").append(l.label("hạng trung bình", "mean rank")).append(' ')
        .append(l.number(Texts.fixed(d.mean(), 2))).append('\n');
  }

  /**
   * JSON: the keys of the command-line contract ({@code feasible}, {@code requiredPoints},
   * {@code requiredIndex}, {@code plan}, {@code totalCost}, {@code resultingPoints}, {@code
   * resultingIndex}, and {@code probability} with {@code rankPercentiles} under random peer changes)
   * and more: the target, today's figures, ranks, assumptions and notes.
   *
   * @param p the projection
   * @return the JSON text, ending with a line break
   */
  public static String json(Projection p) {
    return Texts.json(e -> {
      Scorecard base = p.baseline();
      e.startObject().field("format", FORMAT).field("methodology", base.methodology().id())
          .field("year", base.year());
      e.startObject("unit").field("id", base.unit().id())
          .field("name", base.unit().name().orElse(null)).endObject();
      Texts.texts(e, "assumptions", p.assumptions());
      target(e, p);
      e.startObject("current").field("points", p.currentPoints())
          .field("applicableMaxPoints", base.applicableMaxPoints()).field("index", p.currentIndex())
          .field("band", base.band().map(b -> b.code()).orElse(null));
      if (p.currentRank().isPresent()) {
        e.field("rank", p.currentRank().get());
      }
      e.endObject();
      e.field("feasible", p.feasible());
      e.field("requiredPoints", p.requiredPoints().orElse(null));
      e.field("requiredIndex", p.requiredIndex().orElse(null));
      e.startArray("plan");
      for (PlannedChange c : p.plan()) {
        e.startObject().field("code", c.code()).field("remainder", c.remainder())
            .field("name", c.name()).field("role", c.role().name()).field("from", c.from())
            .field("to", c.to()).field("gain", c.gain()).field("cost", c.cost())
            .field("leadAgency", c.leadAgency()).endObject();
      }
      e.endArray();
      e.field("changes", p.plan().size()).field("totalCost", p.totalCost())
          .field("totalGain", p.totalGain()).field("resultingPoints", p.resultingPoints())
          .field("resultingIndex", p.resultingIndex())
          .field("resultingBand", p.result().band().map(b -> b.code()).orElse(null));
      if (p.peerCount().isPresent()) {
        e.field("peers", p.peerCount().get());
        e.field("resultingRank", p.resultingRank().orElseThrow());
      }
      p.random().ifPresent(d -> {
        e.field("probability", d.probability());
        Texts.percentiles(e, "rankPercentiles", d.percentiles());
        e.startObject("random").field("draws", d.draws()).field("reached", d.reached())
            .field("meanRank", Texts.fixed(d.mean(), 4));
        e.startObject("rankHistogram");
        d.histogram().forEach((rank, count) -> e.field(String.valueOf(rank), count));
        e.endObject().endObject();
      });
      Texts.texts(e, "notes", p.notes());
      e.endObject();
    });
  }

  private static void target(Emitter e, Projection p) {
    Target t = p.target();
    e.startObject("target").field("kind", t.kind());
    if (t instanceof Target.Points x) {
      e.field("value", x.points());
    } else if (t instanceof Target.Index x) {
      e.field("value", x.index());
    } else {
      e.field("value", ((Target.Rank) t).rank());
    }
    e.endObject();
    PeerChange c = p.request().peerChange();
    if (t instanceof Target.Rank) {
      e.startObject("peerChange");
      if (c instanceof PeerChange.Shift s) {
        e.field("model", "shift").field("delta", s.delta());
      } else if (c instanceof PeerChange.Normal n) {
        e.field("model", "normal").field("mean", n.mean()).field("sd", n.sd())
            .field("draws", n.draws()).field("seed", n.seed());
      } else {
        e.field("model", "none");
      }
      e.endObject();
    }
  }
}
