package io.github.parindex.projection.scenario;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.internal.IndexMath;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scenario applied: the baseline scorecard, the scenario's scorecard (re-scored with the real scorer
 * of the possibly edited methodology), their node-by-node {@link Comparison}, and ranks among peers.
 *
 * <p>Guarantees: immutable.
 */
public final class ScenarioResult {
  private final Scenario scenario;
  private final Scorecard before;
  private final Scorecard after;
  private final Scorer scorer;
  private final Submission submission;
  private final Comparison comparison;

  ScenarioResult(Scenario scenario, Scorecard before, Scorecard after, Scorer scorer,
      Submission submission) {
    this.scenario = scenario;
    this.before = before;
    this.after = after;
    this.scorer = scorer;
    this.submission = submission;
    this.comparison = Comparison.of(before, after);
  }

  /**
   * A unit's rank among peers before and after.
   *
   * @param peers the number of peers ranked against (the unit itself left out)
   * @param before the rank before, or {@code null} when the index is unknown
   * @param after the rank after, or {@code null} when the index is unknown
   */
  public record RankChange(int peers, Integer before, Integer after) {
    /**
     * Places risen: before − after (negative when fallen).
     *
     * @return the change, when both ranks are known
     */
    public Optional<Integer> places() {
      return before == null || after == null ? Optional.empty() : Optional.of(before - after);
    }
  }

  /**
   * The scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The baseline scorecard.
   *
   * @return the scorecard before
   */
  public Scorecard before() {
    return before;
  }

  /**
   * The scenario's scorecard.
   *
   * @return the scorecard after
   */
  public Scorecard after() {
    return after;
  }

  /**
   * The scorer of the scenario's methodology (the baseline's when nothing is edited).
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The submission as the scenario makes it: reported figures dropped (they describe the baseline),
   * today's charged remainders given explicitly, then the scenario's changes.
   *
   * @return the submission
   */
  public Submission submission() {
    return submission;
  }

  /**
   * Node by node, baseline against scenario.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * The assumptions the scenario rests on.
   *
   * @return the assumptions
   */
  public List<LocalizedText> assumptions() {
    return scenario.assumptions();
  }

  /**
   * Ranks among peers (published indices, the unit itself left out), before and after; peers keep their
   * published indices.
   *
   * @param peers the peers
   * @return the ranks
   * @throws ValidationException if a peer's index is impossible under the scenario's methodology
   *     ({@link PeerTable#checkAgainst})
   */
  public RankChange ranks(PeerTable peers) {
    List<Problem> problems = peers.checkAgainst(scorer.methodology());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<BigDecimal> others = peers.excluding(before.unit().id()).stream()
        .map(PeerTable.Peer::index).toList();
    return new RankChange(others.size(),
        before.index().map(i -> IndexMath.rank(i, others)).orElse(null),
        after.index().map(i -> IndexMath.rank(i, others)).orElse(null));
  }
}
