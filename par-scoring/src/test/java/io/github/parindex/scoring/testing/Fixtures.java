package io.github.parindex.scoring;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Small helpers for scoring tests: YAML literals in, objects out. */
final class Fixtures {
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  private Fixtures() {}

  static Methodology methodology(String yaml) {
    return ParReader.standard().readMethodology(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml");
  }

  static Submission submission(String yaml) {
    return ParReader.standard().readSubmission(yaml.getBytes(StandardCharsets.UTF_8), "s.yaml");
  }

  static Methodology commune() {
    try {
      return ParReader.standard().readMethodology(GOLDEN.resolve("commune-methodology.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Submission file(String relative) {
    try {
      return ParReader.standard().readSubmission(GOLDEN.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A commune submission giving field 2.5 (a points leaf) a value and everything else full. */
  static String communeUnit(String id, String region, String points25, String bonus) {
    return """
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: %s, region: %s }
        missing: FULL
        observations:
          "2.5": { points: %s }
          B.1: { points: %s }
        """.formatted(id, region, points25, bonus);
  }
}
