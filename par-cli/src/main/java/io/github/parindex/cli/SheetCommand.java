package io.github.parindex.cli;

import io.github.parindex.excel.FormWriter;
import io.github.parindex.model.Submission;
import io.github.parindex.scoring.Scorer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code par sheet}: writes the self-assessment form of a methodology as an Excel workbook, blank or
 * prefilled from a submission with the computed points.
 */
final class SheetCommand implements Command {
  static final Option SUBMISSION = Option.value("submission", "S",
      "prefill the form from this submission, with the computed points");

  /** Creates the command. */
  SheetCommand() {}

  @Override
  public String name() {
    return "sheet";
  }

  @Override
  public String summary() {
    return "write the self-assessment form of a methodology as an Excel workbook";
  }

  @Override
  public String description() {
    return "Writes the self-assessment form (phiếu tự đánh giá, chấm điểm) of a methodology to\n"
        + "--out FILE.xlsx: a header with the methodology, unit and year, then one row per node, with\n"
        + "STT | Tiêu chí | Điểm tối đa | Loại số liệu | Số liệu kê khai | Phương pháp chấm |\n"
        + "Tài liệu kiểm chứng | Điểm tự chấm | Điểm thẩm định | Ghi chú. Declared data goes in cells\n"
        + "typed for its kind (drop-down lists, validated numbers). With --submission the form is\n"
        + "prefilled and shows the computed points. 'par read-sheet' reads the filled form back.\n"
        + "See docs/excel.md.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY.asRequired(), SUBMISSION);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.XLSX);
  }

  @Override
  public int run(Invocation invocation) {
    Sheets.requireOut(invocation);
    Scorer scorer = Sheets.scorer(invocation);
    Optional<String> file = invocation.value("submission");
    FormWriter writer = FormWriter.of(scorer);
    byte[] bytes;
    if (file.isPresent()) {
      Submission submission = invocation.inputs().submission(file.get(), scorer.rules());
      bytes = writer.write(submission);
    } else {
      bytes = writer.blank();
    }
    invocation.out().write(bytes);
    return ExitCode.OK;
  }
}
