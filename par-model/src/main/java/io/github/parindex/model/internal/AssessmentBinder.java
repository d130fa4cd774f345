package io.github.parindex.model.internal;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@code par-assessment/1} document (CYCLE.md §2) from its tree, reporting every problem with
 * its pointer; {@link Assessment.Builder#build()} then checks the record as a whole (order of
 * stages, dates, reasons, requests and decisions, evidence). The observations are read by the
 * submission binder's own code, so a stage's observation is read exactly as a submission's.
 *
 * <p>Tree path only: a record is one unit's year, read once per command, far from the batch sizes
 * the token path of submissions is for; one binder means one reading to keep right.
 */
public final class AssessmentBinder {
  /** The format: the token path always doubts, and the tree path reads. */
  public static final Binder<Assessment> BINDER = against(null);

  /**
   * The format read for a methodology: the record's problems against the methodology's tree
   * ({@link Assessment#problemsAgainst}) are reported with those of the file and of the record.
   *
   * @param m the methodology, or {@code null} for the record on its own
   * @return the binder
   */
  public static Binder<Assessment> against(@Nullable Methodology m) {
    return new Binder<>() {
      @Override
      public Assessment fromTokens(Tokens in, ReadLimits limits) {
        throw Tokens.DOUBT;
      }

      @Override
      public Assessment fromTree(Tree root, ReadLimits limits) {
        return new AssessmentBinder().run(root, m);
      }
    };
  }

  private static final Observation PLACEHOLDER = Observation.notApplicable();

  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> damaged = new HashSet<>();
  private final SubmissionBinder observations = new SubmissionBinder(problems, damaged);

  private AssessmentBinder() {}

  private Assessment run(Tree root, @Nullable Methodology m) {
    Fields f = Fields.of(root, "an assessment record", problems, damaged);
    if (!f.isObject()) {
      throw new ValidationException(problems);
    }
    Formats.expect(f, Assessment.FORMAT);
    Assessment.Builder b = Assessment.builder();
    String methodology = f.text("methodology", true);
    b.methodology(methodology != null ? methodology : "?");
    Long year = f.whole("year", true, 1900, 9999);
    b.year(year != null ? year.intValue() : 1900);
    Tree unit = f.require("unit", "the unit {\"id\": ..., \"name\": ...}");
    b.unit(unit != null ? observations.unit(unit) : Unit.of("?"));
    MissingPolicy missing = f.choice("missing", MissingPolicy.class);
    if (missing != null) {
      b.missing(missing);
    }
    f.map("unitemised").forEach((code, tree) -> {
      BigDecimal points = f.decimal(tree);
      if (points != null) {
        b.putUnitemised(code, points);
      }
    });
    for (Tree e : f.list("evidence", false)) {
      AssessmentEvidence doc = evidence(e);
      if (doc != null) {
        b.addEvidence(doc);
      }
    }
    for (Tree s : f.list("stages", true)) {
      CycleStep step = stage(s);
      if (step != null) {
        b.addStage(step);
      }
    }
    f.finish();
    return Formats.build(() -> b.build(m), problems, damaged);
  }

  private @Nullable AssessmentEvidence evidence(Tree tree) {
    Fields f = Fields.of(tree, "an evidence document {\"id\": ..., \"title\": ..., \"leaves\": "
        + "[...]}", problems, damaged);
    if (!f.isObject()) {
      return null;
    }
    String id = f.text("id", true);
    String title = f.text("title", true);
    List<String> leaves = new ArrayList<>();
    for (Tree leaf : f.list("leaves", true)) {
      String code = f.text(leaf, "a leaf code");
      if (code != null) {
        leaves.add(code);
      }
    }
    String uri = f.text("uri", false);
    String sha256 = f.text("sha256", false);
    if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
      f.problem(tree.pointer() + "/sha256", "expected 64 lowercase hexadecimal digits");
    }
    EvidenceStatus status = f.choice("status", EvidenceStatus.class);
    String reason = optionalText(f, "reason");
    f.finish();
    if (id == null || title == null) {
      return null;
    }
    return new AssessmentEvidence(id, title, leaves, uri, sha256,
        status != null ? status : EvidenceStatus.SUBMITTED, reason);
  }

  private @Nullable CycleStep stage(Tree tree) {
    Fields f = Fields.of(tree, "a stage {\"stage\": ..., \"date\": ...}", problems, damaged);
    if (!f.isObject()) {
      return null;
    }
    CycleStage stage = f.choice("stage", CycleStage.class);
    if (stage == null && !f.has("stage")) {
      f.require("stage", "SELF, APPRAISED, REVIEW_REQUESTED or FINAL");
    }
    LocalDate date = date(f);
    if (stage == null) {
      f.allow("observations", "changes", "requests", "decisions");
      f.finish();
      return null;
    }
    CycleStep step = switch (stage) {
      case SELF -> {
        Map<String, Observation> read = new LinkedHashMap<>();
        f.map("observations").forEach((code, o) -> {
          Observation value = observations.observation(o);
          if (value != null) {
            read.put(code, value);
          }
        });
        yield CycleStep.self(date, read);
      }
      case APPRAISED -> {
        Map<String, CycleEntry.Change> read = new LinkedHashMap<>();
        f.map("changes").forEach((code, c) -> {
          Fields e = Fields.of(c, "a change {\"observation\": ..., \"reason\": ...}", problems,
              damaged);
          if (e.isObject()) {
            Observation o = observation(e);
            String reason = reason(e);
            e.finish();
            read.put(code, new CycleEntry.Change(o, reason));
          }
        });
        yield CycleStep.appraised(date, read);
      }
      case REVIEW_REQUESTED -> {
        Map<String, CycleEntry.Request> read = new LinkedHashMap<>();
        f.map("requests").forEach((code, c) -> {
          Fields e = Fields.of(c, "a request {\"observation\": ..., \"reason\": ..., "
              + "\"evidence\": [...]}", problems, damaged);
          if (e.isObject()) {
            Observation o = observation(e);
            String reason = reason(e);
            List<String> ids = new ArrayList<>();
            for (Tree id : e.list("evidence", false)) {
              String text = e.text(id, "an evidence id");
              ids.add(text != null ? text : "");
            }
            e.finish();
            read.put(code, new CycleEntry.Request(o, reason, ids));
          }
        });
        yield CycleStep.reviewRequested(date, read);
      }
      case FINAL -> {
        Map<String, CycleEntry.Decision> read = new LinkedHashMap<>();
        f.map("decisions").forEach((code, c) -> {
          Fields e = Fields.of(c, "a decision {\"accepted\": true|false, \"reason\": ...}",
              problems, damaged);
          if (e.isObject()) {
            Boolean accepted = e.bool("accepted");
            if (accepted == null && !e.has("accepted")) {
              e.require("accepted", "true or false");
            }
            String reason = reason(e);
            e.finish();
            read.put(code, new CycleEntry.Decision(Boolean.TRUE.equals(accepted), reason));
          }
        });
        yield CycleStep.decided(date, read);
      }
    };
    f.finish();
    return step;
  }

  private @Nullable LocalDate date(Fields f) {
    Tree t = f.get("date");
    if (t == null) {
      return null;
    }
    String text = f.text(t, "a date such as 2025-11-15");
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      f.problem(t.pointer(), "expected a date such as 2025-11-15, got '" + text + "'");
      return null;
    }
  }

  private Observation observation(Fields e) {
    Tree o = e.require("observation", "an observation such as {\"rate\": 0.95}");
    Observation value = o == null ? null : observations.observation(o);
    // a bad observation is reported; the entry is kept so that its request and decision still match
    return value != null ? value : PLACEHOLDER;
  }

  /** A reason: a missing or blank one is left to the record's checks, which give its pointer. */
  private static String reason(Fields e) {
    String reason = optionalText(e, "reason");
    return reason != null ? reason : "";
  }

  private static @Nullable String optionalText(Fields f, String name) {
    Tree t = f.get(name);
    if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL) {
      return null;
    }
    if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING && s.text().isBlank()) {
      return null;
    }
    return t == null ? null : f.text(t, "a text");
  }
}
