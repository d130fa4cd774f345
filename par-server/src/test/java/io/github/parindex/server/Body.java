package io.github.parindex.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body built from example files: {@code Body.of().id("methodology", "golden-commune")
 * .file("submission", "commune-2024.yaml")}; each file is converted to JSON token for token.
 */
final class Body {
  private final List<String> members = new ArrayList<>();

  private Body() {}

  /**
   * An empty body.
   *
   * @return the body
   */
  static Body of() {
    return new Body();
  }

  /**
   * A member whose value is a JSON string.
   *
   * @param name the member
   * @param id the string (no quotes or backslashes)
   * @return this body
   */
  Body id(String name, String id) {
    return raw(name, "\"" + id + "\"");
  }

  /**
   * A member whose value is a file of examples/data, as JSON.
   *
   * @param name the member
   * @param file the file inside examples/data
   * @return this body
   */
  Body file(String name, String file) {
    return raw(name, YamlToJson.file(Repo.data(file)).strip());
  }

  /**
   * A member whose value is an array of files of examples/data.
   *
   * @param name the member
   * @param files the files
   * @return this body
   */
  Body files(String name, List<String> files) {
    List<String> docs = new ArrayList<>();
    for (String f : files) {
      docs.add(YamlToJson.file(Repo.data(f)).strip());
    }
    return raw(name, "[" + String.join(",\n", docs) + "]");
  }

  /**
   * A member with a value written as JSON.
   *
   * @param name the member
   * @param json the value
   * @return this body
   */
  Body raw(String name, String json) {
    members.add("\"" + name + "\": " + json);
    return this;
  }

  /**
   * The body's text.
   *
   * @return the JSON object
   */
  String text() {
    return "{\n" + String.join(",\n", members) + "\n}\n";
  }

  /**
   * The body's bytes.
   *
   * @return UTF-8
   */
  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }
}
