package io.github.parindex.model.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses bytes into a {@link Tree} under {@link ReadLimits}, without recursion and without binding to
 * any Java type. Stops at the first syntax error or exceeded limit; collects duplicate keys, YAML
 * anchors (on values and keys), aliases and tags, and refused characters as problems. The readers use
 * it for a document that the binder over {@link Tokens} doubted (see {@link Documents}): every
 * value's pointer and line are worked out here, for the problems.
 */
public final class TreeReader {
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private int values;

  private TreeReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses a document.
   *
   * @param content the bytes
   * @param syntax the syntax
   * @param limits the limits
   * @return the root value
   * @throws ValidationException on a syntax error, an exceeded limit, a duplicate key, or a YAML anchor,
   *     alias or tag
   */
  public static Tree read(byte[] content, Syntax syntax, ReadLimits limits) {
    if (content.length > limits.maxBytes()) {
      throw new ValidationException(List.of(Problem.at("", "the file has " + content.length
          + " bytes; the limit is " + limits.maxBytes())));
    }
    Utf8.check(content);
    return new TreeReader(limits).parse(content, syntax);
  }

  /** A container being filled. */
  private static final class Frame {
    final String pointer;
    final int line;
    final Map<String, Tree> fields;
    final List<Tree> items;
    String key;

    Frame(String pointer, int line, boolean object) {
      this.pointer = pointer;
      this.line = line;
      this.fields = object ? new LinkedHashMap<>() : null;
      this.items = object ? null : new ArrayList<>();
    }

    String childPointer() {
      return fields != null ? Pointers.child(pointer, key) : Pointers.child(pointer, items.size());
    }

    void add(Tree value, List<Problem> problems) {
      if (fields == null) {
        items.add(value);
      } else if (fields.containsKey(key)) {
        problems.add(Problem.at(value.pointer(), "duplicate key '" + key + "'"));
      } else {
        fields.put(key, value);
      }
    }
  }

  private Tree parse(byte[] content, Syntax syntax) {
    Deque<Frame> stack = new ArrayDeque<>();
    String where = "";
    Tree root = null;
    try (JsonParser p = Parsers.open(content, syntax, limits)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = line(p.currentTokenLocation());
        Frame top = stack.peek();
        if (t == JsonToken.FIELD_NAME) {
          top.key = p.currentName();
          where = Pointers.child(top.pointer, top.key);
          if (top.key.length() > limits.maxStringLength()) {
            throw fail(top.pointer, "a key of " + top.key.length() + " characters; the limit is "
                + limits.maxStringLength());
          }
          int refused = CodePoints.firstRefusedInText(top.key);
          if (refused >= 0) {
            problems.add(Problem.at(where, CodePoints.refusedTextMessage("key", top.key, refused)));
          }
          if (syntax == Syntax.YAML) {
            checkYamlKey((YamlParsers.AnchorAware) p, where);
          }
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          Frame done = stack.pop();
          Tree value = done.fields != null
              ? new Tree.Obj(done.pointer, done.line, done.fields)
              : new Tree.Arr(done.pointer, done.line, done.items);
          if (stack.isEmpty()) {
            root = value;
            break;
          }
          stack.peek().add(value, problems);
          where = stack.peek().pointer;
          continue;
        }
        String pointer = top == null ? "" : top.childPointer();
        where = pointer;
        if (++values > limits.maxValues()) {
          throw fail(pointer, "the file has more than " + limits.maxValues() + " values");
        }
        if (syntax == Syntax.YAML) {
          checkYaml((YAMLParser) p, pointer);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (stack.size() >= limits.maxDepth()) {
            throw fail(pointer, "nesting deeper than " + limits.maxDepth() + " levels");
          }
          stack.push(new Frame(pointer, line, t == JsonToken.START_OBJECT));
          continue;
        }
        Tree scalar = scalar(p, t, pointer, line);
        if (top == null) {
          root = scalar;
          break;
        }
        top.add(scalar, problems);
      }
      if (root == null) {
        throw fail(where, content.length == 0 || stack.isEmpty()
            ? "the file is empty: expected an object"
            : "unexpected end of file: the document is truncated");
      }
      if (p.nextToken() != null) {
        throw fail("", "expected a single document, found more after line "
            + line(p.currentTokenLocation()));
      }
    } catch (JsonProcessingException e) {
      throw fail(pointerAt(e, where), describe(e));
    } catch (IOException e) {
      throw fail(where, "cannot read: " + plain(String.valueOf(e.getMessage())));
    } catch (ValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports some malformed input as unchecked exceptions; they are input problems.
      throw fail(where, "malformed input: " + plain(firstLine(String.valueOf(e.getMessage()))));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return root;
  }

  /** An anchor or a tag on a key, which the YAML parser does not report as it does on values. */
  private void checkYamlKey(YamlParsers.AnchorAware p, String pointer) throws IOException {
    String anchor = p.scalarAnchor();
    if (anchor != null) {
      problems.add(Problem.at(pointer, "YAML anchors are not supported: remove '&" + anchor + "'"));
    }
    if (p.getTypeId() != null) {
      problems.add(Problem.at(pointer, "YAML tags are not allowed (data cannot name types): remove '!"
          + p.getTypeId() + "'"));
    }
  }

  private void checkYaml(YAMLParser p, String pointer) throws IOException {
    String scalarAnchor = ((YamlParsers.AnchorAware) p).scalarAnchor();
    if (scalarAnchor != null && p.getObjectId() == null) {
      problems.add(Problem.at(pointer, "YAML anchors are not supported: remove '&" + scalarAnchor
          + "'"));
    }
    if (p.isCurrentAlias()) {
      problems.add(Problem.at(pointer, "YAML aliases are not supported: write the value out"));
    }
    if (p.getObjectId() != null) {
      problems.add(Problem.at(pointer, "YAML anchors are not supported: remove '&"
          + p.getObjectId() + "'"));
    }
    if (p.getTypeId() != null) {
      problems.add(Problem.at(pointer, "YAML tags are not allowed (data cannot name types): remove '!"
          + p.getTypeId() + "'"));
    }
  }

  private Tree scalar(JsonParser p, JsonToken t, String pointer, int line) throws IOException {
    int numbers = limits.maxNumberLength();
    switch (t) {
      case VALUE_STRING: {
        String text = p.getText();
        if (text.length() > limits.maxStringLength()) {
          throw fail(pointer, "a string of " + text.length() + " characters; the limit is "
              + limits.maxStringLength());
        }
        int refused = CodePoints.firstRefusedInText(text);
        if (refused >= 0) {
          problems.add(Problem.at(pointer, CodePoints.refusedTextMessage("text", text, refused)));
        }
        return new Tree.Scalar(pointer, line, Tree.ScalarKind.STRING, text, false, numbers);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String text = p.getText();
        if (text.length() > numbers) {
          throw fail(pointer, "a number of " + text.length() + " characters; the limit is "
              + numbers);
        }
        // Decimals are written back in plain notation: 1e-50 would be written as 52 characters,
        // which this reader would then refuse. Such a number is refused here, when it is read.
        BigDecimal value = DecimalText.parse(text);
        if (value != null && DecimalText.plainLength(value) > numbers) {
          throw fail(pointer, "the number " + text + " has " + DecimalText.plainLength(value)
              + " characters written out in full (decimals are kept and written in plain "
              + "notation); the limit is " + numbers);
        }
        return new Tree.Scalar(pointer, line, Tree.ScalarKind.NUMBER, text, false, numbers);
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Tree.Scalar(pointer, line, Tree.ScalarKind.BOOLEAN, p.getText(),
            t == JsonToken.VALUE_TRUE, numbers);
      case VALUE_NULL:
        return new Tree.Scalar(pointer, line, Tree.ScalarKind.NULL, "null", false, numbers);
      default:
        if (problems.stream().anyMatch(known -> known.path().equals(pointer))) {
          // A YAML tag such as !!binary, already reported, is what made the value unsupported.
          throw new ValidationException(problems);
        }
        throw fail(pointer, "unsupported value (" + t + ")");
    }
  }

  private ValidationException fail(String pointer, String message) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(Problem.at(pointer, message));
    return new ValidationException(all);
  }

  private static int line(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
  }

  /**
   * Where a parse error is, from the parser's own context: the JSON parser reads a member's value
   * while it returns the member's name, so an error in the value comes before this reader has seen
   * the name, and the last pointer it saw belongs to the previous member.
   */
  private static String pointerAt(JsonProcessingException e, String fallback) {
    if (!(e.getProcessor() instanceof JsonParser p) || p.getParsingContext() == null) {
      return fallback;
    }
    Deque<String> tokens = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() == null) {
          continue;
        }
        tokens.push(c.getCurrentName());
      } else if (c.getCurrentIndex() >= 0) {
        tokens.push(Integer.toString(c.getCurrentIndex()));
      }
    }
    String pointer = "";
    for (String token : tokens) {
      pointer = Pointers.child(pointer, token);
    }
    return pointer;
  }

  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null
        && y.getProblemMark() != null) {
      // SnakeYAML's message starts with the context ("while parsing a flow sequence"); the problem
      // itself ("expected ',' or ']', but got <stream end>") and its place come after it.
      String problem = plain(firstLine(y.getProblem()));
      return "line " + (y.getProblemMark().getLine() + 1) + ", column "
          + (y.getProblemMark().getColumn() + 1) + ": " + problem
          + (y.getContext() != null ? " (" + plain(firstLine(y.getContext())) + ")" : "")
          + colonHint(problem);
    }
    String message = plain(firstLine(String.valueOf(e.getOriginalMessage())));
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      return "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + message
          + colonHint(message);
    }
    return message + colonHint(message);
  }

  /**
   * The hint for YAML authors (issue 16): a colon and a space inside an unquoted text, as in
   * {@code name: Tiêu chí 1: Công khai}, start a second mapping; the text must be quoted.
   */
  private static String colonHint(String problem) {
    if (problem.contains("mapping values are not allowed here") || problem.endsWith("but got :")) {
      return ". If a text holds a colon and a space (such as a Vietnamese name 'Tiêu chí 1: Công "
          + "khai'), put the whole text in quotes: name: \"Tiêu chí 1: Công khai\"";
    }
    return "";
  }

  /** Jackson's "[Source: REDACTED (...); line: 1, column: 42]" means nothing to a user. */
  private static final Pattern SOURCE_REFERENCE = Pattern.compile(
      "\\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]");
  /** The same reference without a column. */
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "\\[Source: [^\\]]*; line: (\\d+)\\]");
  /** A switch of the JSON parser, which a file cannot turn on: "enable `JsonReadFeature.X` to allow". */
  private static final Pattern FEATURE_SWITCH = Pattern.compile(
      ":? ?(?:enable|if enabled with) `[^`]*`(?: to allow)?|\\s*\\(not recognized as one since "
      + "Feature '[^']*' not enabled for parser\\)");
  /** A SnakeYAML event, as jackson-dataformat-yaml prints one. */
  private static final Pattern YAML_EVENT = Pattern.compile(
      "<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event(?:\\([^>]*\\))?>");
  /** Anything else naming a class of the parsers. */
  private static final Pattern LIBRARY_NAME = Pattern.compile(
      "`[\\w$]+(?:\\.[\\w$()]+)+`|\\b(?:com\\.fasterxml|org\\.yaml)(?:\\.[\\w$]+)+");

  static String withoutSourceReferences(String message) {
    return SOURCE_LINE.matcher(SOURCE_REFERENCE.matcher(message).replaceAll("line $1, column $2"))
        .replaceAll("line $1");
  }

  /**
   * A parser's message in plain words: no source reference, no parser switch or event class (a
   * file cannot turn a switch on, and a user does not know the classes); the parsers' own words
   * otherwise.
   */
  static String plain(String message) {
    String m = withoutSourceReferences(message);
    m = FEATURE_SWITCH.matcher(m).replaceAll("");
    m = m.replace("Expected a field name (Scalar value in YAML), got this instead: ",
        "expected a key (a text), got ");
    java.util.regex.Matcher events = YAML_EVENT.matcher(m);
    StringBuilder b = new StringBuilder();
    while (events.find()) {
      String what = switch (events.group(1)) {
        case "MappingStart" -> "an object";
        case "SequenceStart" -> "a list";
        case "Scalar" -> "a value";
        case "Alias" -> "an alias";
        case "MappingEnd" -> "the end of an object";
        case "SequenceEnd" -> "the end of a list";
        case "DocumentStart" -> "a new document";
        case "DocumentEnd" -> "the end of the document";
        default -> "the end of the file";
      };
      events.appendReplacement(b, what);
    }
    events.appendTail(b);
    return LIBRARY_NAME.matcher(b.toString()).replaceAll("").trim();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
