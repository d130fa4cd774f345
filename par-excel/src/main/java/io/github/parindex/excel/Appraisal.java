package io.github.parindex.excel;

import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.scoring.cycle.StageResult;
import java.util.List;
import java.util.Map;

/**
 * What an appraisal form adds to a unit's form, taken from an assessment record: the
 * self-assessment as the assessor scored it (its points shown for reference in the column Điểm tự
 * chấm), the council's reasons already given (column Lý do thẩm định), and the record's documents
 * (sheet Tài liệu, where the council decides on each).
 *
 * @param self the SELF stage of the record's report: its observations and scorecard
 * @param reasons the reasons of the appraisal's changes, by leaf code
 * @param documents the record's documents
 */
record Appraisal(StageResult self, Map<String, String> reasons,
    List<AssessmentEvidence> documents) {
  Appraisal {
    reasons = Map.copyOf(reasons);
    documents = List.copyOf(documents);
  }
}
