package io.github.parindex.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The server's /openapi.json, for tests: its operations, and its schemas as a JSON Schema 2020-12
 * validator applies them (Jackson's data binding reads this description, never one of par's
 * documents). Test-only.
 */
final class OpenApi {
  static final String RESOURCE = "io/github/parindex/server/openapi.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final JsonNode doc;

  private OpenApi(JsonNode doc) {
    this.doc = doc;
  }

  /**
   * The description in the jar.
   *
   * @return it
   */
  static OpenApi load() {
    try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return new OpenApi(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document.
   *
   * @return the root
   */
  JsonNode doc() {
    return doc;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The JSON pointer of the schema of an answer.
   *
   * @param path the documented path
   * @param method {@code get} or {@code post}
   * @param status the status
   * @param mediaType the media type, e.g. {@code application/json}
   * @return the pointer, or {@code null} when the operation does not document that answer
   */
  String answerSchema(String path, String method, int status, String mediaType) {
    String responses = "/paths/" + escape(path) + "/" + method + "/responses";
    JsonNode response = doc.at(responses + "/" + status);
    String where = responses + "/" + status;
    if (response.has("$ref")) {
      where = response.get("$ref").asText().substring(1);
      response = doc.at(where);
    }
    if (response.isMissingNode() || !response.path("content").has(mediaType)) {
      return null;
    }
    return where + "/content/" + escape(mediaType) + "/schema";
  }

  /**
   * The JSON pointer of the schema of a request body.
   *
   * @param path the documented path
   * @return the pointer
   */
  String requestSchema(String path) {
    return "/paths/" + escape(path) + "/post/requestBody/content/application~1json/schema";
  }

  /**
   * Validates a document against a schema of this description.
   *
   * @param pointer the schema's JSON pointer in the description
   * @param json the document
   * @return what does not conform; empty when it conforms
   */
  List<String> validate(String pointer, byte[] json) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#"
        + pointer));
    try {
      Set<ValidationMessage> messages = schema.validate(MAPPER.readTree(json));
      return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }
}
