package io.github.parindex.model.io.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Parses decimal text exactly, refusing forms that are not plain decimals (hex, NaN, 1_000). The
 * grammar is {@code [+-]? (digits ('.' digits?)? | '.' digits) ([eE] [+-]? 1 to 3 digits)?}, checked
 * by one scan of the characters (no regular expression: every number of every file goes through it).
 */
public final class DecimalText {
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
    int n = text.length();
    if (n == 0 || n > 200 || !plainDecimal(text, n)) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (Math.abs(value.scale()) > MAX_SCALE) {
      return null;
    }
    // Decimals are written in plain notation, where a negative scale (1E+3) cannot be kept.
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Whether the text follows the grammar of the class comment. */
  private static boolean plainDecimal(String s, int n) {
    int i = 0;
    char c = s.charAt(0);
    if (c == '+' || c == '-') {
      i++;
    }
    int intDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fractionDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (intDigits == 0 && fractionDigits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits < 1 || exponentDigits > 3) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The length of a decimal written in plain notation, as the writers write it: {@code 1e-50} is
   * {@code 0.000…01}, 52 characters.
   *
   * @param value a decimal as {@link #parse} returns it (scale from 0 to 100)
   * @return the number of characters of {@link BigDecimal#toPlainString()}
   */
  public static int plainLength(BigDecimal value) {
    // Computed from the precision and scale rather than by printing: "-" digits, or "-0." and
    // zeros and digits. (Scales are never negative here.)
    int sign = value.signum() < 0 ? 1 : 0;
    int precision = value.precision();
    int scale = value.scale();
    if (scale <= 0) {
      return value.toPlainString().length();
    }
    return sign + (precision > scale ? precision + 1 : scale + 2);
  }
}
