package io.github.parindex.report;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.AppliedCap;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.LeafHistory;
import io.github.parindex.scoring.cycle.StageResult;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment report as tables for a spreadsheet ({@code par assess --format xlsx}): the stages
 * (date, points, applicable maximum, index, the band from the index, the band after caps and the
 * caps that held) and the leaves that moved or were zeroed for want of evidence (points at each
 * stage present, final status, the reasons of the change, request and decision, the documents and
 * their status).
 *
 * <p>Guarantees: the same report and language give equal tables; figures are the report's exact
 * decimals with the methodology's point and index decimals as their published precision; every
 * word comes from the catalogue (stages, statuses, evidence statuses, caps).
 */
public final class AssessmentTables {
  private AssessmentTables() {}

  /**
   * The two tables of a report.
   *
   * @param report the report
   * @param l the language of headings and words
   * @return the stages' table, then the leaves' table
   */
  public static List<Table> of(AssessmentReport report, Language l) {
    return List.of(stages(report, l), leaves(report, l));
  }

  private static Table stages(AssessmentReport report, Language l) {
    Messages m = Messages.of(l);
    Methodology methodology = report.result().scorecard().methodology();
    int points = methodology.pointDecimals();
    Table.Builder t = Table.builder(m.get("table.assessment.stages"),
        AssessmentWords.title(report, m))
        .text(m.get("table.assessment.stage")).text(m.get("table.assessment.date"))
        .number(m.get("column.points"), points).number(m.get("column.applicableMax"), points)
        .number(m.get("column.index"), methodology.indexDecimals())
        .text(m.get("table.assessment.indexBand")).text(m.get("column.band"))
        .text(m.get("table.assessment.caps"));
    for (StageResult s : report.stages()) {
      Scorecard c = s.scorecard();
      List<String> caps = new ArrayList<>();
      for (AppliedCap cap : c.bandCaps()) {
        caps.add(Caps.sentence(cap, m, l));
      }
      t.row(m.code("cycleStage", s.stage()), date(report, s.stage()), c.points().orElse(null),
          c.applicableMaxPoints(), c.index().orElse(null),
          c.indexBand().map(b -> Caps.band(b, l)).orElse(""),
          c.band().map(b -> Caps.band(b, l)).orElse(""),
          String.join("; ", caps));
    }
    return t.build();
  }

  private static Table leaves(AssessmentReport report, Language l) {
    Messages m = Messages.of(l);
    Scorecard last = report.result().scorecard();
    int points = last.methodology().pointDecimals();
    Table.Builder t = Table.builder(m.get("table.assessment.leaves"), m.get("assess.text.leaves"))
        .text(m.get("column.code")).text(m.get("column.criterion"));
    for (StageResult s : report.stages()) {
      t.number(m.code("cycleStage", s.stage()), points);
    }
    t.text(m.get("column.status")).text(m.get("cycleStage.APPRAISED"))
        .text(m.get("cycleStage.REVIEW_REQUESTED")).text(m.get("table.assessment.decision"))
        .text(m.get("table.assessment.evidence"));
    for (LeafHistory h : report.leaves()) {
      List<Object> row = new ArrayList<>();
      row.add(h.code());
      row.add(l.pick(last.node(h.code()).name()));
      for (StageResult s : report.stages()) {
        row.add(h.points().get(s.stage()));
      }
      row.add(m.code("status", h.statuses().get(report.result().stage())));
      row.add(h.changeGiven().map(c -> c.reason()).orElse(""));
      row.add(h.requestGiven().map(r -> r.reason()).orElse(""));
      row.add(h.decisionGiven().map(d -> AssessmentWords.decision(d, m)).orElse(""));
      List<String> docs = new ArrayList<>();
      for (AssessmentEvidence e : h.evidence()) {
        docs.add(AssessmentWords.document(e, m));
      }
      row.add(String.join("; ", docs));
      t.row(row.toArray());
    }
    return t.build();
  }

  private static String date(AssessmentReport report, CycleStage stage) {
    for (CycleStep step : report.assessment().stages()) {
      if (step.stage() == stage) {
        return step.dateGiven().map(Object::toString).orElse("");
      }
    }
    return "";
  }
}
