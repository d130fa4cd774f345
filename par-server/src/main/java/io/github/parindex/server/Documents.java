package io.github.parindex.server;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.server.RequestBody.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the par documents of one request with par's own readers, and collects every problem of every
 * document, placed in the request body, so that a request is answered with all its problems at once.
 * The command line reads the same documents from files ({@code par-cli}'s {@code Inputs}); here each
 * document is read from its member's bytes under the member's pointer as source name.
 *
 * <p>Not thread-safe: one per request.
 */
final class Documents {
  private final RequestBody body;
  private final Catalogue catalogue;
  private final ReadLimits limits;
  private final ParReader reader;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Documents of a request.
   *
   * @param body the request body
   * @param catalogue the methodologies known by id
   * @param limits the limits of par's readers
   */
  Documents(RequestBody body, Catalogue catalogue, ReadLimits limits) {
    this.body = body;
    this.catalogue = catalogue;
    this.limits = limits;
    this.reader = ParReader.withLimits(limits);
  }

  /**
   * The request body.
   *
   * @return the body
   */
  RequestBody body() {
    return body;
  }

  /**
   * The limits of par's readers.
   *
   * @return the limits
   */
  ReadLimits limits() {
    return limits;
  }

  /**
   * Runs one step; a {@link ValidationException} it throws is kept as problems.
   *
   * @param member the pointer that problems without a source of their own belong to
   * @param step the step
   * @param <T> what it gives
   * @return what it gave, or {@code null} when it had problems
   */
  <T> T attempt(String member, Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException e) {
      problems.addAll(Problems.inBody(e.problems(), member));
      return null;
    }
  }

  /**
   * Keeps one problem.
   *
   * @param path a JSON pointer into the body
   * @param message what is wrong and what was expected
   */
  void problem(String path, String message) {
    problems.add(Problem.at(path, message));
  }

  /**
   * The problems kept so far, in the order found.
   *
   * @return the problems
   */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Answers 400 with every problem kept, if any.
   *
   * @throws HttpProblem 400 when a problem was kept
   */
  void failIfAny() {
    if (!problems.isEmpty()) {
      throw HttpProblem.invalid(problems);
    }
  }

  /**
   * The bytes of a member that must be a JSON object (a par document).
   *
   * @param value the member
   * @param what the document expected, for the message, e.g. {@code a par-submission/1 object}
   * @return the bytes, or {@code null} (with a problem kept) when it is not an object
   */
  byte[] object(Value value, String what) {
    if (!value.isObject()) {
      problem(value.pointer(), "expected " + what + ", got " + value.kind());
      return null;
    }
    return body.bytes(value);
  }

  /**
   * The scorer of a methodology member: an id of the catalogue, or a {@code par-methodology/1}
   * object, read and its rules prepared.
   *
   * @param value the member
   * @return the scorer, or {@code null} (with problems kept) when the object is not a valid
   *     methodology
   * @throws HttpProblem 404 when the id is unknown
   */
  Scorer scorer(Value value) {
    if (value.isString()) {
      return known(value);
    }
    Methodology m = methodology(value);
    return m == null ? null : attempt(value.pointer(),
        () -> Scorer.builder().methodology(m).registry(catalogue.registry()).build());
  }

  /**
   * The methodology of a member, read but its rules not yet prepared.
   *
   * @param value the member: an id of the catalogue, or a {@code par-methodology/1} object
   * @return the methodology, or {@code null} (with problems kept)
   * @throws HttpProblem 404 when the id is unknown
   */
  Methodology methodology(Value value) {
    if (value.isString()) {
      return known(value).methodology();
    }
    byte[] bytes = object(value, "the id of a methodology (a string) or a " + Methodology.FORMAT
        + " object");
    return bytes == null ? null : attempt(value.pointer(),
        () -> reader.readMethodology(bytes, value.pointer()));
  }

  private Scorer known(Value value) {
    Optional<Scorer> scorer = catalogue.find(value.text());
    if (scorer.isEmpty()) {
      throw HttpProblem.unknownMethodology(value.pointer(), "no methodology has id '" + value.text()
          + "'; known: " + String.join(", ", catalogue.ids()));
    }
    return scorer.get();
  }

  /**
   * A submission, read but not checked against a methodology.
   *
   * @param value the member
   * @return the submission, or {@code null} (with problems kept)
   */
  Submission submission(Value value) {
    byte[] bytes = object(value, "a " + Submission.FORMAT + " object");
    return bytes == null ? null : attempt(value.pointer(),
        () -> reader.readSubmission(bytes, value.pointer()));
  }

  /**
   * An assessment record ({@code par-assessment/1}), read and checked on its own (stages, reasons,
   * evidence ids) and, when the methodology could be read, against its tree (unknown leaves), all
   * at once; the observations are checked against the rules when it is assessed.
   *
   * @param value the member
   * @param scorer the methodology's scorer, or {@code null} when it could not be read
   * @return the record, or {@code null} (with problems kept)
   */
  Assessment assessment(Value value, Scorer scorer) {
    byte[] bytes = object(value, "a " + Assessment.FORMAT + " object");
    return bytes == null ? null : attempt(value.pointer(), () -> scorer == null
        ? reader.readAssessment(bytes, value.pointer())
        : reader.readAssessment(bytes, value.pointer(), scorer.methodology()));
  }

  /**
   * A submission, read and checked against a methodology, ready to score.
   *
   * @param value the member
   * @param scorer the methodology's scorer, or {@code null} when it could not be read (then the
   *     submission is only read)
   * @return the submission, or {@code null} (with problems kept)
   */
  Submission checked(Value value, Scorer scorer) {
    Submission s = submission(value);
    if (s == null || scorer == null) {
      return null;
    }
    List<Problem> found = scorer.check(s);
    if (!found.isEmpty()) {
      problems.addAll(Problems.inBody(found, value.pointer()));
      return null;
    }
    return s;
  }

  /**
   * A document of another par format, read by its own reader.
   *
   * @param value the member
   * @param format the format, for the message, e.g. {@code par-peers/1}
   * @param read the format's reader, given the bytes and the source name
   * @param <T> the document
   * @return the document, or {@code null} (with problems kept)
   */
  <T> T document(Value value, String format, Reader<T> read) {
    byte[] bytes = object(value, "a " + format + " object");
    return bytes == null ? null : attempt(value.pointer(), () -> read.read(bytes,
        value.pointer()));
  }

  /**
   * A reader of a par format from bytes, e.g. {@code PeerTable::read}.
   *
   * @param <T> the document
   */
  @FunctionalInterface
  interface Reader<T> {
    /**
     * Reads a document.
     *
     * @param content the bytes
     * @param sourceName the name problems carry: the member's pointer
     * @return the document
     */
    T read(byte[] content, String sourceName);
  }
}
