package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.scoring.Scorer;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ProjectionReader#scenario(byte[], String)} ({@code par-scenario/1}): a
 * scenario that reads is applied to Hưng Yên's 2023 submission under the bundled 876 methodology,
 * as {@code par project --scenario} does; applying it must give a result or a
 * {@link ValidationException}. Oracle: {@link ReaderFuzzing}; corpus: {@code ScenarioReaderFuzzTestInputs/} beside this class.
 */
class ScenarioReaderFuzzTest {
  private static final Scorer SCORER = Fixtures.scorer(Fixtures.m876());
  private static final Submission HUNG_YEN = Fixtures.hungYen();

  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, (content, name) -> {
      Scenario scenario = ProjectionReader.standard().scenario(content, name);
      try {
        assertNotNull(scenario.apply(SCORER, HUNG_YEN));
      } catch (ValidationException e) {
        assertFalse(e.problems().isEmpty());
      }
    });
  }
}
