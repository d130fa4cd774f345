package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.AlertColumn;
import io.github.parindex.excel.CriteriaLayout.BandColumn;
import io.github.parindex.excel.CriteriaLayout.CapColumn;
import io.github.parindex.excel.CriteriaLayout.Field;
import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import io.github.parindex.model.CapCondition;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The header sheet of a criteria workbook ({@code Bộ chỉ số}): the fields (a label, its value in the
 * cell right of it) above the tables, then the bands and the alerts, each table found by its header
 * row. Fills a methodology builder and records the cell of every pointer it fills. Used once.
 */
final class CriteriaHeaderReader {
  private final CellReader reader;
  private final XSSFSheet sheet;
  private final String name;
  private final Map<String, String> cells;
  private final Map<Field, Cells.Value> values = new EnumMap<>(Field.class);
  private final Map<Field, String> refs = new EnumMap<>(Field.class);

  CriteriaHeaderReader(CellReader reader, XSSFSheet sheet, Map<String, String> cells) {
    this.reader = reader;
    this.sheet = sheet;
    this.name = sheet.getSheetName();
    this.cells = cells;
  }

  /** Whether a sheet looks like the header sheet: a row labelled {@code Mã bộ chỉ số}. */
  static boolean isHeader(XSSFSheet sheet, CellReader reader) {
    String id = Texts.key(Field.ID.label);
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 100); r++) {
      XSSFRow row = sheet.getRow(r);
      for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), 20); c++) {
        Cells.Value v = reader.read(row.getCell(c));
        if (v.type() == Cells.Type.TEXT && Texts.key(v.text()).equals(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads the sheet into a builder, with placeholders where a required value is missing (its
   * problem is recorded).
   *
   * @return the builder, without nodes
   */
  Methodology.Builder read() {
    int bands = tableRow(BandColumn.CODE.label, BandColumn.MIN.label);
    int alerts = tableRow(AlertColumn.CODES.label, AlertColumn.MESSAGE.label);
    int caps = tableRow(CapColumn.AT_MOST.label, CapColumn.ALERT.label);
    int[] tables = {bands, alerts, caps};
    int fieldsEnd = sheet.getLastRowNum();
    for (int t : tables) {
      if (t >= 0) {
        fieldsEnd = Math.min(fieldsEnd, t - 1);
      }
    }
    fields(fieldsEnd);
    Methodology.Builder b = Methodology.builder();
    b.id(required(Field.ID, "/id", "the methodology's id, e.g. vn-par-commune-2025", true));
    String title = required(Field.TITLE, "/title", "the methodology's title", false);
    b.title(LocalizedText.of(title, optional(Field.TITLE_EN, "/title/en")));
    Optional.ofNullable(optionalTrimmed(Field.ISSUER, "/issuer")).ifPresent(b::issuer);
    Optional.ofNullable(optionalTrimmed(Field.LEGAL_BASIS, "/legalBasis"))
        .ifPresent(b::legalBasis);
    Optional.ofNullable(optionalTrimmed(Field.UNIT_LEVEL, "/unitLevel")).ifPresent(b::unitLevel);
    String description = optional(Field.DESCRIPTION, "/description");
    String descriptionEn = optional(Field.DESCRIPTION_EN, "/description/en");
    if (description != null) {
      b.description(LocalizedText.of(description, descriptionEn));
    } else if (descriptionEn != null) {
      reader.problem(refs.get(Field.DESCRIPTION_EN), "an English description needs the "
          + "Vietnamese one ('" + Field.DESCRIPTION.label + "')");
    }
    provenance(b);
    Integer from = year(Field.VALID_FROM, "/validFrom", true);
    b.validFrom(from == null ? 2000 : from);
    Integer to = year(Field.VALID_TO, "/validTo", false);
    if (to != null) {
      b.validTo(to);
    }
    BigDecimal max = null;
    if (present(Field.MAX, "/maxPoints", "the total maximum points")) {
      max = reader.nonNegative(values.get(Field.MAX), refs.get(Field.MAX), "the total maximum "
          + "points");
    }
    b.maxPoints(max == null ? BigDecimal.ZERO : max);
    Integer points = decimals(Field.POINT_DECIMALS, "/pointDecimals");
    if (points != null) {
      b.pointDecimals(points);
    }
    Integer index = decimals(Field.INDEX_DECIMALS, "/indexDecimals");
    if (index != null) {
      b.indexDecimals(index);
    }
    String rounding = optionalTrimmed(Field.ROUNDING, "/rounding");
    if (rounding != null) {
      Optional<RoundingMode> mode = CriteriaLayout.parseRounding(rounding);
      if (mode.isEmpty()) {
        reader.problem(refs.get(Field.ROUNDING), "expected one of: " + String.join(", ",
            CriteriaLayout.roundingChoices()) + "; got " + values.get(Field.ROUNDING).shown());
      } else {
        b.rounding(mode.get());
      }
    }
    if (values.containsKey(Field.CAP_TOTAL) && !values.get(Field.CAP_TOTAL).blank()) {
      cells.put("/capTotal", refs.get(Field.CAP_TOTAL));
      Boolean cap = reader.yesNo(values.get(Field.CAP_TOTAL), refs.get(Field.CAP_TOTAL));
      if (cap != null) {
        b.capTotal(cap);
      }
    }
    if (bands >= 0) {
      b.bands(bands(bands, end(bands, tables)));
    }
    if (alerts >= 0) {
      b.alerts(alerts(alerts, end(alerts, tables)));
    }
    if (caps >= 0) {
      b.bandCaps(caps(caps, end(caps, tables)));
    }
    return b;
  }

  // ---------------------------------------------------------------- fields

  private void fields(int end) {
    Map<String, Field> byKey = new HashMap<>();
    for (Field f : Field.values()) {
      byKey.put(Texts.key(f.label), f);
    }
    for (int r = 0; r <= end; r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cells.Value label = reader.read(row.getCell(c));
        Field f = label.type() == Cells.Type.TEXT ? byKey.get(Texts.key(label.text())) : null;
        if (f == null) {
          continue;
        }
        String ref = Refs.cell(name, r, c + 1);
        if (values.containsKey(f)) {
          reader.problem(Refs.cell(name, r, c), "field '" + f.label + "' appears twice (also in "
              + refs.get(f) + ")");
        } else {
          values.put(f, reader.value(sheet, r, c + 1));
          refs.put(f, ref);
        }
        break;
      }
    }
  }

  private boolean present(Field f, String pointer, String expected) {
    Cells.Value v = values.get(f);
    if (v == null) {
      reader.problem(Refs.sheet(name), "no field '" + f.label + "' (" + expected + ")");
      return false;
    }
    cells.put(pointer, refs.get(f));
    if (v.blank()) {
      reader.problem(refs.get(f), "expected " + expected + ", got nothing");
      return false;
    }
    return true;
  }

  private String required(Field f, String pointer, String expected, boolean trim) {
    if (!present(f, pointer, expected)) {
      return "?";
    }
    String text = text(f, trim);
    return text == null ? "?" : text;
  }

  private String optional(Field f, String pointer) {
    if (!values.containsKey(f)) {
      return null;
    }
    cells.put(pointer, refs.get(f));
    return text(f, false);
  }

  private String optionalTrimmed(Field f, String pointer) {
    if (!values.containsKey(f)) {
      return null;
    }
    cells.put(pointer, refs.get(f));
    return text(f, true);
  }

  /** A field's text, exactly as typed or trimmed; null when blank or after a problem. */
  private String text(Field f, boolean trim) {
    return CriteriaTableReader.text(reader, values.get(f), refs.get(f), trim);
  }

  private Integer year(Field f, String pointer, boolean required) {
    if (required ? !present(f, pointer, "a year such as 2025")
        : !values.containsKey(f) || values.get(f).blank()) {
      return null;
    }
    cells.put(pointer, refs.get(f));
    return whole(values.get(f), refs.get(f), "a year such as 2025", 1000, 9999);
  }

  private Integer decimals(Field f, String pointer) {
    if (!values.containsKey(f) || values.get(f).blank()) {
      return null;
    }
    cells.put(pointer, refs.get(f));
    return whole(values.get(f), refs.get(f), "a number of decimals from 0 to 10", 0, 10);
  }

  private Integer whole(Cells.Value v, String ref, String expected, int low, int high) {
    BigDecimal n = reader.number(v, ref, expected, false);
    if (n == null) {
      return null;
    }
    if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(low)) < 0
        || n.compareTo(BigDecimal.valueOf(high)) > 0) {
      reader.problem(ref, "expected " + expected + ", got " + v.shown());
      return null;
    }
    return n.intValueExact();
  }

  private void provenance(Methodology.Builder b) {
    String source = optionalTrimmed(Field.PROVENANCE, "/provenance/source");
    String confidence = optionalTrimmed(Field.CONFIDENCE, "/provenance/confidence");
    String note = optional(Field.PROVENANCE_NOTE, "/provenance/note");
    Optional<Provenance> p = CriteriaTableReader.provenance(reader, source, confidence, note,
        refs.get(Field.PROVENANCE), refs.get(Field.CONFIDENCE), refs.get(Field.PROVENANCE_NOTE));
    p.ifPresent(b::provenance);
    if (p.isPresent()) {
      cells.put("/provenance", refs.get(Field.PROVENANCE));
    }
  }

  // ---------------------------------------------------------------- bands and alerts

  /** Where a table that starts at a header row ends: the next table's header row, or the end. */
  private int end(int header, int[] tables) {
    int end = sheet.getLastRowNum() + 1;
    for (int t : tables) {
      if (t > header) {
        end = Math.min(end, t);
      }
    }
    return end;
  }

  /** The first row holding both labels, or -1. */
  private int tableRow(String first, String second) {
    return reader.rowWith(sheet, first, second);
  }


  /** A table's columns, by label. */
  private <E extends Enum<E>> Map<E, Integer> columns(int header, E[] all,
      java.util.function.Function<E, String> label) {
    Map<E, Integer> found = new HashMap<>();
    XSSFRow row = sheet.getRow(header);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cells.Value v = reader.read(row.getCell(c));
      if (v.type() != Cells.Type.TEXT) {
        continue;
      }
      for (E e : all) {
        if (Texts.key(label.apply(e)).equals(Texts.key(v.text())) && !found.containsKey(e)) {
          found.put(e, c);
        }
      }
    }
    return found;
  }

  private Cells.Value cell(int r, Integer c) {
    return c == null ? Cells.Value.BLANK : reader.value(sheet, r, c);
  }

  private String ref(int r, Integer c, int fallback) {
    return Refs.cell(name, r, c == null ? fallback : c);
  }

  /** Whether a row ends a table: the other table's heading or header row. */
  private boolean heading(int r) {
    Cells.Value first = reader.value(sheet, r, 0);
    if (first.type() != Cells.Type.TEXT) {
      return false;
    }
    String k = Texts.key(first.text());
    return k.equals(Texts.key(CriteriaLayout.BANDS)) || k.equals(Texts.key(CriteriaLayout.ALERTS))
        || k.equals(Texts.key(CriteriaLayout.CAPS));
  }

  private List<Band> bands(int header, int end) {
    Map<BandColumn, Integer> col = columns(header, BandColumn.values(), c -> c.label);
    List<Band> out = new java.util.ArrayList<>();
    for (int r = header + 1; r < end; r++) {
      if (reader.blankRow(sheet, r) || heading(r)) {
        continue;
      }
      String at = "/bands/" + out.size();
      int codeColumn = col.get(BandColumn.CODE);
      String codeRef = ref(r, codeColumn, 0);
      cells.put(at, codeRef);
      cells.put(at + "/code", codeRef);
      String code = CriteriaTableReader.text(reader, cell(r, codeColumn), codeRef, true);
      if (code == null) {
        reader.problem(codeRef, "expected the band's code, e.g. A");
      }
      String minRef = ref(r, col.get(BandColumn.MIN), 3);
      cells.put(at + "/minPercent", minRef);
      BigDecimal min = null;
      if (cell(r, col.get(BandColumn.MIN)).blank()) {
        reader.problem(minRef, "expected the band's lowest index (%), got nothing");
      } else {
        min = reader.number(cell(r, col.get(BandColumn.MIN)), minRef, "the band's lowest index "
            + "(%)", false);
      }
      String labelRef = ref(r, col.get(BandColumn.LABEL), 1);
      cells.put(at + "/label", labelRef);
      String label = CriteriaTableReader.text(reader, cell(r, col.get(BandColumn.LABEL)),
          labelRef, false);
      String labelEnRef = ref(r, col.get(BandColumn.LABEL_EN), 2);
      cells.put(at + "/label/en", labelEnRef);
      String labelEn = CriteriaTableReader.text(reader, cell(r, col.get(BandColumn.LABEL_EN)),
          labelEnRef, false);
      Band.Builder band = Band.builder().code(code == null ? "?" : code)
          .minPercent(min == null ? BigDecimal.ZERO : min);
      if (label != null) {
        band.label(LocalizedText.of(label, labelEn));
      } else if (labelEn != null) {
        reader.problem(labelEnRef, "an English name needs the Vietnamese one");
      }
      out.add(band.build());
    }
    return out;
  }

  private List<Alert> alerts(int header, int end) {
    Map<AlertColumn, Integer> col = columns(header, AlertColumn.values(), c -> c.label);
    List<Alert> out = new java.util.ArrayList<>();
    for (int r = header + 1; r < end; r++) {
      if (reader.blankRow(sheet, r) || heading(r)) {
        continue;
      }
      String at = "/alerts/" + out.size();
      Alert.Builder alert = Alert.builder();
      String idRef = ref(r, col.get(AlertColumn.ID), AlertColumn.ID.ordinal());
      String id = CriteriaTableReader.text(reader, cell(r, col.get(AlertColumn.ID)), idRef, true);
      if (id != null) {
        cells.put(at + "/id", idRef);
        alert.id(id);
      }
      String codesRef = ref(r, col.get(AlertColumn.CODES), AlertColumn.CODES.ordinal());
      String bandsRef = ref(r, col.get(AlertColumn.BANDS), AlertColumn.BANDS.ordinal());
      String belowRef = ref(r, col.get(AlertColumn.BELOW), AlertColumn.BELOW.ordinal());
      List<String> bandCodes = codes(cell(r, col.get(AlertColumn.BANDS)), bandsRef);
      boolean byBand = !bandCodes.isEmpty();
      cells.put(at, byBand ? bandsRef : codesRef);
      cells.put(at + "/codes", codesRef);
      cells.put(at + "/bands", bandsRef);
      for (int i = 0; i < bandCodes.size(); i++) {
        cells.put(at + "/bands/" + i, bandsRef);
      }
      alert.bands(bandCodes);
      List<String> codes = codes(cell(r, col.get(AlertColumn.CODES)), codesRef);
      for (int i = 0; i < codes.size(); i++) {
        cells.put(at + "/codes/" + i, codesRef);
      }
      cells.put(at + "/belowPercent", belowRef);
      boolean belowBlank = cell(r, col.get(AlertColumn.BELOW)).blank();
      if (byBand) {
        if (!codes.isEmpty() || !belowBlank) {
          reader.problem(bandsRef, "an alert is raised either by band (" + AlertColumn.BANDS.label
              + ") or by the percentages of some nodes (" + AlertColumn.CODES.label + " and "
              + AlertColumn.BELOW.label + "), not both");
        }
      } else {
        alert.codes(codes);
        if (codes.isEmpty() && cell(r, col.get(AlertColumn.CODES)).blank()) {
          reader.problem(codesRef, "expected the codes of the nodes watched, e.g. 3; 7 (or the "
              + "bands that raise the alert, in " + AlertColumn.BANDS.label + ")");
        }
        BigDecimal below = null;
        if (belowBlank) {
          reader.problem(belowRef, "expected the percentage below which the alert is raised, "
              + "got nothing");
        } else {
          below = reader.number(cell(r, col.get(AlertColumn.BELOW)), belowRef, "a percentage",
              false);
        }
        alert.belowPercent(below == null ? BigDecimal.ZERO : below);
      }
      String messageRef = ref(r, col.get(AlertColumn.MESSAGE), AlertColumn.MESSAGE.ordinal());
      cells.put(at + "/message", messageRef);
      String message = CriteriaTableReader.text(reader, cell(r, col.get(AlertColumn.MESSAGE)),
          messageRef, false);
      String messageEnRef = ref(r, col.get(AlertColumn.MESSAGE_EN),
          AlertColumn.MESSAGE_EN.ordinal());
      cells.put(at + "/message/en", messageEnRef);
      String messageEn = CriteriaTableReader.text(reader, cell(r, col.get(
          AlertColumn.MESSAGE_EN)), messageEnRef, false);
      if (message != null) {
        alert.message(LocalizedText.of(message, messageEn));
      } else if (messageEn != null) {
        reader.problem(messageEnRef, "an English message needs the Vietnamese one");
      }
      out.add(alert.build());
    }
    return out;
  }

  /** A list of codes in one cell, separated by {@code ;}, {@code ,} or spaces; empty when blank. */
  private List<String> codes(Cells.Value v, String ref) {
    String text = CriteriaTableReader.text(reader, v, ref, true);
    List<String> out = new java.util.ArrayList<>();
    if (text != null) {
      for (String code : text.split("[;,\\s]+")) {
        if (!code.isEmpty()) {
          out.add(code);
        }
      }
    }
    return out;
  }

  private List<BandCap> caps(int header, int end) {
    Map<CapColumn, Integer> col = columns(header, CapColumn.values(), c -> c.label);
    List<BandCap> out = new java.util.ArrayList<>();
    for (int r = header + 1; r < end; r++) {
      if (reader.blankRow(sheet, r) || heading(r)) {
        continue;
      }
      String at = "/bandCaps/" + out.size();
      String alertRef = ref(r, col.get(CapColumn.ALERT), CapColumn.ALERT.ordinal());
      String penaltyRef = ref(r, col.get(CapColumn.PENALTY_ABOVE),
          CapColumn.PENALTY_ABOVE.ordinal());
      String codesRef = ref(r, col.get(CapColumn.CODES), CapColumn.CODES.ordinal());
      String belowRef = ref(r, col.get(CapColumn.BELOW), CapColumn.BELOW.ordinal());
      String atMostRef = ref(r, col.get(CapColumn.AT_MOST), CapColumn.AT_MOST.ordinal());
      boolean alert = !cell(r, col.get(CapColumn.ALERT)).blank();
      boolean penalty = !cell(r, col.get(CapColumn.PENALTY_ABOVE)).blank();
      boolean nodes = !cell(r, col.get(CapColumn.CODES)).blank()
          || !cell(r, col.get(CapColumn.BELOW)).blank();
      int kinds = (alert ? 1 : 0) + (penalty ? 1 : 0) + (nodes ? 1 : 0);
      cells.put(at, alert ? alertRef : penalty ? penaltyRef : codesRef);
      cells.put(at + "/when", alert ? alertRef : penalty ? penaltyRef : codesRef);
      cells.put(at + "/when/alert", alertRef);
      cells.put(at + "/when/penaltyAbove", penaltyRef);
      cells.put(at + "/when/codes", codesRef);
      cells.put(at + "/when/belowPercent", belowRef);
      cells.put(at + "/atMost", atMostRef);
      CapCondition when = null;
      if (kinds != 1) {
        reader.problem(kinds == 0 ? alertRef : Refs.row(name, r), "expected one condition: an "
            + "alert's id (" + CapColumn.ALERT.label + "), penalty points ("
            + CapColumn.PENALTY_ABOVE.label + "), or codes (" + CapColumn.CODES.label + ") with a "
            + "percentage (" + CapColumn.BELOW.label + ")");
      } else if (alert) {
        String id = CriteriaTableReader.text(reader, cell(r, col.get(CapColumn.ALERT)), alertRef,
            true);
        when = id == null ? null : CapCondition.alert(id);
      } else if (penalty) {
        BigDecimal points = reader.nonNegative(cell(r, col.get(CapColumn.PENALTY_ABOVE)),
            penaltyRef, "penalty points");
        when = points == null ? null : CapCondition.penaltyAbove(points);
      } else {
        List<String> codes = codes(cell(r, col.get(CapColumn.CODES)), codesRef);
        for (int i = 0; i < codes.size(); i++) {
          cells.put(at + "/when/codes/" + i, codesRef);
        }
        if (codes.isEmpty()) {
          reader.problem(codesRef, "expected the codes of the nodes watched, e.g. 3; 7");
        }
        BigDecimal below = null;
        if (cell(r, col.get(CapColumn.BELOW)).blank()) {
          reader.problem(belowRef, "expected the percentage below which the cap applies, got "
              + "nothing");
        } else {
          below = reader.number(cell(r, col.get(CapColumn.BELOW)), belowRef, "a percentage",
              false);
        }
        when = codes.isEmpty() || below == null ? null : CapCondition.nodesBelow(codes, below);
      }
      String atMost = CriteriaTableReader.text(reader, cell(r, col.get(CapColumn.AT_MOST)),
          atMostRef, true);
      if (atMost == null) {
        reader.problem(atMostRef, "expected the highest band the cap allows, e.g. B");
      }
      if (when != null && atMost != null) {
        out.add(BandCap.of(when, atMost)); // else its problem is recorded, and nothing is read
      }
    }
    return out;
  }
}
