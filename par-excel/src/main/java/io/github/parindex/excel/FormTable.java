package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.excel.LeafPlan.Slot;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.PreparedRules;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The rows of the form's table: a code names a node; a section row holds nothing to read; a leaf's
 * row is followed by its sub-rows, found by their labels; a remainder row by its label. Collects the
 * leaves with their rows, read then by {@link LeafReader}, and the remainders' points.
 */
final class FormTable {
  /** Where a leaf's data is. */
  static final class LeafRows {
    final LeafPlan plan;
    final int row;
    final Map<Slot, Integer> subs = new LinkedHashMap<>();

    LeafRows(LeafPlan plan, int row) {
      this.plan = plan;
      this.row = row;
    }
  }

  private final FormSheet f;
  private final Methodology m;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, String> cells;
  private final XSSFSheet sheet;
  private final String sheetName;
  private final PreparedRules rules;
  private final Map<Column, Integer> columns;
  private final Map<String, Node> remainders = new HashMap<>();
  /** The reasons typed in the column Lý do thẩm định, by leaf code, in sheet order. */
  final Map<String, String> reasons = new LinkedHashMap<>();
  /** The cell of each leaf's reason (also of a leaf without one), by leaf code. */
  final Map<String, String> reasonCells = new HashMap<>();
  /** The cell of each leaf's code, by leaf code. */
  final Map<String, String> codeCells = new HashMap<>();
  /** The date of the filled-in date line under the table, or null. */
  LocalDate date;
  /** The date line's cell, or null. */
  String dateCell;

  FormTable(FormSheet f) {
    this.f = f;
    this.m = f.m;
    this.source = f.reader.source;
    this.problems = f.reader.problems;
    this.cells = f.cells;
    this.sheet = f.sheet;
    this.sheetName = f.sheetName;
    this.rules = f.rules;
    this.columns = f.columns;
    for (Node n : m.allNodes()) {
      if (n.hasRemainder()) {
        remainders.put(Texts.key(Layout.remainder(n.code())), n);
      }
    }
  }

  /**
   * Reads the table's rows.
   *
   * @param header the header row
   * @param h the header fields (the stage says which points column is read)
   * @param observations receives the observations of the leaves, by code
   * @param unitemised receives the remainders' points, by code
   * @param evidence receives the documents listed for the leaves, by code
   * @param notes receives the leaves' notes, by code
   */
  void read(int header, FormHeader h, Map<String, Observation> observations,
      Map<String, BigDecimal> unitemised, Map<String, List<EvidenceRef>> evidence,
      Map<String, String> notes) {
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
      if (f.blankRow(r)) {
        continue;
      }
      Column signature = signatureColumn(r);
      if (signature != null) {
        dateLine(r, signature);
        break; // the signature block: the table ends
      }
      Cells.Value codeValue = f.value(r, Column.CODE);
      String codeRef = f.ref(r, Column.CODE);
      String code = f.code(codeValue, codeRef);
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
        fixedName(r, node.get().code(), node.get().name().vi());
        fixedMax(r, node.get().code(), node.get().maxPoints());
        if (node.get().isLeaf()) {
          codeCells.put(code, codeRef);
          reasonCells.put(code, f.ref(r, Column.REASON));
          String reason = CellReader.text(f.value(r, Column.REASON));
          if (reason != null) {
            reasons.put(code, reason);
          }
          current = new LeafRows(LeafPlan.of(node.get(), rules), r);
          leaves.add(current);
          documents(r, code, evidence);
          String note = CellReader.text(f.value(r, Column.NOTE));
          if (note != null) {
            notes.put(code, note);
          }
        } else {
          for (Column c : List.of(Column.KIND, Column.VALUE)) {
            if (!f.value(r, c).blank()) {
              f.warn(f.ref(r, c), "ignored: " + code + " is a section; its points are the sum of its "
                  + "criteria");
            }
          }
        }
        continue;
      }
      String name = CellReader.text(f.value(r, Column.NAME));
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
          problems.add(new Problem(source, f.ref(r, Column.NAME), "a second '" + sub.label()
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
        data |= !f.value(r, c).blank();
      }
      if (data) {
        Node guess = leafByName.get(nameKey);
        problems.add(new Problem(source, codeRef, "no code (" + Column.CODE.label + ") in a row "
            + "with data, so it belongs to no criterion" + (guess == null ? ""
            : "; is it " + guess.code() + " (" + guess.name().vi() + ")? Type its code back")));
      } else {
        f.warn(Refs.row(sheetName, r), "ignored row: no code (" + Column.CODE.label + ") and no "
            + "declared data");
      }
    }
    for (LeafRows leaf : leaves) {
      Observation o = new LeafReader(f, leaf, points).read();
      if (o != null) {
        observations.put(leaf.plan.leaf.code(), o);
      }
    }
    for (Node leaf : m.leaves()) {
      if (!seen.containsKey(leaf.code())) {
        f.warn(Refs.sheet(sheetName), "no row for criterion " + leaf.code() + " ("
            + leaf.name().vi() + "): it has no declared data");
      }
    }
    for (Node n : remainders.values()) {
      cells.putIfAbsent("/unitemised/" + LeafPlan.escape(n.code()), Refs.sheet(sheetName));
    }
  }

  /**
   * The column of the first cell that starts the signature block in a row without a code (its date
   * line or a signer), or null when the row does not start it.
   */
  private Column signatureColumn(int r) {
    if (!f.value(r, Column.CODE).blank()) {
      return null;
    }
    for (Column c : Column.values()) {
      Cells.Value v = f.value(r, c);
      if (v.type() == Cells.Type.TEXT && Layout.signature(v.text())) {
        return c;
      }
    }
    return null;
  }

  /**
   * Checks that a node's name and maximum are the criteria set's: a form cannot change them, and a
   * changed one would silently mean something else on paper than in the score.
   */
  private void fixedName(int r, String code, String name) {
    String typed = CellReader.text(f.value(r, Column.NAME));
    if (typed == null || !Texts.spaced(typed).equals(Texts.spaced(name))) {
      problems.add(new Problem(source, f.ref(r, Column.NAME), "the name of " + code + " in "
          + "methodology '" + m.id() + "' is '" + name + "', not " + (typed == null ? "nothing"
          : "'" + typed + "'") + ": a form cannot change the criteria set; put the name back, or "
          + "change the criteria set (par criteria-sheet)"));
    }
  }

  /** Checks that a node's maximum is the criteria set's (see {@link #fixedName}). */
  private void fixedMax(int r, String code, BigDecimal max) {
    if (!columns.containsKey(Column.MAX)) {
      return;
    }
    String ref = f.ref(r, Column.MAX);
    Cells.Value v = f.value(r, Column.MAX);
    BigDecimal given = v.blank() ? null : f.number(v, ref, "the maximum " + Texts.vi(max), false);
    if (v.blank() || given != null && given.compareTo(max) != 0) {
      problems.add(new Problem(source, ref, "the maximum of " + code + " in methodology '"
          + m.id() + "' is " + Texts.vi(max) + ", not " + (v.blank() ? "nothing" : v.shown())
          + ": a form cannot change the criteria set; put " + Texts.vi(max) + " back, or change "
          + "the criteria set (par criteria-sheet)"));
    }
  }

  /**
   * The date of a filled-in date line (…, ngày 20 tháng 12 năm 2025), when the signature block's
   * first cell is one.
   */
  private void dateLine(int r, Column c) {
    Cells.Value v = f.value(r, c);
    try {
      LocalDate d = Layout.date(v.text());
      if (d != null) {
        date = d;
        dateCell = f.ref(r, c);
      }
    } catch (DateTimeException e) {
      problems.add(new Problem(source, f.ref(r, c), "not a date: " + v.shown()));
    }
  }

  /** The documents listed for a leaf, one per line. */
  private void documents(int r, String code, Map<String, List<EvidenceRef>> evidence) {
    Cells.Value v = f.value(r, Column.EVIDENCE_GIVEN);
    if (v.blank()) {
      return;
    }
    String ref = f.ref(r, Column.EVIDENCE_GIVEN);
    String text = CriteriaTableReader.text(f.reader, v, ref, false);
    if (text == null) {
      return;
    }
    try {
      List<EvidenceRef> refs = EvidenceLines.parse(text);
      if (!refs.isEmpty()) {
        evidence.put(code, refs);
        cells.put("/evidence/" + LeafPlan.escape(code), ref);
      }
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(source, ref, e.getMessage()));
    }
  }

  private void remainder(int r, Node node, Column points, Map<String, String> seen,
      Map<String, BigDecimal> unitemised) {
    String key = "remainder " + node.code();
    if (points == null) {
      return;
    }
    String ref = f.ref(r, points);
    if (seen.containsKey(key)) {
      problems.add(new Problem(source, f.ref(r, Column.NAME), "the row of the remainder of "
          + node.code() + " appears again (first in " + seen.get(key) + ")"));
      return;
    }
    seen.put(key, f.ref(r, Column.NAME));
    fixedMax(r, "the remainder of " + node.code(), node.unitemisedPoints());
    cells.put("/unitemised/" + LeafPlan.escape(node.code()), ref);
    if (!f.value(r, Column.VALUE).blank()) {
      f.warn(f.ref(r, Column.VALUE), "ignored: the points of the remainder of " + node.code()
          + " go in " + Refs.column(columns.get(points)) + " (" + points.label + ")");
    }
    f.otherPoints(r, points);
    Cells.Value v = f.value(r, points);
    if (!v.blank()) {
      BigDecimal p = f.number(v, ref, "points from 0 to " + Texts.vi(node.unitemisedPoints()), false);
      if (p != null && p.signum() < 0) {
        problems.add(new Problem(source, ref, "expected points from 0 to "
            + Texts.vi(node.unitemisedPoints()) + ", got " + v.shown()));
      } else if (p != null) {
        unitemised.put(node.code(), p);
      }
    }
  }
}
