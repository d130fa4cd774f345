package io.github.parindex.excel;

import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.util.Objects;

/**
 * Writes the self-assessment form (phiếu tự đánh giá, chấm điểm) of a methodology as an {@code .xlsx}
 * workbook: a header with the methodology, unit, year, stage and missing policy, then one row per node
 * — fields and criteria as section rows with their sums, leaves as editable rows — with the columns
 * STT | Tiêu chí | Điểm tối đa | Loại số liệu | Số liệu kê khai | Phương pháp chấm | Tài liệu kiểm chứng
 * | Điểm tự chấm | Điểm thẩm định | Ghi chú, and a second sheet, "Bổ sung", for reported figures,
 * unknown parts, lead agencies and evidence.
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
    return new FormBuilder(scorer.methodology(), scorer.rules(), null, null).build();
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
    return new FormBuilder(scorer.methodology(), scorer.rules(), submission, card).build();
  }
}
