package io.github.parindex.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A text in Vietnamese with an optional English version.
 *
 * <p>Guarantees: immutable; the Vietnamese text is never blank; {@link #get(String)} falls back to
 * Vietnamese when the English text is absent or another language is asked for.
 */
public final class LocalizedText {
  private final String vi;
  private final String en;

  private LocalizedText(String vi, String en) {
    Objects.requireNonNull(vi, "vi");
    if (vi.isBlank()) {
      throw new IllegalArgumentException("the Vietnamese text must not be blank");
    }
    if (en != null && en.isBlank()) {
      en = null;
    }
    this.vi = vi;
    this.en = en;
  }

  /**
   * A Vietnamese-only text.
   *
   * @param vi the Vietnamese text, not blank
   * @return the text
   */
  public static LocalizedText of(String vi) {
    return new LocalizedText(vi, null);
  }

  /**
   * A text in Vietnamese and English.
   *
   * @param vi the Vietnamese text, not blank
   * @param en the English text, or {@code null} or blank for none
   * @return the text
   */
  public static LocalizedText of(String vi, @Nullable String en) {
    return new LocalizedText(vi, en);
  }

  /**
   * The Vietnamese text.
   *
   * @return the Vietnamese text, never blank
   */
  public String vi() {
    return vi;
  }

  /**
   * The English text, if given.
   *
   * @return the English text
   */
  public Optional<String> en() {
    return Optional.ofNullable(en);
  }

  /**
   * The text in a language, falling back to Vietnamese.
   *
   * @param language an ISO 639 code such as {@code "vi"} or {@code "en"}
   * @return the English text for {@code "en"} when present, otherwise the Vietnamese text
   */
  public String get(String language) {
    return "en".equalsIgnoreCase(language) && en != null ? en : vi;
  }

  /**
   * The text in a locale's language, falling back to Vietnamese.
   *
   * @param locale the locale
   * @return the text
   */
  public String get(Locale locale) {
    return get(locale.getLanguage());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalizedText t && vi.equals(t.vi) && Objects.equals(en, t.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vi, en);
  }

  @Override
  public String toString() {
    return en == null ? vi : vi + " / " + en;
  }
}
