package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.rules.Ratio;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one submission: for every node its points, maximum, applicable maximum, deficit,
 * percent, status and trace; the total, the published index and the band; alerts raised; the
 * reconciliation of reported figures; and warnings.
 *
 * <p>Guarantees: immutable and safe to share between threads; nodes are in document order; the index
 * is the exact total ÷ applicable maximum × 100 rounded once to the methodology's
 * {@code indexDecimals}; the band and alerts are decided on published (rounded) percentages. When a part
 * is unknown (see {@code Submission#unknown()}), the total, index and band are absent rather than
 * assumed, and {@link #bySource()} still gives the known parts.
 *
 * <p>A scorecard holds its totals, index and band, and builds its nodes, traces, alerts and warnings
 * the first time they are asked for (then keeps them), from the exact figures computed when scoring:
 * the values are the same whether, when and from which thread they are asked for, so reading only the
 * index of ten thousand scorecards costs no traces.
 */
public final class Scorecard {
  /** The format identifier written in scorecard files. */
  public static final String FORMAT = "par-scorecard/1";

  private final Methodology methodology;
  private final int year;
  private final Unit unit;
  private final Stage stage;
  private final MissingPolicy missing;
  private final @Nullable BigDecimal points;
  private final BigDecimal applicableMaxPoints;
  private final @Nullable BigDecimal index;
  private final @Nullable Band band;
  private final @Nullable BigDecimal standardPoints;
  private final @Nullable BigDecimal bonusPoints;
  private final @Nullable BigDecimal penaltyPoints;
  private final boolean capped;
  /** The figures the details are built from, and the details, made on first use. */
  private final Figures figures;
  private volatile @Nullable CardDetails details;

  private static final VarHandle DETAILS;

  static {
    try {
      DETAILS = MethodHandles.lookup().findVarHandle(Scorecard.class, "details", CardDetails.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Scorecard(Methodology methodology, Submission s, @Nullable BigDecimal points,
      BigDecimal applicableMaxPoints, @Nullable BigDecimal index, @Nullable Band band,
      @Nullable BigDecimal standardPoints, @Nullable BigDecimal bonusPoints,
      @Nullable BigDecimal penaltyPoints, boolean capped, Figures figures) {
    this.methodology = methodology;
    this.year = s.year();
    this.unit = s.unit();
    this.stage = s.stage();
    this.missing = s.missing();
    this.points = points;
    this.applicableMaxPoints = applicableMaxPoints;
    this.index = index;
    this.band = band;
    this.standardPoints = standardPoints;
    this.bonusPoints = bonusPoints;
    this.penaltyPoints = penaltyPoints;
    this.capped = capped;
    this.figures = figures;
  }

  /** The details, made once: a scorecard read only for its totals never makes them. */
  private CardDetails details() {
    CardDetails d = details;
    if (d == null) {
      DETAILS.compareAndSet(this, null, new CardDetails(figures, band, penaltyPoints));
      d = Objects.requireNonNull(details);
    }
    return d;
  }

  /**
   * The methodology scored against.
   *
   * @return the methodology, the same instance the scorer holds
   */
  public Methodology methodology() {
    return methodology;
  }

  /**
   * The evaluation year.
   *
   * @return the year of the submission, within the methodology's validity
   */
  public int year() {
    return year;
  }

  /**
   * The unit.
   *
   * @return the unit of the submission
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The stage of the submission.
   *
   * @return the stage of the submission (self-assessment, appraisal, final)
   */
  public Stage stage() {
    return stage;
  }

  /**
   * The submission's missing policy.
   *
   * @return the policy that scored leaves and remainders without data
   */
  public MissingPolicy missing() {
    return missing;
  }

  /**
   * The total: STANDARD points + BONUS − PENALTY, clamped when the methodology caps it.
   *
   * @return the total; empty when a part is unknown
   */
  public Optional<BigDecimal> points() {
    return Optional.ofNullable(points);
  }

  /**
   * The methodology's maximum.
   *
   * @return the methodology's maximum points, as written in it
   */
  public BigDecimal maxPoints() {
    return methodology.maxPoints();
  }

  /**
   * The maximum less the maxima of not-applicable leaves.
   *
   * @return the applicable maximum of the STANDARD nodes, at the methodology's
   *     {@code pointDecimals}
   */
  public BigDecimal applicableMaxPoints() {
    return applicableMaxPoints;
  }

  /**
   * The index before rounding: total ÷ applicable maximum × 100, exactly.
   *
   * @return the exact index; empty when unknown or nothing applies
   */
  public Optional<Ratio> exactIndex() {
    return Optional.ofNullable(details().exactIndex());
  }

  /**
   * The published index: the exact index rounded to the methodology's {@code indexDecimals}.
   *
   * @return the index; empty when unknown or nothing applies
   */
  public Optional<BigDecimal> index() {
    return Optional.ofNullable(index);
  }

  /**
   * The unit's band: the band earned by the published index, lowered by the methodology's band caps
   * whose condition holds (CYCLE.md §1; see {@link #bandCaps()}).
   *
   * @return the band; empty when no band applies or the index is unknown
   */
  public Optional<Band> band() {
    if (band == null || methodology.bandCaps().isEmpty()) {
      return Optional.ofNullable(band);
    }
    List<AppliedCap> caps = details().caps();
    return Optional.of(caps.isEmpty() ? band : caps.get(caps.size() - 1).after());
  }

  /**
   * The band earned by the published index alone, before any band cap: what alerts by band look at.
   *
   * @return the band; empty when no band applies or the index is unknown
   */
  public Optional<Band> indexBand() {
    return Optional.ofNullable(band);
  }

  /**
   * The band caps whose condition held, in the methodology's order, each with the band before and
   * after it; a cap that held without lowering the band is listed too.
   *
   * @return the caps that held; empty when none did or there is no band
   */
  public List<AppliedCap> bandCaps() {
    return band == null || methodology.bandCaps().isEmpty() ? List.of() : details().caps();
  }

  /**
   * The sum of the top-level STANDARD nodes' points.
   *
   * @return the points; empty when unknown
   */
  public Optional<BigDecimal> standardPoints() {
    return Optional.ofNullable(standardPoints);
  }

  /**
   * The sum of the BONUS nodes' points.
   *
   * @return the bonus points; empty when unknown
   */
  public Optional<BigDecimal> bonusPoints() {
    return Optional.ofNullable(bonusPoints);
  }

  /**
   * The sum of the PENALTY nodes' points (subtracted from the total).
   *
   * @return the penalty points; empty when unknown
   */
  public Optional<BigDecimal> penaltyPoints() {
    return Optional.ofNullable(penaltyPoints);
  }

  /**
   * Whether the total was clamped to 0 .. the applicable maximum.
   *
   * @return true when clamped
   */
  public boolean capped() {
    return capped;
  }

  /**
   * Every node, in document order.
   *
   * @return every node, a parent before its children, each built once; unmodifiable
   */
  public List<NodeScore> nodes() {
    return details().nodes();
  }

  /**
   * A node by code.
   *
   * @param code the code
   * @return the node's score
   * @throws NoSuchElementException if no node has that code
   */
  public NodeScore node(String code) {
    NodeScore n = details().node(code);
    if (n == null) {
      throw new NoSuchElementException("no node " + code + " in this scorecard");
    }
    return n;
  }

  /**
   * A node by code, or {@code null}: a lookup, not a search.
   *
   * @param code the code
   * @return the node's score, or {@code null} when no node has that code
   */
  @Nullable NodeScore find(String code) {
    return details().node(code);
  }

  /**
   * The top-level nodes (fields and any BONUS or PENALTY nodes), in order.
   *
   * @return the top-level nodes
   */
  public List<NodeScore> topLevel() {
    return details().topLevel();
  }

  /**
   * The STANDARD points per source (appraised, survey).
   *
   * @return the totals, one per source present, in the order of {@code Source}
   */
  public List<SourceTotal> bySource() {
    return details().bySource();
  }

  /**
   * Alerts raised.
   *
   * @return the alerts raised, in the order of the methodology's alerts and their codes;
   *     unmodifiable
   */
  public List<RaisedAlert> alerts() {
    return details().alerts();
  }

  /**
   * Each reported figure compared with what was computed.
   *
   * @return the reconciliation, one entry per reported code, in document order
   */
  public List<Reconciliation> reconciliation() {
    return details().reconciliation();
  }

  /**
   * Warnings.
   *
   * @return the warnings, in a fixed order of kinds; unmodifiable, and empty when nothing rests on
   *     an assumption
   */
  public List<Warning> warnings() {
    return details().warnings();
  }

  /**
   * Whether every part is known: no node is {@code UNKNOWN}.
   *
   * @return true when the total is known
   */
  public boolean isComplete() {
    return points != null;
  }

  /**
   * A node's published percent, as {@code node(code).percent()} gives it (for rankings by field).
   *
   * @param code the node's code
   * @return the percent; empty when unknown or not applicable
   * @throws NoSuchElementException if no node has that code
   */
  Optional<BigDecimal> percent(String code) {
    return Optional.ofNullable(details().percent(code));
  }

  /**
   * Whether this scorecard came from the compiled path (for tests).
   *
   * @return true when its details are built from the compiled path's figures
   */
  boolean isCompiled() {
    return figures instanceof CompiledPass;
  }

  @Override
  public String toString() {
    return "Scorecard{" + methodology.id() + " " + year + " " + unit.id() + " "
        + (points == null ? "unknown" : points.toPlainString()) + "/"
        + applicableMaxPoints.toPlainString() + " index=" + (index == null ? "-" : index) + "}";
  }
}
