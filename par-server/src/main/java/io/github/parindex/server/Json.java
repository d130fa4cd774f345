package io.github.parindex.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.parindex.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The server's own small JSON documents (problems, validation results, the list of methodologies),
 * written with Jackson's streaming generator in par's layout: two-space indentation, {@code "name":
 * value}, a final line end. par's formats are never written here: those come from par's writers.
 */
final class Json implements AutoCloseable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
  private final JsonGenerator g;

  private Json() {
    try {
      g = FACTORY.createGenerator(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    g.setPrettyPrinter(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  /** Something that writes one document on a generator. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the document.
     *
     * @param g the generator
     * @throws IOException never in practice: the generator writes to memory
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * A document's bytes: UTF-8, ending with a line end.
   *
   * @param body what to write
   * @return the bytes
   */
  static byte[] write(Body body) {
    try (Json json = new Json()) {
      body.write(json.g);
      json.g.flush();
      json.bytes.write('\n');
      return json.bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code "problems": [{"path", "message"}, ...]}, each path a JSON pointer ({@code /} for
   * the whole body) and each message on one line.
   *
   * @param g the generator, inside an object
   * @param problems the problems, in the order to write
   * @throws IOException if the generator fails
   */
  static void problems(JsonGenerator g, List<Problem> problems) throws IOException {
    g.writeArrayFieldStart("problems");
    for (Problem p : problems) {
      g.writeStartObject();
      g.writeStringField("path", p.path().isEmpty() ? "/" : p.path());
      g.writeStringField("message", Problems.oneLine(p.message()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
