package io.github.parindex.scoring;

import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import io.github.parindex.rules.internal.Fixed;
import io.github.parindex.rules.internal.LeafOutcomes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One submission scored by a {@link CompiledMethodology}: the computing pass, whose fixed-point
 * figures {@link CardDetails} turns into the scorecard's details on first use.
 *
 * <p>Scoring is one pass over the leaves that also checks the submission: one map lookup per leaf,
 * a dispatch on the observation's class, the leaf's outcome ({@link LeafOutcomes}) and its rule's
 * {@link LeafKernel}, with long arithmetic into arrays (points × 10^s per node, {@link #UNKNOWN} for
 * unknown points); then remainders, the reconciliation of reported figures (rare; {@link Reconciler},
 * in {@code BigDecimal}), one bottom-up pass of sums, the totals and the {@link Grading}. Nothing is
 * allocated per node except where a leaf is scored through its rule.
 *
 * <p>The pass checks everything {@link Scorer#check} would; when anything could be a problem it gives
 * up ({@link #score} returns {@code null}) and the scorer lets the reference path report every problem
 * — or, if there is none after all, score the submission. So the compiled path never reports problems
 * of its own, and never accepts a submission the reference path would refuse. Not thread-safe while
 * scoring; its figures are immutable once {@link #score} returns.
 */
final class CompiledPass extends Figures implements Reconciler.Subtrees {
  /** Marks unknown points. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Status[] STATUSES = Status.values();
  private static final Basis[] BASES = Basis.values();
  private static final RemainderBasis[] REMAINDER_BASES = RemainderBasis.values();
  private static final ObservationKind[] KINDS = ObservationKind.values();
  private static final long[] NO_LONGS = {};
  private static final byte[] NO_BYTES = {};
  private static final int POINTS = ObservationKind.POINTS.ordinal();
  private static final int RATE = ObservationKind.RATE.ordinal();
  private static final int FRACTION = ObservationKind.NUMERATOR_DENOMINATOR.ordinal();
  private static final int COUNT = ObservationKind.COUNT.ordinal();
  private static final int YES = ObservationKind.YES.ordinal();
  private static final int OPTION = ObservationKind.OPTION.ordinal();
  private static final int RESPONSES = ObservationKind.RESPONSES.ordinal();
  private static final int CHANGE = ObservationKind.BASELINE_CURRENT.ordinal();

  private final CompiledMethodology c;
  private final int scale;
  /** Points × 10^s per node; {@link #UNKNOWN} when unknown. */
  private final long[] points;
  /** Applicable maximum × 10^s per node. */
  private final long[] applicable;
  /** Per leaf: its status and basis (ordinals). */
  private final byte[] status;
  private final byte[] basis;
  /** Per node with a remainder: its points × 10^s (or UNKNOWN) and basis; empty when none has. */
  private final long[] remainderPoints;
  private final byte[] remainderBasis;
  /** Per leaf scored through its rule: the result; null when none was. */
  private @Nullable LeafResult @Nullable [] results;
  /** Per node: whether it is unknown; null when nothing is. */
  private final boolean @Nullable [] unknown;
  private boolean valid = true;
  private boolean standardNotApplicable;
  private List<Reconciliation> reconciliation = List.of();
  private long total;
  private long applicableTotal;
  private boolean capped;

  private CompiledPass(CompiledMethodology c, Submission s, EvidenceGaps gaps) {
    super(c.layout, s, gaps);
    this.c = c;
    this.scale = layout.scale;
    int n = layout.size;
    points = new long[n];
    applicable = new long[n];
    status = new byte[n];
    basis = new byte[n];
    boolean remainders = layout.remainders.length > 0;
    remainderPoints = remainders ? new long[n] : NO_LONGS;
    remainderBasis = remainders ? new byte[n] : NO_BYTES;
    unknown = layout.unknown(s);
  }

  /**
   * Scores a submission.
   *
   * @param c the compiled methodology
   * @param s the submission
   * @param gaps the leaves lacking evidence
   * @return the scorecard, or {@code null} to leave the submission to the reference path
   */
  static @Nullable Scorecard score(CompiledMethodology c, Submission s, EvidenceGaps gaps) {
    CompiledPass pass = new CompiledPass(c, s, gaps);
    pass.run();
    return pass.valid ? pass.grade() : null;
  }

  private void run() {
    valid = submission.methodology().equals(layout.methodology.id())
        && layout.methodology.appliesTo(submission.year());
    if (unknown != null) {
      checkUnknown();
    }
    scoreLeaves();
    if (!gaps.isEmpty()) {
      withholdForEvidence();
    }
    scoreRemainders();
    checkOtherParts();
    if (!valid) {
      return;
    }
    if (unknown != null) {
      for (int i : layout.leaves) {
        if (unknown[i]) {
          points[i] = UNKNOWN;
          applicable[i] = c.max[i];
          status[i] = (byte) Status.UNKNOWN.ordinal();
        }
      }
    }
    if (!submission.reported().isEmpty()) {
      reconciliation = Reconciler.reconcile(layout, submission, this);
    }
    sum();
  }

  /** The codes declared unknown must exist, and have no observation or remainder points. */
  private void checkUnknown() {
    for (String code : submission.unknown()) {
      valid &= layout.indexOf.containsKey(code) && !submission.observations().containsKey(code)
          && !submission.unitemised().containsKey(code);
    }
  }

  private void scoreLeaves() {
    Map<String, Observation> observations = submission.observations();
    MissingPolicy missing = submission.missing();
    int found = 0;
    for (int i : layout.leaves) {
      Observation o = observations.get(layout.codes[i]);
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
      long given = 0;
      if (kind == POINTS) {
        given = givenPoints(((Observation.Points) o).points(), max);
        if (given < 0) {
          valid = false;
          continue;
        }
      }
      Basis b = LeafOutcomes.withObservation(KINDS[kind], c.ruleTakesPoints[i]);
      if (b == Basis.NOT_APPLICABLE) {
        valid &= c.allowNotApplicable[i];
        points[i] = 0;
        applicable[i] = 0;
        set(i, LeafOutcomes.status(b, true, false), b);
        // an unknown leaf is not scored: its maximum stays in the sums
        standardNotApplicable |= layout.role[i] == Role.STANDARD
            && (unknown == null || !unknown[i]);
      } else if (b == Basis.OVERRIDE) {
        points[i] = given;
        set(i, LeafOutcomes.status(b, given == 0, given == max), b);
      } else {
        scoreByRule(i, o, max, missing);
      }
    }
    if (found != observations.size()) {
      valid = false;
    }
  }

  /** The evidence rule (LeafOutcomes.zeroForEvidence) on the leaves scored. */
  private void withholdForEvidence() {
    for (String code : gaps.codes()) {
      Integer i = layout.indexOf.get(code);
      if (i == null || !layout.leaf[i] || points[i] == UNKNOWN
          || (unknown != null && unknown[i])) {
        continue;
      }
      if (LeafOutcomes.zeroForEvidence(BASES[basis[i]], true, points[i] > 0)) {
        points[i] = 0;
        set(i, LeafOutcomes.status(Basis.NO_EVIDENCE, true, false), Basis.NO_EVIDENCE);
      }
    }
  }

  /** Scores a leaf by its rule: through its kernel when it has one that can, else in BigDecimal. */
  private void scoreByRule(int i, Observation o, long max, MissingPolicy missing) {
    LeafKernel kernel = c.kernels[i];
    long p = LeafKernel.REFUSED - 1;
    if (kernel != null) {
      try {
        p = kernel.points(o);
      } catch (ArithmeticException e) {
        p = LeafKernel.REFUSED - 1;
      }
      if (p == LeafKernel.REFUSED) {
        valid = false;
        return;
      }
    }
    if (p >= 0 && p <= max) {
      points[i] = p;
      set(i, LeafOutcomes.status(Basis.RULE, p == 0, p == max), Basis.RULE);
      return;
    }
    try {
      LeafResult r = c.rules.score(layout.codes[i], o, missing);
      if (results == null) {
        results = new LeafResult[layout.size];
      }
      results[i] = r;
      points[i] = Fixed.of(r.points(), scale);
      set(i, r.status(), r.basis());
    } catch (RuntimeException e) {
      // A refused observation, or a rule that fails: the reference path reports or throws it.
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

  private void missing(int i, MissingPolicy missing) {
    Basis b = LeafOutcomes.withoutObservation(layout.role[i], missing);
    if (b == null) {
      // ERROR: a problem, unless the leaf is unknown (then it is not scored)
      valid &= unknown != null && unknown[i];
      points[i] = UNKNOWN;
      return;
    }
    long p = LeafOutcomes.fullMarks(b) ? c.max[i] : 0;
    points[i] = p;
    set(i, LeafOutcomes.status(b, p == 0, p == c.max[i]), b);
  }

  private void set(int i, Status st, Basis b) {
    status[i] = (byte) st.ordinal();
    basis[i] = (byte) b.ordinal();
  }

  private void scoreRemainders() {
    Map<String, BigDecimal> unitemised = submission.unitemised();
    int found = 0;
    for (int i : layout.remainders) {
      BigDecimal given = unitemised.get(layout.codes[i]);
      found += given == null ? 0 : 1;
      RemainderBasis b = RemainderBasis.of(unknown != null && unknown[i], given != null,
          layout.role[i], submission.missing());
      if (b == null) {
        valid = false;
        continue;
      }
      // points given are checked even under an unknown node, as the reference check does
      long g = given == null ? 0 : givenPoints(given, c.remainderMax[i]);
      valid &= g >= 0;
      long p = switch (b) {
        case UNKNOWN -> UNKNOWN;
        case GIVEN -> g;
        case MISSING_FULL -> c.remainderMax[i];
        default -> 0;
      };
      remainderPoints[i] = p;
      remainderBasis[i] = (byte) b.ordinal();
    }
    if (found != unitemised.size()) {
      valid = false;
    }
  }

  /** The codes the submission names outside observations and remainders must exist. */
  private void checkOtherParts() {
    for (String code : submission.evidence().keySet()) {
      valid &= layout.indexOf.containsKey(code);
    }
    for (String code : submission.leadAgencies().keySet()) {
      valid &= layout.indexOf.containsKey(code);
    }
    for (Map.Entry<String, Reported> e : submission.reported().entrySet()) {
      Reported r = e.getValue();
      valid &= layout.indexOf.containsKey(e.getKey())
          && r.points().map(p -> p.signum() >= 0).orElse(true)
          && r.deficit().map(d -> d.signum() >= 0).orElse(true);
    }
  }

  /** Points (or UNKNOWN) and applicable maximum of a subtree, from its leaves and remainders. */
  private long[] aggregate(int i) {
    if (layout.leaf[i]) {
      return new long[] {points[i], applicable[i]};
    }
    long p = 0;
    long a = 0;
    for (int child : layout.children[i]) {
      long[] x = aggregate(child);
      p = p == UNKNOWN || x[0] == UNKNOWN ? UNKNOWN : p + x[0];
      a += x[1];
    }
    if (layout.remainderMax[i] != null) {
      long r = remainderPoints[i];
      p = p == UNKNOWN || r == UNKNOWN ? UNKNOWN : p + r;
      a += c.remainderMax[i];
    }
    return new long[] {p, a};
  }

  @Override
  public Reconciler.Subtotal subtotal(int i) {
    long[] x = aggregate(i);
    return new Reconciler.Subtotal(decimal(x[0]), Fixed.decimal(x[1], scale));
  }

  @Override
  public @Nullable RemainderBasis remainder(int i) {
    return layout.remainderMax[i] == null ? null : REMAINDER_BASES[remainderBasis[i]];
  }

  @Override
  public void charge(int i, BigDecimal newPoints) {
    remainderPoints[i] = Fixed.of(newPoints, scale);
    remainderBasis[i] = (byte) RemainderBasis.CHARGED.ordinal();
  }

  /** Sums every inner node, children before parents. */
  private void sum() {
    for (int i = layout.size - 1; i >= 0; i--) {
      if (layout.leaf[i]) {
        continue;
      }
      long p = 0;
      long a = 0;
      for (int child : layout.children[i]) {
        long x = points[child];
        p = p == UNKNOWN || x == UNKNOWN ? UNKNOWN : p + x;
        a += applicable[child];
      }
      if (layout.remainderMax[i] != null) {
        long r = remainderPoints[i];
        p = p == UNKNOWN || r == UNKNOWN ? UNKNOWN : p + r;
        a += c.remainderMax[i];
      }
      points[i] = p;
      applicable[i] = a;
    }
  }

  /** The totals, the cap, the index and the band, and the scorecard. */
  private Scorecard grade() {
    long standard = 0;
    long bonus = 0;
    long penalty = 0;
    long applicableMax = 0;
    for (int i : layout.tops) {
      long p = points[i];
      switch (layout.role[i]) {
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
    if (t != UNKNOWN) {
      long clamped = switch (Grading.cap(layout.methodology, Long.signum(t),
          Long.compare(t, applicableMax))) {
        case TO_ZERO -> 0;
        case TO_APPLICABLE_MAX -> applicableMax;
        default -> t;
      };
      capped = clamped != t;
      t = clamped;
    }
    total = t;
    applicableTotal = applicableMax;
    BigDecimal index = t == UNKNOWN || applicableMax <= 0 ? null : Fixed.decimal(
        Fixed.divide(t * c.hundred, applicableMax, layout.mode), layout.indexScale);
    return new Scorecard(layout.methodology, submission, decimal(t),
        Fixed.decimal(applicableMax, scale), index, Grading.band(layout.methodology, index),
        decimal(standard), decimal(bonus), decimal(penalty), capped, this);
  }

  private static long add(long sum, long value) {
    return sum == UNKNOWN || value == UNKNOWN ? UNKNOWN : sum + value;
  }

  private @Nullable BigDecimal decimal(long value) {
    return value == UNKNOWN ? null : Fixed.decimal(value, scale);
  }

  // ---- Figures ----

  /** The node's points; 0 and the maximum as shared decimals (the same values and scales). */
  @Override
  @Nullable BigDecimal points(int i) {
    long p = points[i];
    if (p == 0) {
      return c.zeroPoints;
    }
    return p == c.max[i] ? layout.max[i] : decimal(p);
  }

  @Override
  BigDecimal applicableMax(int i) {
    long a = applicable[i];
    return a == c.max[i] ? layout.max[i] : Fixed.decimal(a, scale);
  }

  /**
   * {@code points / applicable × 100} at the index decimals, as the reference divides it; 0 and 100
   * percent as shared decimals.
   */
  @Override
  @Nullable BigDecimal percent(int i) {
    long p = points[i];
    long a = applicable[i];
    if (p == UNKNOWN || a == 0) {
      return null;
    }
    if (p == 0 || p == a) {
      return p == 0 ? c.zeroPercent : c.fullPercent;
    }
    return Fixed.decimal(Fixed.divide(p * c.hundred, a, layout.mode), layout.indexScale);
  }

  @Override
  @Nullable Basis leafBasis(int i) {
    return status[i] == Status.UNKNOWN.ordinal() ? null : BASES[basis[i]];
  }

  @Override
  Status leafStatus(int i) {
    return STATUSES[status[i]];
  }

  /**
   * The leaf's result's explanation when it was scored through its rule; otherwise its rule type,
   * basis and parameters now, and the rest from the rule when first read.
   */
  @Override
  Explanation explanation(int i) {
    if (BASES[basis[i]] == Basis.NO_EVIDENCE) {
      return Withheld.explanation(c.rules, layout, submission, gaps, i);
    }
    LeafResult r = results == null ? null : results[i];
    if (r != null) {
      return r.explanation();
    }
    CompiledMethodology.Rule rule = Objects.requireNonNull(c.rule[i]);
    return Explanation.deferred(rule.type(), BASES[basis[i]], rule.parameters(), () -> {
      String code = layout.codes[i];
      return c.rules.score(code, submission.observations().get(code), submission.missing())
          .explanation();
    });
  }

  @Override
  @Nullable BigDecimal remainderPoints(int i) {
    return decimal(remainderPoints[i]);
  }

  @Override
  RemainderBasis remainderBasis(int i) {
    return REMAINDER_BASES[remainderBasis[i]];
  }

  @Override
  List<Reconciliation> reconciliation() {
    return reconciliation;
  }

  @Override
  @Nullable BigDecimal total() {
    return decimal(total);
  }

  @Override
  BigDecimal applicableTotal() {
    return Fixed.decimal(applicableTotal, scale);
  }

  @Override
  boolean capped() {
    return capped;
  }

  @Override
  @Nullable Ratio exactIndex() {
    if (total == UNKNOWN || applicableTotal <= 0) {
      return null;
    }
    // The reference pass's applicable maximum is a sum of raw maxima (zero at scale s for a
    // not-applicable leaf): the same value, and the same scale, as here.
    int denominatorScale = standardNotApplicable ? Math.max(scale, c.standardMaxScale)
        : c.standardMaxScale;
    return Ratio.of(Fixed.decimal(total, scale).multiply(HUNDRED),
        Fixed.decimal(applicableTotal, scale).setScale(denominatorScale));
  }

  @Override
  public String toString() {
    return "CompiledPass" + Arrays.toString(points);
  }
}
