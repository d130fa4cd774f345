package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An alert raised: by a node whose published percentage is below the alert's threshold
 * ({@link #code()}, {@link #percent()} and {@link #belowPercent()} are given), or by the unit's band,
 * found from its index before any band cap, being one of the alert's bands ({@link #band()} is
 * given, the three others are {@code null}).
 *
 * @param code the node's code; {@code null} for an alert by band
 * @param percent the node's published percentage; {@code null} for an alert by band
 * @param belowPercent the threshold; {@code null} for an alert by band
 * @param message the alert's message, or {@code null}
 * @param id the alert's id ({@code remediation}), or {@code null} when the alert has none
 * @param band the band code that raised an alert by band; {@code null} for an alert on a node
 */
public record RaisedAlert(@Nullable String code, @Nullable BigDecimal percent,
    @Nullable BigDecimal belowPercent, @Nullable LocalizedText message, @Nullable String id,
    @Nullable String band) {
  /**
   * Validates: exactly one of the two shapes.
   *
   * @param code the code
   * @param percent the percent
   * @param belowPercent the threshold
   * @param message the message, or {@code null}
   * @param id the id, or {@code null}
   * @param band the band, or {@code null}
   */
  public RaisedAlert {
    if (band == null) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(belowPercent, "belowPercent");
    } else if (code != null || percent != null || belowPercent != null) {
      throw new IllegalArgumentException("an alert raised by band has no code, percent or "
          + "threshold");
    }
  }

  /**
   * An alert raised by a node, without an id (the shape before alert ids).
   *
   * @param code the node's code
   * @param percent its published percentage
   * @param belowPercent the threshold
   * @param message the message, or {@code null}
   */
  public RaisedAlert(String code, BigDecimal percent, BigDecimal belowPercent,
      @Nullable LocalizedText message) {
    this(code, percent, belowPercent, message, null, null);
  }

  /**
   * The message.
   *
   * @return the message, if the alert has one
   */
  public Optional<LocalizedText> messageText() {
    return Optional.ofNullable(message);
  }

  /**
   * The alert's id.
   *
   * @return the id, if the alert has one
   */
  public Optional<String> alertId() {
    return Optional.ofNullable(id);
  }

  /**
   * Whether the unit's band raised the alert (rather than a node's percentage).
   *
   * @return true when {@link #band()} is given
   */
  public boolean byBand() {
    return band != null;
  }
}
