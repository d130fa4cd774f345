package io.github.parindex.projection;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for projection tests. */
final class Fixtures {
  static final Path DIR = TestData.path("projection");
  static final Path HUNG_YEN = TestData.path("examples/data/hung-yen-2023.yaml");

  private Fixtures() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] file(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Methodology methodology(String name) {
    return ParReader.standard().readMethodology(file(name), name);
  }

  static Methodology methodologyYaml(String yaml) {
    return ParReader.standard().readMethodology(bytes(yaml), "m.yaml");
  }

  static Submission submission(String name) {
    return ParReader.standard().readSubmission(file(name), name);
  }

  static Submission submissionYaml(String yaml) {
    return ParReader.standard().readSubmission(bytes(yaml), "s.yaml");
  }

  static Submission hungYen() {
    try {
      return ParReader.standard().readSubmission(HUNG_YEN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Methodology m876() {
    return BundledMethodologies.load("vn-par-province-876");
  }

  static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  static ImprovementOptions options(String name) {
    return ImprovementOptions.read(file(name), name);
  }

  static PeerTable peers(String name) {
    return PeerTable.read(file(name), name);
  }
}
