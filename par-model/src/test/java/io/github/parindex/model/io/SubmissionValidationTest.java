package io.github.parindex.model.io;

import static io.github.parindex.model.testing.ProblemAssertions.assertOnlyProblem;
import static io.github.parindex.model.testing.ProblemAssertions.assertPointers;
import static io.github.parindex.model.testing.ProblemAssertions.assertProblem;
import static io.github.parindex.model.testing.ProblemAssertions.fileName;
import static io.github.parindex.model.testing.ProblemAssertions.submissionProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per rule a submission must follow: those checked when it is read (one observation kind,
 * values in range, the format's members and types) and those checked against its methodology with
 * {@link Submission#checkAgainst(Methodology)} (codes, kinds of node, points within maxima, years).
 */
class SubmissionValidationTest {
  /**
   * Leaves 1.1 (yes-no, 2.5, not applicable not allowed), 1.2 (rate-linear, 3.5) and 2.1
   * (count-bands, 2.5); node 2 has 1.5 unitemised points. Years 2022 to 2024, two point decimals.
   */
  private static final Methodology METHODOLOGY = ParReader.standard().readMethodology("""
      {
        "format": "par-methodology/1",
        "id": "test",
        "title": "Chỉ số thử nghiệm",
        "validFrom": 2022,
        "validTo": 2024,
        "maxPoints": 10,
        "pointDecimals": 2,
        "nodes": [
          {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 6, "children": [
            {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2.5, "allowNotApplicable": false,
             "rule": {"type": "yes-no"}},
            {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 3.5, "rule": {"type": "rate-linear"}}
          ]},
          {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 4, "unitemisedPoints": 1.5, "children": [
            {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": 2.5,
             "rule": {"type": "count-bands", "bands": [{"min": 1, "percent": 100},
                                                        {"min": 0, "percent": 0}]}}
          ]}
        ]
      }
      """.getBytes(StandardCharsets.UTF_8), "test-methodology.json");

  /** A submission for {@link #METHODOLOGY} in 2023 with the given members. */
  static String submission(String members) {
    return """
        {
          "format": "par-submission/1",
          "methodology": "test",
          "year": 2023,
          "unit": {"id": "hung-yen", "name": "Hưng Yên", "level": "PROVINCE"},
          %s
        }
        """.formatted(members);
  }

  private static Submission read(String text, Syntax syntax) {
    return ParReader.standard().readSubmission(text.getBytes(StandardCharsets.UTF_8),
        fileName(syntax));
  }

  /** Reads a submission, which must be readable, and checks it against the test methodology. */
  private static List<Problem> checked(String text, Syntax syntax) {
    return read(text, syntax).checkAgainst(METHODOLOGY);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_validSubmission_findsNothing(Syntax syntax) {
    Submission s = read(submission("""
        "stage": "APPRAISED",
        "missing": "FULL",
        "observations": {
          "1.1": {"yes": false},
          "1.2": {"numerator": 9984, "denominator": 10000},
          "2.1": {"count": 3}
        },
        "unitemised": {"2": 1.25},
        "evidence": {"1.1": [{"title": "Báo cáo", "uri": "https://example.vn/bao-cao"}]},
        "reported": {"1": {"points": 3.49, "deficit": 2.51}},
        "leadAgencies": {"1": "Sở Nội vụ"}"""), syntax);
    assertEquals(List.of(), s.checkAgainst(METHODOLOGY));
    assertEquals(Observation.fraction(new BigDecimal("9984"), new BigDecimal("10000")),
        s.observation("1.2").orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_unknownCodes_reportsEachWhereItIs(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"9.9": {"points": 1}},
        "unitemised": {"8": 1},
        "evidence": {"7": [{"title": "Báo cáo"}]},
        "reported": {"7": {"points": 1}},
        "unknown": ["7"],
        "leadAgencies": {"7": "Sở Nội vụ"}"""), syntax);
    assertPointers(problems, "/observations/9.9", "/unitemised/8", "/evidence/7", "/reported/7",
        "/unknown/0", "/leadAgencies/7");
    assertProblem(problems, "/observations/9.9", "no leaf has code '9.9' in methodology 'test'");
    assertProblem(problems, "/unitemised/8", "no node has code '8'");
    assertProblem(problems, "/evidence/7", "no node has code '7'");
    assertProblem(problems, "/reported/7", "no node has code '7'");
    assertProblem(problems, "/unknown/0", "no node has code '7'");
    assertProblem(problems, "/leadAgencies/7", "no node has code '7'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_moreThanOneObservationKind_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {
          "1.1": {"yes": true, "points": 2},
          "1.2": {"rate": 0.5, "numerator": 1, "denominator": 2}
        }"""), syntax);
    assertPointers(problems, "/observations/1.1", "/observations/1.2");
    assertProblem(problems, "/observations/1.1", "more than one observation kind (points, yes)",
        "give exactly one of");
    assertProblem(problems, "/observations/1.2",
        "more than one observation kind (rate, numerator+denominator)");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_noObservationKind_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.2", "expected one observation kind",
        "numerator+denominator");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_negativeRate_isReported(Syntax syntax) {
    // a rate above 1 is valid (CYCLE.md §1: revenue at 101 % of the estimate); a negative one is not
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"rate": 1.01}, "2.1": {"rate": -0.5}}"""), syntax);
    assertOnlyProblem(problems, "/observations/2.1/rate", "expected a rate of at least 0");
    assertProblem(problems, "/observations/2.1/rate", "got -0.5");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_negativeOrFractionalCount_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"2.1": {"count": -3}, "1.2": {"count": 1.5}}"""), syntax);
    assertPointers(problems, "/observations/1.2/count", "/observations/2.1/count");
    assertProblem(problems, "/observations/2.1/count", "expected a whole number from 0",
        "got the number -3");
    assertProblem(problems, "/observations/1.2/count", "got the number 1.5");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_numeratorAboveDenominator_isARateAboveOne(Syntax syntax) {
    // CYCLE.md §1: 5 600 collected of an estimate of 5 000 is a rate of 1.12
    String text = submission("""
        "observations": {"1.2": {"numerator": 10001, "denominator": 10000}}""");
    io.github.parindex.model.Submission s = ParReader.standard().readSubmission(
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "s.json" : "s.yaml");
    assertEquals(io.github.parindex.model.Observation.fraction(new java.math.BigDecimal("10001"),
        new java.math.BigDecimal("10000")), s.observations().get("1.2"));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_denominatorZero_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"numerator": 0, "denominator": 0}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.2/denominator",
        "expected a positive denominator, got 0");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_badNumeratorAndDenominator_reportsNoComparisonOfThem(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"numerator": -1, "denominator": 0}}"""), syntax);
    assertPointers(problems, "/observations/1.2/denominator", "/observations/1.2/numerator");
    assertProblem(problems, "/observations/1.2/numerator", "at least 0, got -1");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_responsesWithoutAPositiveTotal_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"responses": {"A": 0, "B": 0}}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.2/responses", "a positive total");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_notApplicableFalse_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"notApplicable": false}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.2/notApplicable", "expected true");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_pointsAboveTheLeafsMaximum_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"1.1": {"points": 2.75}, "1.2": {"points": 3.5}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.1/points",
        "points 2.75 are above the leaf's maximum (2.5)");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_pointsWithMoreThanPointDecimals_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"1.2": {"points": 0.125}, "2.1": {"points": 1.250}}"""), syntax);
    assertOnlyProblem(problems, "/observations/1.2/points",
        "0.125 has more than pointDecimals (2) decimals");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_observationOnAnInnerNode_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"1": {"points": 5}, "2": {"points": 1}}"""), syntax);
    assertPointers(problems, "/observations/1", "/observations/2");
    assertProblem(problems, "/observations/1", "'1' is not a leaf",
        "use 'unitemised' for a node's remainder");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_observationOnAnAllUnitemisedNode_isReported(Syntax syntax) {
    // Field 2 of the 876 methodology has no children, only unitemised points: not a leaf.
    Submission s = read("""
        {"format": "par-submission/1", "methodology": "vn-par-province-876", "year": 2023,
         "unit": {"id": "hung-yen"}, "observations": {"2": {"points": 6}}}
        """, syntax);
    List<Problem> problems = s.checkAgainst(BundledMethodologies.load("vn-par-province-876"));
    assertOnlyProblem(problems, "/observations/2", "'2' is not a leaf");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_unitemisedOnANodeWithoutUnitemisedPoints_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "unitemised": {"1": 2, "1.1": 1, "2": 1.5}"""), syntax);
    assertPointers(problems, "/unitemised/1", "/unitemised/1.1");
    assertProblem(problems, "/unitemised/1", "node '1' has no unitemisedPoints");
    assertProblem(problems, "/unitemised/1.1", "node '1.1' has no unitemisedPoints");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_unitemisedAboveTheNodesUnitemisedPoints_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "unitemised": {"2": 1.75}"""), syntax);
    assertOnlyProblem(problems, "/unitemised/2", "points 1.75 are above its unitemisedPoints (1.5)");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_notApplicableOnALeafThatForbidsIt_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"1.1": {"notApplicable": true}, "1.2": {"notApplicable": true}}"""),
        syntax);
    assertOnlyProblem(problems, "/observations/1.1/notApplicable",
        "leaf '1.1' may not be declared not applicable (allowNotApplicable is false)");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_anotherMethodologysId_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("\"observations\": {}")
        .replace("\"methodology\": \"test\"", "\"methodology\": \"vn-par-province-876\""), syntax);
    assertOnlyProblem(problems, "/methodology",
        "the submission is for methodology 'vn-par-province-876' but is checked against 'test'");
  }

  @Test
  void checkAgainst_anotherMethodologysIdWithItsCodes_reportsOnlyTheMismatch() {
    List<Problem> problems = checked(submission("\"observations\": {\"9.9\": {\"yes\": true}}")
        .replace("\"methodology\": \"test\"", "\"methodology\": \"vn-par-province-876\""),
        Syntax.JSON);
    assertOnlyProblem(problems, "/methodology",
        "the submission is for methodology 'vn-par-province-876' but is checked against 'test'");
  }

  @ParameterizedTest
  @CsvSource({"2021", "2025"})
  void checkAgainst_yearOutsideValidFromToValidTo_isReported(int year) {
    List<Problem> problems = checked(submission("\"observations\": {}")
        .replace("\"year\": 2023", "\"year\": " + year), Syntax.JSON);
    assertOnlyProblem(problems, "/year",
        "methodology 'test' applies to evaluation years 2022 to 2024, not " + year);
  }

  @ParameterizedTest
  @CsvSource({"2022", "2024"})
  void checkAgainst_yearOnTheBoundsOfValidity_isAccepted(int year) {
    assertEquals(List.of(), checked(submission("\"observations\": {}")
        .replace("\"year\": 2023", "\"year\": " + year), Syntax.JSON));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_yearBeforeAnOpenEndedMethodology_isReported(Syntax syntax) {
    Submission s = read("""
        {"format": "par-submission/1", "methodology": "vn-par-province-876", "year": 2021,
         "unit": {"id": "hung-yen"}}
        """, syntax);
    assertOnlyProblem(s.checkAgainst(BundledMethodologies.load("vn-par-province-876")), "/year",
        "applies to evaluation years 2022 onward, not 2021");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void checkAgainst_unknownCodeThatAlsoHasPoints_isReported(Syntax syntax) {
    List<Problem> problems = checked(submission("""
        "observations": {"1.1": {"yes": true}},
        "unitemised": {"2": 1},
        "unknown": ["1.2", "1.1", "2"]"""), syntax);
    assertPointers(problems, "/unknown/1", "/unknown/2");
    assertProblem(problems, "/unknown/1", "'1.1' is declared unknown but also has points");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_unknownFieldsWrongTypesMissingMembersAndBadEnums_areAllReported(
      Syntax syntax) {
    List<Problem> problems = submissionProblems("""
        {
          "format": "par-submission/1",
          "year": "hai nghìn",
          "unit": {"name": "Hưng Yên", "province": "x"},
          "stage": "DRAFT",
          "missing": "zero",
          "observations": {
            "1.1": {"yes": "có"},
            "1.2": {"percent": 95}
          },
          "unitemised": {"2": "một"},
          "evidence": {"1.1": {"title": "Báo cáo"}},
          "reported": {"1": {}},
          "comment": "x"
        }
        """, syntax);
    assertPointers(problems, "/comment", "/evidence/1.1", "/methodology", "/missing",
        "/observations/1.1/yes", "/observations/1.2/percent", "/reported/1", "/stage",
        "/unit/id", "/unit/province", "/unitemised/2", "/year");
    assertEquals(12, problems.size());
    assertProblem(problems, "/comment", "unknown field 'comment'", "format, methodology, year");
    assertProblem(problems, "/evidence/1.1", "expected a list of {\"title\": ..., \"uri\": ...}",
        "got an object");
    assertProblem(problems, "/methodology", "required: expected a text");
    assertProblem(problems, "/missing", "expected one of ZERO, FULL, ERROR; got the text 'zero'");
    assertProblem(problems, "/observations/1.1/yes", "expected true or false, got the text 'có'");
    assertProblem(problems, "/observations/1.2/percent", "unknown field 'percent'",
        "points, yes, rate");
    assertProblem(problems, "/reported/1", "expected points, a deficit, or both");
    assertProblem(problems, "/stage", "expected one of SELF, APPRAISED, FINAL; got the text 'DRAFT'");
    assertProblem(problems, "/unit/id", "required: expected a text");
    assertProblem(problems, "/unit/province", "unknown field 'province'", "id, name, level, region");
    assertProblem(problems, "/unitemised/2", "expected a decimal number", "got the text 'một'");
    assertProblem(problems, "/year", "expected a whole number from 1900 to 9999");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_wrongFormat_isReported(Syntax syntax) {
    List<Problem> problems = submissionProblems(submission("\"observations\": {}")
        .replace("par-submission/1", "par-methodology/1"), syntax);
    assertOnlyProblem(problems, "/format",
        "expected \"par-submission/1\", got \"par-methodology/1\"");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_everyObservationKind_readsAsWritten(Syntax syntax) {
    Submission s = read(submission("""
        "observations": {
          "a": {"points": 0.50},
          "b": {"yes": true},
          "c": {"rate": 0.9750},
          "d": {"numerator": 9984, "denominator": 10000},
          "e": {"count": 3},
          "f": {"option": "B"},
          "g": {"responses": {"A": 120, "B": 30, "C": 5, "D": 1}},
          "h": {"baseline": 56, "current": 50},
          "i": {"notApplicable": true}
        }"""), syntax);
    assertEquals(Map.of(
        "a", Observation.points(new BigDecimal("0.5")),
        "b", Observation.yes(true),
        "c", Observation.rate(new BigDecimal("0.975")),
        "d", Observation.fraction(new BigDecimal("9984"), new BigDecimal("10000")),
        "e", Observation.count(3),
        "f", Observation.option("B"),
        "g", Observation.responses(Map.of("A", 120L, "B", 30L, "C", 5L, "D", 1L)),
        "h", Observation.change(new BigDecimal("56"), new BigDecimal("50")),
        "i", Observation.notApplicable()), s.observations());
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
        List.copyOf(s.observations().keySet()));
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_evidenceWithTheCouncilsDecision_readsAndWritesBack(Syntax syntax) {
    String text = submission("""
        "observations": {"1.2": {"rate": 0.5}},
        "evidence": {"1.2": [{"id": "E1", "title": "Biên bản", "status": "REJECTED",
                              "reason": "Không có chữ ký"}]}""");
    io.github.parindex.model.Submission s = ParReader.standard().readSubmission(
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "s.json" : "s.yaml");
    io.github.parindex.model.EvidenceRef e = s.evidence().get("1.2").get(0);
    assertEquals(io.github.parindex.model.EvidenceStatus.REJECTED, e.status());
    assertEquals("Không có chữ ký", e.reason().orElseThrow());
    assertEquals(s, ParReader.standard().readSubmission(ParWriter.toString(s, syntax)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), syntax == Syntax.JSON ? "a.json"
        : "a.yaml"));
    List<Problem> problems = submissionProblems(submission("""
        "observations": {"1.2": {"rate": 0.5}},
        "evidence": {"1.2": [{"id": "E1", "title": "Biên bản", "status": "REJECTED"}]}"""),
        syntax);
    assertOnlyProblem(problems, "/evidence/1.2/0/reason", "a rejected document needs");
  }
}
