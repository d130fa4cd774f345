package io.github.parindex.model.io.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Parses decimal text exactly, refusing forms that are not plain decimals (hex, NaN, 1_000). The
 * grammar is {@code [+-]? (digits ('.' digits?)? | '.' digits) ([eE] [+-]? 1 to 3 digits)?}, checked
 * by one scan of the characters (no regular expression: every number of every file goes through it).
 */
public final class DecimalText {
  /**
   * The whole numbers 0 to 1023, made once: counts, numerators and denominators, baselines are mostly
   * small whole numbers, and BigDecimal.valueOf keeps only 0 to 10 (decimals are immutable, so one
   * object serves every reader).
   */
  private static final BigDecimal[] WHOLE = new BigDecimal[1024];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = BigDecimal.valueOf(i);
    }
  }

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
    return n == 0 || n > 200 ? null : parse(text.toCharArray(), 0, n);
  }

  /**
   * Parses a decimal from characters, as {@link #parse(String)} does, without making a string: the
   * readers give the parser's own buffer.
   *
   * @param buf the characters
   * @param off where the text starts
   * @param n its length
   * @return the exact value, or {@code null} as {@link #parse(String)}
   */
  public static @Nullable BigDecimal parse(char[] buf, int off, int n) {
    Parsed parsed = new Parsed();
    return parse(buf, off, n, parsed) ? parsed.value() : null;
  }

  /**
   * A number as {@link #parse(char[], int, int)} reads it, kept as a {@code long} and a scale when
   * it has at most 18 digits and no negative scale: the token reader reuses one for every number,
   * so a whole number read as a {@code long} (a count, a year) makes no object at all.
   */
  public static final class Parsed {
    private boolean compact;
    private long unscaled;
    private int scale;
    private @Nullable BigDecimal value;
    /** The text's length when it was already plain (digits before any point, no exponent), else -1. */
    private int plainText;

    /** An empty holder, to be filled by {@link DecimalText#parse(char[], int, int, Parsed)}. */
    public Parsed() {}

    /**
     * The exact value, made on the first call (the same object on the next).
     *
     * @return the value
     */
    public BigDecimal value() {
      BigDecimal v = value;
      if (v == null) {
        v = scale == 0 && unscaled >= 0 && unscaled < WHOLE.length
            ? WHOLE[(int) unscaled]
            : BigDecimal.valueOf(unscaled, scale);
        value = v;
      }
      return v;
    }

    /**
     * Whether the value is a whole number that fits a {@code long} ({@link #longValue()}) without
     * making it: at most 18 digits, scale 0.
     *
     * @return true for such a number
     */
    public boolean isSmallWhole() {
      return compact && scale == 0;
    }

    /**
     * The value of a {@linkplain #isSmallWhole() small whole number}.
     *
     * @return the value
     */
    public long longValue() {
      return unscaled;
    }

    /**
     * Whether the value written in plain notation has at most {@code max} characters, as
     * {@code plainLength() <= max}; not measured when the text was plain already ({@code 12.5},
     * {@code -0.25}: its plain form is no longer than the text).
     *
     * @param max the most characters
     * @return true when the plain form fits
     */
    public boolean plainFits(int max) {
      return plainText >= 0 && plainText <= max || plainLength() <= max;
    }

    /**
     * The length of the value written in plain notation, as {@link DecimalText#plainLength}.
     *
     * @return the number of characters
     */
    public int plainLength() {
      if (!compact) {
        return DecimalText.plainLength(value());
      }
      int sign = unscaled < 0 ? 1 : 0;
      long magnitude = Math.abs(unscaled);
      int precision = 1;
      for (long limit = 10; precision < 19 && magnitude >= limit; limit *= 10) {
        precision++;
      }
      if (scale == 0) {
        return sign + precision;
      }
      return sign + (precision > scale ? precision + 1 : scale + 2);
    }
  }

  /**
   * Parses a decimal from characters, as {@link #parse(char[], int, int)} does, into a holder.
   *
   * @param buf the characters
   * @param off where the text starts
   * @param n its length
   * @param into the holder, overwritten
   * @return false, leaving the holder in no useful state, when the text is not a plain decimal or is
   *     out of range
   */
  public static boolean parse(char[] buf, int off, int n, Parsed into) {
    if (n == 0 || n > 200) {
      return false;
    }
    // One scan checks the grammar and, for up to 18 digits, computes the value as a long and a
    // scale, which BigDecimal.valueOf takes without parsing the text again.
    int i = 0;
    boolean negative = false;
    char c = buf[off];
    if (c == '+' || c == '-') {
      negative = c == '-';
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int intDigits = 0;
    while (i < n && isDigit(c = buf[off + i])) {
      unscaled = unscaled * 10 + (c - '0');
      digits++;
      intDigits++;
      i++;
    }
    int fractionDigits = 0;
    if (i < n && buf[off + i] == '.') {
      i++;
      while (i < n && isDigit(c = buf[off + i])) {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        fractionDigits++;
        i++;
      }
    }
    if (intDigits == 0 && fractionDigits == 0) {
      return false;
    }
    int exponent = 0;
    boolean hasExponent = i < n && (buf[off + i] == 'e' || buf[off + i] == 'E');
    if (hasExponent) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (buf[off + i] == '+' || buf[off + i] == '-')) {
        negativeExponent = buf[off + i] == '-';
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(c = buf[off + i])) {
        exponent = exponent * 10 + (c - '0');
        exponentDigits++;
        i++;
      }
      if (exponentDigits < 1 || exponentDigits > 3) {
        return false;
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != n) {
      return false;
    }
    into.plainText = intDigits > 0 && !hasExponent ? n : -1;
    if (digits <= 18) {
      int scale = fractionDigits - exponent;
      if (Math.abs(scale) > MAX_SCALE) {
        return false;
      }
      into.unscaled = negative ? -unscaled : unscaled;
      into.scale = scale;
      into.value = null;
      into.compact = scale >= 0;
      if (scale < 0) {
        // Decimals are written in plain notation, where a negative scale (1E+3) cannot be kept.
        into.value = BigDecimal.valueOf(into.unscaled, scale).setScale(0);
      }
      return true;
    }
    BigDecimal value = new BigDecimal(buf, off, n);
    if (Math.abs(value.scale()) > MAX_SCALE) {
      return false;
    }
    into.compact = false;
    into.value = value.scale() < 0 ? value.setScale(0) : value;
    return true;
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
    if (scale == 0) {
      return sign + precision;
    }
    if (scale < 0) {
      return value.toPlainString().length();
    }
    return sign + (precision > scale ? precision + 1 : scale + 2);
  }
}
