package io.github.parindex.projection;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.report.ComparisonWriter;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;

/**
 * Writes a {@link ScenarioResult} as a readable text report or as JSON ({@code par-scenario-result/1}):
 * the assumptions, total, index, band and rank before and after, and every node that changed.
 *
 * <p>Deterministic: the same result gives the same bytes, in UTF-8 with {@code \n} line ends.
 */
final class ScenarioReport {

  private ScenarioReport() {}

  /**
   * The text report.
   *
   * @param r the result
   * @param peers the peers to rank against, or {@code null}
   * @param l the language
   * @return the text, ending with a line break
   */
  static String text(ScenarioResult r, PeerTable peers, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    out.append(r.scenario().label().map(t -> m.format("scenario.text.headingWithLabel", "label",
        l.pick(t))).orElse(m.get("scenario.text.heading")));
    out.append('\n');
    r.scenario().description().ifPresent(t -> out.append(l.pick(t)).append('\n'));
    Texts.assumptions(out, r.assumptions(), m);
    if (r.scenario().editsMethodology()) {
      out.append(m.get("scenario.text.editsMethodology")).append('\n');
    }
    if (peers != null) {
      ScenarioResult.RankChange rc = r.ranks(peers);
      out.append(m.format("scenario.text.rank", "peers", String.valueOf(rc.peers()), "before",
          rc.before() == null ? "—" : String.valueOf(rc.before()), "after",
          rc.after() == null ? "—" : String.valueOf(rc.after())));
      rc.places().ifPresent(pl -> out.append(" (").append(m.format(pl == 1 || pl == -1
          ? "scenario.text.places.one" : "scenario.text.places.other", "places",
          (pl > 0 ? "+" : "") + pl)).append(')'));
      out.append('\n');
    }
    out.append('\n').append(ComparisonWriter.text(r.comparison(), l, false));
    return out.toString();
  }

  /**
   * JSON.
   *
   * @param r the result
   * @param peers the peers to rank against, or {@code null}
   * @return the JSON text, ending with a line break
   */
  static String json(ScenarioResult r, PeerTable peers) {
    return Texts.json(e -> write(e, r, peers));
  }

  /** Writes the result as one JSON object. */
  static void write(Emitter e, ScenarioResult r, PeerTable peers) {
    Comparison c = r.comparison();
    e.startObject().field("format", ProjectionWriter.SCENARIO_FORMAT);
    if (r.scenario().label().isPresent()) {
      e.field("label", r.scenario().label().get());
    }
    Texts.texts(e, "assumptions", r.assumptions());
    e.field("methodology", r.before().methodology().id())
        .field("methodologyEdited", r.scenario().editsMethodology())
        .field("year", r.before().year());
    e.startObject("unit").field("id", r.before().unit().id())
        .field("name", r.before().unit().name().orElse(null)).endObject();
    ScenarioResult.RankChange rc = peers == null ? null : r.ranks(peers);
    card(e, "before", r.before(), rc == null ? null : rc.before());
    card(e, "after", r.after(), rc == null ? null : rc.after());
    e.field("pointsDelta", c.pointsDelta().orElse(null));
    e.field("indexDelta", c.indexDelta().orElse(null));
    if (rc != null) {
      e.field("peers", rc.peers());
      e.name("placesRisen");
      if (rc.places().isPresent()) {
        e.value(rc.places().get());
      } else {
        e.nullValue();
      }
    }
    e.startArray("changes");
    for (Comparison.Row row : c.changed()) {
      e.startObject().field("code", row.code()).field("name", row.name());
      side(e, "before", row.first());
      side(e, "after", row.second());
      e.field("delta", row.delta().orElse(null)).endObject();
    }
    e.endArray().endObject();
  }

  private static void card(Emitter e, String name, Scorecard s, Integer rank) {
    e.startObject(name).field("points", s.points().orElse(null))
        .field("applicableMaxPoints", s.applicableMaxPoints()).field("index", s.index().orElse(null))
        .field("band", s.band().map(b -> b.code()).orElse(null));
    if (rank != null) {
      e.field("rank", rank);
    }
    e.endObject();
  }

  private static void side(Emitter e, String name, NodeScore n) {
    e.name(name);
    if (n == null) {
      e.nullValue();
      return;
    }
    e.startObject().field("points", n.points().orElse(null)).field("maxPoints", n.maxPoints())
        .field("applicableMaxPoints", n.applicableMaxPoints()).field("status", n.status().name())
        .endObject();
  }
}
