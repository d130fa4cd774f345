package io.github.parindex.model.io.internal;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of one object of a document, reporting each problem with its pointer: a missing
 * required member, a value of the wrong kind, a value out of range, and, on {@link #finish()}, every
 * member that is not part of the format.
 */
public final class Fields {
  private final Tree.Obj obj;
  private final String pointer;
  private final List<Problem> problems;
  private final Set<String> known = new LinkedHashSet<>();
  private final Set<String> damaged;

  private Fields(Tree.Obj obj, String pointer, List<Problem> problems, Set<String> damaged) {
    this.obj = obj;
    this.pointer = pointer;
    this.problems = problems;
    this.damaged = damaged;
  }

  /**
   * Starts reading an object.
   *
   * @param tree the value, expected to be an object
   * @param what what the object is, for the message when it is not one
   * @param problems where problems are collected
   * @param damaged where the pointers of members with problems are collected
   * @return the reader; when the value is not an object it reads as an empty object
   */
  public static Fields of(Tree tree, String what, List<Problem> problems, Set<String> damaged) {
    if (tree instanceof Tree.Obj o) {
      return new Fields(o, tree.pointer(), problems, damaged);
    }
    problems.add(Problem.at(tree.pointer(), "expected " + what + " (an object), got "
        + tree.describe()));
    damaged.add(tree.pointer());
    return new Fields(null, tree.pointer(), problems, damaged);
  }

  /**
   * Whether the value was an object.
   *
   * @return true when it was
   */
  public boolean isObject() {
    return obj != null;
  }

  /**
   * The pointer of the object.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Declares members as part of the format without reading them.
   *
   * @param names the names
   * @return this reader
   */
  public Fields allow(String... names) {
    known.addAll(Arrays.asList(names));
    return this;
  }

  /**
   * Whether a member is present (and not null).
   *
   * @param name the member
   * @return true when present
   */
  public boolean has(String name) {
    known.add(name);
    Tree t = obj == null ? null : obj.fields().get(name);
    return t != null && !(t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL);
  }

  /**
   * A member, or {@code null} when absent or null.
   *
   * @param name the member
   * @return the value
   */
  public @Nullable Tree get(String name) {
    return has(name) ? obj.fields().get(name) : null;
  }

  /**
   * A member as written, null included (for members that are data, such as rule parameters, where
   * null is a value), or {@code null} when absent.
   *
   * @param name the member
   * @return the value
   */
  public @Nullable Tree raw(String name) {
    known.add(name);
    return obj == null ? null : obj.fields().get(name);
  }

  /**
   * A required member; reports its absence.
   *
   * @param name the member
   * @param expected what was expected, for the message
   * @return the value, or {@code null} when absent
   */
  public @Nullable Tree require(String name, String expected) {
    Tree t = get(name);
    if (t == null && obj != null) {
      problem(Pointers.child(pointer, name), "required: expected " + expected);
    }
    return t;
  }

  /**
   * Reports a problem with a member and marks it damaged.
   *
   * @param at the member's pointer
   * @param message what is wrong
   */
  public void problem(String at, String message) {
    problems.add(Problem.at(at, message));
    damaged.add(at);
  }

  /**
   * A text member; other scalars are read by their raw text (so a code written {@code 1.10} stays
   * "1.10").
   *
   * @param name the member
   * @param required whether it must be present
   * @return the text, or {@code null}
   */
  public @Nullable String text(String name, boolean required) {
    Tree t = required ? require(name, "a text") : get(name);
    return t == null ? null : text(t, "a text");
  }

  /**
   * A value read as text.
   *
   * @param t the value
   * @param expected what was expected
   * @return the text, or {@code null} after reporting a problem
   */
  public @Nullable String text(Tree t, String expected) {
    if (t instanceof Tree.Scalar s && s.kind() != Tree.ScalarKind.NULL) {
      if (s.text().isBlank()) {
        problem(t.pointer(), "expected " + expected + ", got a blank text");
        return null;
      }
      return s.text();
    }
    problem(t.pointer(), "expected " + expected + ", got " + t.describe());
    return null;
  }

  /**
   * A decimal member, written as a number or as a string such as "0.25".
   *
   * @param name the member
   * @param required whether it must be present
   * @return the exact decimal, or {@code null}
   */
  public @Nullable BigDecimal decimal(String name, boolean required) {
    Tree t = required ? require(name, "a decimal number") : get(name);
    return t == null ? null : decimal(t);
  }

  /**
   * A value read as a decimal.
   *
   * @param t the value
   * @return the exact decimal, or {@code null} after reporting a problem
   */
  public @Nullable BigDecimal decimal(Tree t) {
    if (t instanceof Tree.Scalar s
        && (s.kind() == Tree.ScalarKind.NUMBER || s.kind() == Tree.ScalarKind.STRING)) {
      BigDecimal value = DecimalText.parse(s.text());
      if (value != null && DecimalText.plainLength(value) > s.maxNumberLength()) {
        // A number was already held to this when read; a decimal written as a text is held here.
        problem(t.pointer(), "the decimal " + t.describe().replaceFirst("^the text ", "")
            + " has " + DecimalText.plainLength(value) + " characters written out in full "
            + "(decimals are kept and written in plain notation); the limit is "
            + s.maxNumberLength());
        return null;
      }
      if (value != null) {
        return value;
      }
    }
    problem(t.pointer(), "expected a decimal number such as 1.5 or \"0.25\", got " + t.describe());
    return null;
  }

  /**
   * A whole-number member within a range.
   *
   * @param name the member
   * @param required whether it must be present
   * @param min the least value
   * @param max the greatest value
   * @return the value, or {@code null}
   */
  public @Nullable Long whole(String name, boolean required, long min, long max) {
    Tree t = required ? require(name, "a whole number") : get(name);
    return t == null ? null : whole(t, min, max);
  }

  /**
   * A value read as a whole number within a range.
   *
   * @param t the value
   * @param min the least value
   * @param max the greatest value
   * @return the value, or {@code null} after reporting a problem
   */
  public @Nullable Long whole(Tree t, long min, long max) {
    if (t instanceof Tree.Scalar s
        && (s.kind() == Tree.ScalarKind.NUMBER || s.kind() == Tree.ScalarKind.STRING)) {
      BigDecimal value = DecimalText.parse(s.text());
      if (value != null && value.stripTrailingZeros().scale() <= 0
          && value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return value.longValueExact();
      }
    }
    problem(t.pointer(), "expected a whole number from " + min + " to " + max + ", got "
        + t.describe());
    return null;
  }

  /**
   * A boolean member.
   *
   * @param name the member
   * @return the value, or {@code null}
   */
  public @Nullable Boolean bool(String name) {
    Tree t = get(name);
    if (t == null) {
      return null;
    }
    if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.BOOLEAN) {
      return s.truth();
    }
    problem(t.pointer(), "expected true or false, got " + t.describe());
    return null;
  }

  /**
   * An enumerated member, by exact name.
   *
   * @param name the member
   * @param type the enum
   * @param allowed the allowed constants
   * @param <E> the enum type
   * @return the constant, or {@code null}
   */
  @SafeVarargs
  public final <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, E... allowed) {
    Tree t = get(name);
    if (t == null) {
      return null;
    }
    // Copied element by element: handing the varargs array itself to another method is what
    // javac's varargs lint (rightly) cannot prove safe.
    List<E> options = new ArrayList<>(allowed.length);
    for (E e : allowed) {
      options.add(e);
    }
    if (options.isEmpty()) {
      options = Arrays.asList(type.getEnumConstants());
    }
    if (t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
      for (E e : options) {
        if (e.name().equals(s.text())) {
          return e;
        }
      }
    }
    problem(t.pointer(), "expected one of " + options.stream().map(Enum::name)
        .collect(Collectors.joining(", ")) + "; got " + t.describe());
    return null;
  }

  /**
   * A localized text member: an object <code>{"vi": ..., "en": ...}</code> or a plain text (Vietnamese).
   *
   * @param name the member
   * @param required whether it must be present
   * @return the text, or {@code null}
   */
  public @Nullable LocalizedText localized(String name, boolean required) {
    Tree t = required ? require(name, "a text or {\"vi\": ..., \"en\": ...}") : get(name);
    return t == null ? null : localized(t);
  }

  /**
   * A value read as a localized text: a text, or an object {@code {"vi": ..., "en": ...}}.
   *
   * @param t the value
   * @return the text, or {@code null} after reporting a problem
   */
  public @Nullable LocalizedText localized(Tree t) {
    if (t instanceof Tree.Obj) {
      Fields f = Fields.of(t, "a localized text", problems, damaged);
      String vi = f.text("vi", true);
      String en = f.text("en", false);
      f.finish();
      return vi == null ? null : LocalizedText.of(vi, en);
    }
    String vi = text(t, "a text or {\"vi\": ..., \"en\": ...}");
    return vi == null ? null : LocalizedText.of(vi);
  }

  /**
   * A list member.
   *
   * @param name the member
   * @param required whether it must be present
   * @return the items, empty when absent or not a list
   */
  public List<Tree> list(String name, boolean required) {
    Tree t = required ? require(name, "a list") : get(name);
    if (t == null) {
      return List.of();
    }
    if (t instanceof Tree.Arr a) {
      return a.items();
    }
    problem(t.pointer(), "expected a list, got " + t.describe());
    return List.of();
  }

  /**
   * An object member, as its entries.
   *
   * @param name the member
   * @return the entries in order, empty when absent or not an object
   */
  public Map<String, Tree> map(String name) {
    Tree t = get(name);
    if (t == null) {
      return Map.of();
    }
    if (t instanceof Tree.Obj o) {
      return o.fields();
    }
    problem(t.pointer(), "expected an object, got " + t.describe());
    return Map.of();
  }

  /**
   * The members not yet read or declared.
   *
   * @return their names, in order
   */
  public List<String> rest() {
    List<String> rest = new ArrayList<>();
    if (obj != null) {
      for (String key : obj.fields().keySet()) {
        if (!known.contains(key)) {
          rest.add(key);
        }
      }
    }
    return rest;
  }

  /** Reports every member that was neither read nor declared. */
  public void finish() {
    for (String key : rest()) {
      problems.add(Problem.at(Pointers.child(pointer, key), "unknown field '" + key
          + "'; expected one of: " + String.join(", ", known) + commaHint(key, obj.fields().get(key))));
    }
  }

  /**
   * The hint for YAML authors (issue 16): in <code>{ vi: Công tác chỉ đạo, điều hành CCHC }</code> the
   * comma ends the name and the rest reads as a member without a value. A member named by words with
   * a space, given no value, is most likely that.
   */
  private static String commaHint(String key, Tree value) {
    if (key.indexOf(' ') < 0 || !(value instanceof Tree.Scalar s)
        || s.kind() != Tree.ScalarKind.NULL && !s.text().isEmpty()) {
      return "";
    }
    return ". If '" + key + "' is the end of a text cut at a comma (in YAML, a comma inside { } or "
        + "[ ] separates members), put the whole text in quotes, e.g. "
        + "{ vi: \"Công tác chỉ đạo, điều hành CCHC\" }";
  }

  /**
   * Converts a value to rule-parameter data.
   *
   * @param t the value
   * @return the data
   */
  public static DataValue data(Tree t) {
    if (t instanceof Tree.Obj o) {
      Map<String, DataValue> entries = new LinkedHashMap<>();
      o.fields().forEach((k, v) -> entries.put(k, data(v)));
      return DataValue.map(entries);
    }
    if (t instanceof Tree.Arr a) {
      return DataValue.list(a.items().stream().map(Fields::data).toList());
    }
    Tree.Scalar s = (Tree.Scalar) t;
    return switch (s.kind()) {
      case STRING -> DataValue.text(s.text());
      case BOOLEAN -> DataValue.bool(s.truth());
      case NULL -> DataValue.nullValue();
      case NUMBER -> {
        BigDecimal value = DecimalText.parse(s.text());
        yield value == null ? DataValue.text(s.text()) : DataValue.decimal(value);
      }
    };
  }
}
