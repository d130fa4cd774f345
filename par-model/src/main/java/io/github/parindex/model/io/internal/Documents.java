package io.github.parindex.model.io.internal;

import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one way every format of par is read — methodologies and submissions here, options, peers,
 * scenarios and simulations in par-projection — under the {@link ReadLimits} of a {@link ParReader}.
 *
 * <p>Guarantees: a read returns the value or throws a {@link ValidationException} whose problems name
 * the file; the bytes are first held to the size limit and to the UTF-8 policy ({@link Utf8}), then
 * bound straight from the tokens ({@link Binder#fromTokens}); if that binder doubts, the document is
 * parsed into a {@link Tree} and bound with every problem reported ({@link Binder#fromTree}). So a
 * valid document costs one pass of the parser and no pointer, and an invalid one gets exactly the
 * problems, pointers and messages of the tree path.
 */
public final class Documents {
  private Documents() {}

  /**
   * Reads a document.
   *
   * @param reader the reader whose limits apply
   * @param content the file's bytes
   * @param sourceName the file's name: chooses the syntax by its extension (else the content decides)
   *     and is given to every problem
   * @param binder the format
   * @param <T> what the format holds
   * @return the value
   * @throws ValidationException listing every problem, with the file's name
   */
  public static <T> T read(ParReader reader, byte[] content, String sourceName, Binder<T> binder) {
    ReadLimits limits = reader.limits();
    Syntax syntax = Syntax.detect(sourceName, content);
    try {
      if (content.length <= limits.maxBytes()) {
        Utf8.check(content);
        T value = fromTokens(content, syntax, limits, binder);
        if (value != null) {
          return value;
        }
      }
      return binder.fromTree(TreeReader.read(content, syntax, limits), limits);
    } catch (ValidationException e) {
      throw e.inSource(sourceName);
    }
  }

  /**
   * Reads a file, refusing one above the byte limit before reading it.
   *
   * @param reader the reader whose limits apply
   * @param file the file
   * @param binder the format
   * @param <T> what the format holds
   * @return the value
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem, with the file's name
   */
  public static <T> T read(ParReader reader, Path file, Binder<T> binder) throws IOException {
    return read(reader, reader.bytes(file), file.toString(), binder);
  }

  /**
   * The streaming path alone, for tests that check it takes valid documents without doubting.
   *
   * @param content bytes that {@link Utf8#check} accepts
   * @param syntax the syntax
   * @param limits the limits
   * @param binder the format
   * @param <T> what the format holds
   * @return the value, or {@code null} when the streaming binder doubted
   */
  public static <T> @org.jspecify.annotations.Nullable T fromTokens(byte[] content, Syntax syntax, ReadLimits limits,
      Binder<T> binder) {
    try (Tokens in = Parsers.tokens(content, syntax, limits)) {
      T value = binder.fromTokens(in, limits);
      in.endDocument();
      return value;
    } catch (IOException | RuntimeException e) {
      // A doubt, a limit or a syntax error: the tree path reads the document again and reports.
      return null;
    }
  }
}
