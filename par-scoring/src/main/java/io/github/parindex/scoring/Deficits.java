package io.github.parindex.scoring;

import io.github.parindex.model.Role;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scorecard lost, where, and who is responsible: every leaf and unitemised remainder that lost
 * points (and every penalty incurred), largest first, with each one's share of all points lost, grouped
 * by field and by lead agency. Parts whose points are unknown are left out.
 *
 * <p>Guarantees: immutable; items are ordered by deficit, largest first, then by document order; the
 * total equals the sum of the items and the points recoverable to full marks.
 */
public final class Deficits {
  private final Scorecard scorecard;
  private final List<DeficitItem> items;
  private final BigDecimal total;
  private final List<DeficitGroup> byField;
  private final List<DeficitGroup> byLeadAgency;

  /** An item before its share of all points lost is known. */
  private record Lost(NodeScore node, boolean remainder, String field, BigDecimal maxPoints,
      BigDecimal points, BigDecimal deficit, Status status) {}

  private Deficits(Scorecard scorecard) {
    this.scorecard = scorecard;
    int scale = scorecard.methodology().pointDecimals();
    List<Lost> lost = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO.setScale(scale);
    for (NodeScore n : scorecard.nodes()) {
      String field = n.depth() == 1 ? n.code() : fieldOf(n);
      BigDecimal points = n.pointsOrNull();
      if (n.explanation().isPresent() && points != null && n.status() != Status.NOT_APPLICABLE) {
        BigDecimal deficit = n.role() == Role.PENALTY ? points
            : n.applicableMaxPoints().subtract(points);
        if (deficit.signum() > 0 && n.role() != Role.BONUS) {
          lost.add(new Lost(n, false, field, n.applicableMaxPoints(), points, deficit,
              n.status()));
          sum = sum.add(deficit);
        }
      }
      RemainderScore r = n.remainder().orElse(null);
      if (r != null && r.points() != null) {
        BigDecimal deficit = n.role() == Role.PENALTY ? r.points()
            : r.maxPoints().subtract(r.points());
        if (deficit.signum() > 0 && n.role() != Role.BONUS) {
          lost.add(new Lost(n, true, field, r.maxPoints(), r.points(), deficit, r.status()));
          sum = sum.add(deficit);
        }
      }
    }
    this.total = sum;
    int indexScale = scorecard.methodology().indexDecimals();
    RoundingMode mode = scorecard.methodology().rounding();
    List<DeficitItem> shared = new ArrayList<>(lost.size());
    for (Lost d : lost) {
      NodeScore n = d.node();
      shared.add(new DeficitItem(n.code(), n.name(), d.remainder(), d.field(),
          n.leadAgency().orElse(null), n.role(), d.maxPoints(), d.points(), d.deficit(),
          share(d.deficit(), indexScale, mode), d.status()));
    }
    shared.sort(Comparator.comparing(DeficitItem::deficit).reversed());
    this.items = List.copyOf(shared);
    this.byField = group(true, indexScale, mode);
    this.byLeadAgency = group(false, indexScale, mode);
  }

  private String fieldOf(NodeScore n) {
    NodeScore top = n;
    while (top.parentCode().isPresent()) {
      top = scorecard.node(top.parentCode().get());
    }
    return top.code();
  }

  private BigDecimal share(BigDecimal deficit, int indexScale, RoundingMode mode) {
    return total.signum() == 0 ? BigDecimal.ZERO.setScale(indexScale)
        : deficit.multiply(BigDecimal.valueOf(100)).divide(total, indexScale, mode);
  }

  private List<DeficitGroup> group(boolean byField, int indexScale, RoundingMode mode) {
    Map<String, List<DeficitItem>> groups = new LinkedHashMap<>();
    for (DeficitItem d : items) {
      String key = byField ? d.field() : d.agency().orElse("");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    List<DeficitGroup> out = new ArrayList<>();
    groups.forEach((key, list) -> {
      BigDecimal sum = list.stream().map(DeficitItem::deficit).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      String label = byField ? scorecard.node(key).name().vi()
          : key.isEmpty() ? "(chưa phân công / unassigned)" : key;
      out.add(new DeficitGroup(key, label, byField ? scorecard.node(key).name() : null, sum,
          share(sum, indexScale, mode),
          list.stream().map(DeficitItem::label).toList()));
    });
    out.sort(Comparator.comparing(DeficitGroup::deficit).reversed());
    return List.copyOf(out);
  }

  /**
   * The deficits of a scorecard.
   *
   * @param scorecard the scorecard
   * @return the deficits; their total is the sum of the items
   */
  public static Deficits of(Scorecard scorecard) {
    return new Deficits(scorecard);
  }

  /**
   * The scorecard.
   *
   * @return the scorecard these deficits are of
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Every leaf and remainder that lost points, largest first.
   *
   * @return the items that lost points, largest deficit first, ties in document order; unmodifiable
   */
  public List<DeficitItem> items() {
    return items;
  }

  /**
   * All points lost (penalties included): the points recoverable to full marks.
   *
   * @return the total, at the methodology's {@code pointDecimals}; zero when nothing was lost
   */
  public BigDecimal total() {
    return total;
  }

  /**
   * Points lost per field (top-level node), largest first.
   *
   * @return one group per field that lost points, largest first; unmodifiable
   */
  public List<DeficitGroup> byField() {
    return byField;
  }

  /**
   * Points lost per lead agency, largest first; items without an agency form a group with an empty key.
   *
   * @return one group per lead agency that lost points, largest first; unmodifiable
   */
  public List<DeficitGroup> byLeadAgency() {
    return byLeadAgency;
  }
}
