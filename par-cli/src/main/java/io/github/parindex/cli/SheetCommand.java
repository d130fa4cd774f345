package io.github.parindex.cli;

import io.github.parindex.excel.FormWriter;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code par sheet}: writes the self-assessment form of a methodology as an Excel workbook, blank or
 * prefilled from a submission with the computed points, or the appraisal form of an assessment
 * record.
 */
@Command(name = "sheet",
    header = "write the self-assessment form of a methodology as an Excel workbook",
    description = """
    Writes the self-assessment form (phiếu tự đánh giá, chấm điểm) of a methodology to
    --out FILE.xlsx: a header with the methodology, unit and year, then one row per node, with
    STT | Tiêu chí | Điểm tối đa | Loại số liệu | Số liệu kê khai | Phương pháp chấm |
    Tài liệu kiểm chứng | Tài liệu đã nộp | Điểm tự chấm | Điểm thẩm định |
    Lý do thẩm định | Ghi chú, and a signature block (người lập biểu, thủ trưởng đơn vị, ngày). Declared data goes in cells typed
    for its kind (drop-down lists, validated numbers); labels and computed cells are protected
    (no password), and the form prints on A4. With --submission the form is prefilled and shows
    the computed points. With --record the form is the council's appraisal form of that
    assessment record (par-assessment/1): stage Thẩm định, the self-assessed points for
    reference, a column 'Lý do thẩm định' for the reason of every change, and a sheet
    'Tài liệu' where the council decides on each document. 'par read-sheet' reads the
    filled form back (an appraisal form with --into RECORD). See docs/excel.md.
    """)
final class SheetCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true, description = METHODOLOGY)
  String methodology;

  @Option(names = "--submission", paramLabel = "S",
      description = "prefill the form from this submission, with the computed points")
  String submission;

  @Option(names = "--record", paramLabel = "RECORD",
      description = "write the appraisal form of this assessment record")
  String record;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.XLSX);
  }

  @Override
  int run() {
    Sheets.requireOut(this);
    Scorer scorer = Sheets.scorer(this, methodology);
    FormWriter writer = FormWriter.of(scorer);
    byte[] bytes;
    if (submission != null && record != null) {
      throw new UsageException("--submission and --record go apart: a unit's form is prefilled "
          + "from a submission, the council's appraisal form from a record");
    }
    if (record != null) {
      Assessment a = inputs().assessment(record, inputs().read(record), scorer.methodology());
      try {
        bytes = writer.write(a);
      } catch (ValidationException e) {
        throw new ValidationException(Problems.in(record, e.problems()));
      }
    } else if (submission != null) {
      Submission s = inputs().submission(submission, scorer.rules());
      bytes = writer.write(s);
    } else {
      bytes = writer.blank();
    }
    out().write(bytes);
    return ExitCode.OK;
  }
}
