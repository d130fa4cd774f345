package io.github.parindex.projection;

import static io.github.parindex.projection.Fixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.projection.plan.ImprovementOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProjectionReader}: the projection formats read with the limits of a {@link ParReader}
 * (issue 14: one configurable reader for every format), and the readers' policies (UTF-8, anchors,
 * control characters) apply to them as to methodologies and submissions.
 */
class ProjectionReaderTest {
  private static final String PEERS = """
      format: par-peers/1
      units: [ { id: quang-ninh, name: Quảng Ninh, index: 92.18 }, { id: hai-phong, index: 91.87 } ]
      """;
  private static final String OPTIONS = "format: par-options/1\noptions:\n  \"1.1\": { fixed: true }\n";
  private static final String SCENARIO = "format: par-scenario/1\nlabel: Thử\nclear: [\"1.1\"]\n";
  private static final String SIMULATION = "format: par-simulation/1\ninputs:\n"
      + "  \"1.1\": { distribution: uniform, min: 0, max: 1 }\n";

  private static List<String> problems(Runnable read) {
    return assertThrows(ValidationException.class, read::run).problems().stream()
        .map(Object::toString).toList();
  }

  @Test
  void of_customLimits_applyToEveryProjectionFormat() {
    ProjectionReader small = ProjectionReader.of(ParReader.withLimits(ReadLimits.builder()
        .maxBytes(40).build()));
    List<BiFunction<byte[], String, Object>> reads = List.of(small::peers, small::options,
        small::scenario, small::simulation);
    List<String> texts = List.of(PEERS, OPTIONS, SCENARIO, SIMULATION);
    for (int i = 0; i < reads.size(); i++) {
      byte[] content = bytes(texts.get(i));
      BiFunction<byte[], String, Object> read = reads.get(i);
      assertEquals(List.of("f.yaml: /: the file has " + content.length + " bytes; the limit is 40"),
          problems(() -> read.apply(content, "f.yaml")));
    }
    assertEquals(2, ProjectionReader.standard().peers(bytes(PEERS), "p.yaml").units().size());
    assertEquals(1, ProjectionReader.standard().options(bytes(OPTIONS), "o.yaml").entries().size());
    assertEquals(List.of("1.1"), ProjectionReader.standard().scenario(bytes(SCENARIO), "s.yaml")
        .clear());
    assertEquals(1, ProjectionReader.standard().simulation(bytes(SIMULATION), "s.yaml").inputs()
        .size());
  }

  @Test
  void of_customStringAndDepthLimits_areThoseOfTheParReader() {
    ProjectionReader reader = ProjectionReader.of(ParReader.withLimits(ReadLimits.builder()
        .maxStringLength(10).build()));
    assertEquals(List.of("p.yaml: /format: a string of 11 characters; the limit is 10"),
        problems(() -> reader.peers(bytes(PEERS), "p.yaml")));
    ProjectionReader shallow = ProjectionReader.of(ParReader.withLimits(ReadLimits.builder()
        .maxDepth(2).build()));
    assertEquals(List.of("o.yaml: /options/1.1: nesting deeper than 2 levels"),
        problems(() -> shallow.options(bytes(OPTIONS), "o.yaml")));
    assertEquals(10, reader.limits().maxStringLength());
  }

  @Test
  void of_fileAboveTheLimit_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, PEERS);
    ProjectionReader reader = ProjectionReader.of(ParReader.withLimits(ReadLimits.builder()
        .maxBytes(40).build()));
    List<String> p = problems(() -> {
      try {
        reader.peers(file);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(1, p.size());
    // Measured before reading: ParReader.bytes says "more than" the limit.
    assertEquals(file + ": /: the file has more than 40 bytes; the limit is 40", p.get(0));
  }

  @Test
  void read_policiesOfTheModelsReaders_applyToProjectionFormats() {
    byte[] overlong = "{\"format\": \"par-peers/1\", \"units\": [{\"id\": \"a\", \"name\": \"XX\", \"index\": 9}]}"
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(overlong, StandardCharsets.UTF_8).indexOf("XX");
    overlong[at] = (byte) 0xC0;
    overlong[at + 1] = (byte) 0xAF;
    assertEquals(List.of("p.json: /: the file is not valid UTF-8: 1 bad byte(s) at byte " + at),
        problems(() -> ProjectionReader.standard().peers(overlong, "p.json")));
    assertEquals(List.of("o.yaml: /format: YAML anchors are not supported: remove '&f'"),
        problems(() -> ProjectionReader.standard().options(bytes("format: &f par-options/1\n"), "o.yaml")));
    assertEquals(List.of("p.json: /units/0/id: the text holds the control character U+001B "
        + "(character 2): control characters other than tab and line breaks are not allowed"),
        problems(() -> ProjectionReader.standard().peers(bytes("{\"format\": \"par-peers/1\", \"units\": "
            + "[{\"id\": \"a\\u001b[31m\", \"index\": 9}]}"), "p.json")));
  }
}
