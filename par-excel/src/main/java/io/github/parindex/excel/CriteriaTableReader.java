package io.github.parindex.excel;

import io.github.parindex.excel.CriteriaLayout.Column;
import io.github.parindex.model.Confidence;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Node;
import io.github.parindex.model.Provenance;
import io.github.parindex.model.Role;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Source;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The criteria table of a criteria workbook: one row per node, nested by code (a row's parent is the
 * nearest row above whose code, followed by {@code .}, starts its code), with the rule's bands or
 * options on sub-rows without a code under a criterion. Builds the nodes and records the cell of
 * every pointer it fills ({@code /nodes/0/children/2/maxPoints}). Used once.
 */
final class CriteriaTableReader {
  /** One node's row, and its sub-rows and children as read. */
  private static final class Draft {
    final int row;
    final String code;
    final List<Draft> children = new ArrayList<>();
    final List<Integer> steps = new ArrayList<>();

    Draft(int row, String code) {
      this.row = row;
      this.code = code;
    }
  }

  private final CellReader reader;
  private final XSSFSheet sheet;
  private final String name;
  private final Map<String, String> cells;
  private final Set<String> unsure;
  private final Map<Column, Integer> columns = new EnumMap<>(Column.class);

  /**
   * A reader of a sheet's criteria table.
   *
   * @param reader the cell reader
   * @param sheet the sheet
   * @param cells receives the cell of every pointer filled
   * @param unsure receives the pointers whose checks would only repeat a problem already found (the
   *     sums above a maximum that could not be read)
   */
  CriteriaTableReader(CellReader reader, XSSFSheet sheet, Map<String, String> cells,
      Set<String> unsure) {
    this.reader = reader;
    this.sheet = sheet;
    this.name = sheet.getSheetName();
    this.cells = cells;
    this.unsure = unsure;
  }

  /** The first row with the labels STT, Tiêu chí and Loại quy tắc, or -1. */
  static int headerRow(XSSFSheet sheet, CellReader reader) {
    return reader.rowWith(sheet, Column.CODE.label, Column.NAME.label, Column.RULE.label);
  }


  /**
   * Reads the table's nodes.
   *
   * @param header the header row
   * @return the top-level nodes, with placeholders where a cell could not be read (its problem is
   *     recorded), or null when the table cannot be read (a required column is missing)
   */
  List<Node> read(int header) {
    mapColumns(header);
    if (!columns.keySet().containsAll(List.of(Column.values()).stream().filter(Column::required)
        .toList())) {
      return null;
    }
    List<Draft> roots = new ArrayList<>();
    Deque<Draft> open = new ArrayDeque<>();
    Draft last = null;
    for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
      if (reader.blankRow(sheet, r)) {
        continue;
      }
      String code = code(r);
      if (code != null) {
        Draft d = new Draft(r, code);
        while (!open.isEmpty() && !code.startsWith(open.peek().code + ".")) {
          open.pop();
        }
        (open.isEmpty() ? roots : open.peek().children).add(d);
        open.push(d);
        last = d;
      } else if (!value(r, Column.CODE).blank()) {
        last = null; // its problem is recorded
      } else if (stepRow(r)) {
        if (last == null) {
          reader.problem(ref(r, Column.STEP), "a row of a band or option (" + Column.STEP.label
              + ") without a criterion above it");
        } else {
          last.steps.add(r);
        }
      } else if (hasData(r)) {
        reader.problem(ref(r, Column.CODE), "no code (" + Column.CODE.label + ") in a row with "
            + "data, so it belongs to no criterion: type its code");
      } else {
        reader.warn(Refs.row(name, r), "ignored row: no code (" + Column.CODE.label
            + ") and nothing to read");
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      nodes.add(node(roots.get(i), "/nodes/" + i, null, null, List.of("")));
    }
    return nodes;
  }

  private void mapColumns(int header) {
    Map<String, Column> byKey = new HashMap<>();
    for (Column c : Column.values()) {
      byKey.put(Texts.key(c.label), c);
    }
    XSSFRow row = sheet.getRow(header);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cells.Value v = reader.read(row.getCell(c));
      if (v.blank()) {
        continue;
      }
      String ref = Refs.cell(name, header, c);
      Column col = v.type() == Cells.Type.TEXT ? byKey.get(Texts.key(v.text())) : null;
      if (col == null) {
        reader.warn(ref, "ignored column " + v.shown() + ": not a column of the criteria sheet");
      } else if (columns.containsKey(col)) {
        reader.problem(ref, "column '" + col.label + "' appears twice (also in "
            + Refs.column(columns.get(col)) + ")");
      } else {
        columns.put(col, c);
      }
    }
    for (Column c : Column.values()) {
      if (c.required() && !columns.containsKey(c)) {
        reader.problem(Refs.row(name, header), "no column '" + c.label + "' in the header row");
      }
    }
  }

  /** Whether a row without a code holds a band or an option: one of the sub-rows' cells. */
  private boolean stepRow(int r) {
    for (Column c : Column.values()) {
      if (c.step() && !value(r, c).blank()) {
        return true;
      }
    }
    return false;
  }

  private boolean hasData(int r) {
    for (Column c : Column.values()) {
      if (c.read() && !value(r, c).blank()) {
        return true;
      }
    }
    return false;
  }

  /** A row's code, or null (with a problem when the cell holds something else). */
  private String code(int r) {
    Cells.Value v = value(r, Column.CODE);
    String ref = ref(r, Column.CODE);
    switch (v.type()) {
      case BLANK:
        return null;
      case TEXT:
        return v.text().trim();
      case NUMBER:
        if (v.date()) {
          reader.problem(ref, "the code was turned into a date by the spreadsheet; type it as "
              + "text (with a leading ')");
          return null;
        }
        reader.warn(ref, "the code is the number " + Texts.vi(v.number()) + ", read as '"
            + Texts.plain(v.number()) + "'; type codes as text, so that 1.10 stays 1.10");
        return Texts.plain(v.number());
      default:
        reader.problem(ref, "expected a code, got " + v.shown());
        return null;
    }
  }

  // ---------------------------------------------------------------- one node

  private Node node(Draft d, String at, Role parentRole, Source parentSource,
      List<String> above) {
    int r = d.row;
    put(at, r, Column.CODE);
    put(at + "/code", r, Column.CODE);
    Node.Builder b = Node.builder().code(d.code);
    put(at + "/name", r, Column.NAME);
    String vi = text(reader, value(r, Column.NAME), ref(r, Column.NAME), false);
    if (vi == null && value(r, Column.NAME).blank()) {
      reader.problem(ref(r, Column.NAME), "expected the name of " + d.code + ", got nothing");
    }
    String en = optional(r, Column.NAME_EN, at + "/name/en", false);
    b.name(LocalizedText.of(vi == null ? "?" : vi, en));
    put(at + "/maxPoints", r, Column.MAX);
    BigDecimal max = null;
    if (value(r, Column.MAX).blank()) {
      reader.problem(ref(r, Column.MAX), "expected the maximum points of " + d.code
          + ", got nothing");
    } else {
      max = reader.nonNegative(value(r, Column.MAX), ref(r, Column.MAX), "the maximum points");
    }
    b.maxPoints(max == null ? BigDecimal.ZERO : max);
    if (max == null) {
      above.forEach(a -> unsure.add(a + "/maxPoints"));
    }
    if (!value(r, Column.UNITEMISED).blank()) {
      put(at + "/unitemisedPoints", r, Column.UNITEMISED);
      BigDecimal u = reader.nonNegative(value(r, Column.UNITEMISED), ref(r, Column.UNITEMISED),
          "the unitemised points");
      if (u != null) {
        b.unitemisedPoints(u);
      } else {
        unsure.add(at + "/maxPoints");
      }
    }
    Role role = parentRole == null ? Role.STANDARD : parentRole;
    String roleText = optional(r, Column.ROLE, at + "/role", true);
    if (roleText != null) {
      Optional<Role> parsed = CriteriaLayout.parseRole(roleText);
      if (parsed.isEmpty()) {
        reader.problem(ref(r, Column.ROLE), "expected one of: " + String.join(", ",
            CriteriaLayout.roleChoices()) + "; got " + value(r, Column.ROLE).shown());
      } else {
        role = parsed.get();
      }
    }
    b.role(role);
    Source source = parentSource == null ? Source.APPRAISED : parentSource;
    String sourceText = optional(r, Column.SOURCE, at + "/source", true);
    if (sourceText != null) {
      Optional<Source> parsed = CriteriaLayout.parseSource(sourceText);
      if (parsed.isEmpty()) {
        reader.problem(ref(r, Column.SOURCE), "expected one of: " + String.join(", ",
            CriteriaLayout.sourceChoices()) + "; got " + value(r, Column.SOURCE).shown());
      } else {
        source = parsed.get();
      }
    }
    b.source(source);
    Optional.ofNullable(optional(r, Column.LEAD, at + "/leadAgency", false)).ifPresent(
        b::leadAgency);
    Optional.ofNullable(optional(r, Column.EVIDENCE, at + "/evidence", false)).ifPresent(
        b::evidence);
    if (!value(r, Column.EVIDENCE_REQUIRED).blank()) {
      put(at + "/evidenceRequired", r, Column.EVIDENCE_REQUIRED);
      Boolean required = reader.yesNo(value(r, Column.EVIDENCE_REQUIRED), ref(r,
          Column.EVIDENCE_REQUIRED));
      if (required != null) {
        b.evidenceRequired(required);
      }
    }
    if (!value(r, Column.NOT_APPLICABLE).blank()) {
      put(at + "/allowNotApplicable", r, Column.NOT_APPLICABLE);
      Boolean allow = reader.yesNo(value(r, Column.NOT_APPLICABLE), ref(r,
          Column.NOT_APPLICABLE));
      if (allow != null) {
        b.allowNotApplicable(allow);
      }
    }
    String provenance = optional(r, Column.PROVENANCE, at + "/provenance/source", true);
    String confidence = optional(r, Column.CONFIDENCE, at + "/provenance/confidence", true);
    String note = optional(r, Column.PROVENANCE_NOTE, at + "/provenance/note", false);
    Optional<Provenance> p = provenance(reader, provenance, confidence, note,
        ref(r, Column.PROVENANCE), ref(r, Column.CONFIDENCE), ref(r, Column.PROVENANCE_NOTE));
    p.ifPresent(b::provenance);
    if (p.isPresent()) {
      put(at + "/provenance", r, Column.PROVENANCE);
    }
    rule(d, at).ifPresent(b::rule);
    for (int i = 0; i < d.children.size(); i++) {
      List<String> path = new ArrayList<>(above);
      path.add(at);
      b.addChildren(node(d.children.get(i), at + "/children/" + i, role, source, path));
    }
    return b.build();
  }

  /** The rule of a row: its type, typed parameters, sub-rows and other parameters. */
  private Optional<RuleSpec> rule(Draft d, String at) {
    int r = d.row;
    String type = optional(r, Column.RULE, at + "/rule", true);
    boolean parameters = !d.steps.isEmpty() || !value(r, Column.OTHER).blank()
        || CriteriaLayout.PARAMETERS.stream().anyMatch(c -> !value(r, c).blank());
    if (type == null) {
      if (parameters) {
        reader.problem(ref(r, Column.RULE), "parameters of a rule are given, but no rule type ("
            + Column.RULE.label + ")");
      }
      return Optional.empty();
    }
    put(at + "/rule/type", r, Column.RULE);
    Optional<String> parsed = CriteriaLayout.parseRule(type);
    if (parsed.isEmpty()) {
      reader.problem(ref(r, Column.RULE), "expected a rule type (" + String.join(", ",
          CriteriaLayout.ruleChoices()) + ", or the name of a type the application registers); "
          + "got " + value(r, Column.RULE).shown());
      return Optional.empty();
    }
    String t = parsed.get();
    boolean rate = t.equals("rate-linear") || t.equals("reduction-target");
    Map<String, DataValue> p = new LinkedHashMap<>();
    for (Column c : CriteriaLayout.PARAMETERS) {
      if (!value(r, c).blank()) {
        put(at + "/rule/" + c.parameter, r, c);
        BigDecimal v = reader.number(value(r, c), ref(r, c), "a number ("
            + c.label + ")", rate && (c == Column.TARGET || c == Column.FLOOR));
        if (v != null) {
          p.put(c.parameter, DataValue.decimal(v));
        }
      }
    }
    if (!d.steps.isEmpty()) {
      boolean options = CriteriaLayout.builtIn(t) ? CriteriaLayout.optionRows(t)
          : optionLabel(d.steps.get(0));
      String key = options ? "options" : "bands";
      put(at + "/rule/" + key, d.steps.get(0), Column.STEP);
      p.put(key, options ? options(d, at + "/rule/options") : bands(d, at + "/rule/bands",
          t.equals("rate-bands")));
    }
    if (!value(r, Column.OTHER).blank()) {
      String text = text(reader, value(r, Column.OTHER), ref(r, Column.OTHER), true);
      if (text != null) {
        try {
          for (Map.Entry<String, DataValue> e : RuleCells.parseOther(text,
              reader.limits.maxNumberLength()).entrySet()) {
            put(at + "/rule/" + LeafPlan.escape(e.getKey()), r, Column.OTHER);
            if (p.containsKey(e.getKey())) {
              reader.problem(ref(r, Column.OTHER), "parameter '" + e.getKey() + "' is also given "
                  + "in its own column");
            } else {
              p.put(e.getKey(), e.getValue());
            }
          }
        } catch (IllegalArgumentException e) {
          reader.problem(ref(r, Column.OTHER), e.getMessage());
        }
      }
    }
    return Optional.of(RuleSpec.of(t, p));
  }

  /** Whether a sub-row is labelled as an option (for a rule type that is not built in). */
  private boolean optionLabel(int r) {
    Cells.Value v = value(r, Column.NAME);
    return v.type() == Cells.Type.TEXT && Texts.key(v.text()).startsWith(Texts.key(
        CriteriaLayout.OPTION_ROW));
  }

  private DataValue options(Draft d, String at) {
    Map<String, DataValue> options = new LinkedHashMap<>();
    for (int r : d.steps) {
      String key = text(reader, value(r, Column.STEP), ref(r, Column.STEP), true);
      if (key == null) {
        reader.problem(ref(r, Column.STEP), "expected the option's key, e.g. A");
        continue;
      }
      String pointer = at + "/" + LeafPlan.escape(key);
      put(pointer, r, Column.PERCENT);
      if (options.containsKey(key)) {
        reader.problem(ref(r, Column.STEP), "option '" + key + "' is given twice");
        continue;
      }
      BigDecimal pct = percent(r);
      String label = optional(r, Column.OPTION_LABEL, pointer + "/label", false);
      String labelEn = optional(r, Column.OPTION_LABEL_EN, pointer + "/label/en", false);
      if (label == null && labelEn != null) {
        reader.problem(ref(r, Column.OPTION_LABEL_EN), "an English wording of option '" + key
            + "' needs the Vietnamese one (" + Column.OPTION_LABEL.label + ")");
      }
      if (pct != null) {
        options.put(key, RuleCells.option(pct, label, labelEn));
      }
    }
    return DataValue.map(options);
  }

  private DataValue bands(Draft d, String at, boolean rate) {
    List<DataValue> bands = new ArrayList<>();
    for (int r : d.steps) {
      String pointer = at + "/" + bands.size();
      put(pointer, r, Column.STEP);
      put(pointer + "/min", r, Column.STEP);
      put(pointer + "/percent", r, Column.PERCENT);
      for (Column c : List.of(Column.OPTION_LABEL, Column.OPTION_LABEL_EN)) {
        if (!value(r, c).blank()) {
          reader.problem(ref(r, c), "a band has no wording (" + c.label + " is for the options "
              + "of " + CriteriaLayout.rule("option") + " and " + CriteriaLayout.rule("survey")
              + "): leave it empty");
        }
      }
      BigDecimal min = null;
      if (value(r, Column.STEP).blank()) {
        reader.problem(ref(r, Column.STEP), "expected the band's lowest " + (rate ? "rate" : "value")
            + " (" + Column.STEP.label + "), got nothing");
      } else {
        min = reader.number(value(r, Column.STEP), ref(r, Column.STEP), "the band's lowest "
            + (rate ? "rate (0,9 or 90%)" : "value"), rate);
      }
      BigDecimal pct = percent(r);
      if (min != null && pct != null) {
        Map<String, DataValue> band = new LinkedHashMap<>();
        band.put("min", DataValue.decimal(min));
        band.put("percent", DataValue.decimal(pct));
        bands.add(DataValue.map(band));
      }
    }
    return DataValue.list(bands);
  }

  private BigDecimal percent(int r) {
    if (value(r, Column.PERCENT).blank()) {
      reader.problem(ref(r, Column.PERCENT), "expected the percent of the maximum ("
          + Column.PERCENT.label + "), got nothing");
      return null;
    }
    return reader.number(value(r, Column.PERCENT), ref(r, Column.PERCENT), "a percent from 0 to "
        + "100", false);
  }

  // ---------------------------------------------------------------- cells

  private Cells.Value value(int r, Column c) {
    Integer at = columns.get(c);
    return at == null ? Cells.Value.BLANK : reader.value(sheet, r, at);
  }

  private String ref(int r, Column c) {
    Integer at = columns.get(c);
    return Refs.cell(name, r, at == null ? c.ordinal() : at);
  }

  private void put(String pointer, int r, Column c) {
    cells.put(pointer, ref(r, c));
  }

  private String optional(int r, Column c, String pointer, boolean trim) {
    Cells.Value v = value(r, c);
    if (v.blank()) {
      return null;
    }
    put(pointer, r, c);
    return text(reader, v, ref(r, c), trim);
  }

  /**
   * A cell's text — as typed, or trimmed — or null when blank; a number is its plain text; an error
   * value or an unreadable cell is a problem (and null).
   */
  static String text(CellReader reader, Cells.Value v, String ref, boolean trim) {
    switch (v.type()) {
      case BLANK:
        return null;
      case TEXT: {
        String t = trim ? v.text().trim() : v.text();
        return t.isBlank() ? null : t;
      }
      case ERROR:
        reader.problem(ref, "expected a text, got " + v.shown());
        return null;
      default:
        return CellReader.text(v);
    }
  }

  /**
   * A provenance from its three cells: the source and the confidence go together; a note needs
   * them.
   */
  static Optional<Provenance> provenance(CellReader reader, String source, String confidence,
      String note, String sourceRef, String confidenceRef, String noteRef) {
    if (source == null && confidence == null) {
      if (note != null) {
        reader.problem(noteRef, "a note on the source needs the source and its confidence");
      }
      return Optional.empty();
    }
    if (source == null) {
      reader.problem(sourceRef, "expected the source the confidence is about, got nothing");
      return Optional.empty();
    }
    if (confidence == null) {
      reader.problem(confidenceRef, "expected the confidence of the source (" + String.join(", ",
          CriteriaLayout.confidenceChoices()) + "), got nothing");
      return Optional.empty();
    }
    Optional<Confidence> c = CriteriaLayout.parseConfidence(confidence);
    if (c.isEmpty()) {
      reader.problem(confidenceRef, "expected one of: " + String.join(", ",
          CriteriaLayout.confidenceChoices()) + "; got " + Texts.quote(confidence));
      return Optional.empty();
    }
    Provenance.Builder p = Provenance.builder().source(source).confidence(c.get());
    Optional.ofNullable(note).ifPresent(p::note);
    return Optional.of(p.build());
  }
}
