package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.rules.PreparedRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The form being read, shared by the readers of its parts ({@link FormHeader}, {@link FormTable},
 * {@link LeafReader}, {@link FormSupplement}): the methodology, the sheet and where its columns are,
 * the cell reader collecting problems and warnings, and the cell each part of the submission came
 * from (by JSON pointer), so that the submission's own checks can be placed at cells. Used once.
 */
final class FormSheet {
  final Methodology m;
  final PreparedRules rules;
  final CellReader reader;
  final XSSFSheet sheet;
  final String sheetName;
  /** Where each column of the form was found. */
  final Map<Column, Integer> columns = new EnumMap<>(Column.class);
  /** JSON pointers into the submission, to the cells they came from. */
  final Map<String, String> cells = new HashMap<>();

  FormSheet(Methodology m, PreparedRules rules, CellReader reader, XSSFSheet sheet) {
    this.m = m;
    this.rules = rules;
    this.reader = reader;
    this.sheet = sheet;
    this.sheetName = sheet.getSheetName();
  }

  Cells.Value read(XSSFCell cell) {
    return reader.read(cell);
  }

  XSSFCell cell(int r, int c) {
    XSSFRow row = sheet.getRow(r);
    return row == null || c < 0 ? null : row.getCell(c);
  }

  Cells.Value value(int r, Column c) {
    Integer at = columns.get(c);
    return at == null ? Cells.Value.BLANK : reader.read(cell(r, at));
  }

  String ref(int r, Column c) {
    Integer at = columns.get(c);
    return Refs.cell(sheetName, r, at == null ? c.index() : at);
  }

  boolean blankRow(int r) {
    return reader.blankRow(sheet, r);
  }

  void warn(String path, String message) {
    reader.warn(path, message);
  }

  Boolean yesNo(Cells.Value v, String ref) {
    return reader.yesNo(v, ref);
  }

  BigDecimal number(Cells.Value v, String ref, String expected, boolean percent) {
    return reader.number(v, ref, expected, percent);
  }

  BigDecimal nonNegative(Cells.Value v, String ref, String expected) {
    return reader.nonNegative(v, ref, expected);
  }

  /** The code of a row, or null; records a problem for a code that cannot be read. */
  String code(Cells.Value v, String ref) {
    switch (v.type()) {
      case BLANK:
        return null;
      case TEXT:
        return v.text().trim();
      case NUMBER: {
        if (v.date()) {
          reader.problem(ref, "the code was turned into a date by the spreadsheet; type it as "
              + "text (with a leading ')");
          return null;
        }
        List<String> same = new ArrayList<>();
        for (Node n : m.allNodes()) {
          try {
            if (new BigDecimal(n.code()).compareTo(v.number()) == 0) {
              same.add(n.code());
            }
          } catch (NumberFormatException e) {
            // not a number-like code
          }
        }
        if (same.size() > 1) {
          reader.problem(ref, "the code is the number " + Texts.plain(v.number())
              + ", which may be " + String.join(" or ", same) + "; type the code as text");
          return null;
        }
        return same.isEmpty() ? Texts.plain(v.number()) : same.get(0);
      }
      default:
        reader.problem(ref, "expected a code, got " + v.shown());
        return null;
    }
  }

  /** The cell a JSON pointer into the submission came from: the longest known prefix. */
  String cellOf(String pointer) {
    return Refs.cellOf(cells, pointer, sheetName);
  }


  /**
   * Warns about points typed in the appraised column of a self-assessment, which the stage does
   * not read. At the council's stages the self-assessed column is the unit's own figure, kept on
   * paper beside the council's (an appraisal form prefills it): not read, and not worth a warning.
   */
  void otherPoints(int r, Column points) {
    if (points != Column.SELF) {
      return;
    }
    Column other = Column.APPRAISED;
    if (columns.containsKey(other) && !value(r, other).blank()) {
      warn(ref(r, other), "ignored: at this stage points are read from '" + points.label + "'");
    }
  }
}
