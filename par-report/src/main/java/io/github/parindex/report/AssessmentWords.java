package io.github.parindex.report;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.cycle.AssessmentReport;

/**
 * The words the assessment writers share (text, HTML, tables), from the message catalogue: one
 * wording of the report's title, of a decision and of a document with its status.
 */
final class AssessmentWords {
  private AssessmentWords() {}

  /**
   * "Kết quả đánh giá của Xã An Bình (xa-an-binh) · năm 2025 · test-commune-2025".
   *
   * @param report the report
   * @param m the catalogue
   * @return the title
   */
  static String title(AssessmentReport report, Messages m) {
    var a = report.assessment();
    return m.format("assess.text.title", "unit", a.unit().label(), "id", a.unit().id(),
        "year", String.valueOf(a.year()), "methodology", a.methodology());
  }

  /**
   * The council's decision on a request with its reason: "Chấp nhận: …" or "Không chấp nhận: …".
   *
   * @param d the decision
   * @param m the catalogue
   * @return the words
   */
  static String decision(CycleEntry.Decision d, Messages m) {
    return m.format(d.accepted() ? "assess.text.accepted" : "assess.text.rejected",
        "reason", d.reason());
  }

  /**
   * A document with the council's decision on it: "E3 Hình ảnh … (không được chấp nhận: lý do)".
   *
   * @param e the document
   * @param m the catalogue
   * @return the words
   */
  static String document(AssessmentEvidence e, Messages m) {
    return e.id() + " " + e.title() + " (" + m.code("evidenceStatus", e.status())
        + e.reasonText().map(r -> ": " + r).orElse("") + ")";
  }
}
