package io.github.parindex.model.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses decimal text exactly, refusing forms that are not plain decimals (hex, NaN, 1_000). */
public final class DecimalText {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");
  /** Bounds the scale so that no value expands to millions of digits when printed. */
  private static final int MAX_SCALE = 100;

  private DecimalText() {}

  /**
   * Parses a decimal.
   *
   * @param text the text
   * @return the exact value, never with a negative scale ({@code 1e3} is 1000), or {@code null} when
   *     the text is not a plain decimal or is out of range
   */
  public static @Nullable BigDecimal parse(String text) {
    if (text.isEmpty() || text.length() > 200 || !DECIMAL.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (Math.abs(value.scale()) > MAX_SCALE) {
      return null;
    }
    // Decimals are written in plain notation, where a negative scale (1E+3) cannot be kept.
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * The length of a decimal written in plain notation, as the writers write it: {@code 1e-50} is
   * {@code 0.000…01}, 52 characters.
   *
   * @param value a decimal as {@link #parse} returns it (scale from 0 to 100)
   * @return the number of characters of {@link BigDecimal#toPlainString()}
   */
  public static int plainLength(BigDecimal value) {
    return value.toPlainString().length();
  }
}
