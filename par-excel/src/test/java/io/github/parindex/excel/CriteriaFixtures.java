package io.github.parindex.excel;

import io.github.parindex.scoring.testing.TestData;
import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The methodologies the criteria sheet is tested on, with submissions to score them by: the golden
 * ones of par-scoring, the bundled ones, and the examples' (every file named *methodology*).
 */
final class CriteriaFixtures {
  static final Path EXAMPLES = TestData.path("examples/data");
  /** The built-in types and the examples' custom type, as a test double. */
  static final RuleRegistry REGISTRY = RuleRegistry.builder().addBuiltIns()
      .add(new AnyParametersRule("count-target")).build();

  private CriteriaFixtures() {}

  /** Every methodology, by where it comes from. */
  static Map<String, Methodology> methodologies() {
    Map<String, Methodology> all = new LinkedHashMap<>();
    for (Path dir : List.of(Fixtures.GOLDEN, EXAMPLES)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          if (f.getFileName().toString().contains("methodology")) {
            all.put(f.toString(), ParReader.standard().readMethodology(f));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Methodology m : BundledMethodologies.all()) {
      all.put("bundled " + m.id(), m);
    }
    return all;
  }

  /** Submissions for a methodology: every file of the repository for it, and random ones. */
  static List<Submission> submissions(Methodology m, int random) {
    List<Submission> out = new ArrayList<>();
    for (Path dir : List.of(Fixtures.GOLDEN, EXAMPLES, EXAMPLES.resolve("communes/2024"),
        EXAMPLES.resolve("communes/2025"), Fixtures.GOLDEN.resolve("commune-a"),
        Fixtures.GOLDEN.resolve("commune-b-half-even"), Fixtures.GOLDEN.resolve("ranking-tie"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (!(n.endsWith(".yaml") || n.endsWith(".json")) || n.contains("methodology")) {
            continue;
          }
          try {
            Submission s = ParReader.standard().readSubmission(f);
            if (s.methodology().equals(m.id())) {
              out.add(s);
            }
          } catch (ValidationException | IOException e) {
            // not a submission (a case, peers, options…)
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Random r = new Random(m.id().hashCode());
    for (int i = 0; i < random; i++) {
      out.add(RandomSubmissions.generate(m, r));
    }
    return out;
  }

  /** A methodology with one node (found by its code anywhere in the tree) changed. */
  static Methodology with(Methodology m, String code, UnaryOperator<Node> change) {
    return Methodology.builder().from(m).nodes(m.nodes().stream()
        .map(n -> replace(n, code, change)).toList()).build();
  }

  private static Node replace(Node n, String code, UnaryOperator<Node> change) {
    if (n.code().equals(code)) {
      return change.apply(n);
    }
    return Node.builder().from(n).children(n.children().stream()
        .map(c -> replace(c, code, change)).toList()).build();
  }

  /** The scorecard as par-report writes it, or the problems when it cannot be scored. */
  static String scorecard(Methodology m, Submission s) {
    try {
      return ScorecardJson.toString(Scorer.builder().methodology(m).registry(REGISTRY).build()
          .score(s));
    } catch (ValidationException e) {
      return "problems: " + e.problems();
    }
  }
}
