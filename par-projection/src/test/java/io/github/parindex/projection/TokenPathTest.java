package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Documents;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.internal.Utf8;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.simulation.SimulationSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The two paths of the projection readers against each other (see par-model's
 * {@code TokenPathProperties}): every corpus file that reads, reads through the tokens without doubting, and a
 * mutated file is accepted by the token path only if the tree path accepts it, with the same value.
 * The formats have no {@code equals}; values are compared by everything their accessors give.
 */
class TokenPathTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final List<String> INSERTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\n", " ",
      "-", "&a ", "*a", "!!str ", "null", "1e999", "-1", "0.5", "\u001b", "yes", "true", "[]", "{}",
      "x: 1, ", "\"fixed\": true, ", "levels: [], ", "group: g, ", "mode: 1, ", "type: points, ");

  private record Format<T>(String folder, List<String> files, Function<String, Binder<T>> binder,
      Function<T, String> fingerprint) {}

  private static final List<Format<?>> FORMATS = List.of(
      new Format<ImprovementOptions>("OptionsReaderFuzzTestInputs",
          List.of("hung-yen-2024-options-ILLUSTRATIVE.yaml", "o98.yaml"), OptionsBinder::binder,
          o -> o.defaultCostPerPoint() + " " + o.entries() + " " + o.sourceName()),
      new Format<PeerTable>("PeersReaderFuzzTestInputs",
          List.of("hung-yen-2023-peers-ILLUSTRATIVE.yaml", "p98.yaml", "small.json"),
          PeersBinder::binder,
          p -> p.year() + " " + p.indexDecimals() + " " + p.units() + " " + p.sourceName()),
      new Format<Scenario>("ScenarioReaderFuzzTestInputs",
          List.of("edits.json", "edits.yaml", "hung-yen-2023-survey-assumption.yaml"),
          ScenarioBinder::binder,
          s -> s.label() + " " + s.description() + " " + s.assumptions() + " " + s.observations()
              + " " + s.unitemised() + " " + s.clear() + " " + s.known() + " " + s.rules() + " "
              + s.ruleParameters() + " " + s.maxPoints() + " " + s.unitemisedPoints() + " "
              + s.sourceName()),
      new Format<SimulationSpec>("SimulationReaderFuzzTestInputs",
          List.of("hung-yen-2023-simulation-ILLUSTRATIVE.yaml"), SimulationBinder::binder,
          s -> s.seed() + " " + s.draws() + " " + s.percentiles() + " " + s.targetRank() + " "
              + s.inputs() + " " + s.peerChange() + " " + s.sensitivitySamples() + " "
              + s.sourceName()));

  private static byte[] resource(String folder, String name) {
    try (InputStream in = TokenPathTest.class.getResourceAsStream(folder + "/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> String tree(Format<T> f, byte[] bytes, Syntax syntax) {
    try {
      return f.fingerprint().apply(f.binder().apply("x").fromTree(TreeReader.read(bytes, syntax,
          LIMITS), LIMITS));
    } catch (ValidationException e) {
      return null;
    }
  }

  private static <T> String tokens(Format<T> f, byte[] bytes, Syntax syntax) {
    T value = Documents.fromTokens(bytes, syntax, LIMITS, f.binder().apply("x"));
    return value == null ? null : f.fingerprint().apply(value);
  }

  @Example
  void fromTokens_everyCorpusFile_readsAsTheTreePathReadsIt() {
    for (Format<?> f : FORMATS) {
      for (String name : f.files()) {
        byte[] bytes = resource(f.folder(), name);
        Syntax syntax = Syntax.detect(name, bytes);
        // A corpus holds refused files too (edits.json has a member scenarios do not have).
        String slow = tree(f, bytes, syntax);
        assertEquals(slow, tokens(f, bytes, syntax), name);
      }
    }
  }

  @Property(tries = 1500)
  void fromTokens_mutatedCorpusFile_acceptsOnlyWhatTheTreePathAccepts(@ForAll long seed,
      @ForAll @IntRange(max = 3) int format) {
    Random random = new Random(seed);
    Format<?> f = FORMATS.get(format);
    String name = f.files().get(random.nextInt(f.files().size()));
    StringBuilder b = new StringBuilder(new String(resource(f.folder(), name),
        StandardCharsets.UTF_8));
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
        default -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(40))));
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    try {
      Utf8.check(bytes);
    } catch (ValidationException e) {
      return;
    }
    Syntax syntax = Syntax.detect(name, bytes);
    String fast = tokens(f, bytes, syntax);
    if (fast != null) {
      assertEquals(tree(f, bytes, syntax), fast, b::toString);
    }
  }
}
