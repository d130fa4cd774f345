package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition that raises an alert, in one of two shapes: each listed node whose published percentage
 * of its applicable maximum is below {@link #belowPercent()} raises it ("every field at least 75 %, or
 * file a remediation plan"), or, with {@link #bands()}, a unit whose band (found from its index, before
 * any band cap) is one of the listed bands raises it ("rated Hoàn thành nhiệm vụ or below"). Alerts
 * with the same {@link #id()} are one alert when units are listed by alert (a unit raises the id when
 * any of them is raised).
 *
 * <p>Guarantees: immutable; {@link #belowPercent()} is normalised. Whether the alert has exactly one
 * shape, and names existing nodes and bands, is checked when its methodology is built.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Alert {
  Alert() {}

  /**
   * The alert's identifier, e.g. {@code remediation}: what units are listed by, and what a band
   * cap's {@code {"alert": ID}} names.
   *
   * @return the id, if the alert has one
   */
  public abstract Optional<String> id();

  /**
   * The codes of the nodes the alert watches; empty for an alert by band.
   *
   * @return the codes, in order
   */
  public abstract List<String> codes();

  /**
   * The percentage below which a watched node raises the alert.
   *
   * @return the threshold, above 0 and at most 100; empty for an alert by band
   */
  public abstract Optional<BigDecimal> belowPercent();

  /**
   * The band codes that raise the alert; empty for an alert on nodes' percentages.
   *
   * @return the band codes, in order
   */
  public abstract List<String> bands();

  /**
   * The message shown when the alert is raised.
   *
   * @return the message
   */
  public abstract Optional<LocalizedText> message();

  /**
   * Whether the alert is raised by the unit's band rather than by nodes' percentages.
   *
   * @return true when {@link #bands()} is not empty
   */
  public final boolean byBand() {
    return !bands().isEmpty();
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
  Alert normalize() {
    return belowPercent().map(Decimals::isNormalized).orElse(true)
        ? this : builder().from(this).belowPercent(Decimals.normalize(belowPercent().get())).build();
  }

  /** Builds an {@link Alert}. */
  public static final class Builder extends ImmutableAlert.Builder {
    Builder() {}
  }
}
