package io.github.parindex.cli;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small, deterministic JSON writer: two-space indentation, members in the order written, decimals
 * in plain notation exactly as held, non-ASCII text written as is (the output is UTF-8).
 *
 * <p>Usage:
 * {@code new JsonWriter().beginObject().name("valid").value(true).endObject().toString()}.
 * Not thread-safe.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<int[]> counts = new ArrayDeque<>();
  private final Deque<Boolean> objects = new ArrayDeque<>();
  private boolean afterName;

  /**
   * Opens an object.
   *
   * @return this writer
   */
  JsonWriter beginObject() {
    return open('{', true);
  }

  /**
   * Closes the innermost object.
   *
   * @return this writer
   */
  JsonWriter endObject() {
    return close('}', true);
  }

  /**
   * Opens an array.
   *
   * @return this writer
   */
  JsonWriter beginArray() {
    return open('[', false);
  }

  /**
   * Closes the innermost array.
   *
   * @return this writer
   */
  JsonWriter endArray() {
    return close(']', false);
  }

  /**
   * Writes a member name; the next call writes its value.
   *
   * @param name the name
   * @return this writer
   */
  JsonWriter name(String name) {
    if (objects.isEmpty() || !objects.peek() || afterName) {
      throw new IllegalStateException("a name must be written inside an object, before its value");
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string, or {@code null}.
   *
   * @param value the string, may be null
   * @return this writer
   */
  JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    string(value);
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a whole number.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a decimal in plain notation, with its scale (so {@code 68.00} stays {@code 68.00}), or
   * {@code null}.
   *
   * @param value the value, may be null
   * @return this writer
   */
  JsonWriter value(BigDecimal value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    out.append(value.toPlainString());
    return this;
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
  JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /**
   * The document written, without a final line end.
   *
   * @return the JSON text
   * @throws IllegalStateException if an object or array is still open
   */
  @Override
  public String toString() {
    if (!objects.isEmpty()) {
      throw new IllegalStateException("unclosed object or array");
    }
    return out.toString();
  }

  private JsonWriter open(char bracket, boolean object) {
    beforeValue();
    out.append(bracket);
    objects.push(object);
    counts.push(new int[1]);
    return this;
  }

  private JsonWriter close(char bracket, boolean object) {
    if (objects.isEmpty() || objects.peek() != object || afterName) {
      throw new IllegalStateException("unbalanced " + bracket);
    }
    objects.pop();
    int count = counts.pop()[0];
    if (count > 0) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    if (objects.isEmpty()) {
      if (out.length() > 0) {
        throw new IllegalStateException("a JSON document has a single root");
      }
      return;
    }
    if (objects.peek()) {
      if (!afterName) {
        throw new IllegalStateException("an object member needs a name");
      }
      afterName = false;
      return;
    }
    separate();
  }

  private void separate() {
    int[] count = counts.peek();
    if (count[0]++ > 0) {
      out.append(',');
    }
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(objects.size()));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
