package io.github.parindex.model.io.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML parsers that see every anchor. jackson-dataformat-yaml reports an anchor on a mapping or a
 * sequence ({@code getObjectId()}), but drops one on a scalar ({@code format: &f par-submission/1})
 * or on a key ({@code &k id: x}); {@link AnchorAware#scalarAnchor()} reads it from the SnakeYAML event
 * behind the current token, so that every anchor is refused alike.
 */
final class YamlParsers {
  private YamlParsers() {}

  /** A factory whose parsers are {@link AnchorAware}. */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return new AnchorAware(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions,
          _objectCodec, r);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt,
        boolean recyclable) throws IOException {
      return new AnchorAware(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions,
          _objectCodec, new CharArrayReader(data, offset, len));
    }
  }

  /** A parser that also tells the anchor of the scalar or key it stands on. */
  static final class AnchorAware extends YAMLParser {
    AnchorAware(IOContext ctxt, int parserFeatures, int formatFeatures,
        org.yaml.snakeyaml.LoaderOptions options, com.fasterxml.jackson.core.ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    /**
     * The anchor of the current scalar value or key, which {@link #getObjectId()} does not report.
     *
     * @return the anchor's name, or {@code null}
     */
    @Nullable String scalarAnchor() {
      // The event the current token came from (getEvent() would read the next one).
      Event event = _lastEvent;
      return event instanceof ScalarEvent s ? ((NodeEvent) s).getAnchor() : null;
    }
  }
}
