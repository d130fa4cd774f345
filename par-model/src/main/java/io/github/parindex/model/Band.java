package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A classification band (group A, B, C; Tốt, Khá, ...): a unit gets the first band, highest first, whose
 * {@link #minPercent()} is at most its published index.
 *
 * <p>Guarantees: immutable; {@link #minPercent()} is normalised.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Band {
  Band() {}

  /**
   * The band's code, e.g. {@code A}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The band's label, e.g. "Nhóm A".
   *
   * @return the label
   */
  public abstract Optional<LocalizedText> label();

  /**
   * The least published index, in percent, that earns this band.
   *
   * @return the minimum percent, 0 to 100
   */
  public abstract BigDecimal minPercent();

  /**
   * A band without a label.
   *
   * @param code the code
   * @param minPercent the minimum percent
   * @return the band
   */
  public static Band of(String code, BigDecimal minPercent) {
    return builder().code(code).minPercent(minPercent).build();
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
  Band normalize() {
    return Decimals.isNormalized(minPercent())
        ? this : builder().from(this).minPercent(Decimals.normalize(minPercent())).build();
  }

  /** Builds a {@link Band}. */
  public static final class Builder extends ImmutableBand.Builder {
    Builder() {}
  }
}
