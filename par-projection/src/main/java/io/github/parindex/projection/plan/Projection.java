package io.github.parindex.projection.plan;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.projection.RankDistribution;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of a projection: what the target requires, the cheapest plan that reaches it, and the
 * submission re-scored with the plan applied.
 *
 * <p>When the target cannot be reached, {@link #feasible()} is false and the plan takes every
 * improvement on offer (the best reachable figures). {@link #resultingPoints()} and {@link
 * #resultingIndex()} come from re-scoring the changed submission with the real scorer, so caps, bonus
 * and penalty points are honoured.
 *
 * <p>Guarantees: immutable; the plan lists its changes in document order; {@link #totalCost()} is the
 * exact sum of their costs.
 */
public final class Projection {
  private final ProjectionRequest request;
  private final Scorecard baseline;
  private final Scorecard result;
  private final boolean feasible;
  private final BigDecimal requiredPoints;
  private final BigDecimal requiredIndex;
  private final List<PlannedChange> plan;
  private final BigDecimal totalCost;
  private final BigDecimal totalGain;
  private final Integer peers;
  private final Integer currentRank;
  private final Integer resultingRank;
  private final RankDistribution random;
  private final List<LocalizedText> notes;

  Projection(ProjectionRequest request, Scorecard baseline, Scorecard result, boolean feasible,
      BigDecimal requiredPoints, BigDecimal requiredIndex, List<PlannedChange> plan,
      BigDecimal totalCost, BigDecimal totalGain, Integer peers, Integer currentRank,
      Integer resultingRank, RankDistribution random, List<LocalizedText> notes) {
    this.request = request;
    this.baseline = baseline;
    this.result = result;
    this.feasible = feasible;
    this.requiredPoints = requiredPoints;
    this.requiredIndex = requiredIndex;
    this.plan = List.copyOf(plan);
    this.totalCost = totalCost;
    this.totalGain = totalGain;
    this.peers = peers;
    this.currentRank = currentRank;
    this.resultingRank = resultingRank;
    this.random = random;
    this.notes = List.copyOf(notes);
  }

  /**
   * What was asked.
   *
   * @return the request
   */
  public ProjectionRequest request() {
    return request;
  }

  /**
   * The target.
   *
   * @return the target
   */
  public Target target() {
    return request.target();
  }

  /**
   * Today's scorecard.
   *
   * @return the baseline
   */
  public Scorecard baseline() {
    return baseline;
  }

  /**
   * The scorecard with the plan applied, re-scored.
   *
   * @return the resulting scorecard
   */
  public Scorecard result() {
    return result;
  }

  /**
   * Whether the target can be reached with the options.
   *
   * @return true when the plan reaches the target
   */
  public boolean feasible() {
    return feasible;
  }

  /**
   * The least total that meets the target, at the methodology's {@code pointDecimals}.
   *
   * @return the points; empty when no total can meet it, or when any total does (a rank below the
   *     number of peers + 1)
   */
  public Optional<BigDecimal> requiredPoints() {
    return Optional.ofNullable(requiredPoints);
  }

  /**
   * The least published index that meets the target: the index asked for (on the published grid), the
   * published index of the required points, or the R-th highest peer index.
   *
   * @return the index; empty when any index meets the target
   */
  public Optional<BigDecimal> requiredIndex() {
    return Optional.ofNullable(requiredIndex);
  }

  /**
   * The changes, in document order; empty when the target is already met.
   *
   * @return the plan
   */
  public List<PlannedChange> plan() {
    return plan;
  }

  /**
   * The sum of the changes' costs.
   *
   * @return the total cost
   */
  public BigDecimal totalCost() {
    return totalCost;
  }

  /**
   * The sum of the changes' gains.
   *
   * @return the total gain
   */
  public BigDecimal totalGain() {
    return totalGain;
  }

  /**
   * Today's total.
   *
   * @return the points
   */
  public BigDecimal currentPoints() {
    return baseline.points().orElseThrow();
  }

  /**
   * Today's published index.
   *
   * @return the index
   */
  public BigDecimal currentIndex() {
    return baseline.index().orElseThrow();
  }

  /**
   * The total with the plan applied.
   *
   * @return the points
   */
  public BigDecimal resultingPoints() {
    return result.points().orElseThrow();
  }

  /**
   * The published index with the plan applied.
   *
   * @return the index
   */
  public BigDecimal resultingIndex() {
    return result.index().orElseThrow();
  }

  /**
   * The number of peers ranked against (the unit itself left out).
   *
   * @return the count; empty unless the target is a rank
   */
  public Optional<Integer> peerCount() {
    return Optional.ofNullable(peers);
  }

  /**
   * Today's rank among today's peer indices.
   *
   * @return the rank; empty unless the target is a rank
   */
  public Optional<Integer> currentRank() {
    return Optional.ofNullable(currentRank);
  }

  /**
   * The rank with the plan applied, among the peer indices after the planning change.
   *
   * @return the rank; empty unless the target is a rank
   */
  public Optional<Integer> resultingRank() {
    return Optional.ofNullable(resultingRank);
  }

  /**
   * Under random peer changes, how the plan's rank is distributed and how often it reaches the target.
   *
   * @return the distribution; empty unless {@link PeerChange.Normal} was asked for
   */
  public Optional<RankDistribution> random() {
    return Optional.ofNullable(random);
  }

  /**
   * The assumptions the projection rests on, as given in the request.
   *
   * @return the assumptions
   */
  public List<LocalizedText> assumptions() {
    return request.assumptions();
  }

  /**
   * Remarks: levels left out, peers' decimals or year differing from the methodology's, and so on.
   *
   * @return the notes
   */
  public List<LocalizedText> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Projection{" + target().kind() + ", feasible=" + feasible + ", plan=" + plan.stream()
        .map(PlannedChange::label).toList() + ", cost=" + totalCost.toPlainString() + ", index="
        + result.index().map(BigDecimal::toPlainString).orElse("-") + "}";
  }
}
