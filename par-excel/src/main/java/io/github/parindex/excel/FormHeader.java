package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Field;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The header fields above the form's table — methodology, year, unit, stage, missing policy — each
 * found by its label, its value in the cell right of it. Read once per form.
 */
final class FormHeader {
  String methodology;
  Integer year;
  String unitId;
  String unitName;
  String unitLevel;
  String region;
  Stage stage = Stage.SELF;
  /** False when the stage cell cannot be read: which points column to read is then unknown. */
  boolean stageKnown = true;
  MissingPolicy missing = MissingPolicy.ZERO;

  private final FormSheet form;
  private final Methodology m;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, String> cells;
  private final XSSFSheet sheet;
  private final String sheetName;

  private FormHeader(FormSheet f) {
    this.form = f;
    this.m = f.m;
    this.source = f.reader.source;
    this.problems = f.reader.problems;
    this.cells = f.cells;
    this.sheet = f.sheet;
    this.sheetName = f.sheetName;
  }

  /**
   * Reads the header fields above the table.
   *
   * @param f the form being read
   * @param header the table's header row, or -1 when there is none
   * @return the fields read; problems are recorded in {@code f}
   */
  static FormHeader read(FormSheet f, int header) {
    FormHeader h = new FormHeader(f);
    h.fields(header);
    return h;
  }

  private void fields(int header) {
    FormHeader h = this;
    Map<String, Field> byKey = Layout.fieldsByKey();
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    int end = header < 0 ? Math.min(sheet.getLastRowNum(), 50) : header - 1;
    for (int r = 0; r <= end; r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cells.Value label = form.read(row.getCell(c));
        Field f = label.type() == Cells.Type.TEXT ? byKey.get(Texts.key(label.text())) : null;
        if (f == null || !f.read) {
          continue;
        }
        if (found.containsKey(f)) {
          problems.add(new Problem(source, Refs.cell(sheetName, r, c), "field '" + f.label
              + "' appears twice (also in row " + (found.get(f) + 1) + ")"));
          break;
        }
        found.put(f, r);
        field(h, f, r, c + 1);
        break;
      }
    }
    if (!found.containsKey(Field.METHODOLOGY)) {
      form.warn(Refs.sheet(sheetName), "the form does not name its methodology ('"
          + Field.METHODOLOGY.label + "'); read as a form of " + m.id());
    }
    for (Field f : List.of(Field.YEAR, Field.UNIT_ID)) {
      if (!found.containsKey(f)) {
        problems.add(new Problem(source, Refs.sheet(sheetName), "no field '" + f.label
            + "' above the table"));
      }
    }
  }

  private void field(FormHeader h, Field f, int r, int c) {
    String ref = Refs.cell(sheetName, r, c);
    Cells.Value v = form.read(form.cell(r, c));
    switch (f) {
      case METHODOLOGY -> {
        cells.put("/methodology", ref);
        String id = CellReader.text(v);
        if (id == null) {
          form.warn(ref, "the form does not name its methodology; read as a form of " + m.id());
        } else if (!id.equals(m.id())) {
          problems.add(new Problem(source, ref, "the form is for methodology '" + id
              + "', but is read against '" + m.id() + "'"));
        } else {
          h.methodology = id;
        }
      }
      case YEAR -> {
        cells.put("/year", ref);
        if (v.blank()) {
          problems.add(new Problem(source, ref, "expected the evaluation year, got nothing"));
          return;
        }
        BigDecimal y = form.number(v, ref, "an evaluation year such as " + m.validFrom(), false);
        if (y != null) {
          if (y.stripTrailingZeros().scale() > 0 || y.compareTo(BigDecimal.valueOf(1000)) < 0
              || y.compareTo(BigDecimal.valueOf(9999)) > 0) {
            problems.add(new Problem(source, ref, "expected an evaluation year such as "
                + m.validFrom() + ", got " + v.shown()));
          } else {
            h.year = y.intValueExact();
          }
        }
      }
      case UNIT_ID -> {
        cells.put("/unit", ref);
        cells.put("/unit/id", ref);
        h.unitId = CellReader.text(v);
        if (h.unitId == null) {
          problems.add(new Problem(source, ref, "expected the unit's id (" + f.label
              + "), e.g. xa-an-binh; got nothing"));
        }
      }
      case UNIT_NAME -> h.unitName = CellReader.text(v);
      case UNIT_LEVEL -> h.unitLevel = CellReader.text(v);
      case REGION -> h.region = CellReader.text(v);
      case STAGE -> {
        cells.put("/stage", ref);
        if (!v.blank()) {
          Optional<Stage> s = Layout.parseStage(CellReader.text(v));
          if (s.isEmpty()) {
            problems.add(new Problem(source, ref, "expected one of: " + String.join(", ",
                Layout.stageChoices()) + "; got " + v.shown()));
            h.stageKnown = false;
          } else {
            h.stage = s.get();
          }
        }
      }
      case MISSING -> {
        cells.put("/missing", ref);
        if (!v.blank()) {
          Optional<MissingPolicy> p = Layout.parseMissing(CellReader.text(v));
          if (p.isEmpty()) {
            problems.add(new Problem(source, ref, "expected one of: " + String.join(", ",
                Layout.missingChoices()) + "; got " + v.shown()));
          } else {
            h.missing = p.get();
          }
        }
      }
      default -> {
        // shown only
      }
    }
  }

  Unit unit() {
    FormHeader h = this;
    Unit.Builder u = Unit.builder().id(h.unitId == null ? "?" : h.unitId);
    Optional.ofNullable(h.unitName).ifPresent(u::name);
    Optional.ofNullable(h.unitLevel).ifPresent(u::level);
    Optional.ofNullable(h.region).ifPresent(u::region);
    return u.build();
  }
}
