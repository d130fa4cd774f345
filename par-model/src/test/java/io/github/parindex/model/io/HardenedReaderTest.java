package io.github.parindex.model.io;

import static io.github.parindex.model.testing.ProblemAssertions.assertOnlyProblem;
import static io.github.parindex.model.testing.ProblemAssertions.assertPointers;
import static io.github.parindex.model.testing.ProblemAssertions.assertProblem;
import static io.github.parindex.model.testing.ProblemAssertions.methodologyProblems;
import static io.github.parindex.model.testing.ProblemAssertions.submissionProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers against hostile and broken input: deep nesting, truncation, limits, numbers that are not
 * plain decimals, YAML anchors, aliases and tags, duplicate keys, several documents, byte order marks,
 * and the YAML forms that must read as the format means them. A refused file is always a
 * {@link ValidationException} with problems, never another exception.
 */
class HardenedReaderTest {
  /** Only a guard against hangs: the inputs here are refused in milliseconds. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(5);

  /** A valid methodology: 11 values, 1 node. */
  private static final String JSON = """
      {
        "format": "par-methodology/1",
        "id": "test",
        "title": "Chỉ số thử nghiệm",
        "validFrom": 2022,
        "maxPoints": 1.5,
        "nodes": [{"code": "1", "name": "Lĩnh vực 1", "maxPoints": 1.5, "rule": {"type": "points"}}]
      }
      """;

  /** The same methodology in YAML block style. */
  private static final String YAML = """
      format: par-methodology/1
      id: test
      title: Chỉ số thử nghiệm
      validFrom: 2022
      maxPoints: 1.5
      nodes:
        - code: "1"
          name: Lĩnh vực 1
          maxPoints: 1.5
          rule: {type: points}
      """;

  private static String doc(Syntax syntax) {
    return syntax == Syntax.JSON ? JSON : YAML;
  }

  private static Methodology read(String text, String name) {
    return ParReader.standard().readMethodology(text.getBytes(StandardCharsets.UTF_8), name);
  }

  private static ParReader reader(ReadLimits.Builder limits) {
    return ParReader.withLimits(limits.build());
  }

  private static void assertNoStackTrace(List<Problem> problems) {
    for (Problem p : problems) {
      assertFalse(p.message().contains("Exception") || p.message().contains("\tat "),
          () -> "a problem should describe the input, not the code: " + p);
    }
  }

  // ---- nesting -------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_listsNested20000Deep_isRefusedAtTheDepthLimit(Syntax syntax) {
    // "[[[...]]]" is the same text in JSON and in YAML flow style.
    String text = "[".repeat(20_000) + "]".repeat(20_000);
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> methodologyProblems(text, syntax));
    // The 65th list is refused; it is item 0 of item 0 ... 64 times down.
    assertOnlyProblem(problems, "/0".repeat(64), "nesting deeper than 64 levels");
    assertNoStackTrace(problems);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_objectsNested20000Deep_isRefusedAtTheDepthLimit(Syntax syntax) {
    String text = "{\"a\": ".repeat(20_000) + "1" + "}".repeat(20_000);
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> methodologyProblems(text, syntax));
    assertOnlyProblem(problems, "/a".repeat(64), "nesting deeper than 64 levels");
    assertNoStackTrace(problems);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_listsNested20000Deep_isRefusedAtTheDepthLimit(Syntax syntax) {
    String text = "{\"observations\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> submissionProblems(text, syntax));
    // The document is level 1 and the observations level 2; the 65th level is refused.
    assertOnlyProblem(problems, "/observations" + "/0".repeat(63), "nesting deeper than 64 levels");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_deeperThanACustomDepthLimit_isRefused(Syntax syntax) {
    // The document, the nodes list and a node make 3 levels; the rule is the 4th.
    List<Problem> problems = methodologyProblems(reader(ReadLimits.builder().maxDepth(3)),
        doc(syntax), syntax);
    assertOnlyProblem(problems, "/nodes/0/rule", "nesting deeper than 3 levels");
  }

  // ---- broken files --------------------------------------------------------------------------

  @Test
  void readMethodology_truncatedJson_isRefusedAtTheMissingValue() {
    List<Problem> problems = methodologyProblems("{\"format\": \"par-methodology/1\", \"id\": ",
        Syntax.JSON);
    assertOnlyProblem(problems, "/id", "line 1", "end-of-input");
    assertNoStackTrace(problems);
  }

  @Test
  void readMethodology_truncatedYaml_saysWhatWasExpected() {
    List<Problem> problems = methodologyProblems(
        "format: par-methodology/1\nnodes: [{code: \"1\", name: Lĩnh vực 1\n", Syntax.YAML);
    assertOnlyProblem(problems, "/nodes/0/name", "line 3, column 1",
        "expected ',' or '}', but got <stream end>");
    assertNoStackTrace(problems);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_truncatedInsideAUtf8Character_isRefused(Syntax syntax) {
    byte[] whole = doc(syntax).getBytes(StandardCharsets.UTF_8);
    // "Lĩnh": 'ĩ' is two bytes (C4 A9); cut after the first.
    int at = new String(whole, StandardCharsets.UTF_8).indexOf("Lĩnh") + 1;
    int cut = "L".length() + new String(whole, StandardCharsets.UTF_8).substring(0, at - 1)
        .getBytes(StandardCharsets.UTF_8).length;
    byte[] truncated = Arrays.copyOf(whole, cut + 1);
    ValidationException e = assertThrows(ValidationException.class,
        () -> ParReader.standard().readMethodology(truncated, "test." + syntax.name()));
    assertEquals(1, e.problems().size(), e::getMessage);
    if (syntax == Syntax.YAML) {
      assertProblem(e.problems(), "", "the file is not valid UTF-8: 1 bad byte(s) at byte " + cut);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"test.json", "test.yaml", "test"})
  void readMethodology_emptyFile_isRefused(String name) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> ParReader.standard().readMethodology(new byte[0], name));
    assertOnlyProblem(e.problems(), "", "the file is empty: expected an object");
  }

  @ParameterizedTest
  @ValueSource(strings = {"  \n   \n", "# chỉ có chú thích\n"})
  void readMethodology_yamlWithoutContent_isRefusedAsEmpty(String text) {
    assertOnlyProblem(methodologyProblems(text, Syntax.YAML), "",
        "the file is empty: expected an object");
  }

  @Test
  void readMethodology_yamlEmptyDocument_isRefusedAsNotAnObject() {
    assertOnlyProblem(methodologyProblems("---\n", Syntax.YAML), "",
        "expected a methodology (an object)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "42", "null", "\"par-methodology/1\""})
  void readMethodology_rootNotAnObject_isRefused(String text) {
    assertOnlyProblem(methodologyProblems(text, Syntax.JSON), "",
        "expected a methodology (an object)");
  }

  @Test
  void readMethodology_yamlSyntaxError_saysWhatIsWrongAndWhere() {
    List<Problem> problems = methodologyProblems("format: par-methodology/1\nid: a: b\n",
        Syntax.YAML);
    assertOnlyProblem(problems, "/id", "line 2, column 6", "mapping values are not allowed here");
  }

  @Test
  void readMethodology_invalidUtf8InYaml_isOneProblem() {
    byte[] text = "id: a\ntitle: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    ValidationException e = assertThrows(ValidationException.class,
        () -> ParReader.standard().readMethodology(text, "test.yaml"));
    // 'i','d',':',' ','a','\n' and 't','i','t','l','e',':',' ' come first: the bad byte is byte 13.
    assertOnlyProblem(e.problems(), "", "not valid UTF-8", "at byte 13");
  }

  // ---- limits --------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_moreBytesThanTheLimit_isRefusedBeforeParsing(Syntax syntax) {
    int size = doc(syntax).getBytes(StandardCharsets.UTF_8).length;
    List<Problem> problems = methodologyProblems(reader(ReadLimits.builder().maxBytes(100)),
        doc(syntax), syntax);
    assertOnlyProblem(problems, "", "the file has " + size + " bytes; the limit is 100");
  }

  @Test
  void readMethodology_streamLongerThanTheLimit_stopsReadingAtTheLimit() {
    ParReader reader = reader(ReadLimits.builder().maxBytes(100));
    ValidationException e = assertThrows(ValidationException.class, () -> reader.readMethodology(
        new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "stream.json"));
    assertOnlyProblem(e.problems(), "", "the file has more than 100 bytes; the limit is 100");
    assertEquals("stream.json", e.problems().get(0).source());
  }

  @Test
  void readMethodology_fileLargerThanTheLimit_isRefusedBeforeReading(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("big.json");
    Files.writeString(file, JSON);
    ParReader reader = reader(ReadLimits.builder().maxBytes(100));
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.readMethodology(file));
    assertOnlyProblem(e.problems(), "", "the limit is 100");
    assertEquals(file.toString(), e.problems().get(0).source());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_stringLongerThanTheLimit_isRefused(Syntax syntax) {
    ParReader reader = reader(ReadLimits.builder().maxStringLength(20));
    String text = doc(syntax).replace("Chỉ số thử nghiệm", "x".repeat(21));
    assertOnlyProblem(methodologyProblems(reader, text, syntax), "/title",
        "a string of 21 characters; the limit is 20");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_stringOfExactlyTheLimit_isAccepted(Syntax syntax) {
    ParReader reader = reader(ReadLimits.builder().maxStringLength(20));
    String text = doc(syntax).replace("Chỉ số thử nghiệm", "x".repeat(20));
    assertEquals("x".repeat(20), reader.readMethodology(text.getBytes(StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "a.json" : "a.yaml").title().vi());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_keyLongerThanTheLimit_isRefused(Syntax syntax) {
    ParReader reader = reader(ReadLimits.builder().maxStringLength(20));
    String key = "k".repeat(21);
    String text = doc(syntax).replace("type: points", "type: points, " + key + ": 1")
        .replace("\"type\": \"points\"", "\"type\": \"points\", \"" + key + "\": 1");
    assertOnlyProblem(methodologyProblems(reader, text, syntax), "/nodes/0/rule",
        "a key of 21 characters; the limit is 20");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_numberLongerThanTheLimit_isRefused(Syntax syntax) {
    ParReader reader = reader(ReadLimits.builder().maxNumberLength(6));
    // "1.50000" has 7 characters; the node keeps "1.5".
    String text = doc(syntax).replaceFirst("1\\.5", "1.50000");
    assertOnlyProblem(methodologyProblems(reader, text, syntax), "/maxPoints",
        "a number of 7 characters; the limit is 6");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_moreValuesThanTheLimit_isRefusedAtTheFirstOneOver(Syntax syntax) {
    // Values in order: the document, format, id, title, validFrom, maxPoints, the nodes list,
    // the node, its code, its name (10), its maxPoints (11).
    List<Problem> problems = methodologyProblems(reader(ReadLimits.builder().maxValues(10)),
        doc(syntax), syntax);
    assertOnlyProblem(problems, "/nodes/0/maxPoints", "the file has more than 10 values");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_moreNodesThanTheLimit_isRefusedAtTheFirstOneOver(Syntax syntax) {
    String text = """
        {"format": "par-methodology/1", "id": "test", "title": "T", "validFrom": 2022,
         "maxPoints": 3,
         "nodes": [
           {"code": "1", "name": "A", "maxPoints": 2, "children": [
             {"code": "1.1", "name": "a", "maxPoints": 2, "rule": {"type": "points"}}]},
           {"code": "2", "name": "B", "maxPoints": 1, "rule": {"type": "points"}}]}
        """;
    // Nodes in document order: 1, 1.1, 2.
    List<Problem> problems = methodologyProblems(reader(ReadLimits.builder().maxNodes(2)), text,
        syntax);
    assertOnlyProblem(problems, "/nodes/1", "more than 2 nodes");
  }

  @Test
  void readLimits_zeroOrNegative_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxBytes(0).build());
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxDepth(-1).build());
  }

  // ---- numbers -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1e999999", "0x1F", "1_000", ".inf", "-.inf", ".nan", "NaN", "0o17",
      "\"1e999999\"", "\"0x1F\"", "\"NaN\"", "\"1,5\"", "\"\"", "[1.5]"})
  void readMethodology_yamlNumberThatIsNotAPlainDecimal_isRefused(String number) {
    String text = YAML.replace("maxPoints: 1.5\nnodes", "maxPoints: " + number + "\nnodes");
    List<Problem> problems = methodologyProblems(text, Syntax.YAML);
    assertOnlyProblem(problems, "/maxPoints", "expected a decimal number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999", "\"0x1F\"", "\"NaN\"", "\"1_000\""})
  void readMethodology_jsonNumberThatIsNotAPlainDecimal_isRefused(String number) {
    String text = JSON.replaceFirst("\"maxPoints\": 1\\.5,", "\"maxPoints\": " + number + ",");
    assertOnlyProblem(methodologyProblems(text, Syntax.JSON), "/maxPoints",
        "expected a decimal number such as 1.5 or \"0.25\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1F", "NaN", "Infinity", "-Infinity", "01", "+1", ".5"})
  void readMethodology_jsonNumberOutsideTheJsonGrammar_isASyntaxProblemAtItsMember(String number) {
    String text = JSON.replaceFirst("\"maxPoints\": 1\\.5,", "\"maxPoints\": " + number + ",");
    List<Problem> problems = methodologyProblems(text, Syntax.JSON);
    assertOnlyProblem(problems, "/maxPoints", "line 6");
    assertNoStackTrace(problems);
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_numbersWrittenAsStrings_areExactDecimals(Syntax syntax) {
    String text = syntax == Syntax.JSON
        ? JSON.replace("1.5", "\"1.5\"") : YAML.replace("1.5", "\"1.5\"");
    Methodology m = read(text, syntax == Syntax.JSON ? "a.json" : "a.yaml");
    assertEquals(new BigDecimal("1.5"), m.maxPoints());
    assertEquals(new BigDecimal("1.5"), m.requireNode("1").maxPoints());
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_rateWrittenAsAString_isAnExactDecimal(Syntax syntax) {
    Submission s = ParReader.standard().readSubmission("""
        {"format": "par-submission/1", "methodology": "test", "year": 2023, "unit": {"id": "u"},
         "observations": {"1": {"rate": "0.25"}, "2": {"points": "0.1"}}}
        """.getBytes(StandardCharsets.UTF_8), syntax == Syntax.JSON ? "s.json" : "s.yaml");
    assertEquals(Observation.rate(new BigDecimal("0.25")), s.observation("1").orElseThrow());
    // 0.1 is exact: never 0.1000000000000000055511151231257827...
    assertEquals(Observation.points(new BigDecimal("0.1")), s.observation("2").orElseThrow());
  }

  @Test
  void readMethodology_exponentsInParameters_areKeptExactWithoutANegativeScale() {
    Methodology m = read(YAML.replace("rule: {type: points}",
        "rule: {type: points, a: 1e3, b: 1.5e1, c: 2.50e-1, d: 0.10}"), "a.yaml");
    var p = m.requireNode("1").rule().orElseThrow().parameters();
    assertEquals(DataValue.decimal(new BigDecimal("1000")), p.get("a"));
    assertEquals(DataValue.decimal(new BigDecimal("15")), p.get("b"));
    assertEquals(DataValue.decimal(new BigDecimal("0.250")), p.get("c"));
    assertEquals(DataValue.decimal(new BigDecimal("0.10")), p.get("d"));
  }

  // ---- YAML features that are refused ----------------------------------------------------------

  @Test
  void readMethodology_yamlAnchorAndAlias_areRefused() {
    String text = YAML.replace("nodes:\n  - code: \"1\"", "nodes:\n  - &field\n    code: \"1\"")
        + "  - *field\n";
    List<Problem> problems = methodologyProblems(text, Syntax.YAML);
    assertPointers(problems, "/nodes/0", "/nodes/1");
    assertProblem(problems, "/nodes/0", "YAML anchors are not supported: remove '&field'");
    assertProblem(problems, "/nodes/1", "YAML aliases are not supported: write the value out");
  }

  @Test
  void readMethodology_yamlAliasBomb_isRefusedQuickly() {
    StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      text.append("a").append(i).append(": &a").append(i).append(" [").append(
          String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
    }
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> methodologyProblems(text.toString(), Syntax.YAML));
    assertProblem(problems, "/a0", "YAML anchors are not supported: remove '&a0'");
    assertProblem(problems, "/a1/0", "YAML aliases are not supported");
  }

  @Test
  void readMethodology_yamlTagNamingAJavaClass_isRefused() {
    String text = YAML.replace("title: Chỉ số thử nghiệm", "title: !!java.lang.Runtime x");
    assertOnlyProblem(methodologyProblems(text, Syntax.YAML), "/title",
        "YAML tags are not allowed (data cannot name types)", "java.lang.Runtime");
  }

  @Test
  void readMethodology_yamlGadgetChainOfTags_reportsEveryTag() {
    String text = YAML.replace("rule: {type: points}", "rule: !!javax.script.ScriptEngineManager "
        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]");
    List<Problem> problems = methodologyProblems(text, Syntax.YAML);
    assertPointers(problems, "/nodes/0/rule", "/nodes/0/rule/0", "/nodes/0/rule/0/0/0");
    assertProblem(problems, "/nodes/0/rule", "javax.script.ScriptEngineManager");
    assertProblem(problems, "/nodes/0/rule/0", "java.net.URLClassLoader");
    assertProblem(problems, "/nodes/0/rule/0/0/0", "java.net.URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!str 1", "!local x", "!!binary aGk="})
  void readMethodology_anyYamlTag_isRefused(String value) {
    String text = YAML.replace("id: test", "id: " + value);
    assertOnlyProblem(methodologyProblems(text, Syntax.YAML), "/id", "YAML tags are not allowed");
  }

  // ---- duplicate keys, several documents --------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_duplicateKeys_areEachReportedAtTheirPointer(Syntax syntax) {
    String text = """
        {"format": "par-methodology/1", "id": "a", "id": "b", "title": "T", "validFrom": 2022,
         "maxPoints": 1,
         "nodes": [{"code": "1", "name": "A", "code": "2", "maxPoints": 1,
                    "rule": {"type": "points"}}]}
        """;
    List<Problem> problems = methodologyProblems(text, syntax);
    assertPointers(problems, "/id", "/nodes/0/code");
    assertProblem(problems, "/id", "duplicate key 'id'");
    assertProblem(problems, "/nodes/0/code", "duplicate key 'code'");
  }

  @Test
  void readMethodology_yamlBlockDuplicateKey_isReportedAtItsPointer() {
    String text = YAML.replace("validFrom: 2022\n", "validFrom: 2022\nid: other\n");
    assertOnlyProblem(methodologyProblems(text, Syntax.YAML), "/id", "duplicate key 'id'");
  }

  @Test
  void readMethodology_twoYamlDocuments_isRefused() {
    List<Problem> problems = methodologyProblems(YAML + "---\n" + YAML, Syntax.YAML);
    assertOnlyProblem(problems, "", "expected a single document");
  }

  @Test
  void readMethodology_twoJsonValues_isRefused() {
    List<Problem> problems = methodologyProblems(JSON + JSON, Syntax.JSON);
    assertOnlyProblem(problems, "", "expected a single document");
  }

  // ---- what must read ------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_utf8ByteOrderMark_isIgnored(Syntax syntax) {
    String name = syntax == Syntax.JSON ? "bom.json" : "bom.yaml";
    assertEquals(read(doc(syntax), name), read("\uFEFF" + doc(syntax), name));
  }

  @Test
  void readMethodology_byteOrderMarkWithoutExtension_isDetectedAsJson() {
    Methodology m = ParReader.standard().readMethodology(
        ("\uFEFF" + JSON).getBytes(StandardCharsets.UTF_8), "stdin");
    assertEquals("test", m.id());
  }

  @Test
  void readMethodology_yamlCodeWrittenAsADecimal_keepsItsText() {
    String text = """
        format: par-methodology/1
        id: test
        title: T
        validFrom: 2022
        maxPoints: 2
        nodes:
          - code: 1
            name: Lĩnh vực 1
            maxPoints: 2
            children:
              - {code: 1.1, name: Tiêu chí 1.1, maxPoints: 1, rule: {type: points}}
              - {code: 1.10, name: Tiêu chí 1.10, maxPoints: 1, rule: {type: points}}
        """;
    Methodology m = read(text, "codes.yaml");
    assertEquals(List.of("1", "1.1", "1.10"), m.allNodes().stream().map(n -> n.code()).toList());
  }

  @Test
  void readSubmission_yamlYesAndOn_areBooleans() {
    Submission s = ParReader.standard().readSubmission("""
        format: par-submission/1
        methodology: test
        year: 2023
        unit: {id: u}
        observations:
          "1.1": {yes: yes}
          "1.2": {yes: no}
          "1.3": {notApplicable: on}
        """.getBytes(StandardCharsets.UTF_8), "s.yaml");
    assertEquals(Observation.yes(true), s.observation("1.1").orElseThrow());
    assertEquals(Observation.yes(false), s.observation("1.2").orElseThrow());
    assertEquals(Observation.notApplicable(), s.observation("1.3").orElseThrow());
  }

  @Test
  void readMethodology_yamlNoAndOff_areFalse() {
    Methodology m = read(YAML.replace("maxPoints: 1.5\nnodes", "maxPoints: 1.5\ncapTotal: off\nnodes")
        .replace("rule: {type: points}", "allowNotApplicable: no\n    rule: {type: points}"),
        "a.yaml");
    assertFalse(m.capTotal());
    assertFalse(m.requireNode("1").allowNotApplicable());
  }

  @Test
  void readMethodology_vietnameseLettersOnEveryBufferBoundary_read() {
    // The YAML parser reads 1024 characters at a time; a two- or three-byte letter must read
    // wherever it falls, including across that boundary.
    for (int pad = 900; pad < 1100; pad++) {
      String text = YAML.replace("title: Chỉ số thử nghiệm", "title: " + "x".repeat(pad)
          + " Sở Kế hoạch và Đầu tư ĩ ư ầ");
      Methodology m = read(text, "pad.yaml");
      assertTrue(m.title().vi().endsWith("Sở Kế hoạch và Đầu tư ĩ ư ầ"));
    }
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_jsonDocument_readsTheSameAsJsonAndAsYaml(Syntax syntax) {
    assertEquals(read(JSON, "a.json"), read(JSON, "a.yaml"));
    assertEquals(read(YAML, "a.yaml"), read(doc(syntax),
        syntax == Syntax.JSON ? "b.json" : "b.yaml"));
  }
}
