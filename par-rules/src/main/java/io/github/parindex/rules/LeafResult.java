package io.github.parindex.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One leaf's score: its points at the methodology's decimals, its status and how they came out.
 *
 * <p>Guarantees: immutable; {@code 0 <= points <= maxPoints}; {@code points} has exactly the
 * methodology's {@code pointDecimals}; a not-applicable leaf has 0 points.
 *
 * @param code the leaf's code
 * @param maxPoints the leaf's maximum
 * @param points the points, rounded once
 * @param status the status
 * @param explanation how the points came out
 */
public record LeafResult(String code, BigDecimal maxPoints, BigDecimal points, Status status,
    Explanation explanation) {

  /**
   * Validates.
   *
   * @param code the leaf's code
   * @param maxPoints the leaf's maximum
   * @param points the points
   * @param status the status
   * @param explanation the explanation
   */
  public LeafResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
    if (points.signum() < 0 || points.compareTo(maxPoints) > 0) {
      throw new IllegalArgumentException("points " + points + " of leaf " + code
          + " outside 0.." + maxPoints);
    }
  }

  /**
   * Whether the leaf applies (its maximum counts in the applicable maximum).
   *
   * @return false for a not-applicable leaf
   */
  public boolean applicable() {
    return status != Status.NOT_APPLICABLE;
  }

  /**
   * What decided the points.
   *
   * @return the basis of the explanation
   */
  public Basis basis() {
    return explanation.basis();
  }
}
