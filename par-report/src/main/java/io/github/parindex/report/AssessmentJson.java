package io.github.parindex.report;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.CycleWarning;
import io.github.parindex.scoring.cycle.LeafHistory;
import io.github.parindex.scoring.cycle.StageResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An assessment report as JSON ({@code par-assessment-report/1}, CYCLE.md §4): every stage's points,
 * applicable maximum, index, band from the index and after caps, the caps that held and the alerts
 * raised; the final result; the leaves that moved or were zeroed for evidence, with their points per
 * stage, the reasons of the change, request and decision, and their evidence with its status; the
 * warnings.
 *
 * <p>Guarantees: the same report gives byte-identical text; decimals are written exactly.
 */
public final class AssessmentJson {
  /** The format name. */
  public static final String FORMAT = "par-assessment-report/1";

  private AssessmentJson() {}

  /**
   * The report as pretty-printed JSON text, ending with a line break.
   *
   * @param report the report
   * @return the text
   */
  public static String toString(AssessmentReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report.
   *
   * @param report the report
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(AssessmentReport report, OutputStream out) {
    try (Emitter e = Emitter.open(out, Syntax.JSON)) {
      write(report, e);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static void write(AssessmentReport report, Emitter e) {
    e.startObject();
    e.field("format", FORMAT);
    e.field("methodology", report.assessment().methodology());
    e.field("year", report.assessment().year());
    ModelParts.writeUnit(report.assessment().unit(), e);
    e.startArray("stages");
    for (StageResult s : report.stages()) {
      e.startObject().field("stage", s.stage().name());
      report.assessment().stage(s.stage()).flatMap(x -> x.dateGiven())
          .ifPresent(d -> e.field("date", d.toString()));
      figures(s.scorecard(), e);
      e.endObject();
    }
    e.endArray();
    StageResult last = report.result();
    e.startObject("final").field("stage", last.stage().name());
    e.field("points", last.scorecard().points().orElse(null));
    e.field("index", last.scorecard().index().orElse(null));
    e.field("band", last.scorecard().band().map(b -> b.code()).orElse(null));
    e.endObject();
    e.startArray("leaves");
    for (LeafHistory h : report.leaves()) {
      leaf(h, e);
    }
    e.endArray();
    e.startArray("warnings");
    for (CycleWarning w : report.warnings()) {
      e.startObject().field("stage", w.stage().name()).field("kind", w.kind().name());
      e.startArray("codes");
      w.codes().forEach(e::value);
      e.endArray().field("message", w.message()).endObject();
    }
    e.endArray();
    e.endObject();
  }

  private static void figures(Scorecard card, Emitter e) {
    e.field("points", card.points().orElse(null));
    e.field("applicableMaxPoints", card.applicableMaxPoints());
    e.field("standardPoints", card.standardPoints().orElse(null));
    e.field("bonusPoints", card.bonusPoints().orElse(null));
    e.field("penaltyPoints", card.penaltyPoints().orElse(null));
    e.field("index", card.index().orElse(null));
    e.field("indexBand", card.indexBand().map(b -> b.code()).orElse(null));
    e.field("band", card.band().map(b -> b.code()).orElse(null));
    ScorecardJson.bandCaps(card, e);
    ScorecardJson.alerts(card, e);
  }

  private static void leaf(LeafHistory h, Emitter e) {
    e.startObject().field("code", h.code());
    e.startObject("points");
    for (Map.Entry<CycleStage, BigDecimal> p : h.points().entrySet()) {
      e.field(p.getKey().name(), p.getValue());
    }
    e.endObject();
    e.startObject("status");
    h.statuses().forEach((stage, status) -> e.field(stage.name(), status.name()));
    e.endObject();
    h.changeGiven().ifPresent(c -> e.startObject("change").field("reason", c.reason())
        .endObject());
    h.requestGiven().ifPresent(r -> {
      e.startObject("request").field("reason", r.reason()).startArray("evidence");
      r.evidence().forEach(e::value);
      e.endArray().endObject();
    });
    h.decisionGiven().ifPresent(d -> e.startObject("decision").field("accepted", d.accepted())
        .field("reason", d.reason()).endObject());
    e.startArray("evidence");
    for (AssessmentEvidence doc : h.evidence()) {
      e.startObject().field("id", doc.id()).field("title", doc.title())
          .field("status", doc.status().name());
      doc.reasonText().ifPresent(r -> e.field("reason", r));
      e.endObject();
    }
    e.endArray();
    e.endObject();
  }
}
