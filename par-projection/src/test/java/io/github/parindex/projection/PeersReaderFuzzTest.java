package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ProjectionReader#peers(byte[], String)} ({@code par-peers/1}). Oracle:
 * {@link ReaderFuzzing}; corpus: {@code PeersReaderFuzzTestInputs/} beside this class.
 */
class PeersReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, (content, name) -> assertNotNull(ProjectionReader.standard().peers(content, name)));
  }
}
