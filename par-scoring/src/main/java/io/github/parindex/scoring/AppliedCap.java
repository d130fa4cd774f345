package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.BandCap;
import java.util.Objects;

/**
 * A band cap whose condition held for a scorecard (CYCLE.md §1), and what it did: the band before
 * it (found from the index, or left by an earlier cap) and after it. A cap whose band was already at
 * or below {@code atMost} held without lowering it.
 *
 * @param cap the methodology's cap
 * @param before the band before the cap
 * @param after the band after it: {@code before}, or the cap's {@code atMost} band when lower
 */
public record AppliedCap(BandCap cap, Band before, Band after) {
  /**
   * Validates.
   *
   * @param cap the cap
   * @param before the band before
   * @param after the band after
   */
  public AppliedCap {
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Whether the cap lowered the band.
   *
   * @return true when the band after differs from the band before
   */
  public boolean lowered() {
    return !before.code().equals(after.code());
  }
}
