package io.github.parindex.excel;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a criteria-set workbook (as written by {@link CriteriaWriter}, then edited in a
 * spreadsheet) back into a {@code par-methodology/1} {@link io.github.parindex.model.Methodology}.
 *
 * <p>Tolerates what a spreadsheet does to a table: columns, header fields and tables are found by
 * their labels (re-ordered and inserted columns do no harm; an unknown column is ignored with a
 * warning), blank rows are skipped, numbers may be typed as text with a decimal comma or point when
 * unambiguous ({@code 0,9}; not {@code 1,500}), rates as percents ({@code 90%}). Refuses the rest
 * with every problem at once, each naming the file and, as its path, the sheet and cell
 * ({@code 'Tiêu chí'!C14: expected the maximum points, got 'hai'}); the methodology's own checks
 * (sums, codes under their parents, bands, alerts) and the rules' checks against the registry are
 * placed at the cells they came from. Problems of the whole file (not a workbook, too large) have an
 * empty path. Formulas are never evaluated: the check column is not read, and a formula typed in a
 * read cell is read from the value the spreadsheet stored with it. What is accepted is listed in
 * {@code docs/criteria-sheet.md}.
 *
 * <p>Guarantees: immutable and safe to share between threads; numbers are read from the cells'
 * stored text, never through {@code double}; the work is bounded by {@link WorkbookLimits} (file
 * size, zip bombs, DOCTYPEs, rows, number and text length); a hostile file gives a problem, never a
 * crash.
 */
public final class CriteriaReader {
  private final RuleRegistry registry;
  private final WorkbookLimits limits;

  private CriteriaReader(RuleRegistry registry, WorkbookLimits limits) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader checking rules against a registry, with the default limits.
   *
   * @param registry the rule types known ({@code RuleRegistry.withServiceLoader()} for the built-in
   *     types and those on the class path)
   * @return the reader
   */
  public static CriteriaReader of(RuleRegistry registry) {
    return new CriteriaReader(registry, WorkbookLimits.defaults());
  }

  /**
   * The same reader with other limits.
   *
   * @param limits the limits
   * @return a new reader
   */
  public CriteriaReader withLimits(WorkbookLimits limits) {
    return new CriteriaReader(registry, limits);
  }

  /**
   * Reads a workbook file, refusing a file above the size limit before reading it.
   *
   * @param file the {@code .xlsx} file
   * @return the methodology and warnings
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem, each with the file's name
   */
  public CriteriaReading read(Path file) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(name, String.valueOf(size));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] content = in.readNBytes(limits.maxBytes() + 1);
      if (content.length > limits.maxBytes()) {
        throw tooLarge(name, "more than " + limits.maxBytes());
      }
      return read(content, name);
    }
  }

  /**
   * Reads a workbook.
   *
   * @param workbook the {@code .xlsx} file's bytes
   * @param sourceName the file's name, used in problems
   * @return the methodology and warnings
   * @throws ValidationException listing every problem, each with {@code sourceName}
   */
  public CriteriaReading read(byte[] workbook, String sourceName) {
    try (XSSFWorkbook wb = Workbooks.open(workbook, sourceName, limits)) {
      return new CriteriaParser(registry, new CellReader(sourceName, limits)).read(wb);
    } catch (IOException e) {
      throw new ValidationException(List.of(new Problem(sourceName, "",
          "cannot read the workbook: " + e.getMessage())));
    }
  }

  private ValidationException tooLarge(String name, String size) {
    return new ValidationException(List.of(new Problem(name, "", "the file has " + size
        + " bytes; the limit is " + limits.maxBytes())));
  }
}
