package io.github.parindex.projection;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.projection.internal.Decimals;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.PlannedChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link Projection} as a readable text report or as JSON ({@code par-projection/1}).
 *
 * <p>Deterministic: the same projection gives the same bytes, in UTF-8 with {@code \n} line ends; points
 * carry the methodology's {@code pointDecimals}, indices its {@code indexDecimals}, costs their exact
 * value, and floating-point estimates (a mean rank) a fixed number of decimals.
 */
final class ProjectionReport {

  private ProjectionReport() {}

  /**
   * The text report: assumptions first, the target and what it requires, the plan as a table, the
   * result, the random outcome and notes.
   *
   * @param p the projection
   * @param l the language of labels and numbers
   * @return the text, ending with a line break
   */
  static String text(Projection p, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    Scorecard base = p.baseline();
    out.append(m.format("projection.text.heading", "unit", base.unit().label(), "id",
        base.unit().id(), "methodology", base.methodology().id(), "year",
        String.valueOf(base.year()))).append('\n');
    Texts.assumptions(out, p.assumptions(), m);
    out.append(m.format("projection.text.target", "target", target(p, l, m))).append('\n');
    out.append(m.format("projection.text.today", "points", l.number(p.currentPoints()), "max",
        l.number(base.applicableMaxPoints()), "index", l.number(p.currentIndex())));
    p.currentRank().ifPresent(r -> out.append(" · ").append(m.format("projection.text.rank",
        "rank", String.valueOf(r))));
    out.append('\n');
    if (p.requiredIndex().isEmpty() && p.requiredPoints().isEmpty()) {
      out.append(m.format("projection.text.required", "required", p.feasible()
          ? m.get("projection.text.anyTotal") : m.get("projection.text.noTotal")));
    } else {
      out.append(m.format("projection.text.requiredIndex", "index",
          p.requiredIndex().map(l::number).orElse("—"), "points",
          p.requiredPoints().map(l::number).orElse("—")));
      p.requiredPoints().ifPresent(rp -> out.append(" (").append(Texts.signed(
          rp.subtract(p.currentPoints()), l)).append(')'));
    }
    out.append('\n');
    out.append(m.format("projection.text.feasible", "feasible", p.feasible()
        ? m.get("value.yes") : m.get("value.no"))).append("\n\n");
    if (p.plan().isEmpty()) {
      out.append(m.get("projection.text.noChange")).append('\n');
    } else {
      TextTable t = new TextTable(new String[] {m.get("column.code"), m.get("column.criterion"),
          m.get("projection.column.from"), m.get("projection.column.to"),
          m.get("projection.column.gain"), m.get("projection.column.cost"),
          m.get("column.leadAgency")},
          new boolean[] {false, false, true, true, true, true, false},
          new int[] {0, 40, 0, 0, 0, 0, 36});
      for (PlannedChange c : p.plan()) {
        t.row(c.remainder() ? m.format("projection.text.remainderCode", "code", c.code())
            : c.code(), l.pick(c.name()), l.number(c.from()), l.number(c.to()),
            Texts.signed(c.gain(), l), l.number(c.cost()), c.agency().orElse(""));
      }
      t.appendTo(out);
      out.append(m.format(p.plan().size() == 1 ? "projection.text.planTotal.one"
          : "projection.text.planTotal.other", "changes", String.valueOf(p.plan().size()),
          "gain", Texts.signed(p.totalGain(), l), "cost", l.number(p.totalCost()))).append('\n');
    }
    Scorecard r = p.result();
    out.append(m.format("projection.text.result", "points", l.number(p.resultingPoints()),
        "index", l.number(p.resultingIndex()), "band",
        r.band().map(b -> b.label().map(l::pick).orElse(b.code())).orElse("—")));
    p.resultingRank().ifPresent(rank -> out.append(" · ").append(m.format("projection.text.rank",
        "rank", String.valueOf(rank))));
    out.append('\n');
    p.random().ifPresent(d -> random(out, p, d, l, m));
    Texts.notes(out, p.notes(), m);
    return out.toString();
  }

  private static String target(Projection p, Language l, Messages m) {
    Target t = p.target();
    if (t instanceof Target.Points x) {
      return m.format("projection.target.points", "points", l.number(Decimals.plain(x.points())));
    }
    if (t instanceof Target.Index x) {
      return m.format("projection.target.index", "index", l.number(Decimals.plain(x.index())));
    }
    Target.Rank r = (Target.Rank) t;
    StringBuilder s = new StringBuilder(m.format("projection.target.rank", "rank",
        String.valueOf(r.rank()), "peers", String.valueOf(p.peerCount().orElse(0))));
    PeerChange c = p.request().peerChange();
    if (c instanceof PeerChange.Shift shift) {
      s.append("; ").append(m.format("projection.target.peerShift", "delta",
          Texts.signed(Decimals.plain(shift.delta()), l)));
    } else if (c instanceof PeerChange.Normal n) {
      s.append("; ").append(m.format("projection.target.peerMean", "mean",
          Texts.signed(Decimals.plain(n.mean()), l)));
    }
    return s.toString();
  }

  private static void random(StringBuilder out, Projection p, RankDistribution d, Language l,
      Messages m) {
    PeerChange.Normal n = (PeerChange.Normal) p.request().peerChange();
    out.append(m.format("projection.text.random", "mean", l.number(Decimals.plain(n.mean())),
        "sd", l.number(Decimals.plain(n.sd())), "draws", String.valueOf(n.draws()), "seed",
        String.valueOf(n.seed()))).append('\n');
    out.append("  ").append(m.format("projection.probability", "rank",
        String.valueOf(d.targetRank()), "probability", l.number(d.probability()), "reached",
        String.valueOf(d.reached()), "draws", String.valueOf(d.draws()))).append('\n');
    out.append("  ").append(m.get("projection.text.rankPercentiles")).append(':');
    for (Map.Entry<BigDecimal, Integer> e : d.percentiles().entrySet()) {
      out.append(' ').append(l.number(Decimals.plain(e.getKey()))).append(" %: ")
          .append(e.getValue()).append(';');
    }
    out.setLength(out.length() - 1);
    out.append(" · ").append(m.get("projection.text.meanRank")).append(' ')
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
  static String json(Projection p) {
    return Texts.json(e -> {
      Scorecard base = p.baseline();
      e.startObject().field("format", ProjectionWriter.FORMAT)
          .field("methodology", base.methodology().id())
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
