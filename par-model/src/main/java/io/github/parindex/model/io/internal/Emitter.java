package io.github.parindex.model.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.io.Syntax;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes JSON or YAML deterministically: two-space indents, {@code \n} line ends whatever the platform,
 * decimals in plain notation exactly as held. Wraps I/O errors as {@link UncheckedIOException}.
 */
public final class Emitter implements Closeable {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
      .stringQuotingChecker(new ReadBackQuoting())
      .build();

  /**
   * Quotes every text that the YAML reader would otherwise resolve to something else: besides what
   * Jackson quotes, forms such as {@code 1e3} that SnakeYAML reads as a number, so that a text
   * parameter "1e3" reads back as a text.
   */
  private static final class ReadBackQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Resolver RESOLVER = new Resolver();

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || !Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, value, true));
    }
  }

  private final JsonGenerator g;

  private Emitter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Opens an emitter on a stream (UTF-8). Closing the emitter flushes it and leaves the stream open.
   *
   * @param out the stream
   * @param syntax the syntax
   * @return the emitter
   */
  public static Emitter open(OutputStream out, Syntax syntax) {
    try {
      JsonGenerator g;
      if (syntax == Syntax.JSON) {
        g = JSON.createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
      } else {
        g = YAML.createGenerator(out);
      }
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      return new Emitter(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens an emitter writing compact JSON on one line, for JSON Lines.
   *
   * @param out the stream
   * @return the emitter
   */
  public static Emitter compactJson(OutputStream out) {
    try {
      JsonGenerator g = JSON.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      return new Emitter(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An I/O step. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private Emitter run(Step step) {
    try {
      step.run();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts an object.
   *
   * @return this emitter
   */
  public Emitter startObject() {
    return run(g::writeStartObject);
  }

  /**
   * Starts an object member.
   *
   * @param name the member's name
   * @return this emitter
   */
  public Emitter startObject(String name) {
    return run(() -> g.writeObjectFieldStart(name));
  }

  /**
   * Ends an object.
   *
   * @return this emitter
   */
  public Emitter endObject() {
    return run(g::writeEndObject);
  }

  /**
   * Starts an array.
   *
   * @return this emitter
   */
  public Emitter startArray() {
    return run(g::writeStartArray);
  }

  /**
   * Starts an array member.
   *
   * @param name the member's name
   * @return this emitter
   */
  public Emitter startArray(String name) {
    return run(() -> g.writeArrayFieldStart(name));
  }

  /**
   * Ends an array.
   *
   * @return this emitter
   */
  public Emitter endArray() {
    return run(g::writeEndArray);
  }

  /**
   * Writes a member name; the next value is its value.
   *
   * @param name the name
   * @return this emitter
   */
  public Emitter name(String name) {
    return run(() -> g.writeFieldName(name));
  }

  /**
   * Writes a text value, or null.
   *
   * @param value the text
   * @return this emitter
   */
  public Emitter value(@Nullable String value) {
    return run(() -> {
      if (value == null) {
        g.writeNull();
      } else {
        g.writeString(value);
      }
    });
  }

  /**
   * Writes a decimal in plain notation exactly as held, or null.
   *
   * @param value the decimal
   * @return this emitter
   */
  public Emitter value(@Nullable BigDecimal value) {
    return run(() -> {
      if (value == null) {
        g.writeNull();
      } else {
        g.writeNumber(value.toPlainString());
      }
    });
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @return this emitter
   */
  public Emitter value(long value) {
    return run(() -> g.writeNumber(value));
  }

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @return this emitter
   */
  public Emitter value(boolean value) {
    return run(() -> g.writeBoolean(value));
  }

  /**
   * Writes null.
   *
   * @return this emitter
   */
  public Emitter nullValue() {
    return run(g::writeNull);
  }

  /**
   * Writes a text member.
   *
   * @param name the name
   * @param value the text, or null
   * @return this emitter
   */
  public Emitter field(String name, @Nullable String value) {
    return name(name).value(value);
  }

  /**
   * Writes a decimal member.
   *
   * @param name the name
   * @param value the decimal, or null
   * @return this emitter
   */
  public Emitter field(String name, @Nullable BigDecimal value) {
    return name(name).value(value);
  }

  /**
   * Writes a whole-number member.
   *
   * @param name the name
   * @param value the number
   * @return this emitter
   */
  public Emitter field(String name, long value) {
    return name(name).value(value);
  }

  /**
   * Writes a boolean member.
   *
   * @param name the name
   * @param value the boolean
   * @return this emitter
   */
  public Emitter field(String name, boolean value) {
    return name(name).value(value);
  }

  /**
   * Writes a localized text member as <code>{"vi": ..., "en": ...}</code>.
   *
   * @param name the name
   * @param text the text
   * @return this emitter
   */
  public Emitter field(String name, LocalizedText text) {
    name(name).startObject().field("vi", text.vi());
    text.en().ifPresent(en -> field("en", en));
    return endObject();
  }

  /**
   * Writes rule-parameter data as a value.
   *
   * @param value the data
   * @return this emitter
   */
  public Emitter value(DataValue value) {
    if (value instanceof DataValue.TextValue t) {
      return value(t.value());
    }
    if (value instanceof DataValue.DecimalValue d) {
      return value(d.value());
    }
    if (value instanceof DataValue.BooleanValue b) {
      return value(b.value());
    }
    if (value instanceof DataValue.ListValue l) {
      startArray();
      l.items().forEach(this::value);
      return endArray();
    }
    if (value instanceof DataValue.MapValue m) {
      startObject();
      for (Map.Entry<String, DataValue> e : m.entries().entrySet()) {
        name(e.getKey()).value(e.getValue());
      }
      return endObject();
    }
    return nullValue();
  }

  /**
   * Flushes the output.
   *
   * @return this emitter
   */
  public Emitter flush() {
    return run(g::flush);
  }

  /** Flushes; leaves the underlying stream open. */
  @Override
  public void close() {
    run(g::close);
  }
}
