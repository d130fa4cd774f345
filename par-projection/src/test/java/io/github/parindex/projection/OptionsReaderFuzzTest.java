package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.model.Methodology;
import io.github.parindex.projection.plan.ImprovementOptions;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ProjectionReader#options(byte[], String)} ({@code par-options/1}): options that
 * read are checked against the bundled 876 methodology, as {@code par project} does. Oracle:
 * {@link ReaderFuzzing}; corpus: {@code OptionsReaderFuzzTestInputs/} beside this class.
 */
class OptionsReaderFuzzTest {
  private static final Methodology M876 = Fixtures.m876();

  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, (content, name) ->
        assertNotNull(ProjectionReader.standard().options(content, name).checkAgainst(M876)));
  }
}
