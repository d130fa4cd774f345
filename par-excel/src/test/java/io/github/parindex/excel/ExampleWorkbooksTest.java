package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The criteria workbooks in examples/data are what CriteriaWriter writes today, byte for byte, and
 * read back as their methodologies. Run as a program to write them again.
 */
class ExampleWorkbooksTest {
  /** Each example workbook, with the methodology it is written from. */
  static Map<Path, Methodology> examples() {
    Map<Path, Methodology> all = new LinkedHashMap<>();
    try {
      all.put(CriteriaFixtures.EXAMPLES.resolve("vn-par-province-876-criteria.xlsx"),
          BundledMethodologies.load("vn-par-province-876"));
      all.put(CriteriaFixtures.EXAMPLES.resolve("commune-criteria.xlsx"),
          ParReader.standard().readMethodology(CriteriaFixtures.EXAMPLES.resolve(
              "commune-methodology.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  @Test
  void examples_areWhatTheWriterWritesToday_andReadBackAsTheirMethodologies() throws IOException {
    CriteriaReader reader = CriteriaReader.of(RuleRegistry.builtIn());
    for (Map.Entry<Path, Methodology> e : examples().entrySet()) {
      byte[] file = Files.readAllBytes(e.getKey());
      assertArrayEquals(CriteriaWriter.write(e.getValue()), file, e.getKey()
          + " differs from what CriteriaWriter writes: run ExampleWorkbooksTest.main to update it");
      assertEquals(e.getValue(), reader.read(file, e.getKey().toString()).methodology());
    }
  }

  /**
   * Writes the example workbooks again, into the repository's {@code examples/data} (the tests read
   * a copy of it from the test class path).
   *
   * @param args the repository's root, or nothing for the current directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : ".").resolve("examples/data");
    for (Map.Entry<Path, Methodology> e : examples().entrySet()) {
      Files.write(data.resolve(e.getKey().getFileName().toString()),
          CriteriaWriter.write(e.getValue()));
    }
  }
}
