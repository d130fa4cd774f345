package io.github.parindex.excel;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.Submission;
import io.github.parindex.scoring.Scorecard;
import java.util.List;
import java.util.Map;

/**
 * What an appraisal form adds to a unit's form, taken from an assessment record: the
 * self-assessment with its scorecard (its points shown for reference in the column Điểm tự chấm),
 * the council's reasons already given (column Lý do thẩm định), and the record's documents (sheet
 * Tài liệu, where the council decides on each).
 *
 * @param self the self-assessment, as a submission
 * @param selfCard its scorecard, without the evidence rule
 * @param reasons the reasons of the appraisal's changes, by leaf code
 * @param documents the record's documents
 */
record Appraisal(Submission self, Scorecard selfCard, Map<String, String> reasons,
    List<AssessmentEvidence> documents) {
  Appraisal {
    reasons = Map.copyOf(reasons);
    documents = List.copyOf(documents);
  }
}
