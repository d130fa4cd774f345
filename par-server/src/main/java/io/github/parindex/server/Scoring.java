package io.github.parindex.server;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.report.AssessmentHtml;
import io.github.parindex.report.AssessmentJson;
import io.github.parindex.report.ComparisonWriter;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.RankingWriter;
import io.github.parindex.report.ScorecardHtml;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.cycle.AssessmentReport;
import io.github.parindex.scoring.cycle.Assessor;
import io.github.parindex.server.RequestBody.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring endpoints: {@code /v1/validate}, {@code /v1/score}, {@code /v1/rank},
 * {@code /v1/compare}, {@code /v1/assess} and {@code /v1/methodologies}. Each reads its documents ({@link Documents}),
 * calls the library exactly as the command of the same name does, and returns the bytes of the
 * library's writer: the same input gives the same bytes as {@code par score --format json} and the
 * others.
 *
 * <p>Guarantees: stateless and safe to share between threads.
 */
final class Scoring {
  static final List<String> VALIDATE = List.of("methodology", "submission");
  static final List<String> SCORE = List.of("methodology", "submission");
  static final List<String> RANK = List.of("methodology", "submissions", "previous",
      "previousMethodology");
  static final List<String> COMPARE = List.of("methodology", "a", "b", "secondMethodology");
  static final List<String> ASSESS = List.of("methodology", "assessment");

  private static final String METHODOLOGY = "the id of a methodology (a string) or a "
      + Methodology.FORMAT + " object";

  private final Catalogue catalogue;
  private final ReadLimits limits;

  /**
   * The endpoints.
   *
   * @param catalogue the methodologies known by id
   * @param limits the limits of par's readers
   */
  Scoring(Catalogue catalogue, ReadLimits limits) {
    this.catalogue = catalogue;
    this.limits = limits;
  }

  /**
   * {@code GET /v1/methodologies}: every methodology a request can name by id, with the members of
   * {@code par methodologies --format json}.
   *
   * @param language the language of the titles
   * @return the JSON array
   */
  byte[] methodologies(Language language) {
    return Json.write(g -> {
      g.writeStartArray();
      for (Methodology m : catalogue.all()) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("title", language.pick(m.title()));
        g.writeNumberField("validFrom", m.validFrom());
        g.writeFieldName("validTo");
        if (m.validTo().isPresent()) {
          g.writeNumber(m.validTo().getAsInt());
        } else {
          g.writeNull();
        }
        // As par methodologies prints them: 2022– or 2017–2019.
        g.writeStringField("years", m.validFrom() + "\u2013"
            + (m.validTo().isPresent() ? Integer.toString(m.validTo().getAsInt()) : ""));
        g.writeBooleanField("complete", m.completeness().isComplete());
        g.writeNumberField("itemisedPercent", m.completeness().itemisedPercent());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /**
   * {@code POST /v1/validate}: the problems of a methodology and, if given, of a submission against
   * it. Problems of the documents are the answer (200, {@code "valid": false}); a malformed request
   * (not an object, unknown members, no methodology) is 400.
   *
   * @param bytes the request body
   * @return {@code {"valid", "problems"}}
   */
  byte[] validate(byte[] bytes) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, VALIDATE), catalogue, limits);
    Value member = in.body().required("methodology", METHODOLOGY);
    Methodology methodology = in.methodology(member);
    Scorer scorer = methodology == null ? null : in.attempt(member.pointer(),
        () -> member.isString() ? catalogue.find(member.text()).orElseThrow()
            : Scorer.builder().methodology(methodology).registry(catalogue.registry()).build());
    Optional<Value> submission = in.body().member("submission");
    if (submission.isPresent()) {
      Value value = submission.get();
      if (scorer != null) {
        in.checked(value, scorer);
      } else {
        Submission s = in.submission(value);
        if (s != null && methodology != null) {
          // The rules could not be prepared: check what does not depend on them (codes, year).
          for (Problem p : s.checkAgainst(methodology)) {
            in.problem(value.pointer() + p.path(), p.message());
          }
        }
      }
    }
    List<Problem> problems = Problems.sorted(in.problems());
    return Json.write(g -> {
      g.writeStartObject();
      g.writeBooleanField("valid", problems.isEmpty());
      Json.problems(g, problems);
      g.writeEndObject();
    });
  }

  /**
   * {@code POST /v1/score}: the scorecard, as {@code par score --format json} (or {@code html})
   * writes it.
   *
   * @param bytes the request body
   * @param rendering JSON, or HTML in a language
   * @return the scorecard's bytes
   */
  byte[] score(byte[] bytes, Rendering rendering) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, SCORE), catalogue, limits);
    Scorer scorer = in.scorer(in.body().required("methodology", METHODOLOGY));
    Submission submission = in.checked(in.body().required("submission",
        "a " + Submission.FORMAT + " object"), scorer);
    in.failIfAny();
    Scorecard card = scorer.score(submission);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (rendering.html()) {
      ScorecardHtml.write(card, rendering.language(), out);
    } else {
      ScorecardJson.write(card, out);
    }
    return out.toByteArray();
  }

  /**
   * {@code POST /v1/rank}: the ranking of the submissions, as {@code par rank --format json} (or
   * {@code html}) writes it; with {@code previous}, rank changes.
   *
   * @param bytes the request body
   * @param rendering JSON, or HTML in a language
   * @return the ranking's bytes
   */
  byte[] rank(byte[] bytes, Rendering rendering) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, RANK), catalogue, limits);
    RequestBody body = in.body();
    Value methodology = body.required("methodology", METHODOLOGY);
    Scorer scorer = in.scorer(methodology);
    Scorer previousScorer = body.member("previousMethodology").map(in::scorer).orElse(scorer);
    List<Scorecard> cards = cards(in, body.required("submissions", "an array of "
        + Submission.FORMAT + " objects"), scorer, true);
    Optional<Value> previousMember = body.member("previous");
    List<Scorecard> previous = previousMember.map(v -> cards(in, v, previousScorer, false))
        .orElse(List.of());
    in.failIfAny();
    // par rank turns Ranking's refusal (mixed methodologies or years, a unit twice) into a usage
    // error; here it is a problem of the array that holds the offending submissions.
    Ranking ranking = ranking(cards, List.of(), "/submissions");
    if (previousMember.isPresent()) {
      ranking(previous, List.of(), "/previous");
      ranking = ranking(cards, previous, "/previous");
    }
    String text = rendering.html() ? RankingHtml.render(ranking, rendering.language())
        : RankingWriter.json(ranking);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Ranking ranking(List<Scorecard> cards, List<Scorecard> previous, String where) {
    try {
      return previous.isEmpty() ? Ranking.of(cards) : Ranking.of(cards, previous);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.invalid(where, e.getMessage());
    }
  }

  private static List<Scorecard> cards(Documents in, Value array, Scorer scorer,
      boolean required) {
    if (array.token() != com.fasterxml.jackson.core.JsonToken.START_ARRAY
        || (required && array.elements().isEmpty())) {
      in.problem(array.pointer(), "expected " + (required ? "a non-empty" : "an")
          + " array of " + Submission.FORMAT + " objects, got " + (array.elements().isEmpty()
          && array.token() == com.fasterxml.jackson.core.JsonToken.START_ARRAY ? "an empty array"
          : array.kind()));
      return List.of();
    }
    List<Scorecard> cards = new ArrayList<>();
    for (Value element : array.elements()) {
      Submission s = in.checked(element, scorer);
      if (s != null) {
        cards.add(scorer.score(s));
      }
    }
    return cards;
  }

  /**
   * {@code POST /v1/compare}: node-by-node differences between submissions {@code a} and {@code b},
   * as {@code par compare --format json} writes them.
   *
   * @param bytes the request body
   * @return the comparison's bytes
   */
  byte[] compare(byte[] bytes) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, COMPARE), catalogue, limits);
    RequestBody body = in.body();
    Scorer first = in.scorer(body.required("methodology", METHODOLOGY));
    Scorer second = body.member("secondMethodology").map(in::scorer).orElse(first);
    Submission a = in.checked(body.required("a", "a " + Submission.FORMAT + " object"), first);
    Submission b = in.checked(body.required("b", "a " + Submission.FORMAT + " object"), second);
    in.failIfAny();
    Comparison c = Comparison.of(first.score(a), second.score(b));
    return ComparisonWriter.json(c).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code POST /v1/assess}: every stage of an assessment record scored, as {@code par assess
   * --format json} (or {@code html}) writes the appraisal report. The record's problems — and those
   * found against the methodology (unknown leaves, observations its rules refuse) — point into
   * {@code assessment}.
   *
   * @param bytes the request body
   * @param rendering JSON, or HTML in a language
   * @return the report's bytes
   */
  byte[] assess(byte[] bytes, Rendering rendering) {
    Documents in = new Documents(RequestBody.parse(bytes, limits, ASSESS), catalogue, limits);
    RequestBody body = in.body();
    Scorer scorer = in.scorer(body.required("methodology", METHODOLOGY));
    Value record = body.required("assessment", "a " + Assessment.FORMAT + " object");
    Assessment assessment = in.assessment(record, scorer);
    in.failIfAny();
    AssessmentReport report = in.attempt(record.pointer(),
        () -> Assessor.of(scorer).assess(assessment));
    in.failIfAny();
    return (rendering.html() ? AssessmentHtml.render(report, rendering.language())
        : AssessmentJson.toString(report)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * How an answer is written: JSON, or an HTML report in a language.
   *
   * @param html whether HTML was asked for
   * @param language the language of an HTML report
   */
  record Rendering(boolean html, Language language) {}
}
