package io.github.parindex.model.io;

import static io.github.parindex.model.testing.ProblemAssertions.assertOnlyProblem;
import static io.github.parindex.model.testing.ProblemAssertions.methodologyProblems;
import static io.github.parindex.model.testing.ProblemAssertions.submissionProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of {@link ReadLimits} that {@link HardenedReaderTest} leaves out: the defaults as
 * documented, files of the full default size that used to take SnakeYAML a minute, the YAML line limit
 * derived from the string limit, and numbers whose plain form (as the writers write them) is longer
 * than the number limit.
 */
class ReadLimitsTest {
  /**
   * A hang guard, not a benchmark: each 16 MiB file below is refused in about a second on a slow
   * machine, where one long line used to take SnakeYAML over 70 s.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  private static final String SUBMISSION_HEAD = """
      format: par-submission/1
      methodology: test
      year: 2023
      unit: {id: u}
      """;

  @Test
  void defaults_areTheDocumentedValues() {
    ReadLimits d = ReadLimits.defaults();
    assertEquals(16 * 1024 * 1024, d.maxBytes());
    assertEquals(64, d.maxDepth());
    assertEquals(100_000, d.maxStringLength());
    assertEquals(40, d.maxNumberLength());
    assertEquals(2_000_000, d.maxValues());
    assertEquals(100_000, d.maxNodes());
    // 2 × 100,000 + 1,024.
    assertEquals(201_024, d.maxYamlLineLength());
  }

  @Test
  void maxYamlLineLength_followsTheStringLimit() {
    assertEquals(2 * 20 + 1024, ReadLimits.builder().maxStringLength(20).build().maxYamlLineLength());
    // Never overflows.
    assertEquals(Integer.MAX_VALUE, ReadLimits.builder().maxStringLength(Integer.MAX_VALUE).build()
        .maxYamlLineLength());
  }

  // ---- YAML lines ------------------------------------------------------------------------------

  /** Fills the default byte limit exactly with the head and one line of {@code fill}. */
  private static String oneLongLine(String before, char fill) {
    int size = ReadLimits.DEFAULT_MAX_BYTES - SUBMISSION_HEAD.length() - before.length() - 1;
    return SUBMISSION_HEAD + before + String.valueOf(fill).repeat(size) + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"note: ", "note: \"", "note: '", "# ", "", "x: ["})
  void readSubmission_yamlOf16MiBOnOneLine_isRefusedAtTheLineQuickly(String before) {
    String text = oneLongLine(before, before.isEmpty() ? ' ' : 'x');
    // Exactly the byte limit: the file is not refused for its size.
    assertEquals(ReadLimits.DEFAULT_MAX_BYTES, text.getBytes(StandardCharsets.UTF_8).length);
    int length = text.length() - SUBMISSION_HEAD.length() - 1;
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> submissionProblems(text, Syntax.YAML));
    // The head has 4 lines; the long one is line 5.
    assertOnlyProblem(problems, "", "line 5 has " + length + " characters",
        "a YAML line may have at most 201024");
  }

  @Test
  void readSubmission_yamlFilledWithLinesJustUnderTheLineLimit_isReadQuickly() {
    // 83 comment lines of 201,024 characters: each at the limit, the whole file within 16 MiB.
    String line = "#" + "x".repeat(201_023) + "\n";
    String text = SUBMISSION_HEAD + line.repeat((ReadLimits.DEFAULT_MAX_BYTES - 100) / line.length());
    Submission s = assertTimeoutPreemptively(HANG_GUARD, () -> ParReader.standard()
        .readSubmission(text.getBytes(StandardCharsets.UTF_8), "s.yaml"));
    assertEquals("u", s.unit().id());
  }

  @Test
  void readSubmission_yamlLineOfExactlyTheLimit_isRead() {
    ParReader reader = ParReader.withLimits(ReadLimits.builder().maxStringLength(20).build());
    // Limit: 2 × 20 + 1024 = 1064 characters; a comment line of exactly that many.
    String text = SUBMISSION_HEAD + "#" + "c".repeat(1063) + "\n";
    assertEquals("u", reader.readSubmission(text.getBytes(StandardCharsets.UTF_8), "s.yaml")
        .unit().id());
    String over = SUBMISSION_HEAD + "#" + "c".repeat(1064) + "\r\nstage: FINAL\n";
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.readSubmission(over.getBytes(StandardCharsets.UTF_8), "s.yaml"));
    assertOnlyProblem(e.problems(), "", "line 5 has 1065 characters",
        "a YAML line may have at most 1064");
  }

  @Test
  void readSubmission_yamlWithCarriageReturnLineEnds_countsEachLine() {
    ParReader reader = ParReader.withLimits(ReadLimits.builder().maxStringLength(20).build());
    // Old Mac line ends: each \r ends a line, so no line is over the limit of 1064.
    String text = SUBMISSION_HEAD.replace("\n", "\r") + ("#" + "c".repeat(1000) + "\r").repeat(5);
    assertEquals("u", reader.readSubmission(text.getBytes(StandardCharsets.UTF_8), "s.yaml")
        .unit().id());
  }

  @Test
  void readSubmission_jsonOfOneLongString_isRefusedByTheStringLimitQuickly() {
    String text = "{\"note\": \"" + "x".repeat(ReadLimits.DEFAULT_MAX_BYTES - 20) + "\"}";
    List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD,
        () -> submissionProblems(text, Syntax.JSON));
    assertOnlyProblem(problems, "/note", "a string of " + (ReadLimits.DEFAULT_MAX_BYTES - 20)
        + " characters; the limit is 100000");
  }

  @Test
  void writeThenRead_yamlTextOfTheFullStringLimit_readsBack() {
    // The writer puts a text on one line after its key; the line limit leaves room for it.
    String longest = "Sở Nội vụ ".repeat(10_000);
    assertEquals(100_000, longest.length());
    Submission s = Submission.builder().methodology("test").year(2023)
        .unit(Unit.builder().id("u").name(longest).build()).build();
    String yaml = ParWriter.toString(s, Syntax.YAML);
    assertEquals(s, ParReader.standard().readSubmission(yaml.getBytes(StandardCharsets.UTF_8),
        "s.yaml"));
  }

  // ---- numbers written out in full -------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_numberLongerThanTheLimitInPlainNotation_isRefusedWhenRead(Syntax syntax) {
    String text = """
        {"format": "par-submission/1", "methodology": "test", "year": 2023, "unit": {"id": "u"},
         "observations": {"1": {"rate": 1e-50}}}
        """;
    // 1e-50 is written "0." and 49 zeros and "1": 52 characters.
    assertOnlyProblem(submissionProblems(text, syntax), "/observations/1/rate",
        "the number 1e-50 has 52 characters written out in full", "the limit is 40");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_decimalTextLongerThanTheLimitInPlainNotation_isRefused(Syntax syntax) {
    String text = """
        {"format": "par-submission/1", "methodology": "test", "year": 2023, "unit": {"id": "u"},
         "observations": {"1": {"rate": "1e-50"}}}
        """;
    assertOnlyProblem(submissionProblems(text, syntax), "/observations/1/rate",
        "the decimal '1e-50' has 52 characters written out in full", "the limit is 40");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readMethodology_parameterLongerThanTheLimitInPlainNotation_isRefused(Syntax syntax) {
    // 1e45 is 1 and 45 zeros: 46 characters.
    String text = """
        {"format": "par-methodology/1", "id": "test", "title": "T", "validFrom": 2022,
         "maxPoints": 1,
         "nodes": [{"code": "1", "name": "A", "maxPoints": 1, "rule": {"type": "points", "a": 1e45}}]}
        """;
    assertOnlyProblem(methodologyProblems(text, syntax), "/nodes/0/rule/a",
        "the number 1e45 has 46 characters written out in full");
  }

  @ParameterizedTest
  @EnumSource(Syntax.class)
  void readSubmission_numberOfExactlyTheLimitInPlainNotation_readsAndReadsBack(Syntax syntax) {
    // 1e-38 is "0." and 37 zeros and "1": 40 characters, the limit.
    String text = """
        {"format": "par-submission/1", "methodology": "test", "year": 2023, "unit": {"id": "u"},
         "observations": {"1": {"rate": 1e-38}, "2": {"rate": "1e-38"}}}
        """;
    Submission s = ParReader.standard().readSubmission(text.getBytes(StandardCharsets.UTF_8),
        syntax == Syntax.JSON ? "s.json" : "s.yaml");
    BigDecimal expected = BigDecimal.ONE.movePointLeft(38);
    assertEquals(Observation.rate(expected), s.observation("1").orElseThrow());
    assertEquals(Observation.rate(expected), s.observation("2").orElseThrow());
    for (Syntax out : Syntax.values()) {
      String written = ParWriter.toString(s, out);
      assertEquals(s, ParReader.standard().readSubmission(
          written.getBytes(StandardCharsets.UTF_8), out == Syntax.JSON ? "w.json" : "w.yaml"));
    }
  }

  @Test
  void readSubmission_customNumberLimit_appliesToThePlainForm() {
    ParReader reader = ParReader.withLimits(ReadLimits.builder().maxNumberLength(4).build());
    // "1e3" has 3 characters but is 1000 written out: 4, accepted; "1e4" is 10000: 5, refused.
    String text = SUBMISSION_HEAD + "observations: {\"1\": {count: 1e3}, \"2\": {count: 1e4}}\n";
    ValidationException e = assertThrows(ValidationException.class,
        () -> reader.readSubmission(text.getBytes(StandardCharsets.UTF_8), "s.yaml"));
    assertOnlyProblem(e.problems(), "/observations/2/count",
        "the number 1e4 has 5 characters written out in full", "the limit is 4");
  }

  @Test
  void readMethodology_longDecimalTextUsedAsAText_isNotADecimal() {
    // A text that looks like a long decimal is fine where a text is expected: it is written back
    // as the same text.
    String text = """
        {"format": "par-methodology/1", "id": "test", "title": "1e-50", "validFrom": 2022,
         "maxPoints": 1,
         "nodes": [{"code": "1", "name": "A", "maxPoints": 1, "rule": {"type": "points"}}]}
        """;
    Methodology m = ParReader.standard().readMethodology(text.getBytes(StandardCharsets.UTF_8),
        "m.json");
    assertEquals(LocalizedText.of("1e-50"), m.title());
  }
}
