package io.github.parindex.model.io;

import static io.github.parindex.model.testing.ProblemAssertions.assertOnlyProblem;
import static io.github.parindex.model.testing.ProblemAssertions.assertPointers;
import static io.github.parindex.model.testing.ProblemAssertions.assertProblem;
import static io.github.parindex.model.testing.ProblemAssertions.methodologyProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per rule a methodology file must follow, each on a small hand-written document read as
 * JSON and as YAML (the documents are written in the JSON style, which YAML reads the same). Each
 * asserts the exact JSON pointer of every problem and what its message says.
 */
class MethodologyValidationTest {

  /** A methodology document: the usual header, the given top-level members and nodes. */
  static String methodology(String members, String nodes) {
    return """
        {
          "format": "par-methodology/1",
          "id": "test",
          "title": {"vi": "Chỉ số thử nghiệm", "en": "Test index"},
          "validFrom": 2022,
          %s
          "nodes": [
        %s
          ]
        }
        """.formatted(members, nodes);
  }

  private static Methodology read(String text, Syntax syntax) {
    return ParReader.standard().readMethodology(text.getBytes(StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "ok.json" : "ok.yaml");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_smallValidDocument_reads(Syntax syntax) {
    Methodology m = read(methodology("\"maxPoints\": 6.5,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 4, "unitemisedPoints": 1.5, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2.5, "rule": {"type": "yes-no"}}
        ]},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 2.5, "unitemisedPoints": 2.5}
        """), syntax);
    assertEquals("test", m.id());
    assertEquals(new BigDecimal("6.5"), m.maxPoints());
    assertEquals(List.of("1.1"), m.leaves().stream().map(n -> n.code()).toList());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_duplicateCode_reportsTheSecondWithTheFirstsPointer(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 4,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 4, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 1.5, "rule": {"type": "yes-no"}},
          {"code": "1.1", "name": "Tiêu chí 1.1 lặp", "maxPoints": 2.5, "rule": {"type": "points"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/nodes/0/children/1/code", "duplicate code '1.1'",
        "already used at /nodes/0/children/0");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_duplicateCodeOnAnotherLevel_isReported(Syntax syntax) {
    // 1.2.1 under 1.2, and again directly under 1 (a criterion may skip a level).
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 3, "children": [
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 2, "children": [
            {"code": "1.2.1", "name": "Thành phần 1.2.1", "maxPoints": 2, "rule": {"type": "points"}}
          ]},
          {"code": "1.2.1", "name": "Thành phần 1.2.1 lặp", "maxPoints": 1, "rule": {"type": "points"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/nodes/0/children/1/code", "duplicate code '1.2.1'",
        "already used at /nodes/0/children/0/children/0");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_childCodeNotUnderParents_isReported(Syntax syntax) {
    // "10" starts with "1" but not with "1.".
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 3, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 1, "rule": {"type": "yes-no"}},
          {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": 1, "rule": {"type": "yes-no"}},
          {"code": "10", "name": "Tiêu chí 10", "maxPoints": 1, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/1/code", "/nodes/0/children/2/code");
    assertProblem(problems, "/nodes/0/children/1/code",
        "code '2.1' is not under its parent's code", "expected it to start with '1.'");
    assertProblem(problems, "/nodes/0/children/2/code", "code '10' is not under its parent's code");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_childrenAndUnitemisedNotTheParentsMax_isReported(Syntax syntax) {
    // 1.25 + 2 + 2.5 unitemised = 5.75, not 6.
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 6,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 6, "unitemisedPoints": 2.5, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 1.25, "rule": {"type": "yes-no"}},
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 2, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/nodes/0/maxPoints",
        "children's maxima + unitemisedPoints = 5.75", "expected it to equal maxPoints 6");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_topLevelStandardSumNotMaxPoints_isReportedWithoutBonusOrPenalty(
      Syntax syntax) {
    // STANDARD: 4 + 5.5 = 9.5; with the bonus it would be 10.
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 10,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 4, "rule": {"type": "points"}},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 5.5, "rule": {"type": "points"}},
        {"code": "B", "name": "Điểm cộng", "maxPoints": 0.5, "role": "BONUS", "rule": {"type": "points"}}
        """), syntax);
    assertOnlyProblem(problems, "/maxPoints", "the top-level STANDARD nodes sum to 9.5",
        "expected maxPoints 10");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_bonusAndPenaltyOutsideMaxPoints_reads(Syntax syntax) {
    Methodology m = read(methodology("\"maxPoints\": 9.5,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 4, "rule": {"type": "points"}},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 5.5, "rule": {"type": "points"}},
        {"code": "B", "name": "Điểm cộng", "maxPoints": 0.5, "role": "BONUS", "rule": {"type": "points"}},
        {"code": "P", "name": "Điểm trừ", "maxPoints": 3, "role": "PENALTY", "children": [
          {"code": "P.1", "name": "Vi phạm", "maxPoints": 3, "rule": {"type": "points"}}
        ]}
        """), syntax);
    assertEquals(new BigDecimal("9.5"), m.maxPoints());
    assertEquals(io.github.parindex.model.Role.PENALTY, m.requireNode("P.1").role());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_negativePoints_isReported(Syntax syntax) {
    // The sums hold (3 + -1 = 2; 2 + -1 = 1): only the signs are wrong.
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 3, "rule": {"type": "points"}},
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": -1, "rule": {"type": "points"}}
        ]},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 1, "unitemisedPoints": -1, "children": [
          {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": 2, "rule": {"type": "points"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/1/maxPoints", "/nodes/1/unitemisedPoints");
    assertProblem(problems, "/nodes/0/children/1/maxPoints", "expected points of at least 0",
        "got -1");
    assertProblem(problems, "/nodes/1/unitemisedPoints", "expected points of at least 0",
        "got -1");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_moreDecimalsThanPointDecimals_isReported(Syntax syntax) {
    // 0.125 + 0.875 = 1: the sums hold, but pointDecimals is 2.
    List<Problem> problems = methodologyProblems(methodology(
        "\"maxPoints\": 1, \"pointDecimals\": 2,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 0.125, "rule": {"type": "points"}},
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 0.875, "rule": {"type": "points"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/0/maxPoints", "/nodes/0/children/1/maxPoints");
    assertProblem(problems, "/nodes/0/children/0/maxPoints", "0.125 has 3 decimals",
        "expected at most pointDecimals (2)");
    assertProblem(problems, "/nodes/0/children/1/maxPoints", "0.875 has 3 decimals");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_trailingZerosBeyondPointDecimals_areNotDecimals(Syntax syntax) {
    Methodology m = read(methodology("\"maxPoints\": 2.5000, \"pointDecimals\": 1,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2.50, "rule": {"type": "points"}}
        """), syntax);
    assertEquals(new BigDecimal("2.5"), m.requireNode("1").maxPoints());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_leafWithoutRule_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2}
        ]},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 1, "children": []}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/0/rule", "/nodes/1/rule");
    assertProblem(problems, "/nodes/0/children/0/rule", "a leaf", "needs a rule");
    assertProblem(problems, "/nodes/1/rule", "needs a rule");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_innerNodeWithRule_isReported(Syntax syntax) {
    // Node 2 has no children but unitemised points: it is an inner node too.
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 5,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "rule": {"type": "yes-no"}, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2, "rule": {"type": "yes-no"}}
        ]},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 3, "unitemisedPoints": 3,
         "rule": {"type": "points"}}
        """), syntax);
    assertPointers(problems, "/nodes/0/rule", "/nodes/1/rule");
    assertProblem(problems, "/nodes/0/rule", "scored by its parts and must not have a rule");
    assertProblem(problems, "/nodes/1/rule", "must not have a rule");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_emptyTree_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 1,", ""), syntax);
    assertOnlyProblem(problems, "/nodes", "expected at least one node", "the tree is empty");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_bandsNotStrictlyDescending_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("""
        "maxPoints": 1,
        "bands": [
          {"code": "A", "minPercent": 90},
          {"code": "B", "minPercent": 90},
          {"code": "C", "minPercent": 95},
          {"code": "D", "minPercent": 0}
        ],""", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        """), syntax);
    assertPointers(problems, "/bands/1/minPercent", "/bands/2/minPercent");
    assertProblem(problems, "/bands/1/minPercent", "strictly descending", "90 is not below 90");
    assertProblem(problems, "/bands/2/minPercent", "95 is not below 90");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_alertOnMissingCode_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("""
        "maxPoints": 1,
        "alerts": [{"codes": ["1", "9", "1.1"], "belowPercent": 75}],""", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/alerts/0/codes/1", "no node has code '9'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_validFromAfterValidTo_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"validTo\": 2021, \"maxPoints\": 1,",
        """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        """), syntax);
    assertOnlyProblem(problems, "/validTo", "validTo 2021 is before validFrom 2022");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_childWithAnotherRole_isReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 2,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2, "role": "PENALTY",
           "rule": {"type": "yes-no"}}
        ]},
        {"code": "B", "name": "Điểm cộng", "maxPoints": 1, "role": "BONUS", "children": [
          {"code": "B.1", "name": "Sáng kiến", "maxPoints": 1, "role": "STANDARD",
           "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/0/role", "/nodes/1/children/0/role");
    assertProblem(problems, "/nodes/0/children/0/role", "children share its role",
        "expected STANDARD, got PENALTY");
    assertProblem(problems, "/nodes/1/children/0/role", "expected BONUS, got STANDARD");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_unknownFields_areReportedWithTheirPaths(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("""
        "maxPoints": 1,
        "version": 2,
        "bands": [{"code": "A", "minPercent": 90, "color": "green"}],""", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1,
         "provenance": {"source": "seed 001", "confidence": "VERIFIED", "url": "x"},
         "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 1, "weight": 2,
           "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertPointers(problems, "/bands/0/color", "/nodes/0/children/0/weight",
        "/nodes/0/provenance/url", "/version");
    assertProblem(problems, "/version", "unknown field 'version'", "expected one of:",
        "format, id, title");
    assertProblem(problems, "/bands/0/color", "unknown field 'color'", "code, label, minPercent");
    assertProblem(problems, "/nodes/0/children/0/weight", "unknown field 'weight'",
        "code, name, maxPoints");
    assertProblem(problems, "/nodes/0/provenance/url", "unknown field 'url'",
        "source, confidence, note");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_wrongTypes_areReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems("""
        {
          "format": "par-methodology/1",
          "id": "test",
          "title": "Chỉ số thử nghiệm",
          "validFrom": 2022.5,
          "maxPoints": "mười",
          "capTotal": "yes",
          "bands": {"A": 90},
          "nodes": [
            {"code": "1", "name": ["Lĩnh vực 1"], "maxPoints": 2, "children": [
              {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": true, "rule": {"type": "yes-no"}}
            ]}
          ]
        }
        """, syntax);
    assertPointers(problems, "/bands", "/capTotal", "/maxPoints",
        "/nodes/0/children/0/maxPoints", "/nodes/0/name", "/validFrom");
    assertProblem(problems, "/bands", "expected a list, got an object");
    assertProblem(problems, "/capTotal", "expected true or false, got the text 'yes'");
    assertProblem(problems, "/maxPoints", "expected a decimal number", "got the text 'mười'");
    assertProblem(problems, "/nodes/0/children/0/maxPoints", "expected a decimal number",
        "got the boolean true");
    assertProblem(problems, "/nodes/0/name", "expected a text or {\"vi\": ..., \"en\": ...}",
        "got a list");
    assertProblem(problems, "/validFrom", "expected a whole number from 1900 to 9999",
        "got the number 2022.5");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_missingRequiredMembers_areReported(Syntax syntax) {
    List<Problem> problems = methodologyProblems("""
        {
          "title": "Chỉ số thử nghiệm",
          "maxPoints": 2,
          "bands": [{"minPercent": 90}],
          "alerts": [{"codes": ["1"]}],
          "nodes": [
            {"code": "1", "maxPoints": 2, "children": [
              {"code": "1.1", "name": "Tiêu chí 1.1", "rule": {"target": 1}}
            ]}
          ]
        }
        """, syntax);
    assertPointers(problems, "/alerts/0/belowPercent", "/bands/0/code", "/format", "/id",
        "/nodes/0/children/0/maxPoints", "/nodes/0/children/0/rule/type", "/nodes/0/name",
        "/validFrom");
    assertProblem(problems, "/alerts/0/belowPercent", "required: expected a decimal number");
    assertProblem(problems, "/bands/0/code", "required: expected a text");
    assertProblem(problems, "/format", "required");
    assertProblem(problems, "/id", "required: expected a text");
    assertProblem(problems, "/nodes/0/children/0/maxPoints", "required: expected a decimal number");
    assertProblem(problems, "/nodes/0/children/0/rule/type", "required: expected a text");
    assertProblem(problems, "/nodes/0/name", "required: expected a text or {\"vi\"");
    assertProblem(problems, "/validFrom", "required: expected a whole number");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badEnumValues_areReportedWithTheAllowedValues(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology(
        "\"maxPoints\": 2, \"rounding\": \"HALF_DOWN\",", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "source": "SELF",
         "provenance": {"source": "seed 001", "confidence": "SURE"},
         "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2, "role": "EXTRA",
           "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/0/children/0/role", "/nodes/0/provenance/confidence",
        "/nodes/0/source", "/rounding");
    assertProblem(problems, "/nodes/0/children/0/role",
        "expected one of STANDARD, BONUS, PENALTY; got the text 'EXTRA'");
    assertProblem(problems, "/nodes/0/provenance/confidence",
        "expected one of VERIFIED, DERIVED, UNVERIFIED; got the text 'SURE'");
    assertProblem(problems, "/nodes/0/source", "expected one of APPRAISED, SURVEY; got the text 'SELF'");
    assertProblem(problems, "/rounding",
        "expected one of HALF_UP, HALF_EVEN, DOWN; got the text 'HALF_DOWN'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_anotherFormat_isReported(Syntax syntax) {
    String text = methodology("\"maxPoints\": 1,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        """).replace("par-methodology/1", "par-methodology/2");
    assertOnlyProblem(methodologyProblems(text, syntax), "/format",
        "expected \"par-methodology/1\", got \"par-methodology/2\"");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_severalProblems_reportsThemAllAtOnce(Syntax syntax) {
    List<Problem> problems = methodologyProblems("""
        {
          "format": "par-methodology/1",
          "id": "test",
          "title": "Chỉ số thử nghiệm",
          "validFrom": 2022,
          "validTo": "sau này",
          "maxPoints": 10,
          "extra": true,
          "bands": [{"code": "A", "minPercent": 80}, {"code": "B", "minPercent": 85}],
          "nodes": [
            {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 5, "children": [
              {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": 2, "rule": {"type": "yes-no"}},
              {"code": "2.2", "name": "Tiêu chí 2.2", "maxPoints": 2, "rule": {"type": "yes-no"}}
            ]},
            {"code": "2", "maxPoints": 3, "role": "EXTRA", "rule": {"type": "points"}},
            {"code": "2", "name": "Lĩnh vực 2 lặp", "maxPoints": 2, "rule": {"type": "points"}}
          ]
        }
        """, syntax);
    assertEquals(8, problems.size(), problems::toString);
    assertPointers(problems, "/bands/1/minPercent", "/extra", "/nodes/0/children/1/code",
        "/nodes/0/maxPoints", "/nodes/1/name", "/nodes/1/role", "/nodes/2/code", "/validTo");
    assertProblem(problems, "/nodes/0/maxPoints", "= 4", "maxPoints 5");
    assertProblem(problems, "/nodes/2/code", "duplicate code '2'", "already used at /nodes/1");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badLeafMaximum_reportsNoSumBuiltOnIt(Syntax syntax) {
    // The placeholder 0 would break the parent's sum and make a leaf without a positive maximum.
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 3, "children": [
          {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "1,5", "rule": {"type": "yes-no"}},
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 1.5, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/nodes/0/children/0/maxPoints", "got the text '1,5'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_nodeNotAnObject_reportsOnlyThat(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 3,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 3, "children": [
          5,
          {"code": "1.2", "name": "Tiêu chí 1.2", "maxPoints": 1.5, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertOnlyProblem(problems, "/nodes/0/children/0", "expected a node (an object)",
        "got the number 5");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badChildrenOrUnitemised_reportsNoRuleOrSumProblem(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("\"maxPoints\": 5,", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 2, "unitemisedPoints": 1,
         "children": "chưa có"},
        {"code": "2", "name": "Lĩnh vực 2", "maxPoints": 3, "unitemisedPoints": "ba"}
        """), syntax);
    assertPointers(problems, "/nodes/0/children", "/nodes/1/unitemisedPoints");
    assertProblem(problems, "/nodes/0/children", "expected a list, got the text 'chưa có'");
    assertProblem(problems, "/nodes/1/unitemisedPoints", "expected a decimal number",
        "got the text 'ba'");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badBandOrAlert_keepsTheNextOnesPointers(Syntax syntax) {
    // The bad band and alert are left out of the model; problems on the next ones must still
    // point at their place in the file.
    List<Problem> problems = methodologyProblems(methodology("""
        "maxPoints": 1,
        "bands": [{"code": "A", "minPercent": 90}, {"code": "B"}, {"code": "C", "minPercent": 95}],
        "alerts": [{"codes": ["1"], "belowPercent": "nửa"}, {"codes": ["9"], "belowPercent": 50}],""",
        """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        """), syntax);
    assertPointers(problems, "/alerts/0/belowPercent", "/alerts/1/codes/0", "/bands/1/minPercent",
        "/bands/2/minPercent");
    assertProblem(problems, "/alerts/1/codes/0", "no node has code '9'");
    assertProblem(problems, "/bands/1/minPercent", "required");
    assertProblem(problems, "/bands/2/minPercent", "95 is not below 90");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badPointDecimals_doesNotCheckDecimalsAgainstTheDefault(Syntax syntax) {
    // 0.123456 has 6 decimals: more than the default 4, fewer than the greatest allowed 10.
    List<Problem> problems = methodologyProblems(methodology(
        "\"maxPoints\": 0.123456, \"pointDecimals\": \"sáu\",", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 0.123456, "rule": {"type": "yes-no"}}
        """), syntax);
    assertOnlyProblem(problems, "/pointDecimals", "expected a whole number from 0 to 10");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_badParentRoleOrCode_reportsNothingAboutItsChildrenOrAlerts(Syntax syntax) {
    List<Problem> problems = methodologyProblems(methodology("""
        "maxPoints": 1,
        "alerts": [{"codes": ["2", "2.1"], "belowPercent": 50}],""", """
        {"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1, "rule": {"type": "yes-no"}},
        {"code": "B", "name": "Điểm cộng", "maxPoints": 1, "role": "BONNUS", "children": [
          {"code": "B.1", "name": "Sáng kiến", "maxPoints": 1, "role": "BONUS",
           "rule": {"type": "yes-no"}}
        ]},
        {"code": {"vi": "2"}, "name": "Lĩnh vực 2", "maxPoints": 1, "role": "BONUS", "children": [
          {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": 1, "rule": {"type": "yes-no"}}
        ]}
        """), syntax);
    assertPointers(problems, "/nodes/1/role", "/nodes/2/code");
    assertProblem(problems, "/nodes/1/role", "got the text 'BONNUS'");
    assertProblem(problems, "/nodes/2/code", "expected a text, got an object");
  }
}
