package io.github.parindex.scoring;

import io.github.parindex.model.Submission;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a scoring pass computed for one submission, node by node, as decimals: what
 * {@link CardDetails} builds a scorecard's nodes, traces, alerts, sources and warnings from. The
 * compiled pass ({@link CompiledPass}, {@code long} fixed point) and the reference pass
 * ({@link ReferencePass}, {@code BigDecimal}) each give one; everything decided from these figures is
 * decided once, in {@code CardDetails} and the types it calls. Nodes are numbered in the
 * {@link Layout}'s document order. Subclasses are thread-safe once scoring is done.
 */
abstract class Figures {
  /** The layout of the methodology scored against. */
  final Layout layout;
  /** The submission scored. */
  final Submission submission;
  /** The leaves lacking evidence (CYCLE.md §3), {@link EvidenceGaps#none()} outside the cycle. */
  final EvidenceGaps gaps;

  Figures(Layout layout, Submission submission, EvidenceGaps gaps) {
    this.layout = layout;
    this.submission = submission;
    this.gaps = gaps;
  }

  /**
   * A node's points.
   *
   * @param i the node
   * @return its points at the point decimals; {@code null} when unknown
   */
  abstract @Nullable BigDecimal points(int i);

  /**
   * A node's applicable maximum: its maximum less the maxima of its not-applicable leaves.
   *
   * @param i the node
   * @return the applicable maximum at the point decimals
   */
  abstract BigDecimal applicableMax(int i);

  /**
   * A node's published percent: points ÷ applicable maximum × 100, rounded once to the index
   * decimals.
   *
   * @param i the node
   * @return the percent; {@code null} when unknown or nothing applies
   */
  abstract @Nullable BigDecimal percent(int i);

  /**
   * What decided a leaf's points.
   *
   * @param i a leaf
   * @return the basis; {@code null} when the leaf is unknown (not scored)
   */
  abstract @Nullable Basis leafBasis(int i);

  /**
   * A leaf's status.
   *
   * @param i a leaf
   * @return the status, {@link Status#UNKNOWN} when it is unknown
   */
  abstract Status leafStatus(int i);

  /**
   * A known leaf's explanation.
   *
   * @param i a leaf that is not unknown
   * @return the explanation, equal to its rule's ({@code PreparedRules.score})
   */
  abstract Explanation explanation(int i);

  /**
   * The points of a node's unitemised remainder.
   *
   * @param i a node with a remainder
   * @return the points at the point decimals; {@code null} when unknown
   */
  abstract @Nullable BigDecimal remainderPoints(int i);

  /**
   * What decided the points of a node's unitemised remainder.
   *
   * @param i a node with a remainder
   * @return the basis
   */
  abstract RemainderBasis remainderBasis(int i);

  /** The reconciliation of the submission's reported figures, in document order. */
  abstract List<Reconciliation> reconciliation();

  /** The total after the cap; {@code null} when a part is unknown. */
  abstract @Nullable BigDecimal total();

  /** The applicable maximum of the STANDARD top-level nodes. */
  abstract BigDecimal applicableTotal();

  /** Whether the cap changed the total. */
  abstract boolean capped();

  /** The exact index, as the reference pass holds it; {@code null} when unknown or nothing applies. */
  abstract @Nullable Ratio exactIndex();
}
