package io.github.parindex.model;

import org.immutables.value.Value;

/**
 * A band cap: after a unit's band is found from its index, the cap lowers it to {@link #atMost()}
 * when its {@linkplain #when() condition} holds and the band is higher ("a unit with a disciplined
 * official cannot be rated excellent"). Caps change only the band: the index and the rank stay.
 *
 * <p>Guarantees: immutable. Whether {@link #atMost()} names a band and the condition names existing
 * alerts and nodes is checked when the methodology is built.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class BandCap {
  BandCap() {}

  /**
   * When the cap applies.
   *
   * @return the condition
   */
  public abstract CapCondition when();

  /**
   * The highest band the cap allows.
   *
   * @return a band code of the methodology
   */
  public abstract String atMost();

  /**
   * A cap.
   *
   * @param when the condition
   * @param atMost the highest band allowed
   * @return the cap
   */
  public static BandCap of(CapCondition when, String atMost) {
    return builder().when(when).atMost(atMost).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BandCap}. */
  public static final class Builder extends ImmutableBandCap.Builder {
    Builder() {}
  }
}
