package io.github.parindex.report;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.Language;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.CycleWarning;
import io.github.parindex.scoring.cycle.LeafHistory;
import io.github.parindex.scoring.cycle.StageResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment report as readable text in the catalogue's words: one line per stage (points,
 * index, band after caps, the caps and alerts under it), the result, then every leaf that moved or
 * was zeroed for evidence with its points per stage, the reasons of the change, request and
 * decision, and its documents with their status; then the warnings.
 *
 * <p>Guarantees: the same report and language give the same text; no English code in Vietnamese
 * words (stages, statuses and evidence statuses come from the catalogue).
 */
public final class AssessmentText {
  private AssessmentText() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param l the language
   * @return the text, ending with a line break
   */
  public static String render(AssessmentReport report, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    var a = report.assessment();
    out.append(AssessmentWords.title(report, m)).append("\n\n");
    for (StageResult s : report.stages()) {
      Scorecard c = s.scorecard();
      out.append(m.format("assess.text.stage", "stage", stage(s.stage(), m), "points",
          c.points().map(l::number).orElse("—"), "max", l.number(c.applicableMaxPoints()),
          "index", c.index().map(i -> l.number(i) + " %").orElse("—"), "band", band(c, l)))
          .append('\n');
      for (AppliedCap cap : c.bandCaps()) {
        out.append("  ").append(Caps.sentence(cap, m, l)).append('\n');
      }
      for (RaisedAlert alert : c.alerts()) {
        out.append("  ").append(m.get("alerts.heading")).append(": ")
            .append(Caps.alertWhat(alert, c, m, l)).append('\n');
      }
    }
    StageResult last = report.result();
    out.append('\n').append(m.format("assess.text.result", "stage", stage(last.stage(), m),
        "points", last.scorecard().points().map(l::number).orElse("—"), "index",
        last.scorecard().index().map(i -> l.number(i) + " %").orElse("—"), "band",
        band(last.scorecard(), l))).append('\n');
    if (!report.leaves().isEmpty()) {
      out.append('\n').append(m.get("assess.text.leaves")).append('\n');
      for (LeafHistory h : report.leaves()) {
        leaf(h, report, m, l, out);
      }
    }
    if (!report.warnings().isEmpty()) {
      out.append('\n').append(m.get("warnings.heading")).append('\n');
      for (CycleWarning w : report.warnings()) {
        out.append("- ").append(stage(w.stage(), m)).append(": ").append(l.pick(w.message()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void leaf(LeafHistory h, AssessmentReport report, Messages m, Language l,
      StringBuilder out) {
    Scorecard last = report.result().scorecard();
    out.append("- ").append(h.code()).append(' ')
        .append(l.pick(last.node(h.code()).name())).append('\n');
    List<String> cells = new ArrayList<>();
    for (Map.Entry<CycleStage, BigDecimal> p : h.points().entrySet()) {
      String status = m.code("status", h.statuses().get(p.getKey()));
      cells.add(stage(p.getKey(), m) + " " + l.number(p.getValue()) + " (" + status + ")");
    }
    out.append("    ").append(String.join(" · ", cells)).append('\n');
    h.changeGiven().ifPresent(c -> out.append("    ")
        .append(m.format("assess.text.change", "reason", c.reason())).append('\n'));
    h.requestGiven().ifPresent(r -> out.append("    ")
        .append(m.format("assess.text.request", "reason", r.reason())).append('\n'));
    h.decisionGiven().ifPresent(d -> out.append("    ").append(AssessmentWords.decision(d, m))
        .append('\n'));
    List<String> docs = new ArrayList<>();
    for (AssessmentEvidence e : h.evidence()) {
      docs.add(AssessmentWords.document(e, m));
    }
    out.append("    ").append(m.format("assess.text.evidence", "documents",
        docs.isEmpty() ? m.get("assess.text.noEvidence") : String.join("; ", docs)))
        .append('\n');
  }

  private static String stage(CycleStage s, Messages m) {
    return m.code("cycleStage", s);
  }

  private static String band(Scorecard c, Language l) {
    return c.band().map(b -> Caps.band(b, l)).orElse("—");
  }
}
