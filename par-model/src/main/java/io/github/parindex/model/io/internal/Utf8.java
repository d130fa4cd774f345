package io.github.parindex.model.io.internal;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one encoding policy of every reader, JSON and YAML alike: a file is UTF-8, with or without a
 * UTF-8 byte order mark. Refused, before any parser sees the bytes: a file that starts like UTF-16 or
 * UTF-32 (their byte order marks, or a NUL among the first four bytes, which no JSON or YAML document
 * in UTF-8 can start with), and every byte sequence that is not well-formed UTF-8 (RFC 3629):
 * overlong forms such as {@code C0 AF} for {@code /}, encoded surrogates ({@code ED A0 80}), code points
 * beyond U+10FFFF, stray continuation bytes and truncated characters. Nothing is ever replaced.
 */
public final class Utf8 {
  private static final java.lang.invoke.VarHandle WORD = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * Checks a file's bytes.
   *
   * @param content the bytes
   * @throws ValidationException with one problem at the root when the bytes are not UTF-8
   */
  public static void check(byte[] content) {
    if (looksLikeUtf16Or32(content)) {
      throw new ValidationException(List.of(Problem.at("", "the file is not UTF-8 (it looks like "
          + "UTF-16 or UTF-32): par reads UTF-8 only; save the file as UTF-8")));
    }
    int bad = firstBadByte(content);
    if (bad >= 0) {
      throw new ValidationException(List.of(Problem.at("", describe(content))));
    }
  }

  private static boolean looksLikeUtf16Or32(byte[] b) {
    int n = b.length;
    if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, n); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. One scan;
   * runs of ASCII take one comparison a byte.
   */
  static int firstBadByte(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      // Sixteen, then eight ASCII bytes at a time: no byte of the words has its high bit set.
      if (i + 16 <= n
          && (((long) WORD.get(b, i) | (long) WORD.get(b, i + 8)) & 0x8080808080808080L) == 0) {
        i += 16;
        continue;
      }
      if (i + 8 <= n && ((long) WORD.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int need;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          min2 = 0xA0; // overlong below U+0800
        } else if (c == 0xED) {
          max2 = 0x9F; // surrogates U+D800..U+DFFF
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          min2 = 0x90; // overlong below U+10000
        } else if (c == 0xF4) {
          max2 = 0x8F; // beyond U+10FFFF
        }
      } else {
        return i; // C0, C1 (overlong), F5..FF, or a continuation byte without a lead
      }
      if (i + need >= n) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return i;
      }
      for (int k = 2; k <= need; k++) {
        int next = b[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += need + 1;
    }
    return -1;
  }

  /**
   * The message for bytes that are not UTF-8, as the JDK's strict decoder measures the first bad
   * sequence: {@code the file is not valid UTF-8: N bad byte(s) at byte I}. Only called on refusal.
   */
  private static String describe(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    int length = result.isError() ? result.length() : 1;
    return "the file is not valid UTF-8: " + length + " bad byte(s) at byte " + in.position();
  }

  /**
   * Decodes bytes already {@linkplain #check checked}, without a leading byte order mark.
   *
   * @param content well-formed UTF-8
   * @return the text
   */
  public static String decode(byte[] content) {
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(content, start, content.length - start, StandardCharsets.UTF_8);
  }
}
