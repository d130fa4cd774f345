package io.github.parindex.model.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The streaming side of the readers: a cursor over the parser's tokens that a format's binder reads
 * straight into the model, with no tree, no JSON pointer and no line number.
 *
 * <p>It applies every limit and every token-level rule of {@link TreeReader} (depth, values, string,
 * key and number lengths, numbers written out in full, control characters, YAML anchors, aliases and
 * tags), and its value accessors accept exactly what {@link Fields}' do. It never reports a problem:
 * at the first thing that is not plainly valid — a limit, a duplicate or unknown member, a value of
 * the wrong kind, a syntax error — it throws {@link #DOUBT}, and {@link Documents} reads the document
 * again through {@link TreeReader} and the tree binder, which report every problem with its pointer.
 * So problems, pointers and limits are the tree path's by construction; a binder over tokens must
 * only never accept what its tree binder refuses, and build the same object (the differential tests
 * check both).
 */
public final class Tokens implements AutoCloseable {
  /** Thrown when the streaming binder is not sure; carries nothing and costs no stack trace. */
  public static final RuntimeException DOUBT = new Doubt();

  private final JsonParser p;
  private final YamlParsers.@Nullable AnchorAware yaml;
  private final int maxDepth;
  private final int maxValues;
  private final int maxString;
  private final int maxNumber;
  /** Names that passed {@link #checkedKey} under these limits (kept by {@link Parsers}). */
  private final String[] checkedKeys;
  private int values;
  private int depth;
  private JsonToken token;
  /** The current number (a long while it fits), reused; valid when {@link #isNumber}. */
  private final DecimalText.Parsed number = new DecimalText.Parsed();
  /** Whether the current number token is a plain decimal within range. */
  private boolean isNumber;

  private static final class Doubt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Doubt() {
      super("not plainly valid: read again with problems", null, false, false);
    }
  }

  Tokens(JsonParser p, Syntax syntax, ReadLimits limits, String[] checkedKeys) {
    this.p = p;
    this.yaml = syntax == Syntax.YAML ? (YamlParsers.AnchorAware) p : null;
    this.maxDepth = limits.maxDepth();
    this.maxValues = limits.maxValues();
    this.maxString = limits.maxStringLength();
    this.maxNumber = limits.maxNumberLength();
    this.checkedKeys = checkedKeys;
  }

  /**
   * Closes the parser.
   *
   * @throws IOException if the parser cannot be closed
   */
  @Override
  public void close() throws IOException {
    p.close();
  }

  /** The deepest nesting the binders over tokens take (the default depth limit is 64). */
  private static final int MAX_RECURSION = 256;

  /**
   * Whether a member name is within the string limit and passes the text policy, looked up first in
   * {@link #checkedKeys}: the JSON parser gives the same (interned) string for the same name, so a
   * document's member names are checked once per process and set of limits, not once per member —
   * a name found there is not even measured again.
   */
  private boolean checkedKey(String key) {
    // Fibonacci hashing spreads codes like "1.2.3", whose hashes differ in their low bits only.
    int slot = ((key.hashCode() * 0x9E3779B9) >>> 21) & ~1;
    String[] keys = checkedKeys;
    if (keys[slot] == key || keys[slot + 1] == key) {
      return true;
    }
    if (key.length() > maxString || CodePoints.firstRefusedInText(key) >= 0) {
      return false;
    }
    keys[keys[slot] == null ? slot : slot + 1] = key;
    return true;
  }

  /**
   * Marks a member as read, doubting a second one: {@code seen | bit}.
   *
   * @param seen the members read so far, one bit each
   * @param bit this member's bit
   * @return the members read
   */
  public static long once(long seen, long bit) {
    if ((seen & bit) != 0) {
      throw DOUBT;
    }
    return seen | bit;
  }

  /**
   * Doubts unless a condition holds.
   *
   * @param condition what must hold for the document to be plainly valid
   */
  public static void require(boolean condition) {
    if (!condition) {
      throw DOUBT;
    }
  }

  /**
   * Advances to the next value's first token (or the end of a list), applying the limits and token
   * rules; member names are read by {@link #nextMember()}.
   */
  private JsonToken advance() {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
    if (t == null) {
      throw DOUBT;
    }
    token = t;
    // Tested by identity — the ends, then numbers and texts, the most frequent values — rather than
    // by a switch on the enum, which goes through a table: this runs for every value of every file.
    if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
      depth--;
      return t;
    }
    if (t == JsonToken.FIELD_NAME || ++values > maxValues) {
      throw DOUBT;
    }
    if (yaml != null && (yaml.isCurrentAlias() || yaml.scalarAnchor() != null || typeId() != null
        || objectId() != null)) {
      throw DOUBT;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      // Parsed from the parser's own characters: no string per number, and no object for a
      // number that fits a long until the binder asks for a decimal.
      try {
        int length = p.getTextLength();
        if (length > maxNumber) {
          throw DOUBT;
        }
        isNumber = DecimalText.parse(p.getTextCharacters(), p.getTextOffset(), length, number);
      } catch (IOException | RuntimeException e) {
        throw DOUBT;
      }
      if (isNumber && !number.plainFits(maxNumber)) {
        throw DOUBT;
      }
      return t;
    }
    if (t == JsonToken.VALUE_STRING) {
      String text = text0();
      if (text.length() > maxString || CodePoints.firstRefusedInText(text) >= 0) {
        throw DOUBT;
      }
      return t;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      // Binders recurse into nested values; a document deeper than the Java stack can surely
      // take is left to the tree path, which keeps its own stack, whatever the depth limit.
      if (depth >= maxDepth || depth >= MAX_RECURSION) {
        throw DOUBT;
      }
      depth++;
      return t;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
      return t;
    }
    throw DOUBT;
  }

  private String text0() {
    try {
      return p.getText();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
  }

  private @Nullable Object typeId() {
    try {
      return p.getTypeId();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
  }

  private @Nullable Object objectId() {
    try {
      return p.getObjectId();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
  }

  /**
   * Reads the document's first value, which must be an object.
   */
  public void startDocument() {
    require(advance() == JsonToken.START_OBJECT);
  }

  /** Requires the document to end after its first value (a single document). */
  void endDocument() {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
    require(t == null);
  }

  /**
   * The next member of the object being read, its value's first token read; {@code null} at the end
   * of the object.
   *
   * @return the member's name
   */
  public @Nullable String nextMember() {
    String key;
    try {
      // The parser's own way to the next name: the name itself, or null at any other token.
      key = p.nextFieldName();
    } catch (IOException | RuntimeException e) {
      throw DOUBT;
    }
    if (key == null) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.END_OBJECT) {
        throw DOUBT;
      }
      token = t;
      depth--;
      return null;
    }
    token = JsonToken.FIELD_NAME;
    if (!checkedKey(key) || yaml != null && (yaml.scalarAnchor() != null || typeId() != null)) {
      throw DOUBT;
    }
    advance();
    return key;
  }

  /**
   * Advances to the next item of the list being read.
   *
   * @return false at the end of the list
   */
  public boolean nextItem() {
    return advance() != JsonToken.END_ARRAY;
  }

  /**
   * Whether the current value is null (a member given as null reads as absent).
   *
   * @return true when null
   */
  public boolean isNull() {
    return token == JsonToken.VALUE_NULL;
  }

  /** Requires the current value to be an object; its members follow with {@link #nextMember()}. */
  public void object() {
    require(token == JsonToken.START_OBJECT);
  }

  /** Requires the current value to be a list; its items follow with {@link #nextItem()}. */
  public void list() {
    require(token == JsonToken.START_ARRAY);
  }

  /**
   * The current value as a text, as {@link Fields#text(Tree, String)} reads it: any scalar but null,
   * by its raw text; not blank.
   *
   * @return the text
   */
  public String text() {
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        String text = text0();
        require(!text.isBlank());
        return text;
      default:
        throw DOUBT;
    }
  }

  /**
   * The current value as a decimal, as {@link Fields#decimal(Tree)} reads it: a number, or a text that
   * is a plain decimal within the number limit.
   *
   * @return the exact decimal
   */
  public BigDecimal decimal() {
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      require(isNumber);
      return number.value();
    }
    require(token == JsonToken.VALUE_STRING);
    BigDecimal value = DecimalText.parse(text0());
    require(value != null && DecimalText.plainLength(value) <= maxNumber);
    return value;
  }

  /**
   * The current value as a whole number within a range, as {@link Fields#whole(Tree, long, long)}.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the value
   */
  public long whole(long min, long max) {
    if ((token == JsonToken.VALUE_NUMBER_INT) && isNumber && number.isSmallWhole()) {
      // A whole number of up to 18 digits: compared as a long, with no BigDecimal made.
      long v = number.longValue();
      require(v >= min && v <= max);
      return v;
    }
    BigDecimal value;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = isNumber ? number.value() : null;
    } else {
      require(token == JsonToken.VALUE_STRING);
      value = DecimalText.parse(text0());
    }
    require(value != null && value.stripTrailingZeros().scale() <= 0
        && value.compareTo(BigDecimal.valueOf(min)) >= 0
        && value.compareTo(BigDecimal.valueOf(max)) <= 0);
    return value.longValueExact();
  }

  /**
   * The current value as a boolean.
   *
   * @return the value
   */
  public boolean bool() {
    require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * The current value as one of some constants, by exact name.
   *
   * @param allowed the constants
   * @param <E> the enum
   * @return the constant
   */
  @SafeVarargs
  public final <E extends Enum<E>> E choice(E... allowed) {
    require(token == JsonToken.VALUE_STRING);
    String text = text0();
    for (E e : allowed) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw DOUBT;
  }

  /**
   * The current value as a localized text: a text, or an object {@code {"vi": ..., "en": ...}}.
   *
   * @return the text
   */
  public LocalizedText localized() {
    if (token != JsonToken.START_OBJECT) {
      return LocalizedText.of(text());
    }
    String vi = null;
    String en = null;
    long seen = 0;
    for (String m; (m = nextMember()) != null; ) {
      switch (m) {
        case "vi" -> {
          seen = once(seen, 1);
          vi = isNull() ? null : text();
        }
        case "en" -> {
          seen = once(seen, 2);
          en = isNull() ? null : text();
        }
        default -> throw DOUBT;
      }
    }
    require(vi != null);
    return LocalizedText.of(vi, en);
  }

  /**
   * The current value as rule-parameter data, as {@link Fields#data(Tree)} converts it.
   *
   * @return the data
   */
  public DataValue data() {
    switch (token) {
      case START_OBJECT: {
        Map<String, DataValue> entries = new LinkedHashMap<>();
        for (String m; (m = nextMember()) != null; ) {
          require(entries.put(m, data()) == null);
        }
        return DataValue.map(entries);
      }
      case START_ARRAY: {
        List<DataValue> items = new ArrayList<>();
        while (nextItem()) {
          items.add(data());
        }
        return DataValue.list(items);
      }
      case VALUE_STRING:
        return DataValue.text(text0());
      case VALUE_TRUE:
        return DataValue.bool(true);
      case VALUE_FALSE:
        return DataValue.bool(false);
      case VALUE_NULL:
        return DataValue.nullValue();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return isNumber ? DataValue.decimal(number.value()) : DataValue.text(text0());
      default:
        throw DOUBT;
    }
  }
}
