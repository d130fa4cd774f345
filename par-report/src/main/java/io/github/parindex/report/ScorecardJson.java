package io.github.parindex.report;

import io.github.parindex.model.Band;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.rules.Explanation;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.SumTrace;
import io.github.parindex.scoring.Warning;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a scorecard as {@code par-scorecard/1} JSON (docs/formats.md): the header, totals, nodes,
 * alerts, reconciliation and warnings, at one of three {@linkplain Detail levels of detail}.
 * Decimals are JSON numbers with exactly the methodology's decimals (points) or index decimals
 * (index, percents); an unknown value is {@code null}.
 *
 * <p>Deterministic: the same scorecard and detail give the same bytes, UTF-8, members in the
 * documented order, {@code \n} line ends (two-space indents, or one line per scorecard for JSON
 * Lines), whatever the platform. {@link Detail#FULL}, the default, writes what every earlier version
 * wrote, byte for byte. Stateless and safe to call from several threads at once.
 */
public final class ScorecardJson {
  private ScorecardJson() {}

  /**
   * How much of a scorecard a document holds. Every level holds the same header and totals; a
   * document written at a level other than {@code FULL} says so in its {@code detail} member, right
   * after {@code format}, so that a reader never takes it for a complete one.
   */
  public enum Detail {
    /**
     * The header, totals, index, band, points per source, the top-level nodes (depth 1) without
     * their traces, and the alerts; no reconciliation, no warnings. A few hundred bytes per
     * scorecard: for a batch whose reader wants each unit's result.
     */
    SUMMARY,
    /**
     * What {@code SUMMARY} holds, with every leaf and every node that has an unitemised remainder
     * (in document order, without traces) instead of the top-level nodes, and the reconciliation and
     * warnings: every scored part, without the explanation of how it was scored.
     */
    LEAVES,
    /** Every node with its trace, as {@code par-scorecard/1} has always been written: the default. */
    FULL;

    /**
     * The level named {@code summary}, {@code leaves} or {@code full} (as the command line's
     * {@code --detail} writes it), in any case.
     *
     * @param name the name
     * @return the level
     * @throws IllegalArgumentException for another name, saying which names are accepted
     */
    public static Detail of(String name) {
      for (Detail d : values()) {
        if (d.id().equalsIgnoreCase(name)) {
          return d;
        }
      }
      throw new IllegalArgumentException("unknown detail '" + name
          + "'; use one of: summary, leaves, full");
    }

    /**
     * The level's name as the documents and the command line write it.
     *
     * @return {@code summary}, {@code leaves} or {@code full}
     */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Writes a scorecard in full, pretty-printed, followed by a line break.
   *
   * @param card the scorecard
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void write(Scorecard card, OutputStream out) {
    write(card, Detail.FULL, out);
  }

  /**
   * Writes a scorecard at a level of detail, pretty-printed, followed by a line break.
   *
   * @param card the scorecard
   * @param detail how much of it to write
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void write(Scorecard card, Detail detail, OutputStream out) {
    try (Emitter e = Emitter.open(out, Syntax.JSON)) {
      write(card, detail, e);
    }
    newLine(out);
  }

  /**
   * Writes a scorecard in full on one line, followed by a line break: one line of JSON Lines.
   *
   * @param card the scorecard
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void writeLine(Scorecard card, OutputStream out) {
    writeLine(card, Detail.FULL, out);
  }

  /**
   * Writes a scorecard at a level of detail on one line, followed by a line break: one line of
   * JSON Lines.
   *
   * @param card the scorecard
   * @param detail how much of it to write
   * @param out the stream; flushed, not closed
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void writeLine(Scorecard card, Detail detail, OutputStream out) {
    try (Emitter e = Emitter.compactJson(out)) {
      write(card, detail, e);
    }
    newLine(out);
  }

  /**
   * A scorecard in full as pretty-printed JSON text, ending with a line break.
   *
   * @param card the scorecard
   * @return the text
   */
  public static String toString(Scorecard card) {
    return toString(card, Detail.FULL);
  }

  /**
   * A scorecard at a level of detail as pretty-printed JSON text, ending with a line break.
   *
   * @param card the scorecard
   * @param detail how much of it to write
   * @return the text
   */
  public static String toString(Scorecard card, Detail detail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(card, detail, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void newLine(OutputStream out) {
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }

  /** Writes a scorecard object on an emitter. */
  static void write(Scorecard card, Detail detail, Emitter e) {
    e.startObject();
    e.field("format", Scorecard.FORMAT);
    if (detail != Detail.FULL) {
      e.field("detail", detail.id());
    }
    e.field("methodology", card.methodology().id());
    e.field("year", card.year());
    ModelParts.writeUnit(card.unit(), e);
    e.field("stage", card.stage().name());
    e.field("missing", card.missing().name());
    e.field("complete", card.isComplete());
    e.field("points", card.points().orElse(null));
    e.field("maxPoints", card.maxPoints().setScale(card.methodology().pointDecimals()));
    e.field("applicableMaxPoints", card.applicableMaxPoints());
    e.field("index", card.index().orElse(null));
    e.name("band");
    if (card.band().isPresent()) {
      Band b = card.band().get();
      e.startObject().field("code", b.code());
      b.label().ifPresent(l -> e.field("label", l));
      e.field("minPercent", b.minPercent()).endObject();
    } else {
      e.nullValue();
    }
    if (!card.methodology().bandCaps().isEmpty()) {
      // only for criteria sets with band caps: other scorecards stay as they were
      e.name("indexBand");
      if (card.indexBand().isPresent()) {
        e.value(card.indexBand().get().code());
      } else {
        e.nullValue();
      }
      bandCaps(card, e);
    }
    e.field("standardPoints", card.standardPoints().orElse(null));
    e.field("bonusPoints", card.bonusPoints().orElse(null));
    e.field("penaltyPoints", card.penaltyPoints().orElse(null));
    e.field("capped", card.capped());
    e.startArray("bySource");
    for (SourceTotal t : card.bySource()) {
      e.startObject().field("source", t.source().name()).field("points", t.points())
          .field("maxPoints", t.maxPoints()).field("applicableMaxPoints", t.applicableMaxPoints())
          .endObject();
    }
    e.endArray();
    e.startArray("nodes");
    switch (detail) {
      case FULL -> card.nodes().forEach(n -> node(n, true, e));
      case LEAVES -> card.nodes().stream().filter(n -> n.isLeaf() || n.remainder().isPresent())
          .forEach(n -> node(n, false, e));
      case SUMMARY -> card.topLevel().forEach(n -> node(n, false, e));
    }
    e.endArray();
    alerts(card, e);
    if (detail != Detail.SUMMARY) {
      reconciliationAndWarnings(card, e);
    }
    e.endObject();
  }

  /** The caps that held ({@code bandCaps}): the one writing of them, for the assessment report too. */
  static void bandCaps(Scorecard card, Emitter e) {
    e.startArray("bandCaps");
    for (AppliedCap c : card.bandCaps()) {
      e.startObject().field("when", c.cap().when().describe()).field("atMost", c.cap().atMost())
          .field("before", c.before().code()).field("after", c.after().code())
          .field("lowered", c.lowered()).endObject();
    }
    e.endArray();
  }

  /** The raised alerts ({@code alerts}): the one writing of them, for the assessment report too. */
  static void alerts(Scorecard card, Emitter e) {
    e.startArray("alerts");
    for (RaisedAlert a : card.alerts()) {
      e.startObject();
      a.alertId().ifPresent(id -> e.field("id", id));
      if (a.byBand()) {
        e.field("band", a.band());
      } else {
        e.field("code", a.code()).field("percent", a.percent())
            .field("belowPercent", a.belowPercent());
      }
      a.messageText().ifPresent(m -> e.field("message", m));
      e.endObject();
    }
    e.endArray();
  }

  private static void reconciliationAndWarnings(Scorecard card, Emitter e) {
    e.startArray("reconciliation");
    for (Reconciliation r : card.reconciliation()) {
      e.startObject().field("code", r.code());
      e.field("reportedPoints", r.reportedPoints()).field("computedPoints", r.computedPoints());
      bool(e, "pointsMatch", r.pointsMatch());
      e.field("reportedDeficit", r.reportedDeficit()).field("computedDeficit", r.computedDeficit());
      bool(e, "deficitMatch", r.deficitMatch());
      e.field("unexplained", r.unexplained()).field("chargedToRemainder", r.chargedToRemainder());
      e.field("matches", r.matches());
      e.endObject();
    }
    e.endArray();
    e.startArray("warnings");
    for (Warning w : card.warnings()) {
      e.startObject().field("kind", w.kind().name()).field("message", w.message())
          .startArray("codes");
      w.codes().forEach(e::value);
      e.endArray().endObject();
    }
    e.endArray();
  }

  private static void bool(Emitter e, String name, Boolean value) {
    e.name(name);
    if (value == null) {
      e.nullValue();
    } else {
      e.value(value.booleanValue());
    }
  }

  private static void node(NodeScore n, boolean trace, Emitter e) {
    e.startObject();
    e.field("code", n.code());
    e.field("name", n.name());
    e.field("depth", n.depth());
    e.field("parent", n.parentCode().orElse(null));
    e.field("leaf", n.isLeaf());
    e.field("role", n.role().name());
    e.field("source", n.source().name());
    e.field("leadAgency", n.leadAgency().orElse(null));
    e.field("points", n.points().orElse(null));
    e.field("maxPoints", n.maxPoints());
    e.field("applicableMaxPoints", n.applicableMaxPoints());
    e.field("deficit", n.deficit().orElse(null));
    e.field("percent", n.percent().orElse(null));
    e.field("status", n.status().name());
    if (n.remainder().isPresent()) {
      RemainderScore r = n.remainder().get();
      e.startObject("remainder").field("maxPoints", r.maxPoints()).field("points", r.points())
          .field("status", r.status().name()).field("basis", r.basis().name()).endObject();
    }
    if (!trace) {
      e.endObject();
      return;
    }
    e.startObject("trace");
    if (n.explanation().isPresent()) {
      Explanation x = n.explanation().get();
      e.field("rule", x.ruleType()).field("basis", x.basis().name());
      map(e, "inputs", x.inputs());
      map(e, "parameters", x.parameters());
      map(e, "intermediates", x.intermediates());
      e.field("explanation", x.sentence());
    } else if (n.sum().isPresent()) {
      SumTrace s = n.sum().get();
      e.startArray("sum");
      for (SumTrace.Term t : s.terms()) {
        e.startObject().field("code", t.code());
        if (t.remainder()) {
          e.field("remainder", true);
        }
        e.field("points", t.points());
        if (!t.applicable()) {
          e.field("applicable", false);
        }
        e.endObject();
      }
      e.endArray();
      e.field("expression", s.expression());
    } else {
      e.field("basis", "UNKNOWN");
    }
    e.endObject();
    e.endObject();
  }

  private static void map(Emitter e, String name, Map<String, DataValue> values) {
    e.startObject(name);
    values.forEach((k, v) -> e.name(k).value(v));
    e.endObject();
  }

}
