package io.github.parindex.model.io.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed document: objects, arrays and scalars, each with its JSON pointer and line. Scalars keep their
 * raw text, so numbers are never converted through binary floating point and a code written as
 * {@code 1.10} stays {@code "1.10"}.
 */
public abstract sealed class Tree permits Tree.Obj, Tree.Arr, Tree.Scalar {
  private final String pointer;
  private final int line;

  Tree(String pointer, int line) {
    this.pointer = pointer;
    this.line = line;
  }

  /**
   * Where this value is in its document.
   *
   * @return a JSON pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line the value starts on, 1-based, or 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * A short description for messages, e.g. {@code a list} or {@code the text 'abc'}.
   *
   * @return the description
   */
  public abstract String describe();

  /** An object, with keys in document order. */
  public static final class Obj extends Tree {
    private final Map<String, Tree> fields;

    Obj(String pointer, int line, Map<String, Tree> fields) {
      super(pointer, line);
      this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * The members, in document order.
     *
     * @return the members
     */
    public Map<String, Tree> fields() {
      return fields;
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /** An array. */
  public static final class Arr extends Tree {
    private final List<Tree> items;

    Arr(String pointer, int line, List<Tree> items) {
      super(pointer, line);
      this.items = Collections.unmodifiableList(items);
    }

    /**
     * The items.
     *
     * @return the items
     */
    public List<Tree> items() {
      return items;
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** The kinds of scalar. */
  public enum ScalarKind {
    /** A string. */
    STRING,
    /** A number, kept as its raw text. */
    NUMBER,
    /** A boolean. */
    BOOLEAN,
    /** A null. */
    NULL
  }

  /** A scalar, with its raw text. */
  public static final class Scalar extends Tree {
    private final ScalarKind kind;
    private final String text;
    private final boolean truth;
    private final int maxNumberLength;

    Scalar(String pointer, int line, ScalarKind kind, String text, boolean truth,
        int maxNumberLength) {
      super(pointer, line);
      this.kind = kind;
      this.text = text;
      this.truth = truth;
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * The number limit of the reader that read this scalar ({@code ReadLimits.maxNumberLength()}): a
     * decimal written as a text, such as {@code "0.25"}, is held to it as a number is, so that every
     * decimal read can be written back (in plain notation) and read again.
     *
     * @return the limit, in characters
     */
    public int maxNumberLength() {
      return maxNumberLength;
    }

    /**
     * A boolean scalar's value ({@code yes}/{@code on} in YAML are true).
     *
     * @return the value; false for other kinds
     */
    public boolean truth() {
      return truth;
    }

    /**
     * The scalar's kind.
     *
     * @return the kind
     */
    public ScalarKind kind() {
      return kind;
    }

    /**
     * The raw text: a string's content, a number's digits or a boolean's word as written.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    @Override
    public String describe() {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      return switch (kind) {
        case STRING -> "the text '" + shown + "'";
        case NUMBER -> "the number " + shown;
        case BOOLEAN -> "the boolean " + shown;
        case NULL -> "null";
      };
    }
  }
}
