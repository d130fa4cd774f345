package io.github.parindex.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A threshold that raises an alert: each listed node whose published percentage of its applicable
 * maximum is below {@link #belowPercent()} raises it (e.g. "every field at least 75 %, or file a
 * remediation plan").
 *
 * <p>Guarantees: immutable; {@link #belowPercent()} is normalised.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Alert {
  Alert() {}

  /**
   * The codes of the nodes the alert watches.
   *
   * @return the codes, in order
   */
  public abstract List<String> codes();

  /**
   * The percentage below which the alert is raised.
   *
   * @return the threshold, 0 to 100
   */
  public abstract BigDecimal belowPercent();

  /**
   * The message shown when the alert is raised.
   *
   * @return the message
   */
  public abstract Optional<LocalizedText> message();

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
    return Decimals.isNormalized(belowPercent())
        ? this : builder().from(this).belowPercent(Decimals.normalize(belowPercent())).build();
  }

  /** Builds an {@link Alert}. */
  public static final class Builder extends ImmutableAlert.Builder {
    Builder() {}
  }
}
