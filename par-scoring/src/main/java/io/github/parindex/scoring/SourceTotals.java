package io.github.parindex.scoring;

import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The STANDARD points per source ({@link SourceTotal}), decided once for both scoring passes: every
 * STANDARD leaf (its maximum applicable unless it is not applicable) and every STANDARD unitemised
 * remainder counts in its node's source; a total is unknown when one of its parts is.
 */
final class SourceTotals {
  private SourceTotals() {}

  /**
   * The totals of a pass's figures.
   *
   * @param f the figures
   * @return one total per source present, in the order of {@link Source}
   */
  static List<SourceTotal> of(Figures f) {
    Layout layout = f.layout;
    BigDecimal zero = BigDecimal.ZERO.setScale(layout.scale);
    Map<Source, Sum> totals = new EnumMap<>(Source.class);
    for (int i = 0; i < layout.size; i++) {
      if (layout.role[i] != Role.STANDARD) {
        continue;
      }
      Source source = layout.source[i];
      if (layout.leaf[i]) {
        BigDecimal max = layout.max[i];
        boolean notApplicable = f.leafStatus(i) == Status.NOT_APPLICABLE;
        totals.computeIfAbsent(source, k -> new Sum(zero))
            .add(f.points(i), max, notApplicable ? zero : max);
      }
      BigDecimal remainderMax = layout.remainderMax[i];
      if (remainderMax != null) {
        totals.computeIfAbsent(source, k -> new Sum(zero))
            .add(f.remainderPoints(i), remainderMax, remainderMax);
      }
    }
    List<SourceTotal> out = new ArrayList<>(totals.size());
    totals.forEach((source, t) -> out.add(new SourceTotal(source, t.points, t.max, t.applicable)));
    return List.copyOf(out);
  }

  /** One source's running sums. */
  private static final class Sum {
    @Nullable BigDecimal points;
    BigDecimal max;
    BigDecimal applicable;

    Sum(BigDecimal zero) {
      points = zero;
      max = zero;
      applicable = zero;
    }

    void add(@Nullable BigDecimal p, BigDecimal m, BigDecimal a) {
      points = points == null || p == null ? null : points.add(p);
      max = max.add(m);
      applicable = applicable.add(a);
    }
  }
}
