package io.github.parindex.model;

import io.github.parindex.model.io.internal.Pointers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An assessment record ({@code par-assessment/1}, CYCLE.md §2): one unit, one year, one methodology,
 * and every stage of the cycle — the self-assessment, the council's changes with their reasons, the
 * unit's requests for review, the council's decisions — with the evidence documents and the
 * council's decision on each.
 *
 * <p>Guarantees: immutable and safe to share between threads. A built record is consistent on its
 * own: SELF comes first and the stages in the order SELF, APPRAISED, REVIEW_REQUESTED, FINAL, each
 * at most once, REVIEW_REQUESTED and FINAL only after APPRAISED; dates do not decrease; every change,
 * request and decision has a reason; every decision answers a request and, once FINAL is present,
 * every request has a decision; evidence ids are unique, a request cites existing documents that
 * name its leaf, and a rejected document has a reason. {@link Builder#build()} reports every
 * violation at once, each with its JSON pointer in the file's layout ({@code
 * /stages/1/changes/2.2/reason}). Whether the leaves exist and the observations fit their rules is
 * decided against the methodology, when the record is scored.
 */
public final class Assessment {
  /** The format name in files. */
  public static final String FORMAT = "par-assessment/1";

  private final String methodology;
  private final Unit unit;
  private final int year;
  private final MissingPolicy missing;
  private final Map<String, BigDecimal> unitemised;
  private final List<AssessmentEvidence> evidence;
  private final List<CycleStep> stages;

  private Assessment(Builder b) {
    this.methodology = Objects.requireNonNull(b.methodology);
    this.unit = Objects.requireNonNull(b.unit);
    this.year = b.year;
    this.missing = b.missing;
    this.unitemised = Collections.unmodifiableMap(new LinkedHashMap<>(b.unitemised));
    this.evidence = List.copyOf(b.evidence);
    this.stages = List.copyOf(b.stages);
  }

  /**
   * The methodology's id.
   *
   * @return the id the record is assessed against
   */
  public String methodology() {
    return methodology;
  }

  /**
   * The unit assessed.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The year assessed.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * What a leaf without an observation scores, at every stage (as in {@code par-submission/1}).
   *
   * @return the policy, ZERO by default
   */
  public MissingPolicy missing() {
    return missing;
  }

  /**
   * The unitemised points of nodes with a remainder, at every stage.
   *
   * @return the points by node code
   */
  public Map<String, BigDecimal> unitemised() {
    return unitemised;
  }

  /**
   * The evidence documents, in the file's order.
   *
   * @return the documents
   */
  public List<AssessmentEvidence> evidence() {
    return evidence;
  }

  /**
   * The stages present, in order; the first is SELF.
   *
   * @return the stages
   */
  public List<CycleStep> stages() {
    return stages;
  }

  /**
   * A stage.
   *
   * @param stage which
   * @return the stage, if the record has it
   */
  public Optional<CycleStep> stage(CycleStage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst();
  }

  /**
   * The last stage present: where the record's result comes from.
   *
   * @return the last stage
   */
  public CycleStep last() {
    return stages.get(stages.size() - 1);
  }

  /**
   * A builder, for reading and for host applications that build a record stage by stage.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding a record so far, to add a stage to it.
   *
   * @return a builder with this record's content
   */
  public Builder toBuilder() {
    Builder b = new Builder().methodology(methodology).unit(unit).year(year).missing(missing);
    b.unitemised.putAll(unitemised);
    b.evidence.addAll(evidence);
    b.stages.addAll(stages);
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assessment a && methodology.equals(a.methodology) && unit.equals(a.unit)
        && year == a.year && missing == a.missing && unitemised.equals(a.unitemised)
        && evidence.equals(a.evidence) && stages.equals(a.stages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(methodology, unit, year, missing, unitemised, evidence, stages);
  }

  @Override
  public String toString() {
    return "Assessment{" + methodology + " " + year + " " + unit.id() + " "
        + stages.stream().map(s -> s.stage().name()).toList() + "}";
  }

  /**
   * The problems of this record against a methodology's tree, each with its pointer in the file's
   * layout: a record of another methodology ({@code /methodology}), and every code of a stage or
   * of a document's leaves that is not a leaf of the methodology. Whether the observations fit the
   * leaves' rules is the scorer's to say.
   *
   * @param m the methodology the record is assessed against
   * @return the problems, in document order; empty when the record fits the tree
   */
  public List<Problem> problemsAgainst(Methodology m) {
    return againstTree(methodology, evidence, stages, m);
  }

  /** The one check of a record's codes against a tree, for a built record and a builder alike. */
  private static List<Problem> againstTree(@Nullable String id, List<AssessmentEvidence> evidence,
      List<CycleStep> stages, Methodology m) {
    List<Problem> problems = new ArrayList<>();
    if (id != null && !id.isBlank() && !id.equals(m.id())) {
      problems.add(Problem.at("/methodology", "the record is for methodology '" + id
          + "', scored with '" + m.id() + "'"));
    }
    for (int k = 0; k < evidence.size(); k++) {
      List<String> leaves = evidence.get(k).leaves();
      for (int j = 0; j < leaves.size(); j++) {
        if (!isLeaf(m, leaves.get(j))) {
          problems.add(Problem.at("/evidence/" + k + "/leaves/" + j, "no leaf has code '"
              + leaves.get(j) + "'"));
        }
      }
    }
    for (int i = 0; i < stages.size(); i++) {
      CycleStep s = stages.get(i);
      String member = CycleEntry.memberOf(s.stage());
      Iterable<String> codes = s.stage() == CycleStage.SELF ? s.observations().keySet()
          : s.entries().keySet();
      for (String code : codes) {
        if (!isLeaf(m, code)) {
          problems.add(Problem.at(Pointers.child("/stages/" + i + "/" + member, code),
              "no leaf has code '" + code + "' in methodology " + m.id()));
        }
      }
    }
    problems.sort(Problem.documentOrder());
    return problems;
  }

  private static boolean isLeaf(Methodology m, String code) {
    return m.node(code).map(Node::isLeaf).orElse(false);
  }

  /**
   * Builds an {@link Assessment}; not thread-safe. Stages are checked in the order added, which is
   * their order in the file.
   */
  public static final class Builder {
    private @Nullable String methodology;
    private @Nullable Unit unit;
    private int year;
    private MissingPolicy missing = MissingPolicy.ZERO;
    private final Map<String, BigDecimal> unitemised = new LinkedHashMap<>();
    private final List<AssessmentEvidence> evidence = new ArrayList<>();
    private final List<CycleStep> stages = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the methodology's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder methodology(String id) {
      this.methodology = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the year.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets the missing policy.
     *
     * @param missing the policy
     * @return this builder
     */
    public Builder missing(MissingPolicy missing) {
      this.missing = Objects.requireNonNull(missing, "missing");
      return this;
    }

    /**
     * Sets a node's unitemised points.
     *
     * @param code the node's code
     * @param points the points
     * @return this builder
     */
    public Builder putUnitemised(String code, BigDecimal points) {
      unitemised.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(points));
      return this;
    }

    /**
     * Adds an evidence document.
     *
     * @param document the document
     * @return this builder
     */
    public Builder addEvidence(AssessmentEvidence document) {
      evidence.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    /**
     * Adds a stage, after those added before.
     *
     * @param step the stage
     * @return this builder
     */
    public Builder addStage(CycleStep step) {
      stages.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Adds the self-assessment.
     *
     * @param date its date, or {@code null}
     * @param observations every observation
     * @return this builder
     */
    public Builder self(@Nullable LocalDate date, Map<String, Observation> observations) {
      return addStage(CycleStep.self(date, observations));
    }

    /**
     * Adds the appraisal.
     *
     * @param date its date, or {@code null}
     * @param changes the council's changes, each with a reason
     * @return this builder
     */
    public Builder appraised(@Nullable LocalDate date, Map<String, CycleEntry.Change> changes) {
      return addStage(CycleStep.appraised(date, changes));
    }

    /**
     * Adds the requests for review.
     *
     * @param date its date, or {@code null}
     * @param requests the requests, each with a reason
     * @return this builder
     */
    public Builder reviewRequested(@Nullable LocalDate date,
        Map<String, CycleEntry.Request> requests) {
      return addStage(CycleStep.reviewRequested(date, requests));
    }

    /**
     * Adds the official result: the decision on every request.
     *
     * @param date its date, or {@code null}
     * @param decisions the decisions, each with a reason
     * @return this builder
     */
    public Builder decided(@Nullable LocalDate date, Map<String, CycleEntry.Decision> decisions) {
      return addStage(CycleStep.decided(date, decisions));
    }

    /**
     * Builds the record after checking it.
     *
     * @return the record
     * @throws ValidationException listing every problem, each with its pointer
     */
    public Assessment build() {
      return build(null);
    }

    /**
     * Builds the record after checking it on its own and against a methodology's tree, reporting
     * every problem of both at once: those of {@link #build()} and those of {@link
     * Assessment#problemsAgainst(Methodology)}.
     *
     * @param m the methodology the record is assessed against, or {@code null} to check the
     *     record on its own
     * @return the record
     * @throws ValidationException listing every problem, each with its pointer, in document order
     */
    public Assessment build(@Nullable Methodology m) {
      List<Problem> problems = new ArrayList<>();
      if (m != null) {
        problems.addAll(againstTree(methodology, evidence, stages, m));
      }
      if (methodology == null || methodology.isBlank()) {
        problems.add(Problem.at("/methodology", "expected the methodology's id"));
      }
      if (unit == null) {
        problems.add(Problem.at("/unit", "expected the unit {\"id\": ..., \"name\": ...}"));
      }
      if (year < 1900 || year > 9999) {
        problems.add(Problem.at("/year", "expected a year from 1900 to 9999, got " + year));
      }
      Map<String, AssessmentEvidence> byId = checkEvidence(problems);
      checkStages(problems, byId);
      if (!problems.isEmpty()) {
        problems.sort(Problem.documentOrder());
        throw new ValidationException(problems);
      }
      return new Assessment(this);
    }

    private Map<String, AssessmentEvidence> checkEvidence(List<Problem> problems) {
      Map<String, AssessmentEvidence> byId = new HashMap<>();
      for (int i = 0; i < evidence.size(); i++) {
        AssessmentEvidence e = evidence.get(i);
        String at = "/evidence/" + i;
        if (e.id().isBlank()) {
          problems.add(Problem.at(at + "/id", "expected the document's id, e.g. \"E1\""));
        } else if (byId.putIfAbsent(e.id(), e) != null) {
          problems.add(Problem.at(at + "/id", "duplicate evidence id '" + e.id() + "'"));
        }
        if (e.title().isBlank()) {
          problems.add(Problem.at(at + "/title", "expected what the document is"));
        }
        if (e.leaves().isEmpty()) {
          problems.add(Problem.at(at + "/leaves", "expected the codes of the leaves it supports"));
        }
        if (e.status() == EvidenceStatus.REJECTED
            && (e.reason() == null || e.reason().isBlank())) {
          problems.add(Problem.at(at + "/reason", "a rejected document needs the council's "
              + "reason"));
        }
      }
      return byId;
    }

    private void checkStages(List<Problem> problems, Map<String, AssessmentEvidence> byId) {
      if (stages.isEmpty()) {
        problems.add(Problem.at("/stages", "expected at least the SELF stage"));
        return;
      }
      Map<CycleStage, Integer> at = new EnumMap<>(CycleStage.class);
      CycleStage previous = null;
      LocalDate previousDate = null;
      for (int i = 0; i < stages.size(); i++) {
        CycleStep s = stages.get(i);
        String here = "/stages/" + i;
        if (i == 0 && s.stage() != CycleStage.SELF) {
          problems.add(Problem.at(here + "/stage", "expected SELF first, got " + s.stage()));
        } else if (previous != null && s.stage().compareTo(previous) <= 0) {
          problems.add(Problem.at(here + "/stage", "stage " + s.stage() + " after " + previous
              + ": expected the order SELF, APPRAISED, REVIEW_REQUESTED, FINAL, each once"));
        } else if (s.stage().compareTo(CycleStage.APPRAISED) > 0
            && !at.containsKey(CycleStage.APPRAISED)) {
          problems.add(Problem.at(here + "/stage", s.stage() + " needs an APPRAISED stage "
              + "before it"));
        }
        at.putIfAbsent(s.stage(), i);
        previous = s.stage().compareTo(previous == null ? s.stage() : previous) >= 0
            ? s.stage() : previous;
        if (s.date() != null) {
          if (previousDate != null && s.date().isBefore(previousDate)) {
            problems.add(Problem.at(here + "/date", "the date " + s.date() + " is before the "
                + "previous stage's " + previousDate + ": dates must not decrease"));
          }
          previousDate = s.date();
        }
        checkEntries(problems, s, here, byId);
      }
      Integer review = at.get(CycleStage.REVIEW_REQUESTED);
      Integer decided = at.get(CycleStage.FINAL);
      Map<String, CycleEntry> requests = review == null ? Map.of() : stages.get(review).entries();
      if (decided != null) {
        CycleStep f = stages.get(decided);
        for (String code : f.entries().keySet()) {
          if (!requests.containsKey(code)) {
            problems.add(Problem.at(Pointers.child("/stages/" + decided + "/decisions", code),
                "no request for leaf " + code + " to decide: a decision answers a "
                    + "REVIEW_REQUESTED request"));
          }
        }
        for (String code : requests.keySet()) {
          if (!f.entries().containsKey(code)) {
            problems.add(Problem.at(Pointers.child("/stages/" + review + "/requests", code),
                "the request has no decision in FINAL (/stages/" + decided + "/decisions)"));
          }
        }
      }
    }

    private void checkEntries(List<Problem> problems, CycleStep s, String here,
        Map<String, AssessmentEvidence> byId) {
      String member = CycleEntry.memberOf(s.stage());
      if (s.stage() != CycleStage.SELF && !s.observations().isEmpty()) {
        problems.add(Problem.at(here + "/observations", "only SELF has observations; "
            + s.stage() + " has " + member));
      }
      if (s.stage() == CycleStage.SELF && !s.entries().isEmpty()) {
        problems.add(Problem.at(here + "/" + member, "SELF has observations, not entries"));
      }
      for (Map.Entry<String, CycleEntry> e : s.entries().entrySet()) {
        String entryAt = Pointers.child(here + "/" + member, e.getKey());
        CycleEntry entry = e.getValue();
        boolean fits = switch (s.stage()) {
          case APPRAISED -> entry instanceof CycleEntry.Change;
          case REVIEW_REQUESTED -> entry instanceof CycleEntry.Request;
          case FINAL -> entry instanceof CycleEntry.Decision;
          default -> false;
        };
        if (!fits) {
          problems.add(Problem.at(entryAt, "expected " + switch (s.stage()) {
            case APPRAISED -> "a change {\"observation\": ..., \"reason\": ...}";
            case REVIEW_REQUESTED -> "a request {\"observation\": ..., \"reason\": ...}";
            default -> "a decision {\"accepted\": true|false, \"reason\": ...}";
          }));
          continue;
        }
        if (entry.reason().isBlank()) {
          problems.add(Problem.at(entryAt + "/reason", "a reason is required: every change, "
              + "request and decision says why"));
        }
        if (entry instanceof CycleEntry.Request r) {
          for (int j = 0; j < r.evidence().size(); j++) {
            String id = r.evidence().get(j);
            AssessmentEvidence doc = byId.get(id);
            if (doc == null) {
              problems.add(Problem.at(entryAt + "/evidence/" + j, "no evidence has id '" + id
                  + "'"));
            } else if (!doc.leaves().contains(e.getKey())) {
              problems.add(Problem.at(entryAt + "/evidence/" + j, "evidence " + id
                  + " does not name leaf " + e.getKey() + " in its leaves"));
            }
          }
        }
      }
    }
  }
}
