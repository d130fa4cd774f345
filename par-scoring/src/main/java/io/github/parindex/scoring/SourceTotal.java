package io.github.parindex.scoring;

import io.github.parindex.model.Source;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The STANDARD points from one source (appraised or survey): e.g. "appraised points 60.5182 of 68" while
 * the survey part is not known.
 *
 * @param source the source
 * @param points the points, or {@code null} when a part is unknown
 * @param maxPoints the maximum from that source
 * @param applicableMaxPoints the applicable maximum from that source
 */
public record SourceTotal(Source source, @Nullable BigDecimal points, BigDecimal maxPoints,
    BigDecimal applicableMaxPoints) {
  /**
   * Validates.
   *
   * @param source the source
   * @param points the points, or {@code null}
   * @param maxPoints the maximum
   * @param applicableMaxPoints the applicable maximum
   */
  public SourceTotal {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(applicableMaxPoints, "applicableMaxPoints");
  }

  /**
   * The points, if known.
   *
   * @return the points; empty when a part from this source is unknown
   */
  public Optional<BigDecimal> knownPoints() {
    return Optional.ofNullable(points);
  }
}
