package io.github.parindex.model.io.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The one code-point policy of par's texts (docs/formats.md, "Characters").
 *
 * <ul>
 *   <li><b>Every text and key</b> a reader reads may hold any character except control characters:
 *       C0 controls other than tab, line feed and carriage return (U+0000 to U+001F, so NUL and ESC),
 *       DEL (U+007F) and the C1 controls (U+0080 to U+009F, among them NEL U+0085). Names may hold
 *       formatting characters (a right-to-left mark in a name is legitimate). A surrogate escaped
 *       alone ({@code "\\uD800"}) is refused too: it is not a character.
 *   <li><b>Codes</b> (node codes) are held to more: no spaces of any kind, no control, formatting
 *       (zero-width, bidi overrides), private-use or surrogate characters, no {@code /} or {@code ~}, and
 *       written in composed form (NFC), so that two different codes never look the same on a screen.
 *   <li><b>On a terminal</b>, text is printed through {@link #terminalSafe(String)} or
 *       {@link #terminalSafeLine(String)}: no escape sequence or bidi override from a file or a file
 *       name ever reaches the terminal.
 * </ul>
 */
public final class CodePoints {
  private CodePoints() {}

  /**
   * Whether a character is refused in texts and keys.
   *
   * @param c the character
   * @return true for C0 controls other than tab, LF and CR, for DEL and for C1 controls
   */
  public static boolean refusedInText(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return c >= 0x7F && c <= 0x9F;
  }

  /**
   * The first character of a text that {@link #refusedInText(char) is refused}, or -1.
   *
   * @param text the text
   * @return its index
   */
  public static int firstRefusedInText(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII: most of every file
      }
      if (c < 0xA0) {
        if (refusedInText(c)) {
          return i;
        }
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        // A surrogate escaped alone ("\uD800" in JSON or YAML) is no character: it cannot be
        // written as UTF-8, so the text would not read back.
        if (c <= 0xDBFF && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The problem with a text holding a refused character, for a reader's message.
   *
   * @param what "text" or "key"
   * @param text the text
   * @param at the index of the refused character
   * @return the message
   */
  public static String refusedTextMessage(String what, String text, int at) {
    char c = text.charAt(at);
    if (Character.isSurrogate(c)) {
      return "the " + what + " holds " + name(c) + " alone (character " + (at + 1) + "): half of a "
          + "surrogate pair is not a character";
    }
    return "the " + what + " holds the control character " + name(c)
        + " (character " + (at + 1) + "): control characters other than tab and line breaks are "
        + "not allowed";
  }

  /**
   * Why a code is refused by the rules this class adds to the methodology's code check, or
   * {@code null}: a formatting, private-use, surrogate or C1 control character, or a code not in
   * composed form.
   *
   * @param code the code
   * @return the message, or {@code null}
   */
  public static @Nullable String codeProblem(String code) {
    for (int i = 0; i < code.length(); ) {
      int cp = code.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.SURROGATE
          || type == Character.CONTROL) {
        return "the code holds " + name(cp) + ", an invisible, control or formatting character: a "
            + "code may not hold one, so that two codes never look the same; got '"
            + terminalSafeLine(code) + "'";
      }
      i += Character.charCount(cp);
    }
    if (!Normalizer.isNormalized(code, Normalizer.Form.NFC)) {
      return "the code '" + terminalSafeLine(code) + "' is not in composed Unicode form (NFC): write "
          + "each letter with its marks as one character, so that two codes never look the same";
    }
    return null;
  }

  /**
   * Text made safe for a terminal, keeping its tabs and line feeds: every other control character
   * (C0, DEL, C1, so every escape sequence), every bidi embedding, override or isolate (U+202A to
   * U+202E, U+2066 to U+2069) and the line and paragraph separators (U+2028, U+2029) are replaced by
   * their visible name, {@code <U+001B>}. The text writers and the command line's problem lines print
   * through this (or {@link #terminalSafeLine}); it returns its argument when nothing needs replacing.
   *
   * @param text any text
   * @return the text, safe to print
   */
  public static String terminalSafe(String text) {
    return safe(text, false);
  }

  /**
   * Text made safe for one line of a terminal: as {@link #terminalSafe(String)}, and tabs, line feeds
   * and carriage returns replaced too, so that a value (or a file name) never splits a problem line.
   *
   * @param text any text
   * @return the text, safe to print on one line
   */
  public static String terminalSafeLine(String text) {
    return safe(text, true);
  }

  private static String safe(String text, boolean oneLine) {
    int n = text.length();
    int i = 0;
    while (i < n && !unsafe(text.charAt(i), oneLine)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (unsafe(c, oneLine)) {
        b.append('<').append(name(c)).append('>');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean unsafe(char c, boolean oneLine) {
    if (c < 0x20) {
      return oneLine || c != '\t' && c != '\n';
    }
    return c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
        || c == 0x2028 || c == 0x2029;
  }

  /**
   * A code point's name as {@code U+XXXX}.
   *
   * @param cp the code point
   * @return the name
   */
  public static String name(int cp) {
    String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    return "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
  }
}
