package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.excel.CriteriaLayout.Field;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one criteria workbook into a methodology: finds its two sheets, reads the header
 * ({@link CriteriaHeaderReader}) and the criteria ({@link CriteriaTableReader}), builds the
 * methodology (whose own checks run then), checks its rules against the registry, and places each
 * problem of those checks at the cell its pointer came from. Every problem is reported at once: a
 * cell that cannot be read leaves a placeholder, and the checks' problems at a cell that already has
 * one are left out. Used once.
 */
final class CriteriaParser {
  private final RuleRegistry registry;
  private final CellReader reader;
  /** JSON pointers into the methodology, to the cells they came from. */
  private final Map<String, String> cells = new HashMap<>();
  /** Pointers whose checks would repeat a problem already found. */
  private final Set<String> unsure = new HashSet<>();

  CriteriaParser(RuleRegistry registry, CellReader reader) {
    this.registry = registry;
    this.reader = reader;
  }

  CriteriaReading read(XSSFWorkbook wb) {
    XSSFSheet criteria = criteriaSheet(wb);
    XSSFSheet header = headerSheet(wb);
    if ((criteria == null || header == null) && wb.getSheet(Layout.FORM_SHEET) != null) {
      throw new ValidationException(List.of(new Problem(reader.source, "", "a self-assessment "
          + "form (sheet '" + Layout.FORM_SHEET + "'), not a criteria sheet: read it with "
          + "read-sheet")));
    }
    if (criteria == null) {
      reader.problem("", "no criteria: expected a sheet '" + CriteriaLayout.CRITERIA_SHEET
          + "' with a header row " + String.join(" | ", List.of(Column.values()).stream()
          .filter(Column::required).map(c -> c.label).toList()));
    }
    if (header == null) {
      reader.problem("", "no header: expected a sheet '" + CriteriaLayout.HEADER_SHEET
          + "' with the fields " + Field.ID.label + ", " + Field.TITLE.label + ", "
          + Field.VALID_FROM.label + " and " + Field.MAX.label);
    }
    for (XSSFSheet s : new XSSFSheet[] {criteria, header}) {
      if (s != null && s.getLastRowNum() + 1 > reader.limits.maxRows()) {
        reader.problem(Refs.sheet(s.getSheetName()), "the sheet has " + (s.getLastRowNum() + 1)
            + " rows; the limit is " + reader.limits.maxRows());
      }
    }
    if (!reader.problems.isEmpty()) {
      throw new ValidationException(reader.problems);
    }
    Methodology.Builder b = new CriteriaHeaderReader(reader, header, cells).read();
    List<Node> nodes = new CriteriaTableReader(reader, criteria, cells, unsure)
        .read(CriteriaTableReader.headerRow(criteria, reader));
    if (nodes == null) {
      throw new ValidationException(reader.problems);
    }
    Methodology m;
    try {
      m = b.nodes(nodes).build();
    } catch (ValidationException e) {
      place(e.problems(), criteria, header);
      throw new ValidationException(reader.problems);
    } catch (RuntimeException e) {
      // a placeholder the builder refuses: the cells' problems say why
      if (reader.problems.isEmpty()) {
        reader.problem(Refs.sheet(criteria.getSheetName()), "cannot make a methodology: "
            + e.getMessage());
      }
      throw new ValidationException(reader.problems);
    }
    if (!reader.problems.isEmpty()) {
      throw new ValidationException(reader.problems);
    }
    place(registry.check(m), criteria, header);
    if (!reader.problems.isEmpty()) {
      throw new ValidationException(reader.problems);
    }
    return new CriteriaReading(m, reader.warnings);
  }

  private XSSFSheet criteriaSheet(XSSFWorkbook wb) {
    XSSFSheet named = wb.getSheet(CriteriaLayout.CRITERIA_SHEET);
    if (named != null && CriteriaTableReader.headerRow(named, reader) >= 0) {
      return named;
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.getSheetAt(i) != named
          && CriteriaTableReader.headerRow(wb.getSheetAt(i), reader) >= 0) {
        return wb.getSheetAt(i);
      }
    }
    return null;
  }

  private XSSFSheet headerSheet(XSSFWorkbook wb) {
    XSSFSheet named = wb.getSheet(CriteriaLayout.HEADER_SHEET);
    if (named != null && CriteriaHeaderReader.isHeader(named, reader)) {
      return named;
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (CriteriaHeaderReader.isHeader(wb.getSheetAt(i), reader)) {
        return wb.getSheetAt(i);
      }
    }
    return null;
  }

  /** Places the problems of the methodology's or the rules' checks at their cells. */
  private void place(List<Problem> problems, XSSFSheet criteria, XSSFSheet header) {
    Set<String> taken = new HashSet<>();
    for (Problem p : reader.problems) {
      taken.add(p.path());
    }
    for (Problem p : problems) {
      if (unsure.contains(p.path())) {
        continue;
      }
      String cell = Refs.cellOf(cells, p.path(), p.path().startsWith("/nodes")
          ? criteria.getSheetName() : header.getSheetName());
      if (!taken.contains(cell)) {
        reader.problem(cell, p.message());
      }
    }
  }


}
