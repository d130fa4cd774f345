package io.github.parindex.rules.builtin;

import io.github.parindex.rules.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Numbers for explanation sentences: English with a decimal point, Vietnamese with a decimal comma
 * ("1,4976"). A value without a finite expansion of at most {@value #SHOWN} decimals is shown rounded
 * half-up to {@value #SHOWN} decimals, followed by "…".
 */
final class Text {
  /** Decimals shown of a value that is not exact within them. */
  static final int SHOWN = 10;

  private Text() {}

  static String en(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String vi(BigDecimal value) {
    return en(value).replace('.', ',');
  }

  static String en(long value) {
    return Long.toString(value);
  }

  static String en(Ratio value) {
    BigDecimal exact = value.exactDecimal();
    if (exact != null && exact.scale() <= SHOWN) {
      return en(exact);
    }
    return en(value.round(SHOWN, RoundingMode.HALF_UP)) + "…";
  }

  static String vi(Ratio value) {
    return en(value).replace('.', ',');
  }

  /**
   * A rate as readers read it: a percentage with the methodology's index decimals, rounded half
   * up ({@code 0.93617…} → "93.62 %"); the exact rate stays in the explanation's values.
   *
   * @param rate the rate (1 is 100 %)
   * @param decimals the methodology's index decimals
   * @return the text, English; {@link Num#vi()} for Vietnamese
   */
  static Num percent(Ratio rate, int decimals) {
    BigDecimal p = rate.multiply(Checks.HUNDRED).round(decimals, RoundingMode.HALF_UP);
    return new Num(p.toPlainString() + " %", p);
  }

  /**
   * A rate written in a methodology or given as such, as an exact percentage ({@code 0.09278} →
   * "9.278 %", {@code 1.1} → "110 %"): parameters and the operands of formulas, whose results must
   * be what they show.
   *
   * @param rate the rate (1 is 100 %)
   * @return the text, English; {@link Num#vi()} for Vietnamese
   */
  static Num exactPercent(BigDecimal rate) {
    BigDecimal p = rate.movePointRight(2);
    return new Num(en(p) + " %", p);
  }

  /**
   * A number formatted once for everything an explanation shows of it: its sentence text in both
   * languages and its intermediate value.
   *
   * @param en {@link #en(Ratio)}
   * @param decimal {@link Ratio#toDecimal(int) toDecimal(SHOWN)}, the intermediate's value
   */
  record Num(String en, BigDecimal decimal) {
    /**
     * The Vietnamese text.
     *
     * @return {@link Text#vi(Ratio)}
     */
    String vi() {
      return en.replace('.', ',');
    }
  }

  /**
   * Formats a ratio once: the same texts as {@link #en(Ratio)} and {@link #vi(Ratio)} and the same
   * value as {@code value.toDecimal(SHOWN)}, from one {@link Ratio#exactDecimal()}.
   *
   * @param value the ratio
   * @return the formatted number
   */
  static Num num(Ratio value) {
    BigDecimal exact = value.exactDecimal();
    if (exact != null) {
      return new Num(exact.scale() <= SHOWN ? en(exact)
          : en(value.round(SHOWN, RoundingMode.HALF_UP)) + "…", exact);
    }
    BigDecimal rounded = value.round(SHOWN, RoundingMode.HALF_UP);
    return new Num(en(rounded) + "…", rounded);
  }

  /**
   * A JSON-pointer token.
   *
   * @param token a key
   * @return the key with {@code ~} and {@code /} escaped
   */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String list(Collection<String> keys) {
    return String.join(", ", keys);
  }
}
