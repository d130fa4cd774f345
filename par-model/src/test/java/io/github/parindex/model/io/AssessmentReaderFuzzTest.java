package io.github.parindex.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ParReader#readAssessment(byte[], String)}, JSON and YAML, with the oracle of
 * {@link ReaderFuzzing}: a valid record or a {@link io.github.parindex.model.ValidationException}
 * with problems in the file, and a valid record reads back equal after writing. The build replays the
 * committed corpus ({@code AssessmentReaderFuzzTestInputs/}: the example records and a broken one)
 * and fuzzes for a few seconds (docs/fuzzing.md).
 */
class AssessmentReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, ParReader.standard()::readAssessment, ParWriter::toString);
  }
}
