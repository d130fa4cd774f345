package io.github.parindex.model.internal;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Observation;
import io.github.parindex.model.io.internal.Emitter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes an assessment record ({@code par-assessment/1}) so that {@link AssessmentBinder} reads it
 * back equal: the header, the evidence, then each stage with its own member.
 */
public final class AssessmentWriter {
  private AssessmentWriter() {}

  /**
   * Writes a record.
   *
   * @param a the record
   * @param e the emitter
   */
  public static void write(Assessment a, Emitter e) {
    e.startObject();
    e.field("format", Assessment.FORMAT);
    e.field("methodology", a.methodology());
    ModelWriter.unit(a.unit(), e);
    e.field("year", a.year());
    e.field("missing", a.missing().name());
    if (!a.unitemised().isEmpty()) {
      e.startObject("unitemised");
      for (Map.Entry<String, BigDecimal> u : a.unitemised().entrySet()) {
        e.field(u.getKey(), u.getValue());
      }
      e.endObject();
    }
    e.startArray("evidence");
    for (AssessmentEvidence doc : a.evidence()) {
      e.startObject().field("id", doc.id()).field("title", doc.title()).startArray("leaves");
      doc.leaves().forEach(e::value);
      e.endArray();
      if (doc.uri() != null) {
        e.field("uri", doc.uri());
      }
      if (doc.sha256() != null) {
        e.field("sha256", doc.sha256());
      }
      if (doc.status() != EvidenceStatus.SUBMITTED) {
        e.field("status", doc.status().name());
      }
      if (doc.reason() != null) {
        e.field("reason", doc.reason());
      }
      e.endObject();
    }
    e.endArray();
    e.startArray("stages");
    for (CycleStep s : a.stages()) {
      e.startObject().field("stage", s.stage().name());
      if (s.date() != null) {
        e.field("date", s.date().toString());
      }
      switch (s.stage()) {
        case SELF -> {
          e.startObject("observations");
          for (Map.Entry<String, Observation> o : s.observations().entrySet()) {
            e.name(o.getKey());
            ModelWriter.observation(o.getValue(), e);
          }
          e.endObject();
        }
        default -> {
          e.startObject(CycleEntry.memberOf(s.stage()));
          for (Map.Entry<String, CycleEntry> x : s.entries().entrySet()) {
            e.startObject(x.getKey());
            entry(x.getValue(), e);
            e.endObject();
          }
          e.endObject();
        }
      }
      e.endObject();
    }
    e.endArray();
    e.endObject();
  }

  private static void entry(CycleEntry entry, Emitter e) {
    if (entry instanceof CycleEntry.Change c) {
      e.name("observation");
      ModelWriter.observation(c.observation(), e);
    } else if (entry instanceof CycleEntry.Request r) {
      e.name("observation");
      ModelWriter.observation(r.observation(), e);
      e.startArray("evidence");
      r.evidence().forEach(e::value);
      e.endArray();
    } else if (entry instanceof CycleEntry.Decision d) {
      e.field("accepted", d.accepted());
    }
    e.field("reason", entry.reason());
  }
}
