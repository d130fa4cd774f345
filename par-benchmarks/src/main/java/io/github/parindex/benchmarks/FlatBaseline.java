package io.github.parindex.benchmarks;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (b), the practical limit: the scoring of {@link Workloads#commune88()} written by hand for
 * that methodology, the way a programmer who knows it would write a tight loop — parameters turned
 * into {@code long}s at 4 decimals once, the tree into flat arrays (each leaf's criterion and field),
 * and per submission one map lookup per leaf, a switch, long arithmetic with one HALF_UP rounding,
 * sums into the criteria and fields, the index and the band.
 *
 * <p>It reads the same {@link Submission} objects as {@code Scorer.score}, so that both pay for the
 * same input; it does no validation, no overflow checks (the workload's numbers are known to be
 * small), keeps no trace and handles only what this methodology and its submissions use: the nine
 * rule types as parameterised there, {@code notApplicable}, overrides and the {@code ZERO} policy.
 * Its results equal the scorer's (checked by the module's tests). Not thread-safe: one instance per
 * thread.
 */
public final class FlatBaseline {
  private static final int SCALE = 4;
  private static final long ONE = 10_000;

  private final int leaves;
  private final String[] codes;
  private final int[] type;
  private final long[] max;
  private final int[] criterion;
  private final int[] field;
  private final long[] target;
  private final long[] floor;
  private final long[][] bandMin;
  private final long[][] bandPoints;
  private final String[][] keys;
  private final long[][] keyValues;
  private final long[] perItem;
  private final long[] freeItems;
  private final int fields;
  private final int criteria;
  private final long[] bandsMin;

  /** Per submission results, reused: points × 10^4 of each field, criterion and leaf. */
  private final long[] fieldPoints;
  private final long[] fieldApplicable;
  private final long[] criterionPoints;
  private final long[] leafPoints;

  /**
   * Flattens a methodology built like {@link Workloads#commune88()}.
   *
   * @param m the methodology
   */
  public FlatBaseline(Methodology m) {
    List<Node> leafList = m.leaves();
    leaves = leafList.size();
    codes = new String[leaves];
    type = new int[leaves];
    max = new long[leaves];
    criterion = new int[leaves];
    field = new int[leaves];
    target = new long[leaves];
    floor = new long[leaves];
    bandMin = new long[leaves][];
    bandPoints = new long[leaves][];
    keys = new String[leaves][];
    keyValues = new long[leaves][];
    perItem = new long[leaves];
    freeItems = new long[leaves];
    fields = m.nodes().size();
    int criterionCount = 0;
    int k = 0;
    for (int f = 0; f < fields; f++) {
      for (Node child : m.nodes().get(f).children()) {
        int c = child.isLeaf() ? -1 : criterionCount++;
        for (Node leaf : child.isLeaf() ? List.of(child) : child.children()) {
          flatten(k++, leaf, f, c);
        }
      }
    }
    criteria = criterionCount;
    bandsMin = m.bands().stream().mapToLong(b -> b.minPercent().movePointRight(2).longValueExact())
        .toArray();
    fieldPoints = new long[fields];
    fieldApplicable = new long[fields];
    criterionPoints = new long[criteria];
    leafPoints = new long[leaves];
  }

  private void flatten(int k, Node leaf, int f, int c) {
    codes[k] = leaf.code();
    String t = leaf.rule().orElseThrow().type();
    type[k] = Workloads.RULE_TYPES.indexOf(t);
    max[k] = fixed(leaf.maxPoints());
    field[k] = f;
    criterion[k] = c;
    Map<String, DataValue> p = leaf.rule().orElseThrow().parameters();
    switch (t) {
      case "option", "survey" -> {
        Map<String, DataValue> options = ((DataValue.MapValue) p.get("options")).entries();
        keys[k] = options.keySet().toArray(new String[0]);
        keyValues[k] = new long[keys[k].length];
        for (int i = 0; i < keys[k].length; i++) {
          long percent = decimal(options.get(keys[k][i])).longValueExact();
          // option: the points of the key; survey: the percent
          keyValues[k][i] = t.equals("option") ? halfUp(max[k] * percent, 100) : percent;
        }
      }
      case "rate-linear" -> {
        target[k] = p.containsKey("target") ? fixed(decimal(p.get("target"))) : ONE;
        floor[k] = p.containsKey("floor") ? fixed(decimal(p.get("floor"))) : 0;
      }
      case "rate-bands", "count-bands" -> {
        List<DataValue> bands = ((DataValue.ListValue) p.get("bands")).items();
        bandMin[k] = new long[bands.size()];
        bandPoints[k] = new long[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
          Map<String, DataValue> b = ((DataValue.MapValue) bands.get(i)).entries();
          BigDecimal min = decimal(b.get("min"));
          bandMin[k][i] = t.equals("rate-bands") ? fixed(min) : min.longValueExact();
          bandPoints[k][i] = halfUp(max[k] * decimal(b.get("percent")).longValueExact(), 100);
        }
      }
      case "deduction" -> {
        perItem[k] = p.containsKey("perItem") ? fixed(decimal(p.get("perItem")))
            : halfUp(max[k] * decimal(p.get("perItemPercent")).longValueExact(), 100);
        freeItems[k] = p.containsKey("freeItems") ? decimal(p.get("freeItems")).longValueExact()
            : 0;
      }
      case "reduction-target" -> target[k] = fixed(decimal(p.get("target")));
      default -> {
        // yes-no, points
      }
    }
  }

  private static BigDecimal decimal(DataValue v) {
    return ((DataValue.DecimalValue) v).value();
  }

  private static long fixed(BigDecimal v) {
    return v.movePointRight(SCALE).longValueExact();
  }

  /** {@code a / b} rounded half up, for {@code a >= 0}, {@code b > 0}. */
  private static long halfUp(long a, long b) {
    long q = a / b;
    long r = a - q * b;
    return r * 2 >= b ? q + 1 : q;
  }

  /** The unscaled value of a decimal: its digits without the point. */
  private static long digits(BigDecimal v) {
    return v.scaleByPowerOfTen(v.scale()).longValueExact();
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /**
   * Scores a submission.
   *
   * @param s the submission
   * @return the published index × 100 (2 decimals), or -1 when nothing applies
   */
  public long score(Submission s) {
    Map<String, Observation> observations = s.observations();
    java.util.Arrays.fill(fieldPoints, 0);
    java.util.Arrays.fill(fieldApplicable, 0);
    java.util.Arrays.fill(criterionPoints, 0);
    for (int k = 0; k < leaves; k++) {
      Observation o = observations.get(codes[k]);
      long p;
      long applicable = max[k];
      if (o == null) {
        p = 0;
      } else if (o instanceof Observation.NotApplicable) {
        p = 0;
        applicable = 0;
      } else if (o instanceof Observation.Points given) {
        p = digits(given.points()) * pow10(SCALE - given.points().scale());
      } else {
        p = leaf(k, o);
      }
      leafPoints[k] = p;
      fieldPoints[field[k]] += p;
      fieldApplicable[field[k]] += applicable;
      if (criterion[k] >= 0) {
        criterionPoints[criterion[k]] += p;
      }
    }
    long total = 0;
    long applicableMax = 0;
    for (int f = 0; f < fields; f++) {
      total += fieldPoints[f];
      applicableMax += fieldApplicable[f];
    }
    if (applicableMax == 0) {
      return -1;
    }
    return halfUp(total * 10_000, applicableMax);
  }

  /**
   * The band of an index.
   *
   * @param index the index × 100
   * @return the position of the band, from 0, or -1
   */
  public int band(long index) {
    for (int b = 0; b < bandsMin.length; b++) {
      if (bandsMin[b] <= index) {
        return b;
      }
    }
    return -1;
  }

  /**
   * The points of a field in the last submission scored.
   *
   * @param f the field's position, from 0
   * @return its points × 10^4
   */
  public long fieldPoints(int f) {
    return fieldPoints[f];
  }

  private long leaf(int k, Observation o) {
    long m = max[k];
    switch (type[k]) {
      case 0:
        return ((Observation.YesNo) o).yes() ? m : 0;
      case 1: {
        String key = ((Observation.Option) o).key();
        String[] ks = keys[k];
        for (int i = 0; i < ks.length; i++) {
          if (ks[i].equals(key)) {
            return keyValues[k][i];
          }
        }
        return 0;
      }
      case 2: {
        // rate as num / den; points = max × rate / target, unless below the floor or above target
        long num;
        long den;
        if (o instanceof Observation.Rate r) {
          num = digits(r.rate()) * ONE;
          den = pow10(r.rate().scale());
        } else {
          Observation.Fraction f = (Observation.Fraction) o;
          num = f.numerator().longValueExact() * ONE;
          den = f.denominator().longValueExact();
        }
        // num / den is the rate × 10^4
        if (num < floor[k] * den) {
          return 0;
        }
        if (num >= target[k] * den) {
          return m;
        }
        return halfUp(m * num, den * target[k]);
      }
      case 3: {
        long num;
        long den;
        if (o instanceof Observation.Rate r) {
          num = digits(r.rate()) * ONE;
          den = pow10(r.rate().scale());
        } else {
          Observation.Fraction f = (Observation.Fraction) o;
          num = f.numerator().longValueExact() * ONE;
          den = f.denominator().longValueExact();
        }
        long[] mins = bandMin[k];
        for (int i = 0; i < mins.length; i++) {
          if (num >= mins[i] * den) {
            return bandPoints[k][i];
          }
        }
        return 0;
      }
      case 4: {
        long count = ((Observation.Count) o).count();
        long[] mins = bandMin[k];
        for (int i = 0; i < mins.length; i++) {
          if (count >= mins[i]) {
            return bandPoints[k][i];
          }
        }
        return 0;
      }
      case 5: {
        long charged = Math.max(0, ((Observation.Count) o).count() - freeItems[k]);
        return Math.max(0, m - perItem[k] * charged);
      }
      case 6: {
        long num;
        long den;
        if (o instanceof Observation.Change c) {
          long baseline = c.baseline().longValueExact();
          num = (baseline - c.current().longValueExact()) * ONE;
          den = baseline;
        } else {
          BigDecimal rate = ((Observation.Rate) o).rate();
          num = digits(rate) * ONE;
          den = pow10(rate.scale());
        }
        if (num <= 0) {
          return 0;
        }
        if (num >= target[k] * den) {
          return m;
        }
        return halfUp(m * num, den * target[k]);
      }
      case 7: {
        if (o instanceof Observation.Rate r) {
          return halfUp(m * digits(r.rate()), pow10(r.rate().scale()));
        }
        Map<String, Long> counts = ((Observation.Responses) o).counts();
        String[] ks = keys[k];
        long weighted = 0;
        long total = 0;
        for (int i = 0; i < ks.length; i++) {
          Long c = counts.get(ks[i]);
          if (c != null) {
            weighted += c * keyValues[k][i];
            total += c;
          }
        }
        return halfUp(m * weighted, 100 * total);
      }
      default: {
        BigDecimal given = ((Observation.Points) o).points();
        return digits(given) * pow10(SCALE - given.scale());
      }
    }
  }
}
