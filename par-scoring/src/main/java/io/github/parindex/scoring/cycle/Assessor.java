package io.github.parindex.scoring.cycle;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.Pointers;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.EvidenceGaps;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores assessment records: the one place of the cycle's rules (CYCLE.md §2–§3 as DECISIONS.md
 * reads them).
 *
 * <ul>
 *   <li>Composition: SELF's observations; APPRAISED = SELF + the changes; REVIEW_REQUESTED = APPRAISED
 *       + every request's observation (what the unit asks for); FINAL = APPRAISED + the observations
 *       of the accepted requests (APPRAISED's when there is no request).
 *   <li>When evidence counts: a document cited by a request counts from REVIEW_REQUESTED on; every
 *       other document from SELF on. Its status is the council's decision wherever it counts.
 *   <li>The evidence rule, for a leaf with {@code evidenceRequired}: at SELF, no document counting
 *       that names it → a warning, points kept; at the later stages, no ACCEPTED document counting
 *       that names it → the leaf lacks evidence ({@link EvidenceGaps}), and the scorer zeroes it when
 *       it is applicable and would score above 0.
 * </ul>
 *
 * <p>Thread-safe and immutable: one assessor serves every record of its methodology.
 */
public final class Assessor {
  private final Scorer scorer;
  private final Methodology methodology;

  private Assessor(Scorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.methodology = scorer.methodology();
  }

  /**
   * An assessor scoring with a scorer.
   *
   * @param scorer the scorer of the records' methodology
   * @return the assessor
   */
  public static Assessor of(Scorer scorer) {
    return new Assessor(scorer);
  }

  /**
   * Scores every stage of a record.
   *
   * @param a the record
   * @return the report
   * @throws ValidationException listing every problem of the record against the methodology (an
   *     unknown leaf or evidence leaf, an observation its rule refuses, another methodology), each
   *     with its pointer in the record
   */
  public AssessmentReport assess(Assessment a) {
    List<Problem> problems = check(a);
    List<Map<String, Observation>> composed = compose(a);
    List<Map<String, String>> origins = origins(a);
    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < a.stages().size(); i++) {
      Submission s = submission(a, a.stages().get(i).stage(), composed.get(i));
      submissions.add(s);
      if (problems.isEmpty() || i == 0) {
        for (Problem p : scorer.check(s)) {
          problems.add(relocate(p, i, origins.get(i)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(dedupe(problems));
    }
    List<StageResult> results = new ArrayList<>();
    List<CycleWarning> warnings = new ArrayList<>();
    for (int i = 0; i < a.stages().size(); i++) {
      CycleStage stage = a.stages().get(i).stage();
      EvidenceGaps gaps = stage == CycleStage.SELF ? EvidenceGaps.none() : gaps(a, stage);
      Scorecard card = scorer.score(submissions.get(i), gaps);
      results.add(new StageResult(stage, composed.get(i), gaps, card));
      warnings.addAll(warnings(a, stage, card));
    }
    return new AssessmentReport(a, results, leaves(a, results), warnings);
  }

  /** The observations of each stage, composed from the stages before it (CYCLE.md §2). */
  private static List<Map<String, Observation>> compose(Assessment a) {
    List<Map<String, Observation>> out = new ArrayList<>();
    Map<String, Observation> appraised = null;
    Map<String, Observation> current = new LinkedHashMap<>();
    Map<String, CycleEntry> requests = Map.of();
    for (CycleStep s : a.stages()) {
      switch (s.stage()) {
        case SELF -> current = new LinkedHashMap<>(s.observations());
        case APPRAISED -> {
          current = new LinkedHashMap<>(current);
          for (Map.Entry<String, CycleEntry> e : s.entries().entrySet()) {
            current.put(e.getKey(), ((CycleEntry.Change) e.getValue()).observation());
          }
          appraised = current;
        }
        case REVIEW_REQUESTED -> {
          requests = s.entries();
          current = new LinkedHashMap<>(appraised != null ? appraised : current);
          for (Map.Entry<String, CycleEntry> e : requests.entrySet()) {
            current.put(e.getKey(), ((CycleEntry.Request) e.getValue()).observation());
          }
        }
        case FINAL -> {
          current = new LinkedHashMap<>(appraised != null ? appraised : current);
          for (Map.Entry<String, CycleEntry> e : s.entries().entrySet()) {
            CycleEntry request = requests.get(e.getKey());
            if (request instanceof CycleEntry.Request r
                && ((CycleEntry.Decision) e.getValue()).accepted()) {
              current.put(e.getKey(), r.observation());
            }
          }
        }
      }
      out.add(current);
    }
    return out;
  }

  /** For each stage, where each leaf's observation was written in the record. */
  private static List<Map<String, String>> origins(Assessment a) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> appraised = null;
    Map<String, String> current = new HashMap<>();
    Map<String, String> requested = new HashMap<>();
    for (int i = 0; i < a.stages().size(); i++) {
      CycleStep s = a.stages().get(i);
      String at = "/stages/" + i;
      switch (s.stage()) {
        case SELF -> {
          current = new HashMap<>();
          for (String code : s.observations().keySet()) {
            current.put(code, Pointers.child(at + "/observations", code));
          }
        }
        case APPRAISED -> {
          current = new HashMap<>(current);
          for (String code : s.entries().keySet()) {
            current.put(code, Pointers.child(at + "/changes", code) + "/observation");
          }
          appraised = current;
        }
        case REVIEW_REQUESTED -> {
          current = new HashMap<>(appraised != null ? appraised : current);
          for (String code : s.entries().keySet()) {
            String p = Pointers.child(at + "/requests", code) + "/observation";
            current.put(code, p);
            requested.put(code, p);
          }
        }
        case FINAL -> {
          current = new HashMap<>(appraised != null ? appraised : current);
          current.putAll(requested);
        }
      }
      out.add(current);
    }
    return out;
  }

  private static Problem relocate(Problem p, int stage, Map<String, String> origin) {
    String path = p.path();
    if (path.startsWith("/observations/")) {
      String rest = path.substring("/observations/".length());
      int slash = rest.indexOf('/');
      String token = slash < 0 ? rest : rest.substring(0, slash);
      String code = token.replace("~1", "/").replace("~0", "~");
      String where = origin.get(code);
      if (where != null) {
        return Problem.at(where + (slash < 0 ? "" : rest.substring(slash)), p.message());
      }
    }
    return Problem.at("/stages/" + stage + path, p.message());
  }

  private static List<Problem> dedupe(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
    out.sort(Problem.documentOrder());
    return out;
  }

  /** The record against the methodology: ids, leaves. */
  private List<Problem> check(Assessment a) {
    return new ArrayList<>(a.problemsAgainst(methodology));
  }

  private Submission submission(Assessment a, CycleStage stage, Map<String, Observation> obs) {
    Submission.Builder b = Submission.builder();
    b.methodology(a.methodology()).year(a.year()).unit(a.unit()).stage(stage.scoredAs())
        .missing(a.missing()).putAllObservations(obs).putAllUnitemised(a.unitemised());
    return b.build();
  }

  /** The documents that count at a stage (DECISIONS.md 2). */
  private static List<AssessmentEvidence> counting(Assessment a, CycleStage stage) {
    Set<String> cited = new HashSet<>();
    a.stage(CycleStage.REVIEW_REQUESTED).ifPresent(s -> s.entries().values().forEach(
        e -> cited.addAll(((CycleEntry.Request) e).evidence())));
    boolean withRequests = stage.compareTo(CycleStage.REVIEW_REQUESTED) >= 0;
    return a.evidence().stream().filter(e -> withRequests || !cited.contains(e.id())).toList();
  }

  /** The leaves needing evidence without an accepted document counting at a stage, and why. */
  private EvidenceGaps gaps(Assessment a, CycleStage stage) {
    List<AssessmentEvidence> docs = counting(a, stage);
    Map<String, LocalizedText> why = new LinkedHashMap<>();
    for (Node leaf : methodology.leaves()) {
      if (!leaf.evidenceRequired()) {
        continue;
      }
      List<AssessmentEvidence> naming = docs.stream()
          .filter(e -> e.leaves().contains(leaf.code())).toList();
      if (naming.stream().anyMatch(e -> e.status() == EvidenceStatus.ACCEPTED)) {
        continue;
      }
      why.put(leaf.code(), whyLacking(naming));
    }
    return EvidenceGaps.of(why);
  }

  private static LocalizedText whyLacking(List<AssessmentEvidence> naming) {
    if (naming.isEmpty()) {
      return LocalizedText.of("không có tài liệu kiểm chứng", "no evidence document");
    }
    StringBuilder vi = new StringBuilder("không có tài liệu kiểm chứng được chấp nhận (");
    StringBuilder en = new StringBuilder("no accepted evidence document (");
    for (int i = 0; i < naming.size(); i++) {
      AssessmentEvidence e = naming.get(i);
      if (i > 0) {
        vi.append("; ");
        en.append("; ");
      }
      boolean rejected = e.status() == EvidenceStatus.REJECTED;
      vi.append(e.id()).append(rejected ? " không được chấp nhận: " + e.reason()
          : " chưa được thẩm định");
      en.append(e.id()).append(rejected ? " rejected: " + e.reason() : " not yet decided");
    }
    return LocalizedText.of(vi.append(')').toString(), en.append(')').toString());
  }

  private List<CycleWarning> warnings(Assessment a, CycleStage stage, Scorecard card) {
    // the evidence rule's warnings first: they are the cycle's own
    List<CycleWarning> out = new ArrayList<>();
    if (stage == CycleStage.SELF) {
      List<AssessmentEvidence> docs = counting(a, stage);
      List<String> without = new ArrayList<>();
      for (Node leaf : methodology.leaves()) {
        NodeScore n = card.node(leaf.code());
        if (leaf.evidenceRequired() && n.status() != Status.NOT_APPLICABLE
            && n.points().map(p -> p.signum() > 0).orElse(false)
            && docs.stream().noneMatch(e -> e.leaves().contains(leaf.code()))) {
          without.add(leaf.code());
        }
      }
      for (String code : without) {
        out.add(new CycleWarning(stage, CycleWarning.Kind.NO_EVIDENCE_ATTACHED, List.of(code),
            LocalizedText.of(code + ": chưa có tài liệu kiểm chứng (vẫn tính điểm tự đánh giá)",
                code + ": no evidence attached (the self-assessed points are kept)")));
      }
    }
    for (Warning w : card.warnings()) {
      out.add(new CycleWarning(stage, CycleWarning.Kind.SCORECARD, w.codes(), w.message()));
    }
    return out;
  }

  private List<LeafHistory> leaves(Assessment a, List<StageResult> results) {
    List<LeafHistory> out = new ArrayList<>();
    CycleStep appraised = a.stage(CycleStage.APPRAISED).orElse(null);
    CycleStep review = a.stage(CycleStage.REVIEW_REQUESTED).orElse(null);
    CycleStep decided = a.stage(CycleStage.FINAL).orElse(null);
    for (Node leaf : methodology.leaves()) {
      Map<CycleStage, BigDecimal> points = new LinkedHashMap<>();
      Map<CycleStage, Status> statuses = new LinkedHashMap<>();
      Set<BigDecimal> distinct = new HashSet<>();
      boolean zeroed = false;
      for (StageResult r : results) {
        NodeScore n = r.scorecard().node(leaf.code());
        BigDecimal p = n.points().orElse(null);
        if (p != null) {
          points.put(r.stage(), p);
          distinct.add(p.stripTrailingZeros());
        }
        statuses.put(r.stage(), n.status());
        zeroed |= n.status() == Status.NO_EVIDENCE;
      }
      if (distinct.size() < 2 && !zeroed) {
        continue;
      }
      out.add(new LeafHistory(leaf.code(), points, statuses,
          appraised == null ? null : (CycleEntry.Change) appraised.entries().get(leaf.code()),
          review == null ? null : (CycleEntry.Request) review.entries().get(leaf.code()),
          decided == null ? null : (CycleEntry.Decision) decided.entries().get(leaf.code()),
          a.evidence().stream().filter(e -> e.leaves().contains(leaf.code())).toList()));
    }
    return out;
  }
}
