package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Python client's example documents (examples/clients/python/*.json; Python's standard library
 * reads no YAML) are examples/data's YAML files converted token for token, and stay so. To write
 * them again after a YAML file changed: {@code mvn test -pl par-server -Dtest=ExampleJsonCopiesTest
 * -Dpar.examples.write=true}.
 */
class ExampleJsonCopiesTest {
  @Test
  void pythonExamples_areTheYamlExamplesAsJson() throws IOException {
    Path dir = Repo.root().resolve("examples/clients/python");
    for (String name : List.of("commune-methodology", "commune-2024")) {
      String json = YamlToJson.file(Repo.data(name + ".yaml"));
      Path copy = dir.resolve(name + ".json");
      if (Boolean.getBoolean("par.examples.write")) {
        Files.writeString(copy, json, StandardCharsets.UTF_8);
      }
      assertEquals(json, Files.readString(copy, StandardCharsets.UTF_8), copy.toString());
    }
  }
}
