package io.github.parindex.projection;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for the projection tests of every package. */
public final class Fixtures {
  /** The test data of the projection tests (par-scoring's test-jar, {@code projection/}). */
  public static final Path DIR = TestData.path("projection");
  /** Hưng Yên's 2023 submission of the examples. */
  public static final Path HUNG_YEN = TestData.path("examples/data/hung-yen-2023.yaml");

  private Fixtures() {}

  /**
   * A decimal.
   *
   * @param value its text
   * @return the decimal
   */
  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * UTF-8 bytes.
   *
   * @param text the text
   * @return its bytes
   */
  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A test data file.
   *
   * @param name its name in {@link #DIR}
   * @return its bytes
   */
  public static byte[] file(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A methodology of the test data.
   *
   * @param name its file's name
   * @return the methodology
   */
  public static Methodology methodology(String name) {
    return ParReader.standard().readMethodology(file(name), name);
  }

  /**
   * A methodology from YAML text.
   *
   * @param yaml the text
   * @return the methodology
   */
  public static Methodology methodologyYaml(String yaml) {
    return ParReader.standard().readMethodology(bytes(yaml), "m.yaml");
  }

  /**
   * A submission of the test data.
   *
   * @param name its file's name
   * @return the submission
   */
  public static Submission submission(String name) {
    return ParReader.standard().readSubmission(file(name), name);
  }

  /**
   * A submission from YAML text.
   *
   * @param yaml the text
   * @return the submission
   */
  public static Submission submissionYaml(String yaml) {
    return ParReader.standard().readSubmission(bytes(yaml), "s.yaml");
  }

  /**
   * Hưng Yên's 2023 submission.
   *
   * @return the submission
   */
  public static Submission hungYen() {
    try {
      return ParReader.standard().readSubmission(HUNG_YEN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled 876 methodology.
   *
   * @return the methodology
   */
  public static Methodology m876() {
    return BundledMethodologies.load("vn-par-province-876");
  }

  /**
   * A scorer with the built-in rules.
   *
   * @param m the methodology
   * @return the scorer
   */
  public static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  /**
   * Options of the test data.
   *
   * @param name the file's name
   * @return the options
   */
  public static ImprovementOptions options(String name) {
    return ProjectionReader.standard().options(file(name), name);
  }

  /**
   * Peers of the test data.
   *
   * @param name the file's name
   * @return the peers
   */
  public static PeerTable peers(String name) {
    return ProjectionReader.standard().peers(file(name), name);
  }
}
