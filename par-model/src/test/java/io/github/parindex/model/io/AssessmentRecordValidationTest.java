package io.github.parindex.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of broken assessment record (CYCLE.md §2, issue 15) refused with the exact pointer of
 * its problem, read as JSON and as YAML; and a whole record read.
 */
class AssessmentRecordValidationTest {
  private static final String EVIDENCE = """
      "evidence": [
        {"id": "E1", "title": "Kế hoạch", "leaves": ["1.1"], "status": "ACCEPTED"},
        {"id": "E2", "title": "Sổ theo dõi", "leaves": ["2.2"]}
      ],
      """;
  private static final String SELF = """
      {"stage": "SELF", "date": "2025-11-15",
       "observations": {"1.1": {"yes": true}, "2.2": {"rate": 0.95}}}""";
  private static final String APPRAISED = """
      {"stage": "APPRAISED", "date": "2025-12-20",
       "changes": {"2.2": {"observation": {"rate": 0.9}, "reason": "Số liệu thực tế 90 %"}}}""";
  private static final String REVIEW = """
      {"stage": "REVIEW_REQUESTED", "date": "2025-12-27",
       "requests": {"2.2": {"observation": {"rate": 0.95}, "reason": "Bổ sung sổ theo dõi",
                            "evidence": ["E2"]}}}""";
  private static final String FINAL = """
      {"stage": "FINAL", "date": "2026-01-10",
       "decisions": {"2.2": {"accepted": true, "reason": "Chấp nhận tài liệu bổ sung"}}}""";

  static String record(String evidence, String... stages) {
    return """
        {
          "format": "par-assessment/1",
          "methodology": "test",
          "unit": {"id": "xa-an-binh", "name": "Xã An Bình"},
          "year": 2025,
          %s
          "stages": [
        %s
          ]
        }
        """.formatted(evidence, String.join(",\n", stages));
  }

  private static Assessment read(String text, Syntax syntax) {
    return ParReader.standard().readAssessment(text.getBytes(StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "r.json" : "r.yaml");
  }

  private static List<Problem> problems(String text, Syntax syntax) {
    ValidationException e = assertThrows(ValidationException.class, () -> read(text, syntax),
        "expected the record to be refused");
    return e.problems();
  }

  /** The record has exactly one problem, at this pointer, whose message says this. */
  private static void assertOnly(List<Problem> problems, String pointer, String says) {
    assertEquals(List.of(pointer), problems.stream().map(Problem::path).toList(),
        problems::toString);
    assertTrue(problems.get(0).message().contains(says), problems::toString);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_wholeRecord_readsEveryStage(Syntax syntax) {
    Assessment a = read(record(EVIDENCE, SELF, APPRAISED, REVIEW, FINAL), syntax);
    assertEquals(List.of(CycleStage.SELF, CycleStage.APPRAISED, CycleStage.REVIEW_REQUESTED,
        CycleStage.FINAL), a.stages().stream().map(s -> s.stage()).toList());
    assertEquals(Observation.rate(new BigDecimal("0.9")), ((CycleEntry.Change) a.stage(
        CycleStage.APPRAISED).orElseThrow().entries().get("2.2")).observation());
    assertEquals(List.of("E2"), ((CycleEntry.Request) a.stage(CycleStage.REVIEW_REQUESTED)
        .orElseThrow().entries().get("2.2")).evidence());
    assertEquals(EvidenceStatus.SUBMITTED, a.evidence().get(1).status());
    for (Syntax out : Syntax.values()) {
      assertEquals(a, read(ParWriter.toString(a, out), out), "written as " + out);
    }
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_changeWithoutReason_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED.replace(
        ", \"reason\": \"Số liệu thực tế 90 %\"", "")), syntax),
        "/stages/1/changes/2.2/reason", "a reason is required");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_requestWithBlankReason_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, REVIEW.replace(
        "Bổ sung sổ theo dõi", " "), FINAL), syntax),
        "/stages/2/requests/2.2/reason", "a reason is required");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_decisionWithoutReason_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, REVIEW, FINAL.replace(
        ", \"reason\": \"Chấp nhận tài liệu bổ sung\"", "")), syntax),
        "/stages/3/decisions/2.2/reason", "a reason is required");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_decisionWithoutRequest_isRefused(Syntax syntax) {
    List<Problem> problems = problems(record(EVIDENCE, SELF, APPRAISED, REVIEW,
        FINAL.replace("}}}", "}, \"1.1\": {\"accepted\": false, \"reason\": \"Không\"}}}")),
        syntax);
    assertOnly(problems, "/stages/3/decisions/1.1", "no request for leaf 1.1");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_requestWithoutDecision_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, REVIEW,
        FINAL.replace("\"2.2\": {\"accepted\": true, \"reason\": \"Chấp nhận tài liệu bổ sung\"}",
            "")), syntax),
        "/stages/2/requests/2.2", "the request has no decision in FINAL");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_unknownEvidenceId_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, REVIEW.replace("\"E2\"", "\"E9\""),
        FINAL), syntax), "/stages/2/requests/2.2/evidence/0", "no evidence has id 'E9'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_requestCitingEvidenceOfAnotherLeaf_isRefused(Syntax syntax) {
    // DECISIONS.md 4: a request's evidence must name the request's leaf
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, REVIEW.replace("\"E2\"", "\"E1\""),
        FINAL), syntax), "/stages/2/requests/2.2/evidence/0", "does not name leaf 2.2");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_rejectedEvidenceWithoutReason_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE.replace("\"status\": \"ACCEPTED\"",
        "\"status\": \"REJECTED\""), SELF), syntax), "/evidence/0/reason",
        "a rejected document needs the council's reason");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_stagesOutOfOrder_isRefused(Syntax syntax) {
    List<Problem> swapped = problems(record(EVIDENCE, SELF, REVIEW.replace("2025-12-27",
        "2025-12-19"), APPRAISED.replace("2025-12-20", "2025-12-27")), syntax);
    assertEquals(List.of("/stages/1/stage", "/stages/2/stage"),
        swapped.stream().map(Problem::path).toList(), swapped::toString);
    assertTrue(swapped.get(0).message().contains("REVIEW_REQUESTED needs an APPRAISED stage"));
    assertTrue(swapped.get(1).message().contains("stage APPRAISED after REVIEW_REQUESTED"));
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED, SELF.replace("2025-11-15",
        "2025-12-21")), syntax), "/stages/2/stage", "stage SELF after APPRAISED");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_datesGoingBackwards_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED.replace("2025-12-20", "2025-11-01")),
        syntax), "/stages/1/date", "dates must not decrease");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_negativeRate_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, SELF.replace("0.95", "-0.95")), syntax),
        "/stages/0/observations/2.2/rate", "expected a rate of at least 0");
    assertOnly(problems(record(EVIDENCE, SELF, APPRAISED.replace("0.9}", "-0.9}")), syntax),
        "/stages/1/changes/2.2/observation/rate", "expected a rate of at least 0");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_withoutSelf_isRefused(Syntax syntax) {
    assertOnly(problems(record(EVIDENCE, APPRAISED), syntax), "/stages/0/stage",
        "expected SELF first");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessment_manyProblems_areReportedAllAtOnce(Syntax syntax) {
    List<Problem> problems = problems(record(EVIDENCE.replace("\"status\": \"ACCEPTED\"",
        "\"status\": \"REJECTED\""), SELF, APPRAISED.replace("Số liệu thực tế 90 %", ""),
        REVIEW.replace("\"E2\"", "\"E7\""), FINAL.replace("2026-01-10", "2025-01-10")), syntax);
    assertEquals(List.of("/evidence/0/reason", "/stages/1/changes/2.2/reason",
        "/stages/2/requests/2.2/evidence/0", "/stages/3/date"),
        problems.stream().map(Problem::path).toList(), problems::toString);
  }

  /** Leaves 1.1 (yes-no) and 2.2 (rate-linear), the leaves the records above name. */
  private static final Methodology TREE = ParReader.standard().readMethodology("""
      {"format": "par-methodology/1", "id": "test", "title": "Chỉ số thử nghiệm",
       "validFrom": 2025, "maxPoints": 4, "nodes": [
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2, "rule": {"type": "yes-no"}}]},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 2, "children": [
          {"code": "2.2", "name": "Tiêu chí 2.2", "maxPoints": 2,
           "rule": {"type": "rate-linear"}}]}]}
      """.getBytes(StandardCharsets.UTF_8), "test.json");

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessmentForAMethodology_problemsOfTheRecordAndOfTheTree_areReportedAtOnce(
      Syntax syntax) {
    String text = record(EVIDENCE.replace("[\"2.2\"]", "[\"2.9\"]"),
        SELF.replace("\"1.1\"", "\"1.9\""), APPRAISED.replace("Số liệu thực tế 90 %", ""));

    ValidationException e = assertThrows(ValidationException.class, () -> ParReader.standard()
        .readAssessment(text.getBytes(StandardCharsets.UTF_8),
            syntax == Syntax.JSON ? "r.json" : "r.yaml", TREE));

    // without the methodology, only the record's own problem
    assertOnly(problems(text, syntax), "/stages/1/changes/2.2/reason", "a reason is required");
    assertEquals(List.of(
        Problem.at("/evidence/1/leaves/0", "no leaf has code '2.9'"),
        Problem.at("/stages/0/observations/1.9", "no leaf has code '1.9' in methodology test"),
        Problem.at("/stages/1/changes/2.2/reason", "a reason is required: every change, request "
            + "and decision says why")), e.problems().stream()
        .map(p -> Problem.at(p.path(), p.message())).toList());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessmentForAMethodology_recordOfAnotherMethodology_isRefused(Syntax syntax) {
    String text = record(EVIDENCE, SELF).replace("\"methodology\": \"test\"",
        "\"methodology\": \"other\"");

    ValidationException e = assertThrows(ValidationException.class, () -> ParReader.standard()
        .readAssessment(text.getBytes(StandardCharsets.UTF_8),
            syntax == Syntax.JSON ? "r.json" : "r.yaml", TREE));

    assertOnly(e.problems(), "/methodology", "the record is for methodology 'other', scored "
        + "with 'test'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readAssessmentForAMethodology_withoutItsMethodologyMember_saysOnlyThat(Syntax syntax) {
    String text = record(EVIDENCE, SELF).replace("\"methodology\": \"test\",", "");

    ValidationException e = assertThrows(ValidationException.class, () -> ParReader.standard()
        .readAssessment(text.getBytes(StandardCharsets.UTF_8),
            syntax == Syntax.JSON ? "r.json" : "r.yaml", TREE));

    assertEquals(List.of("/methodology"), e.problems().stream().map(Problem::path).toList(),
        e.problems()::toString);
  }
}
