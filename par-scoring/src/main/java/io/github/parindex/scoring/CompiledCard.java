package io.github.parindex.scoring;

import io.github.parindex.model.Alert;
import io.github.parindex.model.Band;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Source;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One submission scored by a {@link CompiledMethodology}: the fixed-point figures of every node, and the
 * scorecard's details built from them on first use.
 *
 * <p>Scoring is one pass over the leaves that also checks the submission: one map lookup per leaf,
 * a switch on the observation's kind and the leaf's kernel, and long arithmetic into arrays (points ×
 * 10^s per node, with {@link #UNKNOWN} for unknown points); then remainders, the reconciliation of
 * reported figures (rare; in {@code BigDecimal}, as the reference does), one bottom-up pass of sums
 * and the totals. Nothing is allocated per node except where a leaf is scored through its rule.
 *
 * <p>The pass checks everything {@link Scorer#check} would; when anything could be a problem it gives
 * up ({@link #score} returns {@code null}) and the scorer lets the reference path report every problem
 * — or, if there is none after all, score the submission. So the compiled path never reports problems
 * of its own, and never accepts a submission the reference path would refuse.
 *
 * <p>Traces are deferred: a node's {@link NodeScore} is built when first asked for, a leaf's
 * explanation when first asked for, by the rule itself ({@code PreparedRules.score}, which gives the
 * reference's explanation by construction). That keeps the public API unchanged — a scorecard still
 * has every trace — while scoring ten thousand submissions for their indices builds none. Once built,
 * each part is kept; all caches are safe for concurrent use.
 */
final class CompiledCard implements Scorecard.Details, NodeScore.Traces {
  /** Marks unknown points. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Status[] STATUSES = Status.values();
  private static final RemainderBasis[] REMAINDER_BASES = RemainderBasis.values();
  private static final int NOT_APPLICABLE = ObservationKind.NOT_APPLICABLE.ordinal();
  private static final int POINTS = ObservationKind.POINTS.ordinal();
  private static final int RATE = ObservationKind.RATE.ordinal();
  private static final int FRACTION = ObservationKind.NUMERATOR_DENOMINATOR.ordinal();
  private static final int COUNT = ObservationKind.COUNT.ordinal();
  private static final int YES = ObservationKind.YES.ordinal();
  private static final int OPTION = ObservationKind.OPTION.ordinal();
  private static final int RESPONSES = ObservationKind.RESPONSES.ordinal();
  private static final int CHANGE = ObservationKind.BASELINE_CURRENT.ordinal();

  private final CompiledMethodology c;
  private final Submission s;
  private final int scale;
  /** Points × 10^s per node; {@link #UNKNOWN} when unknown. */
  private final long[] points;
  /** Applicable maximum × 10^s per node. */
  private final long[] applicable;
  /** Per leaf: its status and basis (ordinals). */
  private final byte[] status;
  private final byte[] basis;
  /** Per node with a remainder: its points × 10^s (or UNKNOWN) and basis; null when none. */
  private final long[] remainderPoints;
  private final byte[] remainderBasis;
  /** Per leaf scored through its rule: the result; null when none was. */
  private LeafResult[] results;
  /** Per node: whether it is unknown; null when nothing is. */
  private boolean[] unknown;
  private boolean valid = true;
  private boolean standardNotApplicable;
  private List<Reconciliation> reconciliation = List.of();
  private long total;
  private long applicableTotal;
  private boolean capped;

  /** The nodes built so far; created when the first is asked for. */
  private volatile AtomicReferenceArray<NodeScore> nodeScores;
  private volatile List<NodeScore> all;
  private volatile List<NodeScore> topLevel;
  private volatile List<SourceTotal> bySource;
  private volatile List<RaisedAlert> alerts;
  private volatile List<Warning> warnings;

  private CompiledCard(CompiledMethodology c, Submission s) {
    this.c = c;
    this.s = s;
    this.scale = c.scale;
    int n = c.size;
    points = new long[n];
    applicable = new long[n];
    status = new byte[n];
    basis = new byte[n];
    remainderPoints = c.hasRemainders ? new long[n] : null;
    remainderBasis = c.hasRemainders ? new byte[n] : null;
  }

  /**
   * Scores a submission.
   *
   * @param c the compiled methodology
   * @param s the submission
   * @return the scorecard, or {@code null} to leave the submission to the reference path
   */
  static Scorecard score(CompiledMethodology c, Submission s) {
    CompiledCard card = new CompiledCard(c, s);
    card.run();
    return card.valid ? card.scorecard() : null;
  }

  private void run() {
    valid = s.methodology().equals(c.methodology.id()) && c.methodology.appliesTo(s.year());
    if (!s.unknown().isEmpty()) {
      markUnknown();
    }
    scoreLeaves();
    scoreRemainders();
    checkOtherParts();
    if (!valid) {
      return;
    }
    if (unknown != null) {
      for (int i : c.leaves) {
        if (unknown[i]) {
          points[i] = UNKNOWN;
          applicable[i] = c.max[i];
          status[i] = (byte) Status.UNKNOWN.ordinal();
        }
      }
    }
    if (!s.reported().isEmpty()) {
      reconcile();
    }
    sum();
  }

  private void markUnknown() {
    unknown = new boolean[c.size];
    Set<String> codes = new HashSet<>(s.unknown());
    for (String code : codes) {
      Integer i = c.indexOf.get(code);
      if (i == null || s.observations().containsKey(code) || s.unitemised().containsKey(code)) {
        valid = false;
      }
    }
    for (int i = 0; i < c.size; i++) {
      unknown[i] = codes.contains(c.codes[i]) || (c.parent[i] >= 0 && unknown[c.parent[i]]);
    }
  }

  private void scoreLeaves() {
    Map<String, Observation> observations = s.observations();
    MissingPolicy missing = s.missing();
    int found = 0;
    for (int i : c.leaves) {
      Observation o = observations.get(c.codes[i]);
      long max = c.max[i];
      applicable[i] = max;
      if (o == null) {
        missing(i, missing);
        continue;
      }
      found++;
      int kind = kindOf(o);
      if ((c.accepted[i] & (1 << kind)) == 0) {
        valid = false;
        continue;
      }
      if (kind == NOT_APPLICABLE) {
        valid &= c.allowNotApplicable[i];
        points[i] = 0;
        applicable[i] = 0;
        set(i, Status.NOT_APPLICABLE, Basis.NOT_APPLICABLE);
        // an unknown leaf is not scored: its maximum stays in the sums
        standardNotApplicable |= c.role[i] == Role.STANDARD && (unknown == null || !unknown[i]);
        continue;
      }
      if (kind == POINTS) {
        long p = givenPoints(((Observation.Points) o).points(), max);
        if (p < 0) {
          valid = false;
          continue;
        }
        if (!c.ruleTakesPoints[i]) {
          points[i] = p;
          set(i, status(p, max), Basis.OVERRIDE);
          continue;
        }
      }
      long p = -2;
      LeafKernel kernel = c.kernels[i];
      if (kernel != null) {
        try {
          p = kernel.points(o);
        } catch (ArithmeticException e) {
          p = -2;
        }
        if (p == LeafKernel.INPUT_ERROR) {
          valid = false;
          continue;
        }
      }
      if (p >= 0) {
        points[i] = p;
        set(i, status(p, max), Basis.RULE);
      } else {
        byRule(i, o, missing);
      }
    }
    if (found != observations.size()) {
      valid = false;
    }
  }

  /**
   * {@code o.kind().ordinal()}, by the observation's class: an interface call to {@code kind()} on
   * nine implementations is a slow dispatch in the hottest loop.
   */
  private static int kindOf(Observation o) {
    Class<?> type = o.getClass();
    if (type == Observation.Rate.class) {
      return RATE;
    } else if (type == Observation.Fraction.class) {
      return FRACTION;
    } else if (type == Observation.Count.class) {
      return COUNT;
    } else if (type == Observation.YesNo.class) {
      return YES;
    } else if (type == Observation.Option.class) {
      return OPTION;
    } else if (type == Observation.Responses.class) {
      return RESPONSES;
    } else if (type == Observation.Points.class) {
      return POINTS;
    } else if (type == Observation.Change.class) {
      return CHANGE;
    }
    return o.kind().ordinal();
  }

  /** Points given directly (override or the points rule), × 10^s; -1 if they would be a problem. */
  private long givenPoints(BigDecimal given, long max) {
    if (given.scale() > scale) {
      return -1;
    }
    try {
      long p = Fixed.of(given, scale);
      return p <= max ? p : -1;
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  /** Scores a leaf through its rule: a custom type, or long arithmetic was not enough. */
  private void byRule(int i, Observation o, MissingPolicy missing) {
    try {
      LeafResult r = c.rules.score(c.codes[i], o, missing);
      if (results == null) {
        results = new LeafResult[c.size];
      }
      results[i] = r;
      points[i] = Fixed.of(r.points(), scale);
      set(i, r.status(), r.basis());
    } catch (RuntimeException e) {
      // A refused observation, or a rule that fails: the reference path reports or throws it.
      valid = false;
    }
  }

  private void missing(int i, MissingPolicy missing) {
    if (c.role[i] != Role.STANDARD) {
      points[i] = 0;
      set(i, Status.ZERO, Basis.NO_BONUS_OR_PENALTY);
      return;
    }
    switch (missing) {
      case FULL -> {
        points[i] = c.max[i];
        set(i, Status.MISSING, Basis.MISSING_FULL);
      }
      case ZERO -> {
        points[i] = 0;
        set(i, Status.MISSING, Basis.MISSING_ZERO);
      }
      default -> {
        // ERROR: a problem, unless the leaf is unknown (then it is not scored)
        valid &= unknown != null && unknown[i];
        points[i] = UNKNOWN;
      }
    }
  }

  private void set(int i, Status st, Basis b) {
    status[i] = (byte) st.ordinal();
    basis[i] = (byte) b.ordinal();
  }

  private static Status status(long points, long max) {
    if (points == 0) {
      return Status.ZERO;
    }
    return points == max ? Status.FULL : Status.PARTIAL;
  }

  private void scoreRemainders() {
    Map<String, BigDecimal> unitemised = s.unitemised();
    int found = 0;
    for (int i : c.remainders) {
      BigDecimal given = unitemised.get(c.codes[i]);
      RemainderBasis b;
      long p;
      if (given != null) {
        found++;
        p = givenPoints(given, c.remainderMax[i]);
        valid &= p >= 0;
        b = RemainderBasis.GIVEN;
      } else if (unknown != null && unknown[i]) {
        p = UNKNOWN;
        b = RemainderBasis.UNKNOWN;
      } else if (c.role[i] != Role.STANDARD) {
        p = 0;
        b = RemainderBasis.NO_BONUS_OR_PENALTY;
      } else if (s.missing() == MissingPolicy.FULL) {
        p = c.remainderMax[i];
        b = RemainderBasis.MISSING_FULL;
      } else if (s.missing() == MissingPolicy.ZERO) {
        p = 0;
        b = RemainderBasis.MISSING_ZERO;
      } else {
        valid = false;
        continue;
      }
      if (unknown != null && unknown[i]) {
        p = UNKNOWN;
        b = RemainderBasis.UNKNOWN;
      }
      remainderPoints[i] = p;
      remainderBasis[i] = (byte) b.ordinal();
    }
    if (found != unitemised.size()) {
      valid = false;
    }
  }

  /** The codes the submission names outside observations and remainders must exist. */
  private void checkOtherParts() {
    for (String code : s.evidence().keySet()) {
      valid &= c.indexOf.containsKey(code);
    }
    for (String code : s.leadAgencies().keySet()) {
      valid &= c.indexOf.containsKey(code);
    }
    for (Map.Entry<String, Reported> e : s.reported().entrySet()) {
      Reported r = e.getValue();
      valid &= c.indexOf.containsKey(e.getKey())
          && r.points().map(p -> p.signum() >= 0).orElse(true)
          && r.deficit().map(d -> d.signum() >= 0).orElse(true);
    }
  }

  /** Points (or UNKNOWN) and applicable maximum of a subtree, from its leaves and remainders. */
  private long[] aggregate(int i) {
    if (c.leaf[i]) {
      return new long[] {points[i], applicable[i]};
    }
    long p = 0;
    long a = 0;
    for (int child : c.children[i]) {
      long[] x = aggregate(child);
      p = p == UNKNOWN || x[0] == UNKNOWN ? UNKNOWN : p + x[0];
      a += x[1];
    }
    if (c.remainderMaxDecimal[i] != null) {
      long r = remainderPoints[i];
      p = p == UNKNOWN || r == UNKNOWN ? UNKNOWN : p + r;
      a += c.remainderMax[i];
    }
    return new long[] {p, a};
  }

  /** The reconciliation of reported figures, as {@code ScoringRun} does it: deepest node first. */
  private void reconcile() {
    List<Integer> order = new ArrayList<>();
    for (String code : s.reported().keySet()) {
      order.add(c.indexOf.get(code));
    }
    order.sort((x, y) -> c.depth[x] != c.depth[y] ? Integer.compare(c.depth[y], c.depth[x])
        : Integer.compare(x, y));
    Reconciliation[] byIndex = new Reconciliation[c.size];
    for (int i : order) {
      byIndex[i] = reconcile(i, s.reported().get(c.codes[i]));
    }
    List<Reconciliation> out = new ArrayList<>();
    for (Reconciliation r : byIndex) {
      if (r != null) {
        out.add(r);
      }
    }
    reconciliation = List.copyOf(out);
  }

  private Reconciliation reconcile(int i, Reported reported) {
    long[] before = aggregate(i);
    BigDecimal unexplained = null;
    BigDecimal charged = null;
    if (reported.deficit().isPresent() && before[0] != UNKNOWN) {
      BigDecimal d = reported.deficit().get();
      BigDecimal e = Fixed.decimal(before[1] - before[0], scale);
      if (!ScoringRun.within(e, d)) {
        unexplained = d.subtract(e);
        BigDecimal max = c.nodes[i].unitemisedPoints();
        if (unexplained.signum() > 0 && s.missing() == MissingPolicy.FULL
            && c.remainderMaxDecimal[i] != null
            && remainderBasis[i] == RemainderBasis.MISSING_FULL.ordinal()
            && unexplained.compareTo(max) <= 0
            && unexplained.stripTrailingZeros().scale() <= scale) {
          remainderPoints[i] = Fixed.of(max.subtract(unexplained).setScale(scale, c.mode), scale);
          remainderBasis[i] = (byte) RemainderBasis.CHARGED.ordinal();
          charged = unexplained.setScale(scale, c.mode);
        }
      }
    }
    long[] after = charged == null ? before : aggregate(i);
    BigDecimal computedPoints = after[0] == UNKNOWN ? null : Fixed.decimal(after[0], scale);
    BigDecimal computedDeficit = after[0] == UNKNOWN ? null
        : Fixed.decimal(after[1] - after[0], scale);
    Boolean pointsMatch = reported.points().isPresent() && computedPoints != null
        ? ScoringRun.within(computedPoints, reported.points().get()) : null;
    Boolean deficitMatch = reported.deficit().isPresent() && computedDeficit != null
        ? ScoringRun.within(computedDeficit, reported.deficit().get()) : null;
    return new Reconciliation(c.codes[i], reported.points().orElse(null), computedPoints,
        pointsMatch, reported.deficit().orElse(null), computedDeficit, deficitMatch, unexplained,
        charged);
  }

  /** Sums every inner node, children before parents, then the totals. */
  private void sum() {
    for (int i = c.size - 1; i >= 0; i--) {
      if (c.leaf[i]) {
        continue;
      }
      long p = 0;
      long a = 0;
      for (int child : c.children[i]) {
        long x = points[child];
        p = p == UNKNOWN || x == UNKNOWN ? UNKNOWN : p + x;
        a += applicable[child];
      }
      if (c.remainderMaxDecimal[i] != null) {
        long r = remainderPoints[i];
        p = p == UNKNOWN || r == UNKNOWN ? UNKNOWN : p + r;
        a += c.remainderMax[i];
      }
      points[i] = p;
      applicable[i] = a;
    }
  }

  private Scorecard scorecard() {
    long standard = 0;
    long bonus = 0;
    long penalty = 0;
    long applicableMax = 0;
    for (int i : c.tops) {
      long p = points[i];
      switch (c.role[i]) {
        case STANDARD -> {
          standard = add(standard, p);
          applicableMax += applicable[i];
        }
        case BONUS -> bonus = add(bonus, p);
        default -> penalty = add(penalty, p);
      }
    }
    long t = standard == UNKNOWN || bonus == UNKNOWN || penalty == UNKNOWN ? UNKNOWN
        : standard + bonus - penalty;
    if (t != UNKNOWN && c.methodology.capTotal()) {
      long clamped = Math.min(Math.max(t, 0), applicableMax);
      capped = clamped != t;
      t = clamped;
    }
    total = t;
    applicableTotal = applicableMax;
    BigDecimal index = null;
    Band band = null;
    if (t != UNKNOWN && applicableMax > 0) {
      long idx = Fixed.divide(t * c.hundred, applicableMax, c.mode);
      index = Fixed.decimal(idx, c.indexScale);
      band = c.band(idx);
    }
    return new Scorecard(c.methodology, s.year(), s.unit(), s.stage(), s.missing(),
        decimal(t), Fixed.decimal(applicableMax, scale), index, band, decimal(standard),
        decimal(bonus), decimal(penalty), capped, this);
  }

  private static long add(long sum, long value) {
    return sum == UNKNOWN || value == UNKNOWN ? UNKNOWN : sum + value;
  }

  private BigDecimal decimal(long value) {
    return value == UNKNOWN ? null : Fixed.decimal(value, scale);
  }

  // ---- details, built on first use ----

  @Override
  public Ratio exactIndex() {
    if (total == UNKNOWN || applicableTotal <= 0) {
      return null;
    }
    // The reference path's applicable maximum is a sum of raw maxima (zero at scale s for a
    // not-applicable leaf): the same value, and the same scale, as here.
    int denominatorScale = standardNotApplicable ? Math.max(scale, c.standardMaxScale)
        : c.standardMaxScale;
    return Ratio.of(Fixed.decimal(total, scale).multiply(HUNDRED),
        Fixed.decimal(applicableTotal, scale).setScale(denominatorScale));
  }

  @Override
  public List<NodeScore> nodes() {
    List<NodeScore> list = all;
    if (list == null) {
      NodeScore[] array = new NodeScore[c.size];
      for (int i = 0; i < c.size; i++) {
        array[i] = nodeAt(i);
      }
      list = List.of(array);
      all = list;
    }
    return list;
  }

  @Override
  public NodeScore node(String code) {
    Integer i = c.indexOf.get(code);
    return i == null ? null : nodeAt(i);
  }

  @Override
  public List<NodeScore> topLevel() {
    List<NodeScore> list = topLevel;
    if (list == null) {
      NodeScore[] array = new NodeScore[c.tops.length];
      for (int k = 0; k < array.length; k++) {
        array[k] = nodeAt(c.tops[k]);
      }
      list = List.of(array);
      topLevel = list;
    }
    return list;
  }

  @Override
  public BigDecimal percent(String code) {
    Integer index = c.indexOf.get(code);
    if (index == null) {
      throw new java.util.NoSuchElementException("no node " + code + " in this scorecard");
    }
    int i = index;
    long p = points[i];
    long a = applicable[i];
    return p == UNKNOWN || a == 0 ? null : percent(p, a);
  }

  private NodeScore nodeAt(int i) {
    AtomicReferenceArray<NodeScore> built = nodeScores;
    if (built == null) {
      synchronized (this) {
        built = nodeScores;
        if (built == null) {
          built = new AtomicReferenceArray<>(c.size);
          nodeScores = built;
        }
      }
    }
    NodeScore n = built.get(i);
    if (n == null) {
      n = build(i);
      if (!built.compareAndSet(i, null, n)) {
        n = built.get(i);
      }
    }
    return n;
  }

  private NodeScore build(int i) {
    Node node = c.nodes[i];
    long p = points[i];
    long a = applicable[i];
    BigDecimal pointsDecimal = p == UNKNOWN ? null : Fixed.decimal(p, scale);
    BigDecimal applicableDecimal = a == c.max[i] ? c.maxDecimal[i] : Fixed.decimal(a, scale);
    BigDecimal percent = p == UNKNOWN || a == 0 ? null : percent(p, a);
    Status st;
    if (c.leaf[i]) {
      st = STATUSES[status[i]];
    } else if (a == 0) {
      st = Status.NOT_APPLICABLE;
    } else if (p == UNKNOWN) {
      st = Status.UNKNOWN;
    } else {
      st = status(p, a);
    }
    RemainderScore remainder = null;
    if (c.remainderMaxDecimal[i] != null) {
      long r = remainderPoints[i];
      RemainderBasis b = REMAINDER_BASES[remainderBasis[i]];
      remainder = new RemainderScore(c.remainderMaxDecimal[i],
          r == UNKNOWN ? null : Fixed.decimal(r, scale), remainderStatus(b, r, c.remainderMax[i]), b);
    }
    int up = c.parent[i];
    return new NodeScore(node.code(), node.name(), c.depth[i], up < 0 ? null : c.codes[up],
        node.role(), node.source(), leadAgency(i), c.maxDecimal[i], applicableDecimal,
        pointsDecimal, percent, st, c.leaf[i], remainder, this, i);
  }

  /** {@code points / applicable × 100} at the index decimals, as the reference divides it. */
  private BigDecimal percent(long p, long a) {
    return Fixed.decimal(Fixed.divide(p * c.hundred, a, c.mode), c.indexScale);
  }

  private static Status remainderStatus(RemainderBasis b, long points, long max) {
    switch (b) {
      case UNKNOWN:
        return Status.UNKNOWN;
      case MISSING_FULL:
      case MISSING_ZERO:
        return Status.MISSING;
      default:
        return status(points, max);
    }
  }

  private String leadAgency(int i) {
    Map<String, String> assigned = s.leadAgencies();
    if (assigned.isEmpty()) {
      return c.leadAgency[i];
    }
    for (int j = i; j >= 0; j = c.parent[j]) {
      String a = assigned.get(c.codes[j]);
      if (a != null) {
        return a;
      }
      if (c.nodes[j].leadAgency().isPresent()) {
        return c.nodes[j].leadAgency().get();
      }
    }
    return null;
  }

  @Override
  public Explanation explanation(int i) {
    if (results != null && results[i] != null) {
      return results[i].explanation();
    }
    String code = c.codes[i];
    return c.rules.score(code, s.observations().get(code), s.missing()).explanation();
  }

  @Override
  public SumTrace sum(int i) {
    List<SumTrace.Term> terms = new ArrayList<>(c.children[i].length + 1);
    for (int child : c.children[i]) {
      long p = points[child];
      boolean notApplicable = c.leaf[child] && status[child] == Status.NOT_APPLICABLE.ordinal();
      terms.add(new SumTrace.Term(c.codes[child], false,
          p == UNKNOWN ? null : Fixed.decimal(p, scale), !notApplicable));
    }
    if (c.remainderMaxDecimal[i] != null) {
      long r = remainderPoints[i];
      terms.add(new SumTrace.Term(c.codes[i], true, r == UNKNOWN ? null : Fixed.decimal(r, scale),
          true));
    }
    return new SumTrace(terms, points[i] == UNKNOWN ? null : Fixed.decimal(points[i], scale));
  }

  @Override
  public List<SourceTotal> bySource() {
    List<SourceTotal> list = bySource;
    if (list == null) {
      Map<Source, long[]> totals = new EnumMap<>(Source.class);
      for (int i = 0; i < c.size; i++) {
        if (c.role[i] != Role.STANDARD) {
          continue;
        }
        Source source = c.source(i);
        if (c.leaf[i]) {
          boolean notApplicable = status[i] == Status.NOT_APPLICABLE.ordinal();
          accumulate(totals, source, points[i], c.max[i], notApplicable ? 0 : c.max[i]);
        }
        if (c.remainderMaxDecimal[i] != null) {
          accumulate(totals, source, remainderPoints[i], c.remainderMax[i], c.remainderMax[i]);
        }
      }
      List<SourceTotal> out = new ArrayList<>();
      totals.forEach((source, t) -> out.add(new SourceTotal(source, decimal(t[0]),
          Fixed.decimal(t[1], scale), Fixed.decimal(t[2], scale))));
      list = List.copyOf(out);
      bySource = list;
    }
    return list;
  }

  private static void accumulate(Map<Source, long[]> totals, Source source, long points, long max,
      long applicable) {
    long[] t = totals.computeIfAbsent(source, k -> new long[3]);
    t[0] = add(t[0], points);
    t[1] += max;
    t[2] += applicable;
  }

  @Override
  public List<RaisedAlert> alerts() {
    List<RaisedAlert> list = alerts;
    if (list == null) {
      List<RaisedAlert> raised = new ArrayList<>();
      for (Alert alert : c.methodology.alerts()) {
        for (String code : alert.codes()) {
          NodeScore node = node(code);
          if (node.percent().isPresent()
              && node.percent().get().compareTo(alert.belowPercent()) < 0) {
            raised.add(new RaisedAlert(code, node.percent().get(), alert.belowPercent(),
                alert.message().orElse(null)));
          }
        }
      }
      list = List.copyOf(raised);
      alerts = list;
    }
    return list;
  }

  @Override
  public List<Reconciliation> reconciliation() {
    return reconciliation;
  }

  @Override
  public List<Warning> warnings() {
    List<Warning> list = warnings;
    if (list == null) {
      List<String> missingLeaves = new ArrayList<>();
      List<String> missingRemainders = new ArrayList<>();
      int full = Basis.MISSING_FULL.ordinal();
      int zero = Basis.MISSING_ZERO.ordinal();
      for (int i = 0; i < c.size; i++) {
        if (c.leaf[i] && status[i] != Status.UNKNOWN.ordinal()
            && (basis[i] == full || basis[i] == zero)) {
          missingLeaves.add(c.codes[i]);
        }
        if (c.remainderMaxDecimal[i] != null) {
          RemainderBasis b = REMAINDER_BASES[remainderBasis[i]];
          if (b == RemainderBasis.MISSING_FULL || b == RemainderBasis.MISSING_ZERO) {
            missingRemainders.add(c.codes[i]);
          }
        }
      }
      list = List.copyOf(new Warnings(c.methodology, s, missingLeaves, missingRemainders,
          reconciliation, decimal(total), Fixed.decimal(applicableTotal, scale), capped,
          bySource()).build());
      warnings = list;
    }
    return list;
  }

  @Override
  public String toString() {
    return "CompiledCard" + Arrays.toString(points);
  }
}
