package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scoring of one submission; not thread-safe, used once. */
final class ScoringRun {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Methodology m;
  private final PreparedRules rules;
  private final Submission s;
  private final List<Node> nodes;
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final int[] parent;
  private final int[][] children;
  private final boolean[] unknown;
  private final LeafResult[] leaf;
  private final Remainder[] remainder;
  private final int scale;
  private final RoundingMode rounding;

  /** A remainder's state; mutable only while reconciling. */
  private static final class Remainder {
    final BigDecimal max;
    BigDecimal points;
    RemainderBasis basis;

    Remainder(BigDecimal max, BigDecimal points, RemainderBasis basis) {
      this.max = max;
      this.points = points;
      this.basis = basis;
    }
  }

  /** Points (null when unknown) and applicable maximum of a subtree. */
  private record Agg(BigDecimal points, BigDecimal applicableMax) {}

  ScoringRun(Methodology m, PreparedRules rules, Submission s) {
    this.m = m;
    this.rules = rules;
    this.s = s;
    this.nodes = m.allNodes();
    this.scale = m.pointDecimals();
    this.rounding = m.rounding();
    int n = nodes.size();
    parent = new int[n];
    children = new int[n][];
    unknown = new boolean[n];
    leaf = new LeafResult[n];
    remainder = new Remainder[n];
    for (int i = 0; i < n; i++) {
      indexOf.put(nodes.get(i).code(), i);
    }
    Arrays.fill(parent, -1);
    for (int i = 0; i < n; i++) {
      List<Node> kids = nodes.get(i).children();
      children[i] = new int[kids.size()];
      for (int k = 0; k < kids.size(); k++) {
        int c = indexOf.get(kids.get(k).code());
        children[i][k] = c;
        parent[c] = i;
      }
    }
  }

  Scorecard run() {
    Set<String> unknownCodes = new HashSet<>(s.unknown());
    for (int i = 0; i < nodes.size(); i++) {
      unknown[i] = unknownCodes.contains(nodes.get(i).code())
          || (parent[i] >= 0 && unknown[parent[i]]);
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (node.isLeaf() && !unknown[i]) {
        leaf[i] = rules.score(node.code(), s.observations().get(node.code()), s.missing());
      }
      if (node.hasRemainder()) {
        remainder[i] = initialRemainder(node, unknown[i]);
      }
    }
    List<Reconciliation> reconciliation = reconcile();
    Agg[] agg = new Agg[nodes.size()];
    for (int i = nodes.size() - 1; i >= 0; i--) {
      agg[i] = aggregate(i, agg);
    }
    return assemble(agg, reconciliation);
  }

  private Remainder initialRemainder(Node node, boolean isUnknown) {
    BigDecimal max = node.unitemisedPoints();
    if (isUnknown) {
      return new Remainder(max, null, RemainderBasis.UNKNOWN);
    }
    BigDecimal given = s.unitemised().get(node.code());
    if (given != null) {
      return new Remainder(max, given.setScale(scale, rounding), RemainderBasis.GIVEN);
    }
    if (node.role() != Role.STANDARD) {
      return new Remainder(max, zero(), RemainderBasis.NO_BONUS_OR_PENALTY);
    }
    if (s.missing() == MissingPolicy.FULL) {
      return new Remainder(max, max.setScale(scale, rounding), RemainderBasis.MISSING_FULL);
    }
    if (s.missing() == MissingPolicy.ZERO) {
      return new Remainder(max, zero(), RemainderBasis.MISSING_ZERO);
    }
    throw new IllegalStateException("remainder of " + node.code() + " missing under ERROR policy");
  }

  private BigDecimal zero() {
    return BigDecimal.ZERO.setScale(scale);
  }

  /** Aggregates a subtree; uses {@code memo} for children already computed, if given. */
  private Agg aggregate(int i, Agg[] memo) {
    Node node = nodes.get(i);
    if (node.isLeaf()) {
      LeafResult r = leaf[i];
      if (r == null) {
        return new Agg(null, node.maxPoints());
      }
      return r.applicable() ? new Agg(r.points(), node.maxPoints()) : new Agg(r.points(), zero());
    }
    BigDecimal points = zero();
    BigDecimal max = BigDecimal.ZERO;
    for (int c : children[i]) {
      Agg a = memo != null && memo[c] != null ? memo[c] : aggregate(c, memo);
      points = points == null || a.points == null ? null : points.add(a.points);
      max = max.add(a.applicableMax);
    }
    Remainder r = remainder[i];
    if (r != null) {
      points = points == null || r.points == null ? null : points.add(r.points);
      max = max.add(r.max);
    }
    return new Agg(points, max);
  }

  private List<Reconciliation> reconcile() {
    List<Integer> order = new ArrayList<>();
    for (String code : s.reported().keySet()) {
      order.add(indexOf.get(code));
    }
    // Deepest first, so that a parent's comparison sees its children's charges.
    order.sort(Comparator.comparingInt((Integer i) -> -m.depth(nodes.get(i).code()))
        .thenComparingInt(i -> i));
    Map<Integer, Reconciliation> byIndex = new HashMap<>();
    for (int i : order) {
      byIndex.put(i, reconcile(i, s.reported().get(nodes.get(i).code())));
    }
    List<Integer> documentOrder = new ArrayList<>(byIndex.keySet());
    documentOrder.sort(Integer::compare);
    return documentOrder.stream().map(byIndex::get).toList();
  }

  private Reconciliation reconcile(int i, Reported reported) {
    String code = nodes.get(i).code();
    Agg before = aggregate(i, null);
    BigDecimal unexplained = null;
    BigDecimal charged = null;
    if (reported.deficit().isPresent() && before.points != null) {
      BigDecimal d = reported.deficit().get();
      BigDecimal e = before.applicableMax.subtract(before.points);
      if (!within(e, d)) {
        unexplained = d.subtract(e);
        Remainder r = remainder[i];
        if (unexplained.signum() > 0 && s.missing() == MissingPolicy.FULL && r != null
            && r.basis == RemainderBasis.MISSING_FULL && unexplained.compareTo(r.max) <= 0
            && unexplained.stripTrailingZeros().scale() <= scale) {
          r.points = r.max.subtract(unexplained).setScale(scale, rounding);
          r.basis = RemainderBasis.CHARGED;
          charged = unexplained.setScale(scale, rounding);
        }
      }
    }
    Agg after = charged == null ? before : aggregate(i, null);
    BigDecimal computedPoints = after.points;
    BigDecimal computedDeficit = after.points == null ? null
        : after.applicableMax.subtract(after.points);
    Boolean pointsMatch = reported.points().isPresent() && computedPoints != null
        ? within(computedPoints, reported.points().get()) : null;
    Boolean deficitMatch = reported.deficit().isPresent() && computedDeficit != null
        ? within(computedDeficit, reported.deficit().get()) : null;
    return new Reconciliation(code, reported.points().orElse(null), computedPoints, pointsMatch,
        reported.deficit().orElse(null), computedDeficit, deficitMatch, unexplained, charged);
  }

  /** Whether a computed value matches a printed one within the printed value's precision. */
  static boolean within(BigDecimal computed, BigDecimal printed) {
    int decimals = Math.max(0, printed.scale());
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    return computed.subtract(printed).abs().compareTo(tolerance) <= 0;
  }

  private Scorecard assemble(Agg[] agg, List<Reconciliation> reconciliation) {
    int indexScale = m.indexDecimals();
    List<NodeScore> scores = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      scores.add(nodeScore(i, agg[i], indexScale));
    }
    BigDecimal standard = zero();
    BigDecimal bonus = zero();
    BigDecimal penalty = zero();
    BigDecimal applicableMax = BigDecimal.ZERO;
    for (int i = 0; i < nodes.size(); i++) {
      if (parent[i] >= 0) {
        continue;
      }
      BigDecimal p = agg[i].points;
      switch (nodes.get(i).role()) {
        case STANDARD:
          standard = add(standard, p);
          applicableMax = applicableMax.add(agg[i].applicableMax);
          break;
        case BONUS:
          bonus = add(bonus, p);
          break;
        default:
          penalty = add(penalty, p);
      }
    }
    BigDecimal total = standard == null || bonus == null || penalty == null ? null
        : standard.add(bonus).subtract(penalty);
    boolean capped = false;
    if (total != null && m.capTotal()) {
      BigDecimal clamped = total.max(zero()).min(applicableMax.setScale(scale, rounding));
      capped = clamped.compareTo(total) != 0;
      total = clamped;
    }
    Ratio exactIndex = null;
    BigDecimal index = null;
    Band band = null;
    if (total != null && applicableMax.signum() > 0) {
      exactIndex = Ratio.of(total.multiply(HUNDRED), applicableMax);
      index = exactIndex.round(indexScale, rounding);
      for (Band b : m.bands()) {
        if (b.minPercent().compareTo(index) <= 0) {
          band = b;
          break;
        }
      }
    }
    List<RaisedAlert> alerts = alerts(scores);
    List<String> missingLeaves = new ArrayList<>();
    List<String> missingRemainders = new ArrayList<>();
    for (NodeScore n : scores) {
      if (n.explanation().isPresent() && isPolicy(n.explanation().get().basis())) {
        missingLeaves.add(n.code());
      }
      if (n.remainder().isPresent() && n.remainder().get().status() == Status.MISSING) {
        missingRemainders.add(n.code());
      }
    }
    List<Warning> warnings = new Warnings(m, s, missingLeaves, missingRemainders, reconciliation,
        total, applicableMax, capped, bySourceTotals(agg)).build();
    return new Scorecard(m, s.year(), s.unit(), s.stage(), s.missing(), total,
        applicableMax.setScale(scale, rounding), exactIndex, index, band, standard, bonus, penalty,
        capped, scores, bySourceTotals(agg), alerts, reconciliation, warnings);
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value) {
    return sum == null || value == null ? null : sum.add(value);
  }

  private NodeScore nodeScore(int i, Agg a, int indexScale) {
    Node node = nodes.get(i);
    BigDecimal applicableMax = a.applicableMax.setScale(scale, rounding);
    BigDecimal percent = a.points == null || a.applicableMax.signum() == 0 ? null
        : a.points.multiply(HUNDRED).divide(a.applicableMax, indexScale, rounding);
    Status status;
    if (node.isLeaf()) {
      status = leaf[i] == null ? Status.UNKNOWN : leaf[i].status();
    } else if (a.applicableMax.signum() == 0) {
      status = Status.NOT_APPLICABLE;
    } else if (a.points == null) {
      status = Status.UNKNOWN;
    } else {
      status = statusOf(a.points, a.applicableMax);
    }
    SumTrace sum = null;
    RemainderScore remainderScore = null;
    if (!node.isLeaf()) {
      List<SumTrace.Term> terms = new ArrayList<>();
      for (int c : children[i]) {
        Node child = nodes.get(c);
        boolean applicable = !(leaf[c] != null && !leaf[c].applicable());
        BigDecimal p = child.isLeaf() ? (leaf[c] == null ? null : leaf[c].points())
            : aggregate(c, null).points;
        terms.add(new SumTrace.Term(child.code(), false, p, applicable));
      }
      Remainder r = remainder[i];
      if (r != null) {
        terms.add(new SumTrace.Term(node.code(), true, r.points, true));
        remainderScore = new RemainderScore(r.max.setScale(scale, rounding), r.points,
            remainderStatus(r), r.basis);
      }
      sum = new SumTrace(terms, a.points);
    }
    String parentCode = parent[i] >= 0 ? nodes.get(parent[i]).code() : null;
    return new NodeScore(node.code(), node.name(), m.depth(node.code()), parentCode, node.role(),
        node.source(), leadAgency(i), node.maxPoints().setScale(scale, rounding), applicableMax,
        a.points, percent, status, leaf[i] == null ? null : leaf[i].explanation(), sum,
        remainderScore);
  }

  private static Status remainderStatus(Remainder r) {
    switch (r.basis) {
      case UNKNOWN:
        return Status.UNKNOWN;
      case MISSING_FULL:
      case MISSING_ZERO:
        return Status.MISSING;
      default:
        return statusOf(r.points, r.max);
    }
  }

  private static Status statusOf(BigDecimal points, BigDecimal max) {
    if (max.signum() == 0) {
      return Status.NOT_APPLICABLE;
    }
    if (points.signum() == 0) {
      return Status.ZERO;
    }
    return points.compareTo(max) == 0 ? Status.FULL : Status.PARTIAL;
  }

  /** The submission's assignment or the methodology's, at the nearest level up the path. */
  private String leadAgency(int i) {
    for (int j = i; j >= 0; j = parent[j]) {
      Node node = nodes.get(j);
      String assigned = s.leadAgencies().get(node.code());
      if (assigned != null) {
        return assigned;
      }
      if (node.leadAgency().isPresent()) {
        return node.leadAgency().get();
      }
    }
    return null;
  }

  private List<RaisedAlert> alerts(List<NodeScore> scores) {
    List<RaisedAlert> raised = new ArrayList<>();
    for (Alert alert : m.alerts()) {
      for (String code : alert.codes()) {
        NodeScore node = scores.get(indexOf.get(code));
        if (node.percent().isPresent()
            && node.percent().get().compareTo(alert.belowPercent()) < 0) {
          raised.add(new RaisedAlert(code, node.percent().get(), alert.belowPercent(),
              alert.message().orElse(null)));
        }
      }
    }
    return raised;
  }

  private List<SourceTotal> bySourceTotals(Agg[] agg) {
    Map<Source, BigDecimal[]> totals = new EnumMap<>(Source.class);
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (node.role() != Role.STANDARD) {
        continue;
      }
      if (node.isLeaf()) {
        BigDecimal points = leaf[i] == null ? null : leaf[i].points();
        BigDecimal applicable = leaf[i] != null && !leaf[i].applicable() ? BigDecimal.ZERO
            : node.maxPoints();
        accumulate(totals, node.source(), points, node.maxPoints(), applicable);
      }
      Remainder r = remainder[i];
      if (r != null) {
        accumulate(totals, node.source(), r.points, r.max, r.max);
      }
    }
    List<SourceTotal> out = new ArrayList<>();
    totals.forEach((source, t) -> out.add(new SourceTotal(source, t[0],
        t[1].setScale(scale, rounding), t[2].setScale(scale, rounding))));
    return out;
  }

  private void accumulate(Map<Source, BigDecimal[]> totals, Source source, BigDecimal points,
      BigDecimal max, BigDecimal applicable) {
    BigDecimal[] t = totals.computeIfAbsent(source,
        k -> new BigDecimal[] {zero(), BigDecimal.ZERO, BigDecimal.ZERO});
    t[0] = add(t[0], points);
    t[1] = t[1].add(max);
    t[2] = t[2].add(applicable);
  }

  static LocalizedText text(String vi, String en) {
    return LocalizedText.of(vi, en);
  }

  static boolean isPolicy(Basis basis) {
    return basis == Basis.MISSING_FULL || basis == Basis.MISSING_ZERO;
  }
}
