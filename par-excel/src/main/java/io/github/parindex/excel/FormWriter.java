package io.github.parindex.excel;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import io.github.parindex.scoring.cycle.StageResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the self-assessment form (phiếu tự đánh giá, chấm điểm) of a methodology as an {@code .xlsx}
 * workbook: a header with the methodology, unit, year, stage and missing policy, then one row per node
 * — fields and criteria as section rows with their sums, leaves as editable rows — with the columns
 * STT | Tiêu chí | Điểm tối đa | Loại số liệu | Số liệu kê khai | Phương pháp chấm | Tài liệu kiểm chứng
 * | Tài liệu đã nộp | Điểm tự chấm | Điểm thẩm định | Lý do thẩm định | Ghi chú, and a second sheet,
 * "Bổ sung", for reported figures, unknown parts, lead agencies and evidence.
 *
 * <p>Declared data goes in cells typed for its kind: yes/no and options as drop-down lists, rates as
 * decimals of at least 0 (above 1 for more than 100 %), counts as whole numbers, numerator and
 * denominator, baseline and current, and survey responses on sub-rows under the leaf, one value
 * per cell; not-applicable and points are choices of the kind column (points are written in the
 * points column of the submission's stage).
 * Prefilled from a submission, the points column of its stage holds the computed points as values.
 * {@link FormReader} reads the form back into an equal submission.
 *
 * <pre>{@code
 * FormWriter writer = FormWriter.of(Scorer.of(methodology));
 * Files.write(Path.of("form.xlsx"), writer.write(submission));
 * }</pre>
 *
 * <p>Guarantees: immutable and safe to share between threads; the same methodology and submission
 * always give the same bytes; numbers are exact (see the package documentation).
 */
public final class FormWriter {
  private final Scorer scorer;

  private FormWriter(Scorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /**
   * A writer for a scorer's methodology.
   *
   * @param scorer the scorer, with the methodology and its prepared rules
   * @return the writer
   */
  public static FormWriter of(Scorer scorer) {
    return new FormWriter(scorer);
  }

  /**
   * The blank form: no unit, no year, no declared data; stage SELF and missing policy ZERO.
   *
   * @return the workbook's bytes
   */
  public byte[] blank() {
    return new FormBuilder(scorer.methodology(), scorer.rules(), null, null, null).build();
  }

  /**
   * The form prefilled from a submission, with the computed points.
   *
   * @param submission the submission
   * @return the workbook's bytes
   * @throws ValidationException listing every problem (with JSON pointers into the submission) when
   *     the submission cannot be scored against the methodology
   */
  public byte[] write(Submission submission) {
    Scorecard card = scorer.score(submission);
    return new FormBuilder(scorer.methodology(), scorer.rules(), submission, card, null).build();
  }

  /**
   * The appraisal form of an assessment record (CYCLE.md §2): stage {@code Thẩm định}, prefilled
   * with the data the council appraises — the self-assessment, with the changes of an appraisal
   * already in the record — and its points in {@code Điểm thẩm định}; the self-assessed points
   * in {@code Điểm tự chấm}, for reference; the council's reasons already given in {@code Lý do
   * thẩm định}; and a sheet {@code Tài liệu} listing the record's documents, where the council
   * decides on each. The points shown are what the data earns: the evidence rule (CYCLE.md §3)
   * applies when the record is assessed. {@link FormReader#readInto} reads the filled form back
   * into the record.
   *
   * @param record the record, with its self-assessment and at most an appraisal after it
   * @return the workbook's bytes
   * @throws ValidationException listing every problem of the record against the methodology (with
   *     pointers into the record), or when the record has gone past the appraisal
   */
  public byte[] write(Assessment record) {
    AssessmentReport report = Assessor.of(scorer).assess(record);
    if (record.last().stage().compareTo(CycleStage.APPRAISED) > 0) {
      throw new ValidationException(List.of(Problem.at("/stages",
          "the record has gone past the appraisal (stage " + record.last().stage()
              + "): an appraisal form can no longer change it")));
    }
    // What the council appraises: the record's last stage, composed by the assessor (SELF, or
    // SELF with the changes of an appraisal already made); its reasons, by leaf.
    StageResult self = report.stages().get(0);
    Map<String, String> reasons = new LinkedHashMap<>();
    record.stage(CycleStage.APPRAISED).ifPresent(step -> step.entries()
        .forEach((code, e) -> reasons.put(code, e.reason())));
    Map<String, List<EvidenceRef>> listed = new LinkedHashMap<>();
    for (AssessmentEvidence d : record.evidence()) {
      for (String leaf : d.leaves()) {
        // the title and id only, so that the table lists them; the sheet Tài liệu has the rest
        listed.computeIfAbsent(leaf, k -> new ArrayList<>())
            .add(EvidenceRef.builder().id(d.id()).title(d.title()).build());
      }
    }
    Submission.Builder form = Submission.builder().methodology(record.methodology())
        .year(record.year()).unit(record.unit()).stage(Stage.APPRAISED)
        .missing(record.missing()).putAllUnitemised(record.unitemised())
        .putAllObservations(report.stages().get(report.stages().size() - 1).observations());
    listed.forEach(form::putEvidence);
    Submission appraised = form.build();
    // the points the data earns, without the evidence rule (applied when the record is assessed)
    return new FormBuilder(scorer.methodology(), scorer.rules(), appraised,
        scorer.score(appraised), new Appraisal(self, reasons, record.evidence())).build();
  }
}
