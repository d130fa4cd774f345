package io.github.parindex.model;

import io.github.parindex.model.LocalizedText;
import java.math.BigDecimal;

/** The language of labels and numbers in human-readable output. */
public enum Language {
  /** Vietnamese: Vietnamese labels, decimal comma. */
  VI,
  /** English: English labels (falling back to Vietnamese names), decimal point. */
  EN;

  /**
   * Parses {@code vi} or {@code en}.
   *
   * @param code the code, case-insensitive
   * @return the language
   * @throws IllegalArgumentException for another code
   */
  public static Language of(String code) {
    return switch (code.toLowerCase(java.util.Locale.ROOT)) {
      case "vi" -> VI;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("expected vi or en, got " + code);
    };
  }

  /**
   * A text in this language.
   *
   * @param text the text
   * @return the English text for EN when present, else the Vietnamese
   */
  public String pick(LocalizedText text) {
    return text.get(this == EN ? "en" : "vi");
  }

  /**
   * One of two labels.
   *
   * @param vi the Vietnamese label
   * @param en the English label
   * @return the label in this language
   */
  public String label(String vi, String en) {
    return this == EN ? en : vi;
  }

  /**
   * A decimal as written in this language, keeping its scale.
   *
   * @param value the decimal
   * @return the text, with a decimal comma in Vietnamese
   */
  public String number(BigDecimal value) {
    String plain = value.toPlainString();
    return this == VI ? plain.replace('.', ',') : plain;
  }
}
