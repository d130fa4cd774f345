package io.github.parindex.model.internal;

import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes methodologies and submissions in their file formats, members in the documented order. */
public final class ModelWriter {
  private ModelWriter() {}

  /**
   * Writes a methodology.
   *
   * @param m the methodology
   * @param e the emitter
   */
  public static void write(Methodology m, Emitter e) {
    e.startObject();
    e.field("format", Methodology.FORMAT);
    e.field("id", m.id());
    e.field("title", m.title());
    m.issuer().ifPresent(v -> e.field("issuer", v));
    m.legalBasis().ifPresent(v -> e.field("legalBasis", v));
    m.unitLevel().ifPresent(v -> e.field("unitLevel", v));
    m.description().ifPresent(v -> e.field("description", v));
    m.provenance().ifPresent(p -> provenance(p, e));
    e.field("validFrom", m.validFrom());
    e.name("validTo");
    if (m.validTo().isPresent()) {
      e.value(m.validTo().getAsInt());
    } else {
      e.nullValue();
    }
    e.field("maxPoints", m.maxPoints());
    e.field("pointDecimals", m.pointDecimals());
    e.field("indexDecimals", m.indexDecimals());
    e.field("rounding", m.rounding().name());
    e.field("capTotal", m.capTotal());
    e.startArray("bands");
    for (Band b : m.bands()) {
      e.startObject().field("code", b.code());
      b.label().ifPresent(l -> e.field("label", l));
      e.field("minPercent", b.minPercent()).endObject();
    }
    e.endArray();
    e.startArray("alerts");
    for (Alert a : m.alerts()) {
      e.startObject();
      a.id().ifPresent(id -> e.field("id", id));
      if (!a.codes().isEmpty() || !a.byBand()) {
        e.startArray("codes");
        a.codes().forEach(e::value);
        e.endArray();
      }
      a.belowPercent().ifPresent(p -> e.field("belowPercent", p));
      if (a.byBand()) {
        e.startArray("bands");
        a.bands().forEach(e::value);
        e.endArray();
      }
      a.message().ifPresent(msg -> e.field("message", msg));
      e.endObject();
    }
    e.endArray();
    if (!m.bandCaps().isEmpty()) {
      e.startArray("bandCaps");
      for (BandCap cap : m.bandCaps()) {
        e.startObject().startObject("when");
        CapCondition when = cap.when();
        if (when instanceof CapCondition.AlertRaised a) {
          e.field("alert", a.id());
        } else if (when instanceof CapCondition.PenaltyAbove p) {
          e.field("penaltyAbove", p.points());
        } else if (when instanceof CapCondition.NodesBelow n) {
          e.startArray("codes");
          n.codes().forEach(e::value);
          e.endArray().field("belowPercent", n.belowPercent());
        }
        e.endObject().field("atMost", cap.atMost()).endObject();
      }
      e.endArray();
    }
    e.startArray("nodes");
    for (Node n : m.nodes()) {
      node(n, Role.STANDARD, Source.APPRAISED, e);
    }
    e.endArray();
    e.endObject();
  }

  private static void node(Node n, Role parentRole, Source parentSource, Emitter e) {
    e.startObject();
    e.field("code", n.code());
    e.field("name", n.name());
    e.field("maxPoints", n.maxPoints());
    if (n.unitemisedPoints().signum() != 0) {
      e.field("unitemisedPoints", n.unitemisedPoints());
    }
    if (n.source() != parentSource) {
      e.field("source", n.source().name());
    }
    if (n.role() != parentRole) {
      e.field("role", n.role().name());
    }
    if (!n.allowNotApplicable()) {
      e.field("allowNotApplicable", false);
    }
    n.leadAgency().ifPresent(v -> e.field("leadAgency", v));
    n.evidence().ifPresent(v -> e.field("evidence", v));
    if (n.evidenceRequired()) {
      e.field("evidenceRequired", true);
    }
    n.rule().ifPresent(r -> {
      e.startObject("rule").field("type", r.type());
      for (Map.Entry<String, DataValue> p : r.parameters().entrySet()) {
        e.name(p.getKey()).value(p.getValue());
      }
      e.endObject();
    });
    n.provenance().ifPresent(p -> provenance(p, e));
    if (!n.children().isEmpty()) {
      e.startArray("children");
      for (Node c : n.children()) {
        node(c, n.role(), n.source(), e);
      }
      e.endArray();
    }
    e.endObject();
  }

  private static void provenance(Provenance p, Emitter e) {
    e.startObject("provenance").field("source", p.source())
        .field("confidence", p.confidence().name());
    p.note().ifPresent(n -> e.field("note", n));
    e.endObject();
  }

  /**
   * Writes a submission.
   *
   * @param s the submission
   * @param e the emitter
   */
  public static void write(Submission s, Emitter e) {
    e.startObject();
    e.field("format", Submission.FORMAT);
    e.field("methodology", s.methodology());
    e.field("year", s.year());
    unit(s.unit(), e);
    e.field("stage", s.stage().name());
    e.field("missing", s.missing().name());
    e.startObject("observations");
    for (Map.Entry<String, Observation> o : s.observations().entrySet()) {
      e.name(o.getKey());
      observation(o.getValue(), e);
    }
    e.endObject();
    if (!s.unitemised().isEmpty()) {
      e.startObject("unitemised");
      s.unitemised().forEach(e::field);
      e.endObject();
    }
    if (!s.evidence().isEmpty()) {
      e.startObject("evidence");
      for (Map.Entry<String, List<EvidenceRef>> x : s.evidence().entrySet()) {
        e.startArray(x.getKey());
        for (EvidenceRef r : x.getValue()) {
          e.startObject();
          r.id().ifPresent(id -> e.field("id", id));
          e.field("title", r.title());
          r.uri().ifPresent(u -> e.field("uri", u));
          if (r.status() != EvidenceStatus.SUBMITTED) {
            e.field("status", r.status().name());
          }
          r.reason().ifPresent(reason -> e.field("reason", reason));
          e.endObject();
        }
        e.endArray();
      }
      e.endObject();
    }
    if (!s.reported().isEmpty()) {
      e.startObject("reported");
      for (Map.Entry<String, Reported> r : s.reported().entrySet()) {
        e.startObject(r.getKey());
        r.getValue().points().ifPresent(p -> e.field("points", p));
        r.getValue().deficit().ifPresent(d -> e.field("deficit", d));
        e.endObject();
      }
      e.endObject();
    }
    if (!s.unknown().isEmpty()) {
      e.startArray("unknown");
      s.unknown().forEach(e::value);
      e.endArray();
    }
    if (!s.leadAgencies().isEmpty()) {
      e.startObject("leadAgencies");
      s.leadAgencies().forEach(e::field);
      e.endObject();
    }
    e.endObject();
  }

  /**
   * Writes a unit member.
   *
   * @param u the unit
   * @param e the emitter
   */
  public static void unit(Unit u, Emitter e) {
    e.startObject("unit").field("id", u.id());
    u.name().ifPresent(v -> e.field("name", v));
    u.level().ifPresent(v -> e.field("level", v));
    u.region().ifPresent(v -> e.field("region", v));
    e.endObject();
  }

  /**
   * Writes one observation as an object.
   *
   * @param o the observation
   * @param e the emitter
   */
  public static void observation(Observation o, Emitter e) {
    e.startObject();
    if (o instanceof Observation.Points p) {
      e.field("points", p.points());
    } else if (o instanceof Observation.YesNo y) {
      e.field("yes", y.yes());
    } else if (o instanceof Observation.Rate r) {
      e.field("rate", r.rate());
    } else if (o instanceof Observation.Fraction f) {
      e.field("numerator", f.numerator()).field("denominator", f.denominator());
    } else if (o instanceof Observation.Count c) {
      e.field("count", c.count());
    } else if (o instanceof Observation.Option opt) {
      e.field("option", opt.key());
    } else if (o instanceof Observation.Responses r) {
      e.startObject("responses");
      r.counts().forEach((k, v) -> e.field(k, (long) v));
      e.endObject();
    } else if (o instanceof Observation.Change c) {
      e.field("baseline", c.baseline()).field("current", c.current());
    } else {
      e.field("notApplicable", true);
    }
    e.endObject();
  }

}
