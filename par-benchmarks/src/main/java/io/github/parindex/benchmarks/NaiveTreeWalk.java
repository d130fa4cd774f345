package io.github.parindex.benchmarks;

import io.github.parindex.model.Band;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (c), what a typical application writes: a recursive walk of the methodology's
 * {@link Node} tree in {@link BigDecimal}, reading each rule's parameters from its map every time,
 * rounding each leaf once to 4 decimals with HALF_UP, summing children, and dividing for the index.
 * Exact (it gives the scorer's figures on the workload, checked by the module's tests), but with the
 * costs such code usually has: boxed decimals everywhere, a map lookup per parameter, recursion.
 */
public final class NaiveTreeWalk {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int SCALE = 4;

  private final Methodology methodology;

  /**
   * A walker of a methodology built like {@link Workloads#commune88()}.
   *
   * @param methodology the methodology
   */
  public NaiveTreeWalk(Methodology methodology) {
    this.methodology = methodology;
  }

  /** Points and applicable maximum of a subtree. */
  private record Score(BigDecimal points, BigDecimal applicable) {}

  /**
   * Scores a submission.
   *
   * @param s the submission
   * @return the published index (2 decimals), or {@code null} when nothing applies
   */
  public BigDecimal score(Submission s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal applicable = BigDecimal.ZERO;
    for (Node field : methodology.nodes()) {
      Score score = walk(field, s);
      total = total.add(score.points());
      applicable = applicable.add(score.applicable());
    }
    if (applicable.signum() == 0) {
      return null;
    }
    return total.multiply(HUNDRED).divide(applicable, 2, RoundingMode.HALF_UP);
  }

  /**
   * The band of an index.
   *
   * @param index the index
   * @return the band, or {@code null}
   */
  public Band band(BigDecimal index) {
    for (Band b : methodology.bands()) {
      if (b.minPercent().compareTo(index) <= 0) {
        return b;
      }
    }
    return null;
  }

  private Score walk(Node node, Submission s) {
    if (node.isLeaf()) {
      Observation o = s.observations().get(node.code());
      if (o instanceof Observation.NotApplicable) {
        return new Score(BigDecimal.ZERO, BigDecimal.ZERO);
      }
      BigDecimal points = o == null ? BigDecimal.ZERO : leaf(node, o);
      return new Score(points.setScale(SCALE, RoundingMode.HALF_UP), node.maxPoints());
    }
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal applicable = BigDecimal.ZERO;
    for (Node child : node.children()) {
      Score score = walk(child, s);
      points = points.add(score.points());
      applicable = applicable.add(score.applicable());
    }
    return new Score(points, applicable);
  }

  private static BigDecimal param(Node leaf, String name, String defaultValue) {
    DataValue v = leaf.rule().orElseThrow().parameters().get(name);
    return v == null ? new BigDecimal(defaultValue) : ((DataValue.DecimalValue) v).value();
  }

  private static BigDecimal rate(Observation o) {
    if (o instanceof Observation.Rate r) {
      return r.rate();
    }
    return null;
  }

  private BigDecimal leaf(Node leaf, Observation o) {
    BigDecimal max = leaf.maxPoints();
    if (o instanceof Observation.Points p) {
      return p.points();
    }
    switch (leaf.rule().orElseThrow().type()) {
      case "yes-no":
        return ((Observation.YesNo) o).yes() ? max : BigDecimal.ZERO;
      case "option": {
        Map<String, DataValue> options = ((DataValue.MapValue) leaf.rule().orElseThrow()
            .parameters().get("options")).entries();
        BigDecimal percent = ((DataValue.DecimalValue) options.get(((Observation.Option) o).key()))
            .value();
        return max.multiply(percent).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
      }
      case "rate-linear": {
        BigDecimal target = param(leaf, "target", "1");
        BigDecimal floor = param(leaf, "floor", "0");
        BigDecimal rate = rate(o);
        BigDecimal num = rate != null ? rate : ((Observation.Fraction) o).numerator();
        BigDecimal den = rate != null ? BigDecimal.ONE : ((Observation.Fraction) o).denominator();
        if (num.compareTo(floor.multiply(den)) < 0) {
          return BigDecimal.ZERO;
        }
        if (num.compareTo(target.multiply(den)) >= 0) {
          return max;
        }
        return max.multiply(num).divide(den.multiply(target), SCALE, RoundingMode.HALF_UP);
      }
      case "rate-bands":
      case "count-bands": {
        BigDecimal rate = rate(o);
        BigDecimal num = o instanceof Observation.Count c ? BigDecimal.valueOf(c.count())
            : rate != null ? rate : ((Observation.Fraction) o).numerator();
        BigDecimal den = o instanceof Observation.Fraction f ? f.denominator() : BigDecimal.ONE;
        List<DataValue> bands = ((DataValue.ListValue) leaf.rule().orElseThrow().parameters()
            .get("bands")).items();
        for (DataValue band : bands) {
          Map<String, DataValue> b = ((DataValue.MapValue) band).entries();
          BigDecimal min = ((DataValue.DecimalValue) b.get("min")).value();
          if (num.compareTo(min.multiply(den)) >= 0) {
            return max.multiply(((DataValue.DecimalValue) b.get("percent")).value())
                .divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
          }
        }
        return BigDecimal.ZERO;
      }
      case "deduction": {
        BigDecimal each = leaf.rule().orElseThrow().parameters().containsKey("perItem")
            ? param(leaf, "perItem", "0")
            : param(leaf, "perItemPercent", "0").multiply(max).divide(HUNDRED);
        BigDecimal charged = BigDecimal.valueOf(((Observation.Count) o).count())
            .subtract(param(leaf, "freeItems", "0")).max(BigDecimal.ZERO);
        return max.subtract(each.multiply(charged)).max(BigDecimal.ZERO);
      }
      case "reduction-target": {
        BigDecimal target = param(leaf, "target", "1");
        BigDecimal num;
        BigDecimal den;
        if (o instanceof Observation.Change c) {
          num = c.baseline().subtract(c.current());
          den = c.baseline();
        } else {
          num = rate(o);
          den = BigDecimal.ONE;
        }
        if (num.signum() <= 0) {
          return BigDecimal.ZERO;
        }
        if (num.compareTo(target.multiply(den)) >= 0) {
          return max;
        }
        return max.multiply(num).divide(den.multiply(target), SCALE, RoundingMode.HALF_UP);
      }
      case "survey": {
        BigDecimal rate = rate(o);
        if (rate != null) {
          return max.multiply(rate).setScale(SCALE, RoundingMode.HALF_UP);
        }
        Map<String, DataValue> options = ((DataValue.MapValue) leaf.rule().orElseThrow()
            .parameters().get("options")).entries();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Long> e : ((Observation.Responses) o).counts().entrySet()) {
          BigDecimal count = BigDecimal.valueOf(e.getValue());
          weighted = weighted.add(count.multiply(((DataValue.DecimalValue) options.get(e.getKey()))
              .value()));
          total = total.add(count);
        }
        return max.multiply(weighted).divide(total.multiply(HUNDRED), SCALE,
            RoundingMode.HALF_UP);
      }
      default:
        throw new IllegalArgumentException("no observation of points for " + leaf.code());
    }
  }
}
