package io.github.parindex.excel;

import io.github.parindex.excel.Layout.Column;
import io.github.parindex.excel.LeafPlan.Slot;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One leaf of the form: its kind (chosen, or inferred from the cells filled), its values from its
 * row and sub-rows, checked for their kind, and the points typed beside them compared with what the
 * data earns. Used once per leaf.
 */
final class LeafReader {
  private final FormSheet f;
  private final Methodology m;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, String> cells;
  private final XSSFSheet sheet;
  private final String sheetName;
  private final PreparedRules rules;
  private final FormTable.LeafRows leaf;
  private final Column points;

  LeafReader(FormSheet f, FormTable.LeafRows leaf, Column points) {
    this.f = f;
    this.m = f.m;
    this.source = f.reader.source;
    this.problems = f.reader.problems;
    this.cells = f.cells;
    this.sheet = f.sheet;
    this.sheetName = f.sheetName;
    this.rules = f.rules;
    this.leaf = leaf;
    this.points = points;
  }

  /**
   * The leaf's observation.
   *
   * @return the observation, or null when the leaf has no data or its problems were recorded
   */
  Observation read() {
    LeafPlan plan = leaf.plan;
    String code = plan.leaf.code();
    String at = "/observations/" + LeafPlan.escape(code);
    String kindRef = f.ref(leaf.row, Column.KIND);
    cells.put(at, kindRef);
    cells.put(at + "/notApplicable", kindRef);
    cells.put(at + "/points", points == null ? kindRef : f.ref(leaf.row, points));
    cells.put(at + "/responses", kindRef);
    for (Slot s : plan.slots()) {
      Integer r = rowOf(s);
      cells.put(at + s.part(), r == null ? kindRef : f.ref(r, Column.VALUE));
    }
    f.otherPoints(leaf.row, points);
    Cells.Value kindValue = f.value(leaf.row, Column.KIND);
    ObservationKind kind;
    if (!kindValue.blank()) {
      String text = CellReader.text(kindValue);
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
        Integer r = rowOf(s);
        if (r != null && !f.value(r, Column.VALUE).blank()) {
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
            && !f.value(leaf.row, points).blank()) {
          kind = ObservationKind.POINTS;
        } else {
          return null;
        }
      } else {
        kind = filled.iterator().next();
      }
    }
    for (Slot s : plan.slots()) {
      Integer r = rowOf(s);
      if (s.kind() != kind && r != null && !f.value(r, Column.VALUE).blank()) {
        f.warn(f.ref(r, Column.VALUE), "ignored: the kind of " + code + " is '" + Layout.kind(kind)
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
        String ref = f.ref(leaf.row, points);
        Cells.Value v = f.value(leaf.row, points);
        if (v.blank()) {
          problems.add(new Problem(source, ref, "expected the points of " + code + " here (its "
              + "kind is '" + Layout.kind(kind) + "'), got nothing"));
          yield null;
        }
        BigDecimal p = f.nonNegative(v, ref, "points from 0 to " + Texts.vi(plan.leaf.maxPoints()));
        yield p == null ? null : Observation.points(p);
      }
      default -> data(kind);
    };
    if (o == null || problems.size() > before) {
      return null;
    }
    if (kind != ObservationKind.POINTS && kind != ObservationKind.NOT_APPLICABLE) {
      compare(o);
    }
    return o;
  }

  /** The observation of a kind with values, or null after recording problems. */
  private Observation data(ObservationKind kind) {
    LeafPlan plan = leaf.plan;
    List<Slot> slots = plan.slots(kind);
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    Map<String, Long> responses = new LinkedHashMap<>();
    String kindRef = f.ref(leaf.row, Column.KIND);
    Boolean yes = null;
    String option = null;
    boolean ok = true;
    for (Slot s : slots) {
      Integer r = rowOf(s);
      if (r == null) {
        problems.add(new Problem(source, kindRef, "no '" + s.label() + "' row under "
            + plan.leaf.code() + ": the rows under a criterion hold the values of "
            + Layout.kind(kind)));
        ok = false;
        continue;
      }
      String ref = f.ref(r, Column.VALUE);
      Cells.Value v = f.value(r, Column.VALUE);
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
          yes = f.yesNo(v, ref);
          ok &= yes != null;
        }
        case OPTION -> {
          option = CellReader.text(v);
        }
        case RATE -> {
          BigDecimal rate = f.number(v, ref, expected(s), true);
          // above 1 is more than 100 % (CYCLE.md §1): what a rate earns is the rule's decision
          if (rate != null && rate.signum() < 0) {
            problems.add(new Problem(source, ref, "expected " + expected(s) + ", got "
                + CellReader.shownNumber(v, rate)));
            rate = null;
          }
          ok &= put(numbers, s, rate);
        }
        case WHOLE -> {
          BigDecimal n = f.number(v, ref, expected(s), false);
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
        case NON_NEGATIVE -> ok &= put(numbers, s, f.nonNegative(v, ref, expected(s)));
        case POSITIVE -> {
          BigDecimal n = f.number(v, ref, expected(s), false);
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
        return Observation.fraction(num, den); // a numerator above it: a rate above 100 %
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
      case RATE -> "a rate of at least 0 (0,95 for 95 %)";
      case WHOLE -> "a whole number of at least 0";
      case NON_NEGATIVE -> "a number of at least 0";
      case POSITIVE -> "a number above 0";
    };
  }

  /** Warns when the stage's points cell differs from what the declared data earns. */
  private void compare(Observation o) {
    if (points == null) {
      return;
    }
    Cells.Value v = f.value(leaf.row, points);
    if (v.type() != Cells.Type.NUMBER && v.type() != Cells.Type.TEXT) {
      return;
    }
    BigDecimal typed = v.type() == Cells.Type.NUMBER ? v.number() : f.reader.parse(v.text(), false)
        .value();
    if (typed == null) {
      f.warn(f.ref(leaf.row, points), "ignored: " + v.shown() + " is not a number; the points of "
          + leaf.plan.leaf.code() + " come from its declared data");
      return;
    }
    try {
      LeafResult result = rules.score(leaf.plan.leaf.code(), o, MissingPolicy.ZERO);
      if (result.points().compareTo(typed) != 0) {
        f.warn(f.ref(leaf.row, points), "the points here (" + Texts.vi(typed) + ") are not what the "
            + "declared data earns (" + Texts.vi(result.points()) + "); the declared data is kept");
      }
    } catch (RuleInputException | IllegalArgumentException e) {
      // reported by the checks
    }
  }

  private Integer rowOf(Slot s) {
    return s == leaf.plan.main ? Integer.valueOf(leaf.row) : leaf.subs.get(s);
  }
}
