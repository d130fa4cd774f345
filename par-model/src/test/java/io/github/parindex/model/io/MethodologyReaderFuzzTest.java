package io.github.parindex.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ParReader#readMethodology(byte[], String)}, JSON and YAML, with the oracle of
 * {@link ReaderFuzzing}: a valid methodology or a {@link io.github.parindex.model.ValidationException},
 * and a valid methodology reads back equal after writing. The build replays the committed corpus
 * ({@code MethodologyReaderFuzzTestInputs/} beside this class in the test resources) and fuzzes for a few
 * seconds (docs/fuzzing.md).
 */
class MethodologyReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, ParReader.standard()::readMethodology, ParWriter::toString);
  }
}
