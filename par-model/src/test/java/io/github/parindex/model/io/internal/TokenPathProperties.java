package io.github.parindex.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.internal.MethodologyTokens;
import io.github.parindex.model.internal.SubmissionTokens;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The two paths of every read ({@link Documents}) against each other: the binder over tokens must
 * take every valid document without doubting (else reading is slow, not wrong), and must never accept
 * a document that the tree binder refuses or build another object from it (that would be wrong). The
 * tree binder is the oracle, as the reference scoring path is for the compiled one.
 */
class TokenPathProperties {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final List<String> INSERTS = List.of("{", "}", "[", "]", ",", ":", "\"", "'", "\n",
      " ", "-", "&a", "*a", "!!str", "#", "null", "1e999", "-1", "0.1234567", "\u0000", "\uFEFF",
      "ệ", "---\n", "? ", "|", ">", "~", "yes", "\t", "\u001b", "\u0085", "\"\\u0000\"", "1e-50",
      "\"1e-50\"", "true", "[]", "{}", "\"x\": 1, ", "\"points\": 1, ", "&f ");

  /** The tree path's answer: the value, or null when it refuses the document. */
  private static <T> T tree(byte[] bytes, Syntax syntax, Binder<T> binder) {
    try {
      return binder.fromTree(TreeReader.read(bytes, syntax, LIMITS), LIMITS);
    } catch (ValidationException e) {
      return null;
    }
  }

  private static <T> void assertSameAnswer(byte[] bytes, Syntax syntax, Binder<T> binder) {
    try {
      Utf8.check(bytes);
    } catch (ValidationException e) {
      return;
    }
    T fast = Documents.fromTokens(bytes, syntax, LIMITS, binder);
    if (fast != null) {
      assertEquals(tree(bytes, syntax, binder), fast, () -> "the token path accepted:\n"
          + new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Property(tries = 300)
  void fromTokens_validFiles_neverDoubt(@ForAll long seed, @ForAll Syntax syntax) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    byte[] m = ParWriter.toString(g.methodology(), syntax).getBytes(StandardCharsets.UTF_8);
    byte[] s = ParWriter.toString(g.submission(), syntax).getBytes(StandardCharsets.UTF_8);
    assertEquals(g.methodology(), Documents.fromTokens(m, syntax, LIMITS, MethodologyTokens.BINDER));
    assertEquals(g.submission(), Documents.fromTokens(s, syntax, LIMITS, SubmissionTokens.BINDER));
  }

  @Property(tries = 1000)
  void fromTokens_mutatedFiles_acceptOnlyWhatTheTreePathAcceptsAndTheSameValue(@ForAll long seed,
      @ForAll Syntax syntax, @ForAll boolean methodology) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    String text = methodology ? ParWriter.toString(g.methodology(), syntax)
        : ParWriter.toString(g.submission(), syntax);
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(4)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
        case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(40))));
        default -> b.replace(at, at + 1, INSERTS.get(random.nextInt(INSERTS.size())));
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    if (methodology) {
      assertSameAnswer(bytes, syntax, MethodologyTokens.BINDER);
    } else {
      assertSameAnswer(bytes, syntax, SubmissionTokens.BINDER);
    }
  }

  @Example
  void fromTokens_corpusAndBundledFiles_readWithoutDoubt() throws IOException {
    for (String name : List.of("commune-methodology.yaml", "commune-criteria-2025.yaml",
        "custom-rule-methodology.yaml",
        "every-feature.yaml", "small.json", "vn-par-province-2948.yaml",
        "vn-par-province-876.yaml")) {
      byte[] bytes = resource("MethodologyReaderFuzzTestInputs/" + name);
      Syntax syntax = Syntax.detect(name, bytes);
      Methodology m = Documents.fromTokens(bytes, syntax, LIMITS, MethodologyTokens.BINDER);
      assertNotNull(m, name);
      assertEquals(tree(bytes, syntax, MethodologyTokens.BINDER), m, name);
    }
    for (String name : List.of("commune-2024.yaml", "every-feature-submission.yaml",
        "hung-yen-2023.yaml", "small.json")) {
      byte[] bytes = resource("SubmissionReaderFuzzTestInputs/" + name);
      Syntax syntax = Syntax.detect(name, bytes);
      Submission s = Documents.fromTokens(bytes, syntax, LIMITS, SubmissionTokens.BINDER);
      assertNotNull(s, name);
      assertEquals(tree(bytes, syntax, SubmissionTokens.BINDER), s, name);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TokenPathProperties.class.getResourceAsStream(
        "/io/github/parindex/model/io/" + name)) {
      return in.readAllBytes();
    }
  }
}
