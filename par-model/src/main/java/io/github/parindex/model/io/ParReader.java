package io.github.parindex.model.io;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.internal.MethodologyTokens;
import io.github.parindex.model.internal.SubmissionTokens;
import io.github.parindex.model.io.internal.Documents;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads methodology and submission files (JSON or YAML) into the model, and configures how every other
 * format of par is read: the projection formats (options, peers, scenarios, simulations) are read
 * through a reader made from a {@code ParReader} too ({@code ProjectionReader.of(parReader)} in
 * par-projection), so one {@link ReadLimits} bounds every file an application reads.
 *
 * <p>Guarantees: immutable and safe to share between threads; a read either returns a valid object or
 * throws a {@link ValidationException} listing every problem in the file, each with the file's name and a
 * JSON pointer; no other exception escapes for bad content. {@link ReadLimits} bound the work done on
 * any input. Files are UTF-8 (with or without a byte order mark); anything else — UTF-16, UTF-32,
 * malformed UTF-8 — is refused, never replaced. A valid file is bound straight from the parser's
 * tokens; pointers and line numbers are worked out only for a file with a problem.
 */
public final class ParReader {
  private static final ParReader STANDARD = new ParReader(ReadLimits.defaults());

  private final ReadLimits limits;

  private ParReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader with the default limits.
   *
   * @return the reader
   */
  public static ParReader standard() {
    return STANDARD;
  }

  /**
   * A reader with given limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public static ParReader withLimits(ReadLimits limits) {
    return new ParReader(limits);
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a methodology file.
   *
   * @param file the file; its extension chooses the syntax, else its content
   * @return the methodology
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem, with the file's name
   */
  public Methodology readMethodology(Path file) throws IOException {
    return readMethodology(bytes(file), file.toString());
  }

  /**
   * Reads a methodology.
   *
   * @param content the file's bytes (UTF-8)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the methodology
   * @throws ValidationException listing every problem
   */
  public Methodology readMethodology(byte[] content, String sourceName) {
    return Documents.read(this, content, sourceName, MethodologyTokens.BINDER);
  }

  /**
   * Reads a methodology from a stream, up to the byte limit.
   *
   * @param in the stream; not closed
   * @param sourceName the name used to choose the syntax and in problems
   * @return the methodology
   * @throws IOException if the stream cannot be read
   * @throws ValidationException listing every problem
   */
  public Methodology readMethodology(InputStream in, String sourceName) throws IOException {
    return readMethodology(bytes(in, sourceName), sourceName);
  }

  /**
   * Reads a submission file.
   *
   * @param file the file
   * @return the submission
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem, with the file's name
   */
  public Submission readSubmission(Path file) throws IOException {
    return readSubmission(bytes(file), file.toString());
  }

  /**
   * Reads a submission.
   *
   * @param content the file's bytes (UTF-8)
   * @param sourceName the file's name, used to choose the syntax and in problems
   * @return the submission
   * @throws ValidationException listing every problem
   */
  public Submission readSubmission(byte[] content, String sourceName) {
    return Documents.read(this, content, sourceName, SubmissionTokens.BINDER);
  }

  /**
   * Reads a submission from a stream, up to the byte limit.
   *
   * @param in the stream; not closed
   * @param sourceName the name used to choose the syntax and in problems
   * @return the submission
   * @throws IOException if the stream cannot be read
   * @throws ValidationException listing every problem
   */
  public Submission readSubmission(InputStream in, String sourceName) throws IOException {
    return readSubmission(bytes(in, sourceName), sourceName);
  }

  /**
   * Reads an assessment record ({@code par-assessment/1}, CYCLE.md §2), with the same limits and
   * text policies as every format, reporting every problem with its pointer.
   *
   * @param file the file
   * @return the record
   * @throws IOException if the file cannot be read
   * @throws ValidationException listing every problem
   */
  public io.github.parindex.model.Assessment readAssessment(Path file) throws IOException {
    return readAssessment(bytes(file), file.toString());
  }

  /**
   * Reads an assessment record.
   *
   * @param content the file's bytes (UTF-8)
   * @param sourceName the name given to problems; its extension chooses the syntax
   * @return the record
   * @throws ValidationException listing every problem
   */
  public io.github.parindex.model.Assessment readAssessment(byte[] content, String sourceName) {
    return Documents.read(this, content, sourceName,
        io.github.parindex.model.internal.AssessmentBinder.BINDER);
  }

  /**
   * Reads an assessment record for the methodology it is assessed against: the problems of the
   * record against the methodology's tree (another methodology, a code that is not a leaf;
   * {@link io.github.parindex.model.Assessment#problemsAgainst}) are reported with those of the file
   * and of the record, all at once.
   *
   * @param content the file's bytes (UTF-8)
   * @param sourceName the name given to problems; its extension chooses the syntax
   * @param methodology the methodology the record is assessed against
   * @return the record
   * @throws ValidationException listing every problem
   */
  public io.github.parindex.model.Assessment readAssessment(byte[] content, String sourceName,
      Methodology methodology) {
    return Documents.read(this, content, sourceName,
        io.github.parindex.model.internal.AssessmentBinder.against(
            java.util.Objects.requireNonNull(methodology, "methodology")));
  }

  /**
   * The {@code format} a document declares, e.g. {@code par-methodology/1}, without binding it.
   *
   * @param content the file's bytes
   * @param sourceName the file's name
   * @return the format, if the document is an object with a text {@code format} member
   * @throws ValidationException if the document cannot be parsed
   */
  public Optional<String> formatOf(byte[] content, String sourceName) {
    try {
      Tree root = tree(content, sourceName);
      if (root instanceof Tree.Obj o && o.fields().get("format") instanceof Tree.Scalar s
          && s.kind() == Tree.ScalarKind.STRING) {
        return Optional.of(s.text());
      }
      return Optional.empty();
    } catch (ValidationException e) {
      throw e.inSource(sourceName);
    }
  }

  /**
   * Reads a file's bytes, refusing files above the byte limit before reading them.
   *
   * @param file the file
   * @return the bytes
   * @throws IOException if the file cannot be read
   * @throws ValidationException if the file is larger than the limit
   */
  public byte[] bytes(Path file) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw tooLarge(file.toString(), size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return bytes(in, file.toString());
    }
  }

  private byte[] bytes(InputStream in, String sourceName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limits.maxBytes()) {
        throw tooLarge(sourceName, total);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private ValidationException tooLarge(String sourceName, long size) {
    return new ValidationException(List.of(new Problem(sourceName, "", "the file has "
        + (size > limits.maxBytes() ? "more than " + limits.maxBytes() : size)
        + " bytes; the limit is " + limits.maxBytes())));
  }

  private Tree tree(byte[] content, String sourceName) {
    return TreeReader.read(content, Syntax.detect(sourceName, content), limits);
  }
}
