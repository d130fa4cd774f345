package io.github.parindex.scoring.testing;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Small helpers for the tests of the engine and of what is built on it: YAML literals in, objects
 * out, and the golden commune methodology (every built-in rule type) with its submissions.
 */
public final class Fixtures {
  /** The golden cases ({@code golden/} of the shared test data, see {@link TestData}). */
  public static final Path GOLDEN = TestData.path("golden");

  private Fixtures() {}

  /**
   * Reads a methodology written as a YAML literal.
   *
   * @param yaml the methodology
   * @return the methodology, checked as any file would be (problems name {@code m.yaml})
   */
  public static Methodology methodology(String yaml) {
    return ParReader.standard().readMethodology(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml");
  }

  /**
   * Reads a submission written as a YAML literal.
   *
   * @param yaml the submission
   * @return the submission (problems name {@code s.yaml})
   */
  public static Submission submission(String yaml) {
    return ParReader.standard().readSubmission(yaml.getBytes(StandardCharsets.UTF_8), "s.yaml");
  }

  /**
   * The golden commune methodology ({@code golden/commune-methodology.yaml}): every built-in rule
   * type, a leaf that may be not applicable, an unitemised remainder, a bonus and a penalty, bands
   * and an alert.
   *
   * @return the methodology
   */
  public static Methodology commune() {
    try {
      return ParReader.standard().readMethodology(GOLDEN.resolve("commune-methodology.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a submission of the golden cases.
   *
   * @param relative its name under {@code golden/}, e.g. {@code commune-a/submission.yaml}
   * @return the submission
   */
  public static Submission file(String relative) {
    try {
      return ParReader.standard().readSubmission(GOLDEN.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A scorer of the methodology with the built-in rules only.
   *
   * @param m the methodology
   * @return the scorer
   */
  public static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  /**
   * An exact decimal, written as text so that it never passes through a {@code double}.
   *
   * @param value the decimal, e.g. {@code "60.5182"}
   * @return the decimal, with the scale written
   */
  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * A commune submission giving field 2.5 (a points leaf) a value and everything else full.
   *
   * @param id the unit's id
   * @param region the unit's region
   * @param points25 the points of leaf 2.5
   * @param bonus the points of bonus leaf B.1
   * @return the submission as YAML, for {@link #submission}
   */
  public static String communeUnit(String id, String region, String points25, String bonus) {
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
