package io.github.parindex.excel;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled self-assessment form (as written by {@link FormWriter}, then edited by people) back
 * into a {@link io.github.parindex.model.Submission} for the scorer's methodology.
 *
 * <p>Every problem is reported at once, in a {@link ValidationException} whose problems name the file
 * and, as their path, the sheet and cell
 * ({@code Phiếu!E12: expected a rate of at least 0 (0,95 for 95 %), got -0,5}); problems of the whole file (not a workbook, too large) have an empty path. The reader is forgiving
 * where a person would expect it: columns and header fields are found by their labels, so inserted or
 * moved columns do no harm and unknown columns are ignored with a warning; empty rows are skipped;
 * numbers typed as text are read with a decimal comma or point ({@code "0,95"}), a rate also as a
 * percent ({@code "95%"}); an empty kind cell is inferred from the cells filled. What is accepted is
 * listed in {@code docs/excel.md}.
 *
 * <p>Guarantees: immutable and safe to share between threads; numbers are read from the cells' stored
 * text, never through {@code double}; the work is bounded by {@link WorkbookLimits}; a hostile file
 * gives a problem, never a crash.
 */
public final class FormReader {
  private final Scorer scorer;
  private final WorkbookLimits limits;

  private FormReader(Scorer scorer, WorkbookLimits limits) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader for a scorer's methodology, with the default limits.
   *
   * @param scorer the scorer, with the methodology and its prepared rules
   * @return the reader
   */
  public static FormReader of(Scorer scorer) {
    return new FormReader(scorer, WorkbookLimits.defaults());
  }

  /**
   * The same reader with other limits.
   *
   * @param limits the limits
   * @return a new reader
   */
  public FormReader withLimits(WorkbookLimits limits) {
    return new FormReader(scorer, limits);
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits
   */
  public WorkbookLimits limits() {
    return limits;
  }

  /**
   * Reads a form file, refusing a file above the size limit before reading it.
   *
   * @param file the {@code .xlsx} file
   * @return the submission and warnings
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem, each with the file's name
   */
  public FormReading read(Path file) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(name, size, true);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = in.readNBytes(limits.maxBytes() + 1);
      if (content.length > limits.maxBytes()) {
        throw tooLarge(name, content.length, false);
      }
      return read(content, name);
    }
  }

  /**
   * Reads a form.
   *
   * @param workbook the {@code .xlsx} file's bytes
   * @param sourceName the file's name, used in problems
   * @return the submission and warnings
   * @throws ValidationException listing every problem, each with {@code sourceName}
   */
  public FormReading read(byte[] workbook, String sourceName) {
    if (workbook.length > limits.maxBytes()) {
      throw tooLarge(sourceName, workbook.length, true);
    }
    try (XSSFWorkbook wb = Workbooks.open(workbook, sourceName, limits)) {
      return new FormParser(scorer.methodology(), scorer.rules(), sourceName, limits).read(wb);
    } catch (IOException e) {
      throw new ValidationException(List.of(new Problem(sourceName, "",
          "cannot read the workbook: " + e.getMessage())));
    }
  }

  /**
   * Reads a form into an assessment record (CYCLE.md §2): a unit's form (stage {@code Tự đánh
   * giá}) starts a record, or replaces the self-assessment of a record with nothing after it; an
   * appraisal form (stage {@code Thẩm định}, as {@link FormWriter#write(Assessment)} writes it)
   * adds the APPRAISED stage — a change for every leaf whose data differs from the
   * self-assessment, each with the reason typed in the column {@code Lý do thẩm định} — and the
   * council's decision on each document of the sheet {@code Tài liệu}; an appraisal already in
   * the record, as its last stage, is replaced. The requests for review and the decisions on them
   * are not forms: they are written in the record.
   *
   * <p>Refused, each problem at its cell: a form of another methodology, unit or year than the
   * record's; a changed leaf without a reason; a leaf the self-assessment declared and the
   * appraisal leaves empty; a remainder's points or the missing policy changed at the appraisal;
   * a document the record does not have, or one not accepted without a reason; a stage the record
   * has already gone past; a date before the previous stage's.
   *
   * @param workbook the {@code .xlsx} file's bytes
   * @param sourceName the file's name, used in problems
   * @param record the record so far, or {@code null} to start one from a unit's form
   * @param date the stage's date, or {@code null} for the date of the form's date line (none
   *     when it is not filled in)
   * @return the record with the form's stage, and the warnings
   * @throws ValidationException listing every problem, each with {@code sourceName} and a cell
   */
  public RecordReading readInto(byte[] workbook, String sourceName, Assessment record,
      LocalDate date) {
    if (record != null && !record.methodology().equals(scorer.methodology().id())) {
      throw new ValidationException(List.of(new Problem(sourceName, "", "the record is assessed "
          + "against methodology '" + record.methodology() + "', not '"
          + scorer.methodology().id() + "'")));
    }
    if (workbook.length > limits.maxBytes()) {
      throw tooLarge(sourceName, workbook.length, true);
    }
    try (XSSFWorkbook wb = Workbooks.open(workbook, sourceName, limits)) {
      FormParser parser = new FormParser(scorer.methodology(), scorer.rules(), sourceName,
          limits);
      FormReading read = parser.read(wb);
      return new RecordStage(read, parser.where, sourceName).into(record, date);
    } catch (IOException e) {
      throw new ValidationException(List.of(new Problem(sourceName, "",
          "cannot read the workbook: " + e.getMessage())));
    }
  }

  private ValidationException tooLarge(String name, long size, boolean exact) {
    return new ValidationException(List.of(new Problem(name, "", "the file has "
        + (exact ? size : "more than " + limits.maxBytes()) + " bytes; the limit is "
        + limits.maxBytes())));
  }
}
