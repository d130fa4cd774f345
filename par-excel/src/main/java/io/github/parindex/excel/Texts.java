package io.github.parindex.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers: matching labels the way a person types them, and numbers for people. */
final class Texts {
  private Texts() {}

  /**
   * A label reduced for matching: without diacritics ({@code đ} as {@code d}), lower case, with
   * runs of white space as one space and trimmed, so that {@code "Tỷ lệ"}, {@code "ty le"} and
   * {@code " TỶ  LỆ "} match.
   *
   * @param text the text
   * @return the key
   */
  static String key(String text) {
    String s = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return s.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * A text with its spacing made plain: NFC, no-break spaces as spaces, runs of white space as
   * one, trimmed; case and diacritics are kept.
   */
  static String spaced(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').trim()
        .replaceAll("\\s+", " ");
  }

  /**
   * A decimal as a Vietnamese reader sees it: plain notation, without trailing zeros, with a
   * decimal comma.
   *
   * @param value the decimal
   * @return the text, e.g. {@code 1,5}
   */
  static String vi(BigDecimal value) {
    return plain(value).replace('.', ',');
  }

  /**
   * A decimal in plain notation without trailing zeros.
   *
   * @param value the decimal
   * @return the text, e.g. {@code 1.5}
   */
  static String plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /**
   * Text as shown in a message: in single quotes, shortened past 60 characters.
   *
   * @param text the text
   * @return the quoted text
   */
  static String quote(String text) {
    String t = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "'" + t.replace("\n", " ") + "'";
  }
}
