package io.github.parindex.scoring;

import io.github.parindex.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An alert raised by a node whose published percentage is below the alert's threshold.
 *
 * @param code the node's code
 * @param percent the node's published percentage
 * @param belowPercent the threshold
 * @param message the alert's message, or {@code null}
 */
public record RaisedAlert(String code, BigDecimal percent, BigDecimal belowPercent,
    @Nullable LocalizedText message) {
  /**
   * Validates.
   *
   * @param code the code
   * @param percent the percent
   * @param belowPercent the threshold
   * @param message the message, or {@code null}
   */
  public RaisedAlert {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(belowPercent, "belowPercent");
  }

  /**
   * The message.
   *
   * @return the message, if the alert has one
   */
  public Optional<LocalizedText> messageText() {
    return Optional.ofNullable(message);
  }
}
