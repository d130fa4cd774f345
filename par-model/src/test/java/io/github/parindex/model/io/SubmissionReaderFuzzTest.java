package io.github.parindex.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ParReader#readSubmission(byte[], String)}, JSON and YAML, with the oracle of
 * {@link ReaderFuzzing}: a valid submission or a {@link io.github.parindex.model.ValidationException},
 * and a valid submission reads back equal after writing. The build replays the committed corpus
 * ({@code SubmissionReaderFuzzTestInputs/} beside this class in the test resources) and fuzzes for a few
 * seconds (docs/fuzzing.md).
 */
class SubmissionReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, ParReader.standard()::readSubmission, ParWriter::toString);
  }
}
