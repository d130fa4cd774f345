package io.github.parindex.projection;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.projection.internal.Decimals;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.Distribution;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link SimulationResult} as a readable text report or as JSON ({@code
 * par-simulation-result/1}).
 *
 * <p>Deterministic: the same result gives the same bytes. Exact quantities (percentiles, least and
 * greatest values) keep their decimals; estimates (means, standard deviations, Sobol indices) are
 * written with a fixed number of decimals (4), rounded half-even from their binary value. The number
 * of threads is never written: it does not change the result.
 */
final class SimulationReport {
  private static final int DECIMALS = 4;

  private SimulationReport() {}

  /**
   * The text report.
   *
   * @param r the result
   * @param l the language
   * @return the text, ending with a line break
   */
  static String text(SimulationResult r, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    Scorecard base = r.baseline();
    SimulationSpec spec = r.spec();
    out.append(m.format("simulation.text.heading", "unit", base.unit().label(), "id",
        base.unit().id(), "methodology", base.methodology().id(), "year",
        String.valueOf(base.year()))).append('\n');
    Texts.assumptions(out, r.assumptions(), m);
    out.append(m.format("simulation.text.draws", "draws", String.valueOf(spec.draws()), "seed",
        String.valueOf(spec.seed()), "inputs", String.valueOf(spec.inputs().size())));
    spec.peerChange().ifPresent(d -> out.append(" · ").append(m.format(
        "simulation.text.peerChange", "distribution", describe(d, l, m))));
    out.append("\n\n");
    TextTable t = new TextTable(new String[] {"", m.get("simulation.column.mean"),
        m.get("simulation.column.sd"), m.get("simulation.column.min"),
        m.get("simulation.column.max")}, new boolean[] {false, true, true, true, true},
        new int[] {0, 0, 0, 0, 0});
    row(t, m.get("column.index"), r.index(), l);
    row(t, m.get("column.totalPoints"), r.points(), l);
    r.rank().ifPresent(d -> t.row(m.get("column.rank"), l.number(Texts.fixed(d.mean(), 2)), "",
        String.valueOf(d.histogram().firstKey()), String.valueOf(d.histogram().lastKey())));
    t.appendTo(out);
    out.append('\n').append(m.get("simulation.text.percentiles")).append('\n');
    TextTable p = new TextTable(new String[] {"%", m.get("column.index"),
        m.get("column.totalPoints"), m.get("column.rank")}, new boolean[] {true, true, true, true},
        new int[] {0, 0, 0, 0});
    for (Map.Entry<BigDecimal, BigDecimal> e : r.index().percentiles().entrySet()) {
      BigDecimal pct = e.getKey();
      p.row(l.number(Decimals.plain(pct)), l.number(e.getValue()),
          l.number(r.points().percentiles().get(pct)),
          r.rank().map(d -> String.valueOf(d.percentiles().get(pct))).orElse(""));
    }
    p.appendTo(out);
    r.rank().ifPresent(d -> {
      if (d.targetRank() != null) {
        out.append('\n').append(m.format("projection.probability", "rank",
            String.valueOf(d.targetRank()), "probability", l.number(d.probability()), "reached",
            String.valueOf(d.reached()), "draws", String.valueOf(d.draws()))).append('\n');
      }
      out.append('\n').append(m.get("simulation.text.rankHistogram")).append('\n');
      TextTable h = new TextTable(new String[] {m.get("column.rank"),
          m.get("simulation.column.draws")}, new boolean[] {true, true}, new int[] {0, 0});
      d.histogram().forEach((rank, count) -> h.row(String.valueOf(rank), String.valueOf(count)));
      h.appendTo(out);
    });
    if (!r.sensitivity().isEmpty()) {
      out.append('\n').append(m.format("simulation.text.sensitivity", "samples",
          String.valueOf(spec.sensitivitySamples()))).append('\n');
      boolean ranks = r.rank().isPresent();
      TextTable s = new TextTable(ranks
          ? new String[] {m.get("simulation.column.group"), m.get("simulation.column.firstIndex"),
              m.get("simulation.column.totalIndex"), m.get("simulation.column.firstRank"),
              m.get("simulation.column.totalRank"), m.get("simulation.column.members")}
          : new String[] {m.get("simulation.column.group"), m.get("simulation.column.first"),
              m.get("simulation.column.total"), m.get("simulation.column.members")},
          ranks ? new boolean[] {false, true, true, true, true, false}
              : new boolean[] {false, true, true, false},
          ranks ? new int[] {0, 0, 0, 0, 0, 50} : new int[] {0, 0, 0, 50});
      for (SimulationResult.GroupSensitivity g : r.sensitivity()) {
        String members = String.join(", ", g.members());
        if (ranks) {
          s.row(g.group(), est(g.indexFirst(), l), est(g.indexTotal(), l), est(g.rankFirst(), l),
              est(g.rankTotal(), l), members);
        } else {
          s.row(g.group(), est(g.indexFirst(), l), est(g.indexTotal(), l), members);
        }
      }
      s.appendTo(out);
    }
    Texts.notes(out, r.notes(), m);
    return out.toString();
  }

  private static void row(TextTable t, String name, SimulationResult.Summary s, Language l) {
    t.row(name, est(s.mean(), l), est(s.sd(), l), l.number(s.min()), l.number(s.max()));
  }

  private static String est(double value, Language l) {
    BigDecimal d = Texts.fixed(value, DECIMALS);
    return d == null ? "—" : l.number(d);
  }

  private static String describe(Distribution d, Language l, Messages m) {
    if (d instanceof Distribution.Uniform u) {
      return m.format("simulation.distribution.uniform", "min", l.number(u.min()), "max",
          l.number(u.max()));
    }
    if (d instanceof Distribution.Triangular t) {
      return m.format("simulation.distribution.triangular", "min", l.number(t.min()), "mode",
          l.number(t.mode()), "max", l.number(t.max()));
    }
    Distribution.Normal n = (Distribution.Normal) d;
    String normal = m.format("simulation.distribution.normal", "mean", l.number(n.mean()), "sd",
        l.number(n.sd()));
    return n.min() == null && n.max() == null ? normal : normal + " [" + (n.min() == null ? "−∞"
        : l.number(n.min())) + ", " + (n.max() == null ? "∞" : l.number(n.max())) + "]";
  }

  /**
   * JSON.
   *
   * @param r the result
   * @return the JSON text, ending with a line break
   */
  static String json(SimulationResult r) {
    return Texts.json(e -> write(e, r));
  }

  /**
   * JSON of a what-if study ({@code par-simulate/1}): a scenario's result, a simulation's result, or
   * both (a simulation run on the scenario's submission), as members {@code scenario} and {@code
   * simulation} (null when absent).
   *
   * @param scenario the scenario's result, or {@code null}
   * @param peers the peers the scenario's ranks are given among, or {@code null}
   * @param simulation the simulation's result, or {@code null}
   * @return the JSON text, ending with a line break
   */
  static String json(ScenarioResult scenario, PeerTable peers, SimulationResult simulation) {
    return Texts.json(e -> {
      e.startObject().field("format", ProjectionWriter.WHAT_IF_FORMAT);
      e.name("scenario");
      if (scenario == null) {
        e.nullValue();
      } else {
        ScenarioReport.write(e, scenario, peers);
      }
      e.name("simulation");
      if (simulation == null) {
        e.nullValue();
      } else {
        write(e, simulation);
      }
      e.endObject();
    });
  }

  /** Writes the result as one JSON object. */
  static void write(Emitter e, SimulationResult r) {
    Scorecard base = r.baseline();
    SimulationSpec spec = r.spec();
    e.startObject().field("format", ProjectionWriter.SIMULATION_FORMAT)
        .field("methodology", base.methodology().id())
        .field("year", base.year());
    e.startObject("unit").field("id", base.unit().id())
        .field("name", base.unit().name().orElse(null)).endObject();
    Texts.texts(e, "assumptions", r.assumptions());
    e.field("draws", spec.draws()).field("seed", spec.seed());
    e.startArray("inputs");
    for (SimulationSpec.Input in : spec.inputs().values()) {
      e.startObject().field("code", in.code()).field("group", in.group());
      distribution(e, in.distribution());
      e.endObject();
    }
    e.endArray();
    if (spec.peerChange().isPresent()) {
      e.name("peerChange").startObject();
      distribution(e, spec.peerChange().get());
      e.endObject();
    }
    summary(e, "index", r.index());
    summary(e, "points", r.points());
    r.rank().ifPresent(d -> {
      e.startObject("rank").field("mean", Texts.fixed(d.mean(), DECIMALS));
      Texts.percentiles(e, "percentiles", d.percentiles());
      if (d.targetRank() != null) {
        e.field("targetRank", d.targetRank()).field("reached", d.reached())
            .field("probability", d.probability());
      }
      e.startObject("histogram");
      d.histogram().forEach((rank, count) -> e.field(String.valueOf(rank), count));
      e.endObject().endObject();
    });
    if (!r.sensitivity().isEmpty()) {
      e.startObject("sensitivity").field("samples", spec.sensitivitySamples())
          .field("evaluations", (long) spec.sensitivitySamples() * (r.sensitivity().size() + 2))
          .field("firstOrder", "Saltelli 2010").field("total", "Jansen 1999");
      e.startArray("groups");
      for (SimulationResult.GroupSensitivity g : r.sensitivity()) {
        e.startObject().field("group", g.group());
        e.startArray("members");
        g.members().forEach(e::value);
        e.endArray();
        e.startObject("index").field("first", Texts.fixed(g.indexFirst(), DECIMALS))
            .field("total", Texts.fixed(g.indexTotal(), DECIMALS)).endObject();
        if (r.rank().isPresent()) {
          e.startObject("rank").field("first", Texts.fixed(g.rankFirst(), DECIMALS))
              .field("total", Texts.fixed(g.rankTotal(), DECIMALS)).endObject();
        }
        e.endObject();
      }
      e.endArray().endObject();
    }
    Texts.texts(e, "notes", r.notes());
    e.endObject();
  }

  private static void summary(Emitter e, String name, SimulationResult.Summary s) {
    e.startObject(name).field("mean", Texts.fixed(s.mean(), DECIMALS))
        .field("sd", Texts.fixed(s.sd(), DECIMALS)).field("min", s.min()).field("max", s.max());
    Texts.percentiles(e, "percentiles", s.percentiles());
    e.endObject();
  }

  private static void distribution(Emitter e, Distribution d) {
    e.field("distribution", d.kind());
    if (d instanceof Distribution.Uniform u) {
      e.field("min", u.min()).field("max", u.max());
    } else if (d instanceof Distribution.Triangular t) {
      e.field("min", t.min()).field("mode", t.mode()).field("max", t.max());
    } else {
      Distribution.Normal n = (Distribution.Normal) d;
      e.field("mean", n.mean()).field("sd", n.sd());
      if (n.min() != null) {
        e.field("min", n.min());
      }
      if (n.max() != null) {
        e.field("max", n.max());
      }
    }
  }
}
