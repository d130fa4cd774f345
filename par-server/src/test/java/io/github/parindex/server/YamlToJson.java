package io.github.parindex.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A YAML document of examples/data as JSON, token for token (numbers copied as written, never
 * through a double), so that the server receives the very values the command line reads from the
 * YAML file. Test-only: the server itself takes JSON only.
 */
final class YamlToJson {
  private YamlToJson() {}

  /**
   * Converts a file.
   *
   * @param yaml the YAML file
   * @return the JSON text, pretty-printed, ending with a line end
   */
  static String file(Path yaml) {
    try {
      return convert(Files.readString(yaml, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts a text.
   *
   * @param yaml the YAML text
   * @return the JSON text, pretty-printed, ending with a line end
   */
  static String convert(String yaml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = new YAMLFactory().createParser(yaml);
        JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalArgumentException("unexpected YAML token " + t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }
}
