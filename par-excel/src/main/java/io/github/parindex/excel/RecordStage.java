package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts what a form gave into an assessment record (CYCLE.md §2): a unit's form at stage SELF
 * starts a record (or replaces the self-assessment of a record that has nothing after it); an
 * appraisal form at stage APPRAISED adds the council's changes — every leaf whose data differs from
 * the self-assessment, with the reason typed beside it — and its decisions on the documents. Every
 * problem names the cell it comes from. Used once.
 */
final class RecordStage {
  /** Where the parts of a form were read from, to place the record's problems at cells. */
  record Cells(Map<String, String> header, Map<String, String> codes,
      Map<String, String> reasons, Map<String, DocumentsSheet.Decision> documents,
      String stage, String date, String sheet) {}

  private final FormReading read;
  private final Cells cells;
  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings;

  RecordStage(FormReading read, Cells cells, String source) {
    this.read = read;
    this.cells = cells;
    this.source = source;
    this.warnings = new ArrayList<>(read.warnings());
  }

  /**
   * The record with the form's stage.
   *
   * @param record the record so far, or {@code null} to start one (stage SELF only)
   * @param date the stage's date given apart, or {@code null} for the form's date line (or none)
   */
  RecordReading into(Assessment record, LocalDate date) {
    Submission s = read.submission();
    LocalDate when = date != null ? date : read.date().orElse(null);
    // a date from the form's date line is placed at that cell; one given apart, in the record
    String dateAt = date == null && cells.date() != null ? cells.date() : null;
    if (record != null) {
      sameUnit(record, s);
    }
    Assessment.Builder b;
    CycleStage stage;
    if (s.stage() == Stage.SELF) {
      stage = CycleStage.SELF;
      b = self(record, s, when);
    } else if (s.stage() == Stage.APPRAISED) {
      stage = CycleStage.APPRAISED;
      b = appraised(record, s, when);
    } else {
      problems.add(new Problem(source, cells.stage(), "a form gives the stage SELF (Tự đánh "
          + "giá) or APPRAISED (Thẩm định); the requests for review and the council's decisions "
          + "on them (REVIEW_REQUESTED, FINAL) are written in the record (docs/assessment.md)"));
      b = null;
      stage = CycleStage.FINAL;
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    try {
      return new RecordReading(b.build(), stage, warnings);
    } catch (ValidationException e) {
      // what only the whole record can tell (a stage dated before the one before it): its
      // pointer in the record, or the date line's cell when the date came from there
      List<Problem> out = new ArrayList<>();
      for (Problem p : e.problems()) {
        out.add(new Problem(source, p.path().endsWith("/date") && dateAt != null ? dateAt
            : p.path(), p.message()));
      }
      throw new ValidationException(out);
    }
  }

  private void sameUnit(Assessment record, Submission s) {
    if (!record.methodology().equals(s.methodology())) {
      problems.add(new Problem(source, cell("/methodology"), "the record is assessed against "
          + "methodology '" + record.methodology() + "'; the form is of '" + s.methodology() + "'"));
    }
    if (!record.unit().id().equals(s.unit().id())) {
      problems.add(new Problem(source, cell("/unit/id"), "the record is of unit '"
          + record.unit().id() + "'; the form is of '" + s.unit().id() + "'"));
    }
    if (record.year() != s.year()) {
      problems.add(new Problem(source, cell("/year"), "the record is of year " + record.year()
          + "; the form is of " + s.year()));
    }
  }

  private Assessment.Builder self(Assessment record, Submission s, LocalDate when) {
    if (record != null && record.stages().size() > 1) {
      problems.add(new Problem(source, cells.stage(), "the record already has the stage "
          + record.last().stage() + ": its self-assessment can no longer change"));
    }
    read.reasons().keySet().forEach(code -> warnings.add(new Problem(source,
        cells.reasons().get(code), "ignored: the reasons are the council's, read at stage Thẩm "
        + "định (APPRAISED)")));
    Assessment.Builder b = Assessment.builder().methodology(s.methodology()).unit(s.unit())
        .year(s.year()).missing(s.missing());
    s.unitemised().forEach(b::putUnitemised);
    documents(s).forEach(b::addEvidence);
    return b.self(when, s.observations());
  }

  /** The unit's documents, one per id (or per title and address when it has no id). */
  private static List<AssessmentEvidence> documents(Submission s) {
    Set<String> taken = new HashSet<>();
    s.evidence().values().forEach(refs -> refs.forEach(r -> r.id().ifPresent(taken::add)));
    Map<String, String> idOf = new HashMap<>();
    Map<String, AssessmentEvidence> byId = new LinkedHashMap<>();
    int next = 1;
    for (Map.Entry<String, List<EvidenceRef>> e : s.evidence().entrySet()) {
      for (EvidenceRef r : e.getValue()) {
        String key = r.id().map(id -> "id " + id)
            .orElse("title " + r.title() + "\n" + r.uri().orElse(""));
        String id = idOf.get(key);
        if (id == null) {
          if (r.id().isPresent()) {
            id = r.id().get();
          } else {
            while (taken.contains("E" + next)) {
              next++;
            }
            id = "E" + next;
            taken.add(id);
          }
          idOf.put(key, id);
          byId.put(id, new AssessmentEvidence(id, r.title(), List.of(e.getKey()),
              r.uri().orElse(null), null, r.status(), r.reason().orElse(null)));
        } else {
          AssessmentEvidence d = byId.get(id);
          List<String> leaves = new ArrayList<>(d.leaves());
          if (!leaves.contains(e.getKey())) {
            leaves.add(e.getKey());
          }
          byId.put(id, new AssessmentEvidence(id, d.title(), leaves, d.uri(), d.sha256(),
              d.status(), d.reason()));
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private Assessment.Builder appraised(Assessment record, Submission s, LocalDate when) {
    if (record == null) {
      problems.add(new Problem(source, cells.stage(), "an appraisal form goes into the "
          + "assessment record that holds the unit's self-assessment: give that record"));
      return null;
    }
    CycleStage last = record.last().stage();
    if (last.compareTo(CycleStage.APPRAISED) > 0) {
      problems.add(new Problem(source, cells.stage(), "the record already has the stage " + last
          + ": its appraisal can no longer change"));
    }
    if (record.missing() != s.missing()) {
      problems.add(new Problem(source, cell("/missing"), "the record's policy for missing data "
          + "is " + record.missing() + "; the form says " + s.missing()));
    }
    s.unitemised().forEach((code, points) -> {
      BigDecimal kept = record.unitemised().get(code);
      if (kept == null || kept.compareTo(points) != 0) {
        problems.add(new Problem(source, cell("/unitemised/" + LeafPlan.escape(code)), "the "
            + "points of the remainder of " + code + " are the record's (" + (kept == null
            ? "none" : Texts.vi(kept)) + "), the same at every stage; the form has "
            + Texts.vi(points)));
      }
    });
    Map<String, Observation> self = record.stages().get(0).observations();
    Map<String, CycleEntry.Change> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Observation> e : s.observations().entrySet()) {
      String code = e.getKey();
      Observation before = self.get(code);
      String reason = read.reasons().get(code);
      // observations keep their decimals normalised: equal is the same data (0.9 = 0.90)
      if (e.getValue().equals(before)) {
        if (reason != null) {
          warnings.add(new Problem(source, cells.reasons().get(code), "ignored: " + code
              + " is not changed from the self-assessment"));
        }
        continue;
      }
      if (reason == null) {
        problems.add(new Problem(source, Objects.requireNonNullElse(cells.reasons().get(code),
            cells.sheet()), code + " differs from the self-assessment: the council's change "
            + "needs its reason in '" + Column.REASON.label + "'"));
      } else {
        changes.put(code, new CycleEntry.Change(e.getValue(), reason));
      }
    }
    for (String code : self.keySet()) {
      if (!s.observations().containsKey(code)) {
        problems.add(new Problem(source, Objects.requireNonNullElse(cells.codes().get(code),
            cells.sheet()), "the self-assessment declared data for " + code + "; an appraisal "
            + "cannot take it away: give the appraised data, or choose 'Điểm' and type 0"));
      }
    }
    List<AssessmentEvidence> evidence = decided(record);
    if (!problems.isEmpty()) {
      return null;
    }
    Assessment.Builder b = Assessment.builder().methodology(record.methodology())
        .unit(record.unit()).year(record.year()).missing(record.missing());
    record.unitemised().forEach(b::putUnitemised);
    evidence.forEach(b::addEvidence);
    b.addStage(record.stages().get(0));
    return b.appraised(when, changes);
  }

  /** The record's documents with the council's decisions of the sheet Tài liệu. */
  private List<AssessmentEvidence> decided(Assessment record) {
    Map<String, AssessmentEvidence> byId = new LinkedHashMap<>();
    record.evidence().forEach(d -> byId.put(d.id(), d));
    for (DocumentsSheet.Decision d : cells.documents().values()) {
      AssessmentEvidence kept = byId.get(d.document().id());
      AssessmentEvidence given = d.document();
      if (kept == null) {
        problems.add(new Problem(source, d.idCell(), "the record has no document '"
            + given.id() + "'; documents are added to the record, not in the form"));
        continue;
      }
      if (given.status() == EvidenceStatus.REJECTED && given.reason() == null) {
        problems.add(new Problem(source, d.reasonCell(), "a document the council does not "
            + "accept needs its reason"));
        continue;
      }
      byId.put(kept.id(), new AssessmentEvidence(kept.id(), kept.title(), kept.leaves(),
          kept.uri(), kept.sha256(), given.status(), given.reason()));
    }
    return List.copyOf(byId.values());
  }

  private String cell(String pointer) {
    return cells.header().getOrDefault(pointer, cells.sheet());
  }
}
