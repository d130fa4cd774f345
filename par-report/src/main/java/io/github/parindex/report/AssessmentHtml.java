package io.github.parindex.report;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.Language;
import io.github.parindex.model.Node;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.CycleWarning;
import io.github.parindex.scoring.cycle.StageResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The appraisal report a council publishes, as one self-contained HTML page (no script, no external
 * resource, data escaped, printable on A4 — the style every par report shares): each stage's result,
 * then per criterion its points at each stage with the reasons of the change, request and decision
 * and the status of its evidence documents; then the warnings.
 *
 * <p>Guarantees: the same report and language give the same bytes; the words come from the catalogue.
 */
public final class AssessmentHtml {
  private static final String STYLE = """
      table.cycle td.reason { font-size: 12px; color: #3e4c59; }
      table.cycle tr.moved td { background: #fffbea; }
      """;

  private AssessmentHtml() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param l the language
   * @return the page
   */
  public static String render(AssessmentReport report, Language l) {
    Messages m = Messages.of(l);
    var a = report.assessment();
    String title = AssessmentWords.title(report, m);
    Html h = Html.page(l, title, STYLE);
    h.open("header").element("h1", title).close("header").nl();
    h.open("section", "data-role", "stages").nl();
    h.open("ul").nl();
    for (StageResult s : report.stages()) {
      Scorecard c = s.scorecard();
      h.open("li", "data-stage", s.stage().name()).text(m.format("assess.text.stage", "stage",
          m.code("cycleStage", s.stage()), "points", c.points().map(l::number).orElse("\u2014"),
          "max", l.number(c.applicableMaxPoints()), "index",
          c.index().map(i -> l.number(i) + " %").orElse("\u2014"), "band", band(c, l)));
      List<String> notes = new ArrayList<>();
      for (AppliedCap cap : c.bandCaps()) {
        notes.add(Caps.sentence(cap, m, l));
      }
      for (RaisedAlert alert : c.alerts()) {
        notes.add(m.get("alerts.heading") + ": " + Caps.alertWhat(alert, c, m, l));
      }
      if (!notes.isEmpty()) {
        h.open("ul").nl();
        for (String n : notes) {
          h.element("li", n).nl();
        }
        h.close("ul");
      }
      h.close("li").nl();
    }
    h.close("ul").nl().close("section").nl();
    h.open("section", "data-role", "criteria").nl();
    h.element("h2", m.get("assess.text.leaves")).nl();
    h.open("table", "class", "cycle").nl().open("tr");
    h.element("th", "");
    for (StageResult s : report.stages()) {
      h.element("th", m.code("cycleStage", s.stage()));
    }
    h.element("th", m.get("assess.html.reasons"));
    h.close("tr").nl();
    Scorecard last = report.result().scorecard();
    for (Node leaf : last.methodology().leaves()) {
      var history = report.leaves().stream().filter(x -> x.code().equals(leaf.code()))
          .findFirst().orElse(null);
      h.open("tr", "data-code", leaf.code(), "class", history == null ? null : "moved");
      h.element("td", leaf.code() + " " + l.pick(leaf.name()));
      for (StageResult s : report.stages()) {
        NodeScore n = s.scorecard().node(leaf.code());
        h.element("td", n.points().map(l::number).orElse("\u2014") + " ("
            + m.code("status", n.status()) + ")");
      }
      List<String> reasons = new ArrayList<>();
      if (history != null) {
        history.changeGiven().ifPresent(c -> reasons.add(m.format("assess.text.change",
            "reason", c.reason())));
        history.requestGiven().ifPresent(r -> reasons.add(m.format("assess.text.request",
            "reason", r.reason())));
        CycleEntry.Decision d = history.decision();
        if (d != null) {
          reasons.add(AssessmentWords.decision(d, m));
        }
      }
      List<String> docs = new ArrayList<>();
      for (AssessmentEvidence e : a.evidence()) {
        if (e.leaves().contains(leaf.code())) {
          docs.add(AssessmentWords.document(e, m));
        }
      }
      if (!docs.isEmpty()) {
        reasons.add(m.format("assess.text.evidence", "documents", String.join("; ", docs)));
      }
      h.element("td", String.join(" \u00b7 ", reasons), "class", "reason");
      h.close("tr").nl();
    }
    h.close("table").nl().close("section").nl();
    if (!report.warnings().isEmpty()) {
      h.open("section", "data-role", "warnings").nl();
      h.element("h2", m.get("warnings.heading")).nl().open("ul").nl();
      for (CycleWarning w : report.warnings()) {
        h.element("li", m.code("cycleStage", w.stage()) + ": " + l.pick(w.message())).nl();
      }
      h.close("ul").nl().close("section").nl();
    }
    return h.end();
  }

  private static String band(Scorecard c, Language l) {
    return c.band().map(b -> Caps.band(b, l)).orElse("\u2014");
  }
}
