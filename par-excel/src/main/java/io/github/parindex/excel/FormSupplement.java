package io.github.parindex.excel;

import io.github.parindex.excel.Layout.ExtraColumn;
import io.github.parindex.excel.Layout.ExtraType;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Reported;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The supplement sheet ({@code Bổ sung}): reported figures, unknown parts, lead agencies and
 * evidence, one row each, found under the header row with the columns Loại and Mã.
 */
final class FormSupplement {
  private static final Pattern FIXED = Pattern.compile("0\\.(0+)(?![#0])");

  /** What the supplement sheet holds. */
  static final class Extra {
    final Map<String, Reported> reported = new LinkedHashMap<>();
    final List<String> unknown = new ArrayList<>();
    final Map<String, String> agencies = new LinkedHashMap<>();
    final Map<String, List<EvidenceRef>> evidence = new LinkedHashMap<>();
  }

  private final FormSheet f;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, String> cells;
  private final WorkbookLimits limits;

  FormSupplement(FormSheet f) {
    this.f = f;
    this.source = f.reader.source;
    this.problems = f.reader.problems;
    this.cells = f.cells;
    this.limits = f.reader.limits;
  }

  Extra read(XSSFWorkbook wb) {
    Extra x = new Extra();
    XSSFSheet s = wb.getSheet(Layout.EXTRA_SHEET);
    if (s == null) {
      return x;
    }
    String name = s.getSheetName();
    if (s.getLastRowNum() + 1 > limits.maxRows()) {
      problems.add(new Problem(source, Refs.sheet(name), "the sheet has " + (s.getLastRowNum() + 1)
          + " rows; the limit is " + limits.maxRows()));
      return x;
    }
    int header = -1;
    Map<ExtraColumn, Integer> cols = new EnumMap<>(ExtraColumn.class);
    for (int r = 0; r <= s.getLastRowNum() && header < 0; r++) {
      XSSFRow row = s.getRow(r);
      if (row == null) {
        continue;
      }
      Map<ExtraColumn, Integer> found = new EnumMap<>(ExtraColumn.class);
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cells.Value v = f.read(row.getCell(c));
        if (v.type() != Cells.Type.TEXT) {
          continue;
        }
        for (ExtraColumn e : ExtraColumn.values()) {
          if (Texts.key(e.label).equals(Texts.key(v.text()))) {
            found.putIfAbsent(e, c);
          }
        }
      }
      if (found.containsKey(ExtraColumn.TYPE) && found.containsKey(ExtraColumn.CODE)) {
        header = r;
        cols.putAll(found);
      }
    }
    if (header < 0) {
      f.warn(Refs.sheet(name), "ignored sheet: no header row with the columns '"
          + ExtraColumn.TYPE.label + "' and '" + ExtraColumn.CODE.label + "'");
      return x;
    }
    for (int r = header + 1; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      if (row == null) {
        continue;
      }
      Map<ExtraColumn, Cells.Value> v = new EnumMap<>(ExtraColumn.class);
      Map<ExtraColumn, String> ref = new EnumMap<>(ExtraColumn.class);
      boolean any = false;
      for (ExtraColumn e : ExtraColumn.values()) {
        Integer c = cols.get(e);
        Cells.Value value = c == null ? Cells.Value.BLANK : f.read(row.getCell(c));
        v.put(e, value);
        ref.put(e, Refs.cell(name, r, c == null ? cols.get(ExtraColumn.TYPE) : c));
        any |= !value.blank();
      }
      if (!any) {
        continue;
      }
      Optional<ExtraType> type = v.get(ExtraColumn.TYPE).blank() ? Optional.empty()
          : ExtraType.parse(CellReader.text(v.get(ExtraColumn.TYPE)));
      if (type.isEmpty()) {
        problems.add(new Problem(source, ref.get(ExtraColumn.TYPE), "expected one of: "
            + List.of(ExtraType.values()).stream().map(t -> t.label)
            .collect(Collectors.joining(", ")) + "; got " + v.get(ExtraColumn.TYPE).shown()));
        continue;
      }
      String code = CellReader.text(v.get(ExtraColumn.CODE));
      if (code == null) {
        problems.add(new Problem(source, ref.get(ExtraColumn.CODE), "expected the code of a "
            + "criterion or field, got nothing"));
        continue;
      }
      String at = "/" + type.get().fileName + "/" + LeafPlan.escape(code);
      switch (type.get()) {
        case REPORTED -> {
          if (x.reported.containsKey(code)) {
            problems.add(new Problem(source, ref.get(ExtraColumn.CODE), "reported figures for "
                + code + " are given twice"));
            continue;
          }
          BigDecimal points = figure(v.get(ExtraColumn.POINTS), ref.get(ExtraColumn.POINTS));
          BigDecimal deficit = figure(v.get(ExtraColumn.DEFICIT), ref.get(ExtraColumn.DEFICIT));
          if (points == null && deficit == null) {
            if (v.get(ExtraColumn.POINTS).blank() && v.get(ExtraColumn.DEFICIT).blank()) {
              problems.add(new Problem(source, ref.get(ExtraColumn.POINTS), "expected the "
                  + "reported points, the reported deficit, or both; got nothing"));
            }
            continue;
          }
          Reported.Builder b = Reported.builder();
          Optional.ofNullable(points).ifPresent(b::points);
          Optional.ofNullable(deficit).ifPresent(b::deficit);
          x.reported.put(code, b.build());
          cells.put(at, ref.get(ExtraColumn.CODE));
          cells.put(at + "/points", ref.get(ExtraColumn.POINTS));
          cells.put(at + "/deficit", ref.get(ExtraColumn.DEFICIT));
        }
        case UNKNOWN -> {
          cells.put("/unknown/" + x.unknown.size(), ref.get(ExtraColumn.CODE));
          x.unknown.add(code);
        }
        case LEAD_AGENCY -> {
          String agency = CellReader.text(v.get(ExtraColumn.TEXT));
          if (agency == null) {
            problems.add(new Problem(source, ref.get(ExtraColumn.TEXT), "expected the lead "
                + "agency of " + code + ", got nothing"));
          } else if (x.agencies.containsKey(code)) {
            problems.add(new Problem(source, ref.get(ExtraColumn.CODE), "a lead agency for "
                + code + " is given twice"));
          } else {
            x.agencies.put(code, agency);
            cells.put(at, ref.get(ExtraColumn.CODE));
          }
        }
        case EVIDENCE -> {
          String title = CellReader.text(v.get(ExtraColumn.TEXT));
          if (title == null) {
            problems.add(new Problem(source, ref.get(ExtraColumn.TEXT), "expected the title of "
                + "the evidence, got nothing"));
          } else {
            EvidenceRef.Builder e = EvidenceRef.builder().title(title);
            Optional.ofNullable(CellReader.text(v.get(ExtraColumn.URI))).ifPresent(e::uri);
            x.evidence.computeIfAbsent(code, k -> new ArrayList<>()).add(e.build());
            cells.putIfAbsent(at, ref.get(ExtraColumn.CODE));
          }
        }
        default -> {
        }
      }
    }
    return x;
  }

  /**
   * A printed figure, keeping its decimals: those of the stored text, or more when the cell's
   * number format shows more ({@code 0.00} for a 4.30 a spreadsheet stored as 4.3).
   */
  private BigDecimal figure(Cells.Value v, String ref) {
    if (v.blank()) {
      return null;
    }
    BigDecimal n = f.nonNegative(v, ref, "a figure of at least 0");
    if (n == null || v.type() != Cells.Type.NUMBER) {
      return n;
    }
    Matcher fixed = FIXED.matcher(v.format() == null ? "" : v.format());
    if (fixed.find()) {
      int shown = fixed.group(1).length();
      if (n.scale() < shown) {
        n = n.setScale(shown);
      }
    }
    return n;
  }
}
