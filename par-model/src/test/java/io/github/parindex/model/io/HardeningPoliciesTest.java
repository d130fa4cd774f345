package io.github.parindex.model.io;

import static io.github.parindex.model.testing.ProblemAssertions.assertOnlyProblem;
import static io.github.parindex.model.testing.ProblemAssertions.assertProblem;
import static io.github.parindex.model.testing.ProblemAssertions.methodologyProblems;
import static io.github.parindex.model.testing.ProblemAssertions.submissionProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.CodePoints;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policies of issue 20 (items 1, 2, 3, 12) and the YAML hints of issue 16, one test per class of
 * defect, each of which the readers got wrong before: one UTF-8 policy for JSON and YAML (overlong
 * forms, encoded surrogates and code points beyond U+10FFFF were accepted in JSON, UTF-16 and UTF-32
 * in JSON only); anchors on scalars and keys (accepted); one code-point policy for texts and codes
 * (U+0000 in a code crashed the reader's caller, C1, zero-width and bidi characters passed in codes,
 * escape sequences in names reached the terminal); parser internals in problem messages.
 */
class HardeningPoliciesTest {
  private static final String SUBMISSION = "{\"format\": \"par-submission/1\", \"methodology\": "
      + "\"test\", \"year\": 2023, \"unit\": {\"id\": \"u\", \"name\": \"NAME\"}}";

  private static final String METHODOLOGY = """
      {"format": "par-methodology/1", "id": "test", "title": "T", "validFrom": 2022,
       "maxPoints": 1,
       "nodes": [{"code": "CODE", "name": "A", "maxPoints": 1, "rule": {"type": "points"}}]}
      """;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The submission with raw bytes in place of the unit's name. */
  private static byte[] withNameBytes(int... bytes) {
    String[] parts = SUBMISSION.split("NAME");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(parts[0]));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes(utf8(parts[1]));
    return out.toByteArray();
  }

  private static List<Problem> problems(byte[] content, String name) {
    return assertThrows(ValidationException.class,
        () -> ParReader.standard().readSubmission(content, name)).problems();
  }

  // ---- one UTF-8 policy ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"s.json", "s.yaml"})
  void readSubmission_malformedUtf8_isRefusedInJsonAsInYaml(String name) {
    // overlong '/', an encoded surrogate (U+D800), beyond U+10FFFF, a lead byte that never leads,
    // a stray continuation byte, a truncated three-byte character
    int[][] cases = {{0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80},
        {0x80}, {0xE1, 0x80}};
    int at = SUBMISSION.indexOf("NAME");
    for (int[] bytes : cases) {
      assertOnlyProblem(problems(withNameBytes(bytes), name), "", "the file is not valid UTF-8",
          "at byte " + at);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"})
  void readSubmission_utf16Or32_isRefusedInJsonAndYamlAlike(String charset) {
    byte[] content = SUBMISSION.replace("NAME", "Hưng Yên").getBytes(Charset.forName(charset));
    for (String name : List.of("s.json", "s.yaml", "stdin")) {
      assertOnlyProblem(problems(content, name), "", "the file is not UTF-8",
          "it looks like UTF-16 or UTF-32", "save the file as UTF-8");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"s.json", "s.yaml"})
  void readSubmission_wellFormedUtf8_andAByteOrderMark_read(String name) {
    // two-, three- and four-byte characters, at the edges of their ranges (U+0080 to U+009F are
    // C1 controls, refused as characters, not as bytes)
    String text = "Hưng Yên \u00A0 \u07FF \u0800 \uFFFD \uD800\uDC00 \uDBFF\uDFFF";
    Submission s = ParReader.standard().readSubmission(utf8("\uFEFF" + SUBMISSION.replace("NAME",
        text)), name);
    assertEquals(text, s.unit().name().orElseThrow());
  }

  // ---- anchors on scalars and keys -------------------------------------------------------------

  @Test
  void readSubmission_yamlAnchorOnAScalarOrAKey_isRefusedLikeOnAListOrAnObject() {
    List<Problem> problems = submissionProblems("""
        format: &f par-submission/1
        methodology: test
        year: 2023
        &k unit: {id: u}
        """, Syntax.YAML);
    assertProblem(problems, "/format", "YAML anchors are not supported: remove '&f'");
    assertProblem(problems, "/unit", "YAML anchors are not supported: remove '&k'");
    assertEquals(2, problems.size(), problems::toString);
  }

  // ---- one code-point policy -------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_nulInACode_isAProblemNotACrash(Syntax syntax) {
    List<Problem> problems = methodologyProblems(METHODOLOGY.replace("CODE", "1\\u0000"), syntax);
    assertOnlyProblem(problems, "/nodes/0/code", "the text holds the control character U+0000",
        "character 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0085", "\\u009b", "\\u001b", "\\u007f"})
  void readMethodology_c0OrC1ControlInACode_isRefused(String escaped) {
    for (Syntax syntax : Syntax.values()) {
      List<Problem> problems = methodologyProblems(METHODOLOGY.replace("CODE", "1" + escaped),
          syntax);
      assertOnlyProblem(problems, "/nodes/0/code", "the text holds the control character U+00");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u200b", "\\u200d", "\\u202e", "\\u2066", "\\ufeff", "\\ue000"})
  void readMethodology_invisibleOrBidiCharacterInACode_isRefused(String escaped) {
    for (Syntax syntax : Syntax.values()) {
      List<Problem> problems = methodologyProblems(METHODOLOGY.replace("CODE", "1" + escaped),
          syntax);
      assertOnlyProblem(problems, "/nodes/0/code", "an invisible, control or formatting character",
          "two codes never look the same");
    }
  }

  @Test
  void readMethodology_codeNotInComposedForm_isRefused() {
    // "1.á" with the accent as a combining mark looks like "1.á" composed.
    List<Problem> problems = methodologyProblems(METHODOLOGY.replace("CODE", "a\\u0301"),
        Syntax.JSON);
    assertOnlyProblem(problems, "/nodes/0/code", "not in composed Unicode form (NFC)");
  }

  @Test
  void build_codeWithAC1ControlOrZeroWidthSpace_isRefusedInCodeToo() {
    for (String code : List.of("1\u0085", "1\u200b", "1\u202e", "a\u0301")) {
      Methodology.Builder b = Methodology.builder().id("test").title(LocalizedText.of("T"))
          .validFrom(2022).maxPoints(BigDecimal.ONE).addNodes(Node.builder().code(code)
              .name(LocalizedText.of("A")).maxPoints(BigDecimal.ONE)
              .rule(RuleSpec.builder().type("points").build()).build());
      ValidationException e = assertThrows(ValidationException.class, b::build, code);
      assertEquals("/nodes/0/code", e.problems().get(0).path());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u001b[2J\\u001b]0;x\\u0007", "a\\u0000b", "\\u0085", "\\ud800",
      "\\udc00x"})
  void readSubmission_controlOrLoneSurrogateInAName_isRefused(String escaped) {
    for (Syntax syntax : Syntax.values()) {
      List<Problem> problems = submissionProblems(SUBMISSION.replace("NAME", escaped), syntax);
      assertOnlyProblem(problems, "/unit/name", "the text holds");
    }
  }

  @Test
  void readSubmission_controlCharacterInAKey_isRefused() {
    List<Problem> problems = submissionProblems(SUBMISSION.replace("}}",
        "}, \"observations\": {\"1\\u001b\": {\"yes\": true}}}"), Syntax.JSON);
    assertOnlyProblem(problems, "/observations/1\u001b", "the key holds the control character "
        + "U+001B");
  }

  @Test
  void readSubmission_tabLineBreaksAndBidiMarksInNames_read() {
    Submission s = ParReader.standard().readSubmission(utf8(SUBMISSION.replace("NAME",
        "Xã\\tA\\nB\\r\\u200f")), "s.json");
    assertEquals("Xã\tA\nB\r\u200f", s.unit().name().orElseThrow());
  }

  @Test
  void terminalSafe_escapeSequencesAndBidiOverrides_becomeVisibleNames() {
    assertEquals("Xã <U+001B>[31mđỏ<U+001B>[0m<U+202E>\tA\nB",
        CodePoints.terminalSafe("Xã \u001b[31mđỏ\u001b[0m\u202e\tA\nB"));
    assertEquals("a<U+000A>b<U+0009>c<U+000D><U+0085><U+2028>",
        CodePoints.terminalSafeLine("a\nb\tc\r\u0085\u2028"));
    String plain = "Hưng Yên: 1.1 \u200f";
    // Nothing to replace: the same instance.
    assertEquals(System.identityHashCode(plain), System.identityHashCode(
        CodePoints.terminalSafeLine(plain)));
  }

  // ---- messages in plain words -----------------------------------------------------------------

  @Test
  void problems_ofParserErrors_nameNoParserSwitchEventOrClass() {
    String head = SUBMISSION.replace("}}", "}, ");
    List<String[]> inputs = List.of(
        new String[] {head + "\"observations\": {\"1\": {\"rate\": NaN}}}", "s.json"},
        new String[] {head + "\"observations\": {\"1\": {\"rate\": +1}}}", "s.json"},
        new String[] {head + "/* c */ \"observations\": {}}", "s.json"},
        new String[] {head + "\"observations\": {}}]", "s.json"},
        new String[] {head + "'observations': {}}", "s.json"},
        new String[] {"format: par-submission/1\n? [a]\n: b\n", "s.yaml"},
        new String[] {"format: par-submission/1\n? {a: 1}\n: b\n", "s.yaml"},
        new String[] {"format: par-submission/1\nx: `a\n", "s.yaml"});
    for (String[] input : inputs) {
      for (Problem p : problems(utf8(input[0]), input[1])) {
        for (String internal : List.of("`", "Feature", "snakeyaml", "Event", "StreamRead",
            "jackson", "REDACTED", "Source:", "Exception")) {
          assertFalse(p.message().contains(internal) && !(internal.equals("`")
              && p.message().contains("'`'")), () -> "'" + internal + "' in " + p);
        }
      }
    }
    assertOnlyProblem(problems(utf8("format: par-submission/1\n? [a]\n: b\n"), "s.yaml"), "/format",
        "line 2, column 4: expected a key (a text), got a list");
  }

  // ---- help for YAML authors (issue 16) --------------------------------------------------------

  @Test
  void readMethodology_yamlNameCutAtAComma_saysToQuoteIt() {
    List<Problem> problems = methodologyProblems("""
        format: par-methodology/1
        id: test
        title: T
        validFrom: 2022
        maxPoints: 1
        nodes:
          - {code: "1", name: { vi: Công tác chỉ đạo, điều hành CCHC }, maxPoints: 1, rule: {type: points}}
        """, Syntax.YAML);
    assertOnlyProblem(problems, "/nodes/0/name/điều hành CCHC", "unknown field 'điều hành CCHC'",
        "put the whole text in quotes", "{ vi: \"Công tác chỉ đạo, điều hành CCHC\" }");
  }

  @Test
  void readMethodology_yamlNameWithAColon_saysToQuoteIt() {
    List<Problem> problems = methodologyProblems("""
        format: par-methodology/1
        id: test
        title: T
        validFrom: 2022
        maxPoints: 1
        nodes:
          - code: "1"
            name: Tiêu chí 1: Công khai
            maxPoints: 1
            rule: {type: points}
        """, Syntax.YAML);
    assertOnlyProblem(problems, "/nodes/0/name", "line 8, column 21",
        "mapping values are not allowed here", "put the whole text in quotes",
        "name: \"Tiêu chí 1: Công khai\"");
  }

  @Test
  void readMethodology_quotedVietnameseNames_read() {
    Methodology m = ParReader.standard().readMethodology(utf8("""
        format: par-methodology/1
        id: test
        title: T
        validFrom: 2022
        maxPoints: 1
        nodes:
          - code: "1"
            name: { vi: "Công tác chỉ đạo, điều hành CCHC", en: "Tiêu chí 1: Công khai" }
            maxPoints: 1
            rule: {type: points}
        """), "m.yaml");
    assertEquals(LocalizedText.of("Công tác chỉ đạo, điều hành CCHC", "Tiêu chí 1: Công khai"),
        m.requireNode("1").name());
  }

  // ---- null rule parameters ----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_ruleParameterGivenAsNull_readsAsNull(Syntax syntax) {
    Methodology m = ParReader.standard().readMethodology(utf8(METHODOLOGY.replace("CODE", "1")
        .replace("{\"type\": \"points\"}", "{\"type\": \"points\", \"note\": null}")),
        syntax == Syntax.JSON ? "m.json" : "m.yaml");
    assertEquals(io.github.parindex.model.DataValue.nullValue(),
        m.requireNode("1").rule().orElseThrow().parameters().get("note"));
    // With another problem in the file, the tree path reads it (it used to fail on the null).
    List<Problem> problems = methodologyProblems(METHODOLOGY.replace("CODE", "1")
        .replace("{\"type\": \"points\"}", "{\"type\": \"points\", \"note\": null}")
        .replace("\"title\": \"T\"", "\"title\": 5, \"extra\": 1"), syntax);
    assertOnlyProblem(problems, "/extra", "unknown field 'extra'");
  }
}
