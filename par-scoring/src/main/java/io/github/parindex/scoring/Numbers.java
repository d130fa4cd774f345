package io.github.parindex.scoring;

import java.math.BigDecimal;

/** Number text for messages and tables: plain notation, a decimal comma in Vietnamese. */
final class Numbers {
  private Numbers() {}

  /** Plain notation with a point, as held (keeps the scale). */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** Plain notation without trailing zeros. */
  static String trimmed(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Vietnamese notation: a decimal comma. */
  static String vi(BigDecimal value) {
    return trimmed(value).replace('.', ',');
  }

  /** Text in a language: Vietnamese uses a decimal comma. */
  static String in(String language, BigDecimal value) {
    return "en".equals(language) ? plain(value) : plain(value).replace('.', ',');
  }
}
