package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit in a ranking.
 *
 * @param unit the unit
 * @param index the published index, or {@code null} when unknown (such units are not ranked)
 * @param rank the competition rank (1, 2, 2, 4), or 0 when not ranked
 * @param band the band, or {@code null}
 * @param gapToAbove how much the published index must rise to reach the nearest unit with a higher
 *     one, or {@code null} for the first
 * @param previousRank the rank in the previous set, or {@code null}
 * @param scorecard the unit's scorecard
 */
public record RankEntry(Unit unit, @Nullable BigDecimal index, int rank, @Nullable Band band,
    @Nullable BigDecimal gapToAbove, @Nullable Integer previousRank, Scorecard scorecard) {
  /**
   * Validates.
   *
   * @param unit the unit
   * @param index the index, or {@code null}
   * @param rank the rank, or 0
   * @param band the band, or {@code null}
   * @param gapToAbove the gap, or {@code null}
   * @param previousRank the previous rank, or {@code null}
   * @param scorecard the scorecard
   */
  public RankEntry {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(scorecard, "scorecard");
  }

  /**
   * Places risen since the previous set: previous rank − rank (negative when fallen).
   *
   * @return the change, when both ranks are known
   */
  public Optional<Integer> change() {
    return previousRank == null || rank == 0 ? Optional.empty()
        : Optional.of(previousRank - rank);
  }

  /**
   * Whether the unit is ranked (its index is known).
   *
   * @return true when ranked
   */
  public boolean ranked() {
    return rank > 0;
  }
}
