package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.PreparedRules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one form workbook into a submission: finds the form's sheet, its header row and columns,
 * then reads the header fields ({@link FormHeader}), the table ({@link FormTable}, each leaf by
 * {@link LeafReader}) and the supplement sheet ({@link FormSupplement}), and checks the submission
 * against the methodology, placing each of its problems at the cell it came from. Used once.
 */
final class FormParser {
  private final Methodology m;
  private final PreparedRules rules;
  private final CellReader reader;
  private final WorkbookLimits limits;
  /** Where the parts of the form were read from, once read. */
  RecordStage.Cells where;

  FormParser(Methodology m, PreparedRules rules, String source, WorkbookLimits limits) {
    this.m = m;
    this.rules = rules;
    this.reader = new CellReader(source, limits);
    this.limits = limits;
  }

  FormReading read(XSSFWorkbook wb) {
    String source = reader.source;
    List<Problem> problems = reader.problems;
    XSSFSheet sheet = formSheet(wb, reader);
    if (sheet == null) {
      throw new ValidationException(List.of(new Problem(source, "", "no form: expected a sheet '"
          + Layout.FORM_SHEET + "' with a header row " + String.join(" | ",
          List.of(Column.values()).stream().map(c -> c.label).toList()))));
    }
    String sheetName = sheet.getSheetName();
    if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
      throw new ValidationException(List.of(new Problem(source, Refs.sheet(sheetName), "the sheet "
          + "has " + (sheet.getLastRowNum() + 1) + " rows; the limit is " + limits.maxRows())));
    }
    FormSheet f = new FormSheet(m, rules, reader, sheet);
    int header = headerRow(sheet, reader);
    mapColumns(f, header);
    FormHeader h = FormHeader.read(f, header);
    Map<String, Observation> observations = new LinkedHashMap<>();
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>();
    Map<String, List<EvidenceRef>> evidence = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    FormTable table = new FormTable(f);
    if (problems.isEmpty() || f.columns.keySet().containsAll(List.of(Column.CODE, Column.NAME))) {
      table.read(header, h, observations, unitemised, evidence, notes);
    }
    FormSupplement.Extra extra = new FormSupplement(f).read(wb);
    Map<String, DocumentsSheet.Decision> documents = DocumentsSheet.read(f, wb);
    boolean placeholder = h.year == null || h.unitId == null;
    Submission submission;
    try {
      Submission.Builder b = Submission.builder()
          .methodology(h.methodology == null ? m.id() : h.methodology)
          .year(h.year == null ? m.validFrom() : h.year)
          .unit(h.unit())
          .stage(h.stage)
          .missing(h.missing)
          .putAllObservations(observations)
          .putAllUnitemised(unitemised)
          .putAllReported(extra.reported)
          .addAllUnknown(extra.unknown)
          .putAllLeadAgencies(extra.agencies);
      // a leaf's documents in the table, then those of the supplement sheet
      extra.evidence.forEach((code, refs) -> evidence.merge(code, refs, (inTable, more) -> {
        List<EvidenceRef> all = new java.util.ArrayList<>(inTable);
        all.addAll(more);
        return all;
      }));
      evidence.forEach(b::putEvidence);
      submission = b.build();
    } catch (RuntimeException e) {
      problems.add(new Problem(source, Refs.sheet(sheetName), "cannot make a submission: "
          + e.getMessage()));
      throw new ValidationException(problems);
    }
    for (Problem p : rules.check(submission)) {
      if (placeholder && (p.path().startsWith("/year") || p.path().startsWith("/methodology"))) {
        continue;
      }
      if (p.path().equals("/observations") && h.missing == MissingPolicy.ERROR) {
        problems.add(new Problem(source, f.cells.getOrDefault("/missing", Refs.sheet(sheetName)),
            p.message()));
        continue;
      }
      problems.add(new Problem(source, f.cellOf(p.path()), p.message()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    where = new RecordStage.Cells(f.cells, table.codeCells, table.reasonCells, documents,
        f.cells.getOrDefault("/stage", Refs.sheet(sheetName)), table.dateCell,
        Refs.sheet(sheetName));
    return new FormReading(submission, reader.warnings, notes, table.reasons,
        documents.values().stream().map(DocumentsSheet.Decision::document).toList(),
        java.util.Optional.ofNullable(table.date));
  }

  // ---------------------------------------------------------------- the sheet and its header

  private static XSSFSheet formSheet(XSSFWorkbook wb, CellReader reader) {
    XSSFSheet named = wb.getSheet(Layout.FORM_SHEET);
    if (named != null) {
      return named;
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (headerRow(wb.getSheetAt(i), reader) >= 0) {
        return wb.getSheetAt(i);
      }
    }
    return null;
  }

  /** The first row with the labels STT and Tiêu chí, or -1. */
  private static int headerRow(XSSFSheet sheet, CellReader reader) {
    return reader.rowWith(sheet, Column.CODE.label, Column.NAME.label);
  }


  private static void mapColumns(FormSheet f, int header) {
    String source = f.reader.source;
    List<Problem> problems = f.reader.problems;
    String sheetName = f.sheetName;
    Map<Column, Integer> columns = f.columns;
    if (header < 0) {
      problems.add(new Problem(source, Refs.sheet(sheetName), "no header row: expected a row with "
          + "the columns " + String.join(" | ", List.of(Column.values()).stream().map(c -> c.label)
          .toList())));
      return;
    }
    Map<String, Column> byKey = new HashMap<>();
    for (Column c : Column.values()) {
      byKey.put(Texts.key(c.label), c);
    }
    XSSFRow row = f.sheet.getRow(header);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cells.Value v = f.read(row.getCell(c));
      if (v.blank()) {
        continue;
      }
      String ref = Refs.cell(sheetName, header, c);
      Column col = v.type() == Cells.Type.TEXT ? byKey.get(Texts.key(v.text())) : null;
      if (col == null) {
        f.warn(ref, "ignored column " + v.shown() + ": not a column of the form");
      } else if (columns.containsKey(col)) {
        problems.add(new Problem(source, ref, "column '" + col.label + "' appears twice (also in "
            + Refs.column(columns.get(col)) + ")"));
      } else {
        columns.put(col, c);
      }
    }
    for (Column c : Column.values()) {
      if (c.required() && !columns.containsKey(c)) {
        problems.add(new Problem(source, Refs.row(sheetName, header), "no column '" + c.label
            + "' in the header row"));
      }
    }
  }
}
