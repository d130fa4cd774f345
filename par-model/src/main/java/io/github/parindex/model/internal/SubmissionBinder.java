package io.github.parindex.model.internal;

import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.Fields;
import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds a parsed {@code par-submission/1} document to a {@link Submission}, reporting every problem. */
public final class SubmissionBinder {
  /** Observation members, grouped by the kind they make up. */
  private static final Map<String, ObservationKind> KIND_OF_FIELD = new LinkedHashMap<>();

  static {
    KIND_OF_FIELD.put("points", ObservationKind.POINTS);
    KIND_OF_FIELD.put("yes", ObservationKind.YES);
    KIND_OF_FIELD.put("rate", ObservationKind.RATE);
    KIND_OF_FIELD.put("numerator", ObservationKind.NUMERATOR_DENOMINATOR);
    KIND_OF_FIELD.put("denominator", ObservationKind.NUMERATOR_DENOMINATOR);
    KIND_OF_FIELD.put("count", ObservationKind.COUNT);
    KIND_OF_FIELD.put("option", ObservationKind.OPTION);
    KIND_OF_FIELD.put("responses", ObservationKind.RESPONSES);
    KIND_OF_FIELD.put("baseline", ObservationKind.BASELINE_CURRENT);
    KIND_OF_FIELD.put("current", ObservationKind.BASELINE_CURRENT);
    KIND_OF_FIELD.put("notApplicable", ObservationKind.NOT_APPLICABLE);
  }

  private static final String KINDS = "points, yes, rate, numerator+denominator, count, option, "
      + "responses, baseline+current or notApplicable";

  private final List<Problem> problems;
  private final Set<String> damaged;

  private SubmissionBinder() {
    this(new ArrayList<>(), new HashSet<>());
  }

  /** A binder recording into another binder's problems: the assessment record's observations. */
  SubmissionBinder(List<Problem> problems, Set<String> damaged) {
    this.problems = problems;
    this.damaged = damaged;
  }

  /**
   * Binds a document.
   *
   * @param root the parsed document
   * @return the submission
   * @throws ValidationException listing every problem
   */
  public static Submission bind(Tree root) {
    return new SubmissionBinder().run(root);
  }

  private Submission run(Tree root) {
    Fields f = Fields.of(root, "a submission", problems, damaged);
    if (!f.isObject()) {
      throw new ValidationException(problems);
    }
    Formats.expect(f, Submission.FORMAT);
    Submission.Builder b = Submission.builder();
    String methodology = f.text("methodology", true);
    b.methodology(methodology != null ? methodology : "?");
    Long year = f.whole("year", true, 1900, 9999);
    b.year(year != null ? year.intValue() : 1900);
    Tree unit = f.require("unit", "the unit {\"id\": ..., \"name\": ...}");
    b.unit(unit != null ? unit(unit) : Unit.of("?"));
    Stage stage = f.choice("stage", Stage.class);
    if (stage != null) {
      b.stage(stage);
    }
    MissingPolicy missing = f.choice("missing", MissingPolicy.class);
    if (missing != null) {
      b.missing(missing);
    }
    f.map("observations").forEach((code, tree) -> {
      Observation o = observation(tree);
      if (o != null) {
        b.putObservations(code, o);
      }
    });
    f.map("unitemised").forEach((code, tree) -> {
      BigDecimal points = f.decimal(tree);
      if (points != null) {
        b.putUnitemised(code, points);
      }
    });
    f.map("evidence").forEach((code, tree) -> b.putEvidence(code, evidence(f, tree)));
    f.map("reported").forEach((code, tree) -> {
      Reported r = reported(tree);
      if (r != null) {
        b.putReported(code, r);
      }
    });
    for (Tree code : f.list("unknown", false)) {
      String c = f.text(code, "a node code");
      if (c != null) {
        b.addUnknown(c);
      }
    }
    f.map("leadAgencies").forEach((code, tree) -> {
      String agency = f.text(tree, "the lead agency's name");
      if (agency != null) {
        b.putLeadAgencies(code, agency);
      }
    });
    f.finish();
    return Formats.build(b::build, problems, damaged);
  }

  Unit unit(Tree tree) {
    Fields f = Fields.of(tree, "the unit", problems, damaged);
    String id = f.text("id", true);
    Unit.Builder b = Unit.builder().id(id != null ? id : "?");
    String name = f.text("name", false);
    if (name != null) {
      b.name(name);
    }
    String level = f.text("level", false);
    if (level != null) {
      b.level(level);
    }
    String region = f.text("region", false);
    if (region != null) {
      b.region(region);
    }
    f.finish();
    return b.build();
  }

  @org.jspecify.annotations.Nullable Observation observation(Tree tree) {
    Fields f = Fields.of(tree, "an observation such as {\"rate\": 0.95}", problems, damaged);
    if (!f.isObject()) {
      return null;
    }
    f.allow(KIND_OF_FIELD.keySet().toArray(String[]::new));
    List<String> unknown = f.rest();
    if (!unknown.isEmpty()) {
      f.finish();
      return null;
    }
    Set<ObservationKind> kinds = new java.util.LinkedHashSet<>();
    for (Map.Entry<String, ObservationKind> e : KIND_OF_FIELD.entrySet()) {
      if (f.has(e.getKey())) {
        kinds.add(e.getValue());
      }
    }
    String at = tree.pointer();
    if (kinds.isEmpty()) {
      f.problem(at, "expected one observation kind: " + KINDS);
      return null;
    }
    if (kinds.size() > 1) {
      f.problem(at, "more than one observation kind (" + kinds.stream()
          .map(ObservationKind::fileName).reduce((a, b) -> a + ", " + b).orElse("")
          + "): give exactly one of " + KINDS);
      return null;
    }
    ObservationKind kind = kinds.iterator().next();
    switch (kind) {
      case POINTS: {
        BigDecimal p = f.decimal("points", true);
        if (p == null) {
          return null;
        }
        if (p.signum() < 0) {
          f.problem(at + "/points", "expected points of at least 0, got " + p.toPlainString());
          return null;
        }
        return Observation.points(p);
      }
      case YES: {
        Boolean yes = f.bool("yes");
        return yes == null ? null : Observation.yes(yes);
      }
      case RATE: {
        BigDecimal rate = f.decimal("rate", true);
        if (rate == null) {
          return null;
        }
        if (rate.signum() < 0) {
          f.problem(at + "/rate", "expected a rate of at least 0 (0.95 for 95 %, 1.12 for 112 %), got "
              + rate.toPlainString());
          return null;
        }
        return Observation.rate(rate);
      }
      case NUMERATOR_DENOMINATOR: {
        BigDecimal n = f.decimal("numerator", true);
        BigDecimal d = f.decimal("denominator", true);
        if (n == null || d == null) {
          return null;
        }
        boolean ok = true;
        if (n.signum() < 0) {
          f.problem(at + "/numerator", "expected a numerator of at least 0, got " + n.toPlainString());
          ok = false;
        }
        if (d.signum() <= 0) {
          f.problem(at + "/denominator", "expected a positive denominator, got " + d.toPlainString()
              + " (a leaf with nothing to count is usually not applicable)");
          ok = false;
        }
        return ok ? Observation.fraction(n, d) : null;
      }
      case COUNT: {
        Long count = f.whole("count", true, 0, Long.MAX_VALUE);
        return count == null ? null : Observation.count(count);
      }
      case OPTION: {
        String option = f.text("option", true);
        return option == null ? null : Observation.option(option);
      }
      case RESPONSES: {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Tree> e : f.map("responses").entrySet()) {
          Long count = f.whole(e.getValue(), 0, Long.MAX_VALUE);
          if (count == null) {
            ok = false;
          } else {
            counts.put(e.getKey(), count);
          }
        }
        if (!ok) {
          return null;
        }
        long total = 0;
        for (long c : counts.values()) {
          total += c;
          if (total < 0) {
            f.problem(at + "/responses", "the response counts overflow");
            return null;
          }
        }
        if (total <= 0) {
          f.problem(at + "/responses", "expected response counts with a positive total, e.g. "
              + "{\"A\": 120, \"B\": 30}");
          return null;
        }
        return Observation.responses(counts);
      }
      case BASELINE_CURRENT: {
        BigDecimal baseline = f.decimal("baseline", true);
        BigDecimal current = f.decimal("current", true);
        if (baseline == null || current == null) {
          return null;
        }
        boolean ok = true;
        if (baseline.signum() <= 0) {
          f.problem(at + "/baseline", "expected a positive baseline, got " + baseline.toPlainString());
          ok = false;
        }
        if (current.signum() < 0) {
          f.problem(at + "/current", "expected a current value of at least 0, got "
              + current.toPlainString());
          ok = false;
        }
        return ok ? Observation.change(baseline, current) : null;
      }
      case NOT_APPLICABLE: {
        Boolean na = f.bool("notApplicable");
        if (na == null) {
          return null;
        }
        if (!na) {
          f.problem(at + "/notApplicable", "expected true; to declare nothing, leave the leaf out");
          return null;
        }
        return Observation.notApplicable();
      }
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  private List<EvidenceRef> evidence(Fields parent, Tree tree) {
    List<EvidenceRef> refs = new ArrayList<>();
    if (!(tree instanceof Tree.Arr a)) {
      parent.problem(tree.pointer(), "expected a list of {\"title\": ..., \"uri\": ...}, got "
          + tree.describe());
      return refs;
    }
    for (Tree item : a.items()) {
      Fields f = Fields.of(item, "evidence {\"title\": ..., \"uri\": ...}", problems, damaged);
      String id = f.text("id", false);
      String title = f.text("title", true);
      String uri = f.text("uri", false);
      io.github.parindex.model.EvidenceStatus status =
          f.choice("status", io.github.parindex.model.EvidenceStatus.class);
      String reason = f.text("reason", false);
      f.finish();
      if (status == io.github.parindex.model.EvidenceStatus.REJECTED && reason == null
          && !f.has("reason")) {
        f.problem(item.pointer() + "/reason", "a rejected document needs the council's reason");
        continue;
      }
      if (title != null) {
        EvidenceRef.Builder b = EvidenceRef.builder().title(title);
        if (uri != null) {
          b.uri(uri);
        }
        if (id != null) {
          b.id(id);
        }
        if (status != null) {
          b.status(status);
        }
        if (reason != null) {
          b.reason(reason);
        }
        refs.add(b.build());
      }
    }
    return refs;
  }

  private Reported reported(Tree tree) {
    Fields f = Fields.of(tree, "reported figures {\"points\": ..., \"deficit\": ...}", problems,
        damaged);
    BigDecimal points = f.decimal("points", false);
    BigDecimal deficit = f.decimal("deficit", false);
    f.finish();
    if (f.isObject() && !f.has("points") && !f.has("deficit")) {
      f.problem(tree.pointer(), "expected points, a deficit, or both");
    }
    if (points == null && deficit == null) {
      return null;
    }
    Reported.Builder b = Reported.builder();
    if (points != null) {
      b.points(points);
    }
    if (deficit != null) {
      b.deficit(deficit);
    }
    return b.build();
  }
}
