package io.github.parindex.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of a methodology's maximum is itemised into leaves, and how much is only known as
 * unitemised remainders (points known to exist whose leaves are not transcribed).
 *
 * @param itemisedPoints the sum of the maxima of the STANDARD leaves
 * @param unitemisedPoints the sum of the STANDARD nodes' unitemised points
 * @param maxPoints the methodology's maximum
 */
public record Completeness(BigDecimal itemisedPoints, BigDecimal unitemisedPoints,
    BigDecimal maxPoints) {

  /**
   * Normalises the decimals, so that equal figures are equal records.
   *
   * @param itemisedPoints the sum of the maxima of the STANDARD leaves
   * @param unitemisedPoints the sum of the STANDARD nodes' unitemised points
   * @param maxPoints the methodology's maximum
   */
  public Completeness {
    itemisedPoints = Decimals.normalize(itemisedPoints);
    unitemisedPoints = Decimals.normalize(unitemisedPoints);
    maxPoints = Decimals.normalize(maxPoints);
  }

  /**
   * Whether every point is itemised into leaves.
   *
   * @return true when no STANDARD node has unitemised points
   */
  public boolean isComplete() {
    return unitemisedPoints.signum() == 0;
  }

  /**
   * The itemised share of the maximum, in percent, rounded half-up to 2 decimals.
   *
   * @return the itemised percent
   */
  public BigDecimal itemisedPercent() {
    if (maxPoints.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return itemisedPoints.multiply(BigDecimal.valueOf(100))
        .divide(maxPoints, 2, RoundingMode.HALF_UP);
  }
}
