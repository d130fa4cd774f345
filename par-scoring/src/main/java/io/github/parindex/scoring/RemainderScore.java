package io.github.parindex.scoring;

import io.github.parindex.rules.Status;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of a node's unitemised remainder: points known to exist under the node whose leaves are not
 * transcribed, scored like one extra leaf.
 *
 * @param maxPoints the node's unitemised points
 * @param points the points, at the methodology's decimals; {@code null} when unknown
 * @param status the status
 * @param basis what decided the points
 */
public record RemainderScore(BigDecimal maxPoints, @Nullable BigDecimal points, Status status,
    RemainderBasis basis) {
  /**
   * Validates.
   *
   * @param maxPoints the maximum
   * @param points the points, or {@code null} when unknown
   * @param status the status
   * @param basis the basis
   */
  public RemainderScore {
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(basis, "basis");
    if ((points == null) != (basis == RemainderBasis.UNKNOWN)) {
      throw new IllegalArgumentException("points are null exactly when the basis is UNKNOWN");
    }
  }

  /**
   * The points, if known.
   *
   * @return the points, at the methodology's {@code pointDecimals}; empty when unknown
   */
  public Optional<BigDecimal> knownPoints() {
    return Optional.ofNullable(points);
  }

  /**
   * Points lost: maximum − points.
   *
   * @return the deficit, if known
   */
  public Optional<BigDecimal> deficit() {
    return points == null ? Optional.empty() : Optional.of(maxPoints.subtract(points));
  }
}
