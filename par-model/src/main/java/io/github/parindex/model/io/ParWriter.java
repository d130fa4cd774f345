package io.github.parindex.model.io;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.internal.ModelWriter;
import io.github.parindex.model.io.internal.Emitter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes methodologies and submissions in their file formats, as JSON or YAML.
 *
 * <p>Guarantees: output is UTF-8, deterministic (same object, same bytes, whatever the platform,
 * locale or time zone) and reads back to an equal object with {@link ParReader}. Decimals are written in
 * plain notation exactly as held.
 */
public final class ParWriter {
  private ParWriter() {}

  /**
   * Writes a methodology.
   *
   * @param methodology the methodology
   * @param syntax JSON or YAML
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Methodology methodology, Syntax syntax, OutputStream out) {
    try (Emitter e = Emitter.open(out, syntax)) {
      ModelWriter.write(methodology, e);
    }
    newline(syntax, out);
  }

  /**
   * Writes a submission.
   *
   * @param submission the submission
   * @param syntax JSON or YAML
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Submission submission, Syntax syntax, OutputStream out) {
    try (Emitter e = Emitter.open(out, syntax)) {
      ModelWriter.write(submission, e);
    }
    newline(syntax, out);
  }

  /**
   * A methodology as text.
   *
   * @param methodology the methodology
   * @param syntax JSON or YAML
   * @return the text
   */
  public static String toString(Methodology methodology, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(methodology, syntax, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * A submission as text.
   *
   * @param submission the submission
   * @param syntax JSON or YAML
   * @return the text
   */
  public static String toString(Submission submission, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(submission, syntax, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes an assessment record ({@code par-assessment/1}); {@link ParReader#readAssessment} reads
   * it back equal.
   *
   * @param record the record
   * @param syntax JSON or YAML
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(io.github.parindex.model.Assessment record, Syntax syntax,
      OutputStream out) {
    try (Emitter e = Emitter.open(out, syntax)) {
      io.github.parindex.model.internal.AssessmentWriter.write(record, e);
    }
    newline(syntax, out);
  }

  /**
   * An assessment record as text.
   *
   * @param record the record
   * @param syntax JSON or YAML
   * @return the text
   */
  public static String toString(io.github.parindex.model.Assessment record, Syntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(record, syntax, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void newline(Syntax syntax, OutputStream out) {
    if (syntax == Syntax.JSON) {
      try {
        out.write('\n');
        out.flush();
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
