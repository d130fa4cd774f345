package io.github.parindex.model.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Opens the streaming parsers of both syntaxes under {@link ReadLimits}, for {@link TreeReader} and
 * {@link Tokens} alike. Factories are made once per set of limits and shared (they are thread-safe),
 * so that the JSON parser's table of member names is warm from one document to the next.
 */
final class Parsers {
  /** Factories by limits; a handful of limit sets exist in a process, so the cap is never reached. */
  private static final Map<List<Integer>, Factories> FACTORIES = new ConcurrentHashMap<>();

  private Parsers() {}

  /**
   * The parsers of one set of limits, and the member names already checked under them by
   * {@link Tokens}: names that passed the text policy and the string limit, by hash, two slots per
   * hash (a methodology's hundred-odd codes collided in a table of one slot each, and two keys of one
   * slot were checked again at every document). Shared without locks: a slot only ever holds a name
   * that passed, and a lost write only costs a second check.
   */
  private record Factories(JsonFactory json, YAMLFactory yaml, String[] checkedKeys) {}

  /**
   * Opens the tokens of bytes that {@link Utf8#check} accepted: a parser as {@link #open}'s, with the
   * table of member names already checked under the same limits (one look-up of both).
   *
   * @param content the bytes
   * @param syntax the syntax
   * @param limits the limits
   * @return the tokens, to be closed
   * @throws IOException if the parser cannot start
   * @throws ValidationException if a YAML line is longer than the limit
   */
  static Tokens tokens(byte[] content, Syntax syntax, ReadLimits limits) throws IOException {
    Factories f = factories(limits);
    return new Tokens(open(f, content, syntax, limits), syntax, limits, f.checkedKeys());
  }

  /**
   * Opens a parser over bytes that {@link Utf8#check} accepted.
   *
   * @param content the bytes
   * @param syntax the syntax
   * @param limits the limits
   * @return the parser
   * @throws IOException if the parser cannot start
   * @throws ValidationException if a YAML line is longer than the limit
   */
  static JsonParser open(byte[] content, Syntax syntax, ReadLimits limits) throws IOException {
    return open(factories(limits), content, syntax, limits);
  }

  private static JsonParser open(Factories f, byte[] content, Syntax syntax, ReadLimits limits)
      throws IOException {
    if (syntax == Syntax.JSON) {
      return f.json().createParser(content);
    }
    // Decoded here rather than by the YAML parser: its UTF-8 reader (jackson-dataformat-yaml 2.18)
    // fails on a multi-byte character that straddles its 1024-character buffer, so a Vietnamese text
    // could not be read depending on where its letters fell in the file.
    String text = Utf8.decode(content);
    checkYamlLines(text, limits);
    return f.yaml().createParser(text);
  }

  /** The factories of the limits last asked for: a reader asks with the same limits every time. */
  private static volatile @Nullable Last last;

  private record Last(ReadLimits limits, Factories factories) {}

  private static Factories factories(ReadLimits limits) {
    Last l = last;
    if (l != null && l.limits() == limits) {
      return l.factories();
    }
    Factories f = lookUp(limits);
    last = new Last(limits, f);
    return f;
  }

  private static Factories lookUp(ReadLimits limits) {
    List<Integer> key = List.of(limits.maxBytes(), limits.maxDepth(), limits.maxStringLength(),
        limits.maxNumberLength());
    Factories f = FACTORIES.get(key);
    if (f == null) {
      if (FACTORIES.size() > 64) {
        FACTORIES.clear();
      }
      f = new Factories(json(limits), yaml(limits), new String[2048]);
      FACTORIES.put(key, f);
    }
    return f;
  }

  private static JsonFactory json(ReadLimits limits) {
    // Lengths are bounded by the document, already in memory; the readers check them after each
    // token, so that JSON and YAML report an exceeded length the same way, with the limit as set.
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxNumberLength(limits.maxBytes())
        .maxStringLength(limits.maxBytes())
        .maxNameLength(limits.maxBytes())
        .maxDocumentLength(limits.maxBytes())
        .build();
    return JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  private static YAMLFactory yaml(ReadLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxNumberLength(limits.maxNumberLength() + 1)
        .maxStringLength(limits.maxStringLength() + 1)
        .maxNameLength(limits.maxStringLength() + 1)
        .maxDocumentLength(limits.maxBytes())
        .build();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(limits.maxBytes(), 1));
    options.setNestingDepthLimit(limits.maxDepth() + 1);
    options.setMaxAliasesForCollections(0);
    // Duplicate keys are found by the readers, which report each one at its own pointer; the YAML
    // parser's own check stops at the first and points at the previous member.
    options.setAllowDuplicateKeys(true);
    return new YamlParsers.Factory(YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(constraints));
  }

  /**
   * Refuses a YAML line longer than {@link ReadLimits#maxYamlLineLength()} before SnakeYAML sees it:
   * SnakeYAML's scanner copies its window of the input each time it looks further ahead within one
   * token or run of spaces, so its time grows with the square of a line's length (a 16 MiB line took
   * over a minute). Counting lines is linear; {@code \n} and {@code \r} end a line.
   */
  private static void checkYamlLines(String text, ReadLimits limits) {
    int limit = limits.maxYamlLineLength();
    int start = 0;
    int line = 1;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (i - start > limit) {
        throw new ValidationException(List.of(Problem.at("", "line " + line + " has " + (i - start)
            + " characters; a YAML line may have at most " + limit + " (twice the string limit, "
            + "and 1024): split long texts over several lines, or write the file in JSON")));
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      line++;
    }
  }
}
