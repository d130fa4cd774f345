package io.github.parindex.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body: one JSON object whose members are par documents ({@code "submission": {...}}) or
 * small values ({@code "draws": 2000}). The object is streamed once with Jackson's core parser (no
 * data binding): each member's place in the body is noted and its value skipped, so that each
 * document can then be read from its own bytes by par's readers, exactly as a file would be, and its
 * problems placed under the member's pointer.
 *
 * <p>Guarantees: the body is parsed under {@link ReadLimits} (depth, string and number lengths, size);
 * unknown or repeated members, a body that is not one JSON object, and syntax errors are problems with
 * JSON pointers, never exceptions of another kind.
 */
final class RequestBody {
  private final byte[] body;
  private final String prefix;
  private final Map<String, Value> members;

  private RequestBody(byte[] body, String prefix, Map<String, Value> members) {
    this.body = body;
    this.prefix = prefix;
    this.members = members;
  }

  /**
   * One value of the body: where it is, its kind, its text when it is a scalar, and its elements
   * when it is an array.
   *
   * @param pointer its JSON pointer in the body
   * @param token the token that starts it
   * @param start the offset of its first byte
   * @param end the offset after its last byte
   * @param text the text of a scalar; {@code null} for objects and arrays
   * @param elements the elements of an array; empty otherwise
   */
  record Value(String pointer, JsonToken token, int start, int end, String text,
      List<Value> elements) {
    /**
     * Whether this is a JSON object.
     *
     * @return true for an object
     */
    boolean isObject() {
      return token == JsonToken.START_OBJECT;
    }

    /**
     * Whether this is a JSON string.
     *
     * @return true for a string
     */
    boolean isString() {
      return token == JsonToken.VALUE_STRING;
    }

    /**
     * A description of the kind of value, for messages.
     *
     * @return e.g. {@code a string}
     */
    String kind() {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        default -> "null";
      };
    }
  }

  /**
   * Parses a body.
   *
   * @param body the bytes, UTF-8
   * @param limits the limits of par's readers
   * @param allowed the member names the endpoint takes
   * @return the body
   * @throws HttpProblem 400 with every problem: not one JSON object, a syntax error, an exceeded
   *     limit, an unknown or repeated member
   */
  static RequestBody parse(byte[] body, ReadLimits limits, Collection<String> allowed) {
    return parse(body, limits, allowed, "");
  }

  /**
   * Parses an object member of this body, such as {@code "target": {"rank": 16}}.
   *
   * @param value the member, an object
   * @param limits the limits of par's readers
   * @param allowed the member names it takes
   * @return the object, whose pointers are pointers into this body
   * @throws HttpProblem 400 when the value is not an object, or has an unknown or repeated member
   */
  RequestBody nested(Value value, ReadLimits limits, Collection<String> allowed) {
    if (!value.isObject()) {
      throw HttpProblem.invalid(value.pointer(), "expected an object with " + String.join(", ",
          allowed) + "; got " + value.kind());
    }
    return parse(bytes(value), limits, allowed, value.pointer());
  }

  private static RequestBody parse(byte[] body, ReadLimits limits, Collection<String> allowed,
      String prefix) {
    Map<String, Value> members = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    try (JsonParser p = factory(limits, body.length).createParser(body)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw HttpProblem.invalid(prefix, first == null ? "the body is empty: expected a JSON object"
            : "expected a JSON object, got " + value(p, "", first).kind());
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String pointer = prefix + "/" + name.replace("~", "~0").replace("/", "~1");
        Value value = value(p, pointer, p.nextToken());
        if (!allowed.contains(name)) {
          problems.add(Problem.at(pointer, "unknown member; expected "
              + (allowed.size() == 1 ? "" : "one of: ") + String.join(", ", allowed)));
        } else if (members.put(name, value) != null) {
          problems.add(Problem.at(pointer, "given twice"));
        }
      }
      if (p.nextToken() != null) {
        throw HttpProblem.invalid("", "expected a single JSON object, found more after it");
      }
    } catch (JsonProcessingException e) {
      throw HttpProblem.invalid(syntaxProblems(body, limits));
    } catch (IOException e) {
      throw HttpProblem.invalid("", "cannot read: " + e.getClass().getSimpleName());
    }
    if (!problems.isEmpty()) {
      throw HttpProblem.invalid(problems);
    }
    return new RequestBody(body, prefix, members);
  }

  private static JsonFactory factory(ReadLimits limits, int size) {
    // One level more than a document may have (the body's object), one more for arrays of documents.
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 2)
        .maxNumberLength(limits.maxNumberLength())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxDocumentLength(Math.max(size, 1))
        .build();
    return JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  private static Value value(JsonParser p, String pointer, JsonToken token) throws IOException {
    int start = (int) p.currentTokenLocation().getByteOffset();
    switch (token) {
      case START_OBJECT -> {
        p.skipChildren();
        return new Value(pointer, token, start, end(p), null, List.of());
      }
      case START_ARRAY -> {
        List<Value> elements = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          Value element = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
              ? skipped(p, pointer + "/" + elements.size(), t)
              : value(p, pointer + "/" + elements.size(), t);
          elements.add(element);
        }
        return new Value(pointer, token, start, end(p), null, List.copyOf(elements));
      }
      default -> {
        return new Value(pointer, token, start, end(p), p.getText(), List.of());
      }
    }
  }

  /** An object or array inside an array: its place only (arrays of arrays are not documents). */
  private static Value skipped(JsonParser p, String pointer, JsonToken token) throws IOException {
    int start = (int) p.currentTokenLocation().getByteOffset();
    p.skipChildren();
    return new Value(pointer, token, start, end(p), null, List.of());
  }

  private static int end(JsonParser p) {
    return (int) p.currentLocation().getByteOffset();
  }

  /**
   * The problems of a body that is not valid JSON, worded as par's readers word them for a file (the
   * same reader, on the whole body); pointers into the body.
   */
  private static List<Problem> syntaxProblems(byte[] body, ReadLimits limits) {
    try {
      ParReader.withLimits(limits).formatOf(body, "request.json");
    } catch (ValidationException e) {
      return Problems.inBody(e.problems(), "");
    }
    // par's reader accepts what the streaming pass refused: only a limit of the pass can do that
    return List.of(Problem.at("", "the body exceeds a limit of depth, string or number length"));
  }

  /**
   * A member.
   *
   * @param name the member's name
   * @return its value, if given
   */
  Optional<Value> member(String name) {
    return Optional.ofNullable(members.get(name));
  }

  /**
   * A member that must be given.
   *
   * @param name the member's name
   * @param what what is expected, for the message
   * @return its value
   * @throws HttpProblem 400 when it is missing
   */
  Value required(String name, String what) {
    Value v = members.get(name);
    if (v == null) {
      throw HttpProblem.invalid(prefix + "/" + name, "missing: expected " + what);
    }
    return v;
  }

  /**
   * The names of the members given, in the order given.
   *
   * @return the names
   */
  List<String> names() {
    return List.copyOf(members.keySet());
  }

  /**
   * The pointer of this object in the request body.
   *
   * @return the pointer; empty for the body itself
   */
  String pointer() {
    return prefix;
  }

  /**
   * The bytes of a value, a JSON document of its own.
   *
   * @param value a value of this body
   * @return a copy of its bytes
   */
  byte[] bytes(Value value) {
    return Arrays.copyOfRange(body, value.start(), value.end());
  }

  /**
   * A number, exactly as written (never through binary floating point).
   *
   * @param value the value
   * @return the number
   * @throws ValidationException when the value is not a number
   */
  static BigDecimal decimal(Value value) {
    if (value.token() != JsonToken.VALUE_NUMBER_INT && value.token() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new ValidationException(List.of(Problem.at(value.pointer(), "expected a number, got "
          + value.kind())));
    }
    return new BigDecimal(value.text());
  }

  /**
   * A whole number in a range.
   *
   * @param value the value
   * @param min the least value
   * @param max the greatest value
   * @return the number
   * @throws ValidationException when the value is not a whole number in range
   */
  static long whole(Value value, long min, long max) {
    String expected = "expected a whole number from " + min + " to " + max;
    if (value.token() != JsonToken.VALUE_NUMBER_INT) {
      throw new ValidationException(List.of(Problem.at(value.pointer(), expected + ", got "
          + (value.token() == JsonToken.VALUE_NUMBER_FLOAT ? value.text() : value.kind()))));
    }
    BigDecimal v = new BigDecimal(value.text());
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new ValidationException(List.of(Problem.at(value.pointer(), expected + ", got "
          + value.text())));
    }
    return v.longValueExact();
  }
}
