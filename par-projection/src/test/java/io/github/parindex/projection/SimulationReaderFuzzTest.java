package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.projection.simulation.SimulationSpec;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link ProjectionReader#simulation(byte[], String)} ({@code par-simulation/1}). Oracle:
 * {@link ReaderFuzzing}; corpus: {@code SimulationReaderFuzzTestInputs/} beside this class.
 */
class SimulationReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  @Timeout(10)
  void fuzz(byte[] input) {
    ReaderFuzzing.check(input, (content, name) ->
        assertNotNull(ProjectionReader.standard().simulation(content, name)));
  }
}
