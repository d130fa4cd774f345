package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.excel.Layout.ExtraColumn;
import io.github.parindex.excel.Layout.ExtraType;
import io.github.parindex.excel.Layout.Field;
import io.github.parindex.excel.LeafPlan.Slot;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads one form workbook into a submission; used once. */
final class FormParser {
  private static final Set<String> YES_WORDS = Set.of("co", "yes", "true", "x", "dat", "1");
  private static final Set<String> NO_WORDS = Set.of("khong", "no", "false", "khong dat", "0");
  private static final Pattern FIXED = Pattern.compile("0\\.(0+)(?![#0])");

  /** Where a leaf's data is. */
  private static final class LeafRows {
    final LeafPlan plan;
    final int row;
    final Map<Slot, Integer> subs = new LinkedHashMap<>();

    LeafRows(LeafPlan plan, int row) {
      this.plan = plan;
      this.row = row;
    }
  }

  private final Methodology m;
  private final PreparedRules rules;
  private final String source;
  private final WorkbookLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  /** JSON pointers into the submission, to the cells they came from. */
  private final Map<String, String> cells = new HashMap<>();
  private XSSFSheet sheet;
  private String sheetName;
  private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
  private final Map<String, Node> remainders = new HashMap<>();
  private final Set<String> leafNames = new LinkedHashSet<>();

  FormParser(Methodology m, PreparedRules rules, String source, WorkbookLimits limits) {
    this.m = m;
    this.rules = rules;
    this.source = source;
    this.limits = limits;
    for (Node n : m.allNodes()) {
      if (n.hasRemainder()) {
        remainders.put(Texts.key(Layout.remainder(n.code())), n);
      }
    }
  }

  FormReading read(XSSFWorkbook wb) {
    sheet = formSheet(wb);
    if (sheet == null) {
      throw new ValidationException(List.of(new Problem(source, "", "no form: expected a sheet '"
          + Layout.FORM_SHEET + "' with a header row " + String.join(" | ",
          List.of(Column.values()).stream().map(c -> c.label).toList()))));
    }
    sheetName = sheet.getSheetName();
    if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
      throw new ValidationException(List.of(new Problem(source, Refs.sheet(sheetName), "the sheet "
          + "has " + (sheet.getLastRowNum() + 1) + " rows; the limit is " + limits.maxRows())));
    }
    int header = headerRow(sheet);
    mapColumns(header);
    Header h = header(header);
    Map<String, Observation> observations = new LinkedHashMap<>();
    Map<String, BigDecimal> unitemised = new LinkedHashMap<>();
    if (problems.isEmpty() || columns.keySet().containsAll(List.of(Column.CODE, Column.NAME))) {
      table(header, h, observations, unitemised);
    }
    Extra extra = extra(wb);
    boolean placeholder = h.year == null || h.unitId == null;
    Submission submission;
    try {
      Submission.Builder b = Submission.builder()
          .methodology(h.methodology == null ? m.id() : h.methodology)
          .year(h.year == null ? m.validFrom() : h.year)
          .unit(unit(h))
          .stage(h.stage)
          .missing(h.missing)
          .putAllObservations(observations)
          .putAllUnitemised(unitemised)
          .putAllReported(extra.reported)
          .addAllUnknown(extra.unknown)
          .putAllLeadAgencies(extra.agencies);
      extra.evidence.forEach(b::putEvidence);
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
        problems.add(new Problem(source, cells.getOrDefault("/missing", Refs.sheet(sheetName)),
            p.message()));
        continue;
      }
      problems.add(new Problem(source, cell(p.path()), p.message()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new FormReading(submission, warnings);
  }

  // ---------------------------------------------------------------- the sheet and its header

  private static XSSFSheet formSheet(XSSFWorkbook wb) {
    XSSFSheet named = wb.getSheet(Layout.FORM_SHEET);
    if (named != null) {
      return named;
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (headerRow(wb.getSheetAt(i)) >= 0) {
        return wb.getSheetAt(i);
      }
    }
    return null;
  }

  /** The first row with the labels STT and Tiêu chí, or -1. */
  private static int headerRow(XSSFSheet sheet) {
    String code = Texts.key(Column.CODE.label);
    String name = Texts.key(Column.NAME.label);
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      boolean hasCode = false;
      boolean hasName = false;
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cells.Value v = Cells.read(row.getCell(c));
        if (v.type() == Cells.Type.TEXT) {
          hasCode |= Texts.key(v.text()).equals(code);
          hasName |= Texts.key(v.text()).equals(name);
        }
      }
      if (hasCode && hasName) {
        return r;
      }
    }
    return -1;
  }

  private void mapColumns(int header) {
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
    XSSFRow row = sheet.getRow(header);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cells.Value v = Cells.read(row.getCell(c));
      if (v.blank()) {
        continue;
      }
      String ref = Refs.cell(sheetName, header, c);
      Column col = v.type() == Cells.Type.TEXT ? byKey.get(Texts.key(v.text())) : null;
      if (col == null) {
        warn(ref, "ignored column " + v.shown() + ": not a column of the form");
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

  /** The header fields read. */
  private static final class Header {
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
  }

  private Header header(int header) {
    Header h = new Header();
    Map<String, Field> byKey = Layout.fieldsByKey();
    Map<Field, Integer> found = new EnumMap<>(Field.class);
    int end = header < 0 ? Math.min(sheet.getLastRowNum(), 50) : header - 1;
    for (int r = 0; r <= end; r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cells.Value label = Cells.read(row.getCell(c));
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
      warn(Refs.sheet(sheetName), "the form does not name its methodology ('"
          + Field.METHODOLOGY.label + "'); read as a form of " + m.id());
    }
    for (Field f : List.of(Field.YEAR, Field.UNIT_ID)) {
      if (!found.containsKey(f)) {
        problems.add(new Problem(source, Refs.sheet(sheetName), "no field '" + f.label
            + "' above the table"));
      }
    }
    return h;
  }

  private void field(Header h, Field f, int r, int c) {
    String ref = Refs.cell(sheetName, r, c);
    Cells.Value v = Cells.read(cell(r, c));
    switch (f) {
      case METHODOLOGY -> {
        cells.put("/methodology", ref);
        String id = text(v);
        if (id == null) {
          warn(ref, "the form does not name its methodology; read as a form of " + m.id());
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
        BigDecimal y = number(v, ref, "an evaluation year such as " + m.validFrom(), false);
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
        h.unitId = text(v);
        if (h.unitId == null) {
          problems.add(new Problem(source, ref, "expected the unit's id (" + f.label
              + "), e.g. xa-an-binh; got nothing"));
        }
      }
      case UNIT_NAME -> h.unitName = text(v);
      case UNIT_LEVEL -> h.unitLevel = text(v);
      case REGION -> h.region = text(v);
      case STAGE -> {
        cells.put("/stage", ref);
        if (!v.blank()) {
          Optional<Stage> s = Layout.parseStage(text(v));
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
          Optional<MissingPolicy> p = Layout.parseMissing(text(v));
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

  private Unit unit(Header h) {
    Unit.Builder u = Unit.builder().id(h.unitId == null ? "?" : h.unitId);
    Optional.ofNullable(h.unitName).ifPresent(u::name);
    Optional.ofNullable(h.unitLevel).ifPresent(u::level);
    Optional.ofNullable(h.region).ifPresent(u::region);
    return u.build();
  }

  // ---------------------------------------------------------------- the table

  private void table(int header, Header h, Map<String, Observation> observations,
      Map<String, BigDecimal> unitemised) {
    Map<String, String> seen = new HashMap<>();
    List<LeafRows> leaves = new ArrayList<>();
    Map<String, Node> leafByName = new HashMap<>();
    for (Node leaf : m.leaves()) {
      leafByName.putIfAbsent(Texts.key(leaf.name().vi()), leaf);
    }
    // null when the stage cannot be read: points are then not read (the stage's problem says why)
    Column points = h.stageKnown ? FormBuilder.pointsColumn(h.stage) : null;
    LeafRows current = null;
    for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
      if (blankRow(r)) {
        continue;
      }
      Cells.Value codeValue = value(r, Column.CODE);
      String codeRef = ref(r, Column.CODE);
      String code = code(codeValue, codeRef);
      if (code == null && !codeValue.blank()) {
        current = null;
        continue;
      }
      if (code != null) {
        current = null;
        Optional<Node> node = m.node(code);
        if (node.isEmpty()) {
          problems.add(new Problem(source, codeRef, "unknown code '" + code + "': methodology '"
              + m.id() + "' has no such criterion"));
          continue;
        }
        if (seen.containsKey(code)) {
          problems.add(new Problem(source, codeRef, "code " + code + " appears again (first in "
              + seen.get(code) + ")"));
          continue;
        }
        seen.put(code, codeRef);
        if (node.get().isLeaf()) {
          current = new LeafRows(LeafPlan.of(node.get(), rules), r);
          leaves.add(current);
        } else {
          for (Column c : List.of(Column.KIND, Column.VALUE)) {
            if (!value(r, c).blank()) {
              warn(ref(r, c), "ignored: " + code + " is a section; its points are the sum of its "
                  + "criteria");
            }
          }
        }
        continue;
      }
      String name = text(value(r, Column.NAME));
      String nameKey = name == null ? "" : Texts.key(name);
      Node rem = remainders.get(nameKey);
      if (rem != null) {
        current = null;
        remainder(r, rem, points, seen, unitemised);
        continue;
      }
      Slot sub = null;
      if (current != null) {
        for (Slot s : current.plan.subs) {
          if (Texts.key(s.label()).equals(nameKey)) {
            sub = s;
          }
        }
      }
      if (sub != null) {
        if (current.subs.containsKey(sub)) {
          problems.add(new Problem(source, ref(r, Column.NAME), "a second '" + sub.label()
              + "' row under " + current.plan.leaf.code() + " (first in row "
              + (current.subs.get(sub) + 1) + ")"));
        } else {
          current.subs.put(sub, r);
        }
        continue;
      }
      current = null;
      boolean data = false;
      for (Column c : List.of(Column.KIND, Column.VALUE, Column.SELF, Column.APPRAISED)) {
        data |= !value(r, c).blank();
      }
      if (data) {
        Node guess = leafByName.get(nameKey);
        problems.add(new Problem(source, codeRef, "no code (" + Column.CODE.label + ") in a row "
            + "with data, so it belongs to no criterion" + (guess == null ? ""
            : "; is it " + guess.code() + " (" + guess.name().vi() + ")? Type its code back")));
      } else {
        warn(Refs.row(sheetName, r), "ignored row: no code (" + Column.CODE.label + ") and no "
            + "declared data");
      }
    }
    for (LeafRows leaf : leaves) {
      Observation o = observation(leaf, points);
      if (o != null) {
        observations.put(leaf.plan.leaf.code(), o);
      }
    }
    for (Node leaf : m.leaves()) {
      if (!seen.containsKey(leaf.code())) {
        warn(Refs.sheet(sheetName), "no row for criterion " + leaf.code() + " ("
            + leaf.name().vi() + "): it has no declared data");
      }
    }
    for (Node n : remainders.values()) {
      cells.putIfAbsent("/unitemised/" + LeafPlan.escape(n.code()), Refs.sheet(sheetName));
    }
  }

  private void remainder(int r, Node node, Column points, Map<String, String> seen,
      Map<String, BigDecimal> unitemised) {
    String key = "remainder " + node.code();
    if (points == null) {
      return;
    }
    String ref = ref(r, points);
    if (seen.containsKey(key)) {
      problems.add(new Problem(source, ref(r, Column.NAME), "the row of the remainder of "
          + node.code() + " appears again (first in " + seen.get(key) + ")"));
      return;
    }
    seen.put(key, ref(r, Column.NAME));
    cells.put("/unitemised/" + LeafPlan.escape(node.code()), ref);
    if (!value(r, Column.VALUE).blank()) {
      warn(ref(r, Column.VALUE), "ignored: the points of the remainder of " + node.code()
          + " go in " + Refs.column(columns.get(points)) + " (" + points.label + ")");
    }
    otherPoints(r, points);
    Cells.Value v = value(r, points);
    if (!v.blank()) {
      BigDecimal p = number(v, ref, "points from 0 to " + Texts.vi(node.unitemisedPoints()), false);
      if (p != null && p.signum() < 0) {
        problems.add(new Problem(source, ref, "expected points from 0 to "
            + Texts.vi(node.unitemisedPoints()) + ", got " + v.shown()));
      } else if (p != null) {
        unitemised.put(node.code(), p);
      }
    }
  }

  /** Warns about points typed in the column the stage does not read. */
  private void otherPoints(int r, Column points) {
    if (points == null) {
      return;
    }
    Column other = points == Column.SELF ? Column.APPRAISED : Column.SELF;
    if (columns.containsKey(other) && !value(r, other).blank()) {
      warn(ref(r, other), "ignored: at this stage points are read from '" + points.label + "'");
    }
  }

  // ---------------------------------------------------------------- one leaf

  private Observation observation(LeafRows leaf, Column points) {
    LeafPlan plan = leaf.plan;
    String code = plan.leaf.code();
    String at = "/observations/" + LeafPlan.escape(code);
    String kindRef = ref(leaf.row, Column.KIND);
    cells.put(at, kindRef);
    cells.put(at + "/notApplicable", kindRef);
    cells.put(at + "/points", points == null ? kindRef : ref(leaf.row, points));
    cells.put(at + "/responses", kindRef);
    for (Slot s : plan.slots()) {
      Integer r = rowOf(leaf, s);
      cells.put(at + s.part(), r == null ? kindRef : ref(r, Column.VALUE));
    }
    otherPoints(leaf.row, points);
    Cells.Value kindValue = value(leaf.row, Column.KIND);
    ObservationKind kind;
    if (!kindValue.blank()) {
      String text = text(kindValue);
      Optional<ObservationKind> parsed = Layout.parseKind(text);
      String accepted = plan.kinds.stream().map(Layout::kind).collect(Collectors.joining(", "));
      if (parsed.isEmpty()) {
        problems.add(new Problem(source, kindRef, "expected one of: " + accepted + "; got "
            + kindValue.shown()));
        return null;
      }
      if (!plan.kinds.contains(parsed.get())) {
        problems.add(new Problem(source, kindRef, "leaf " + code + " (rule "
            + plan.leaf.rule().orElseThrow().type() + ") does not accept '"
            + Layout.kind(parsed.get()) + "'; accepted: " + accepted));
        return null;
      }
      kind = parsed.get();
    } else {
      Set<ObservationKind> filled = new LinkedHashSet<>();
      for (Slot s : plan.slots()) {
        Integer r = rowOf(leaf, s);
        if (r != null && !value(r, Column.VALUE).blank()) {
          filled.add(s.kind());
        }
      }
      if (filled.size() > 1) {
        problems.add(new Problem(source, kindRef, "values of several kinds are filled ("
            + filled.stream().map(Layout::kind).collect(Collectors.joining(", "))
            + "): choose the kind here"));
        return null;
      }
      if (filled.isEmpty()) {
        if (points != null && plan.kinds.contains(ObservationKind.POINTS)
            && !value(leaf.row, points).blank()) {
          kind = ObservationKind.POINTS;
        } else {
          return null;
        }
      } else {
        kind = filled.iterator().next();
      }
    }
    for (Slot s : plan.slots()) {
      Integer r = rowOf(leaf, s);
      if (s.kind() != kind && r != null && !value(r, Column.VALUE).blank()) {
        warn(ref(r, Column.VALUE), "ignored: the kind of " + code + " is '" + Layout.kind(kind)
            + "'");
      }
    }
    int before = problems.size();
    Observation o = switch (kind) {
      case NOT_APPLICABLE -> Observation.notApplicable();
      case POINTS -> {
        if (points == null) {
          yield null;
        }
        String ref = ref(leaf.row, points);
        Cells.Value v = value(leaf.row, points);
        if (v.blank()) {
          problems.add(new Problem(source, ref, "expected the points of " + code + " here (its "
              + "kind is '" + Layout.kind(kind) + "'), got nothing"));
          yield null;
        }
        BigDecimal p = nonNegative(v, ref, "points from 0 to " + Texts.vi(plan.leaf.maxPoints()));
        yield p == null ? null : Observation.points(p);
      }
      default -> data(leaf, kind);
    };
    if (o == null || problems.size() > before) {
      return null;
    }
    if (kind != ObservationKind.POINTS && kind != ObservationKind.NOT_APPLICABLE) {
      compare(leaf, o, points);
    }
    return o;
  }

  /** The observation of a kind with values, or null after recording problems. */
  private Observation data(LeafRows leaf, ObservationKind kind) {
    LeafPlan plan = leaf.plan;
    List<Slot> slots = plan.slots(kind);
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    Map<String, Long> responses = new LinkedHashMap<>();
    String kindRef = ref(leaf.row, Column.KIND);
    Boolean yes = null;
    String option = null;
    boolean ok = true;
    for (Slot s : slots) {
      Integer r = rowOf(leaf, s);
      if (r == null) {
        problems.add(new Problem(source, kindRef, "no '" + s.label() + "' row under "
            + plan.leaf.code() + ": the rows under a criterion hold the values of "
            + Layout.kind(kind)));
        ok = false;
        continue;
      }
      String ref = ref(r, Column.VALUE);
      Cells.Value v = value(r, Column.VALUE);
      if (v.blank()) {
        if (kind != ObservationKind.RESPONSES) {
          problems.add(new Problem(source, ref, "expected " + expected(s) + " ("
              + s.label() + "), got nothing"));
          ok = false;
        }
        continue;
      }
      switch (s.check()) {
        case YES_NO -> {
          yes = yesNo(v, ref);
          ok &= yes != null;
        }
        case OPTION -> {
          option = text(v);
        }
        case RATE -> {
          BigDecimal rate = number(v, ref, expected(s), true);
          if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(new Problem(source, ref, "expected " + expected(s) + ", got "
                + shownNumber(v, rate)));
            rate = null;
          }
          ok &= put(numbers, s, rate);
        }
        case WHOLE -> {
          BigDecimal n = number(v, ref, expected(s), false);
          if (n != null && (n.signum() < 0 || n.stripTrailingZeros().scale() > 0
              || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
            problems.add(new Problem(source, ref, "expected " + expected(s) + ", got "
                + v.shown()));
            n = null;
          }
          if (n != null && kind == ObservationKind.RESPONSES) {
            responses.put(s.part().substring("/responses/".length()).replace("~1", "/")
                .replace("~0", "~"), n.longValueExact());
          }
          ok &= put(numbers, s, n);
        }
        case NON_NEGATIVE -> ok &= put(numbers, s, nonNegative(v, ref, expected(s)));
        case POSITIVE -> {
          BigDecimal n = number(v, ref, expected(s), false);
          if (n != null && n.signum() <= 0) {
            problems.add(new Problem(source, ref, "expected " + expected(s) + ", got "
                + v.shown()));
            n = null;
          }
          ok &= put(numbers, s, n);
        }
        default -> {
        }
      }
    }
    if (!ok) {
      return null;
    }
    switch (kind) {
      case YES:
        return Observation.yes(yes);
      case OPTION:
        return Observation.option(option);
      case RATE:
        return Observation.rate(numbers.get("/rate"));
      case COUNT:
        return Observation.count(numbers.get("/count").longValueExact());
      case NUMERATOR_DENOMINATOR: {
        BigDecimal num = numbers.get("/numerator");
        BigDecimal den = numbers.get("/denominator");
        if (num.compareTo(den) > 0) {
          problems.add(new Problem(source, cells.get("/observations/"
              + LeafPlan.escape(plan.leaf.code()) + "/numerator"), "the numerator "
              + Texts.vi(num) + " is above the denominator " + Texts.vi(den)));
          return null;
        }
        return Observation.fraction(num, den);
      }
      case BASELINE_CURRENT:
        return Observation.change(numbers.get("/baseline"), numbers.get("/current"));
      case RESPONSES: {
        long total = 0;
        for (long n : responses.values()) {
          total = Math.addExact(total, n);
        }
        if (total <= 0) {
          problems.add(new Problem(source, kindRef, "expected response counts for "
              + plan.leaf.code() + " with a total above 0 (in the '"
              + Layout.responses("…") + "' rows), got " + (responses.isEmpty() ? "none" : "0")));
          return null;
        }
        return Observation.responses(responses);
      }
      default:
        return null;
    }
  }

  private static boolean put(Map<String, BigDecimal> numbers, Slot s, BigDecimal v) {
    if (v == null) {
      return false;
    }
    numbers.put(s.part(), v);
    return true;
  }

  private static String expected(Slot s) {
    return switch (s.check()) {
      case YES_NO -> "Có or Không";
      case OPTION -> "one of the options " + String.join(", ", s.choices());
      case RATE -> "a rate from 0 to 1";
      case WHOLE -> "a whole number of at least 0";
      case NON_NEGATIVE -> "a number of at least 0";
      case POSITIVE -> "a number above 0";
    };
  }

  /** Warns when the stage's points cell differs from what the declared data earns. */
  private void compare(LeafRows leaf, Observation o, Column points) {
    if (points == null) {
      return;
    }
    Cells.Value v = value(leaf.row, points);
    if (v.type() != Cells.Type.NUMBER && v.type() != Cells.Type.TEXT) {
      return;
    }
    BigDecimal typed = v.type() == Cells.Type.NUMBER ? v.number() : Cells.parse(v.text(), false)
        .value();
    if (typed == null) {
      warn(ref(leaf.row, points), "ignored: " + v.shown() + " is not a number; the points of "
          + leaf.plan.leaf.code() + " come from its declared data");
      return;
    }
    try {
      LeafResult result = rules.score(leaf.plan.leaf.code(), o, MissingPolicy.ZERO);
      if (result.points().compareTo(typed) != 0) {
        warn(ref(leaf.row, points), "the points here (" + Texts.vi(typed) + ") are not what the "
            + "declared data earns (" + Texts.vi(result.points()) + "); the declared data is kept");
      }
    } catch (RuleInputException | IllegalArgumentException e) {
      // reported by the checks
    }
  }

  private Integer rowOf(LeafRows leaf, Slot s) {
    return s == leaf.plan.main ? Integer.valueOf(leaf.row) : leaf.subs.get(s);
  }

  // ---------------------------------------------------------------- the supplement sheet

  /** What the supplement sheet holds. */
  private static final class Extra {
    final Map<String, Reported> reported = new LinkedHashMap<>();
    final List<String> unknown = new ArrayList<>();
    final Map<String, String> agencies = new LinkedHashMap<>();
    final Map<String, List<EvidenceRef>> evidence = new LinkedHashMap<>();
  }

  private Extra extra(XSSFWorkbook wb) {
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
        Cells.Value v = Cells.read(row.getCell(c));
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
      warn(Refs.sheet(name), "ignored sheet: no header row with the columns '"
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
        Cells.Value value = c == null ? Cells.Value.BLANK : Cells.read(row.getCell(c));
        v.put(e, value);
        ref.put(e, Refs.cell(name, r, c == null ? cols.get(ExtraColumn.TYPE) : c));
        any |= !value.blank();
      }
      if (!any) {
        continue;
      }
      Optional<ExtraType> type = v.get(ExtraColumn.TYPE).blank() ? Optional.empty()
          : ExtraType.parse(text(v.get(ExtraColumn.TYPE)));
      if (type.isEmpty()) {
        problems.add(new Problem(source, ref.get(ExtraColumn.TYPE), "expected one of: "
            + List.of(ExtraType.values()).stream().map(t -> t.label)
            .collect(Collectors.joining(", ")) + "; got " + v.get(ExtraColumn.TYPE).shown()));
        continue;
      }
      String code = text(v.get(ExtraColumn.CODE));
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
          String agency = text(v.get(ExtraColumn.TEXT));
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
          String title = text(v.get(ExtraColumn.TEXT));
          if (title == null) {
            problems.add(new Problem(source, ref.get(ExtraColumn.TEXT), "expected the title of "
                + "the evidence, got nothing"));
          } else {
            EvidenceRef.Builder e = EvidenceRef.builder().title(title);
            Optional.ofNullable(text(v.get(ExtraColumn.URI))).ifPresent(e::uri);
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
    BigDecimal n = nonNegative(v, ref, "a figure of at least 0");
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

  // ---------------------------------------------------------------- cells

  private boolean blankRow(int r) {
    XSSFRow row = sheet.getRow(r);
    if (row == null) {
      return true;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      if (!Cells.read(row.getCell(c)).blank()) {
        return false;
      }
    }
    return true;
  }

  private XSSFCell cell(int r, int c) {
    XSSFRow row = sheet.getRow(r);
    return row == null || c < 0 ? null : row.getCell(c);
  }

  private Cells.Value value(int r, Column c) {
    Integer at = columns.get(c);
    return at == null ? Cells.Value.BLANK : Cells.read(cell(r, at));
  }

  private String ref(int r, Column c) {
    Integer at = columns.get(c);
    return Refs.cell(sheetName, r, at == null ? c.index() : at);
  }

  /** The code of a row, or null; records a problem for a code that cannot be read. */
  private String code(Cells.Value v, String ref) {
    switch (v.type()) {
      case BLANK:
        return null;
      case TEXT:
        return v.text().trim();
      case NUMBER: {
        if (v.date()) {
          problems.add(new Problem(source, ref, "the code was turned into a date by the "
              + "spreadsheet; type it as text (with a leading ')"));
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
          problems.add(new Problem(source, ref, "the code is the number " + Texts.plain(v.number())
              + ", which may be " + String.join(" or ", same) + "; type the code as text"));
          return null;
        }
        return same.isEmpty() ? Texts.plain(v.number()) : same.get(0);
      }
      default:
        problems.add(new Problem(source, ref, "expected a code, got " + v.shown()));
        return null;
    }
  }

  /** The trimmed text of a cell (a number's plain text), or null when blank. */
  private static String text(Cells.Value v) {
    return switch (v.type()) {
      case BLANK -> null;
      case NUMBER -> Texts.plain(v.number());
      case BOOLEAN -> v.bool() ? "TRUE" : "FALSE";
      default -> v.text().trim().isEmpty() ? null : v.text().trim();
    };
  }

  private Boolean yesNo(Cells.Value v, String ref) {
    if (v.type() == Cells.Type.BOOLEAN) {
      return v.bool();
    }
    String k = v.type() == Cells.Type.TEXT ? Texts.key(v.text())
        : v.type() == Cells.Type.NUMBER ? Texts.plain(v.number()) : "";
    if (YES_WORDS.contains(k)) {
      return true;
    }
    if (NO_WORDS.contains(k)) {
      return false;
    }
    problems.add(new Problem(source, ref, "expected Có or Không, got " + v.shown()));
    return null;
  }

  private BigDecimal nonNegative(Cells.Value v, String ref, String expected) {
    BigDecimal n = number(v, ref, expected, false);
    if (n != null && n.signum() < 0) {
      problems.add(new Problem(source, ref, "expected " + expected + ", got " + v.shown()));
      return null;
    }
    return n;
  }

  /** A number, or null after recording a problem. */
  private BigDecimal number(Cells.Value v, String ref, String expected, boolean percent) {
    switch (v.type()) {
      case NUMBER:
        if (v.date()) {
          problems.add(new Problem(source, ref, "expected " + expected + ", got a date (the "
              + "spreadsheet turned what was typed into a date)"));
          return null;
        }
        return v.number();
      case TEXT: {
        Cells.Parsed p = Cells.parse(v.text(), percent);
        if (p.value() == null) {
          problems.add(new Problem(source, ref, "expected " + expected + ", got " + v.shown()
              + (p.error().equals("not a number") ? "" : ": " + p.error())));
        }
        return p.value();
      }
      default:
        problems.add(new Problem(source, ref, "expected " + expected + ", got " + v.shown()));
        return null;
    }
  }

  /** How a number was typed: a text as typed, a number with a decimal comma. */
  private static String shownNumber(Cells.Value v, BigDecimal parsed) {
    return v.type() == Cells.Type.TEXT ? v.shown() : Texts.vi(parsed);
  }

  private void warn(String path, String message) {
    warnings.add(new Problem(source, path, message));
  }

  /** The cell a JSON pointer into the submission came from: the longest known prefix. */
  private String cell(String pointer) {
    String p = pointer;
    while (true) {
      String c = cells.get(p);
      if (c != null) {
        return c;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return Refs.sheet(sheetName);
      }
      p = p.substring(0, slash);
    }
  }
}
