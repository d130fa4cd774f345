package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Figures printed elsewhere for one node, to reconcile against what is computed. Each value keeps the
 * number of decimals it was printed with ({@code 9.48} has 2, {@code 4.3} has 1): that is the
 * precision it is matched within.
 *
 * <p>Guarantees: immutable; at least one of points and deficit is present; decimals keep their scale,
 * except that a negative scale ({@code 1E+1}) is brought to 0 ({@code 10}), as files write it.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Reported {
  Reported() {}

  /**
   * The printed points.
   *
   * @return the points, with their printed decimals
   */
  public abstract Optional<BigDecimal> points();

  /**
   * The printed deficit (points lost, "chưa đạt").
   *
   * @return the deficit, with its printed decimals
   */
  public abstract Optional<BigDecimal> deficit();

  /**
   * Reported points only.
   *
   * @param points the printed points
   * @return the figures
   */
  public static Reported points(BigDecimal points) {
    return builder().points(points).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Reported check() {
    if (points().isEmpty() && deficit().isEmpty()) {
      throw new IllegalArgumentException("reported figures need points, a deficit, or both");
    }
    if (points().filter(p -> p.scale() < 0).isEmpty()
        && deficit().filter(d -> d.scale() < 0).isEmpty()) {
      return this;
    }
    return builder().from(this)
        .points(points().map(Reported::nonNegativeScale))
        .deficit(deficit().map(Reported::nonNegativeScale))
        .build();
  }

  private static BigDecimal nonNegativeScale(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Builds a {@link Reported}. */
  public static final class Builder extends ImmutableReported.Builder {
    Builder() {}
  }
}
