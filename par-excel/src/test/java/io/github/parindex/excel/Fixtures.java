package io.github.parindex.excel;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The golden commune methodology of par-scoring (every rule type) and its submissions. */
final class Fixtures {
  static final Path GOLDEN = TestData.path("golden");

  private Fixtures() {}

  static Methodology commune() {
    try {
      return ParReader.standard().readMethodology(GOLDEN.resolve("commune-methodology.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scorer scorer() {
    return Scorer.of(commune());
  }

  static Submission submission(String file) {
    try {
      return ParReader.standard().readSubmission(GOLDEN.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Submission a() {
    return submission("commune-a/submission.yaml");
  }

  static Submission b() {
    return submission("commune-b-submission.yaml");
  }
}
