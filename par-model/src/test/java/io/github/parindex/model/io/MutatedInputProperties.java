package io.github.parindex.model.io;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Broken files: valid files with random edits (characters cut, doubled, swapped or inserted, among
 * them the characters that matter in JSON and YAML). Whatever the edit, reading either succeeds or
 * throws a {@link ValidationException}; no other exception escapes.
 */
class MutatedInputProperties {
  private static final List<String> INSERTS = List.of("{", "}", "[", "]", ",", ":", "\"", "'", "\n",
      " ", "-", "&a", "*a", "!!str", "#", "null", "1e999", "-1", "0.1234567", "\u0000", "\uFEFF",
      "ệ", "---\n", "? ", "|", ">", "~", "yes", "\t");

  @Property(tries = 300)
  void read_mutatedFile_failsOnlyWithValidationException(@ForAll long seed, @ForAll Syntax syntax,
      @ForAll boolean methodology) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    String text = methodology ? ParWriter.toString(g.methodology(), syntax)
        : ParWriter.toString(g.submission(), syntax);
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(4)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
        case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(40))));
        default -> b.setLength(at);
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    String name = syntax == Syntax.JSON ? "mutated.json" : "mutated.yaml";
    try {
      if (methodology) {
        ParReader.standard().readMethodology(bytes, name);
      } else {
        ParReader.standard().readSubmission(bytes, name);
      }
    } catch (ValidationException expected) {
      // A refused file is fine; any other exception fails the property.
    }
  }
}
