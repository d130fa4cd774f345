package io.github.parindex.model.io;

import java.util.Locale;

/** The two syntaxes of the file formats; they carry the same model. */
public enum Syntax {
  /** JSON (RFC 8259). */
  JSON,
  /** YAML (1.1 as read by SnakeYAML; anchors, aliases and tags are rejected). */
  YAML;

  /**
   * Chooses the syntax of a file: by its extension ({@code .json}, {@code .yaml}, {@code .yml}), else
   * by its content (JSON when the first non-blank character is <code>{</code> or {@code [}).
   *
   * @param fileName the file's name, may be empty
   * @param content the file's bytes
   * @return the syntax
   */
  public static Syntax detect(String fileName, byte[] content) {
    if (fileName.endsWith(".json")) {
      return JSON; // the common case, without lower-casing the name for every document of a batch
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    int i = 0;
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < content.length; i++) {
      byte b = content[i];
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        continue;
      }
      return b == '{' || b == '[' ? JSON : YAML;
    }
    return JSON;
  }
}
