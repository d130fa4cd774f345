package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.BundledMethodologies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String BUNDLED = String.join(", ", BundledMethodologies.ids());

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("mini.json", Fixtures.MINI_METHODOLOGY);
    cli.write("mini-sub.yaml", Fixtures.MINI_SUBMISSION);
    cli.write("bad.json", Fixtures.BAD_METHODOLOGY);
    cli.write("bad-sub.json", Fixtures.BAD_SUBMISSION);
    cli.write("s2948.json", Fixtures.SUBMISSION_2948);
  }

  @Test
  void validate_validMethodology_exitsZeroWithOkLine() {
    Cli.Result r = cli.run("validate", "mini.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("mini.json: ok (methodology test-mini, 4 nodes, 3 leaves)\n"
        + "1 file checked: 1 valid, 0 invalid\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_validSubmissionWithMethodologyOption_exitsZero() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml", "--methodology", "mini.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("mini-sub.yaml: ok (submission hung-yen 2023 APPRAISED, methodology test-mini, "
        + "3 observations)\n1 file checked: 1 valid, 0 invalid\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_validSubmissionOfBundledMethodology_findsItById() {
    Cli.Result r = cli.run("validate", "s2948.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("s2948.json: ok (submission hung-yen 2018 SELF, methodology vn-par-province-2948, "
        + "0 observations)\n1 file checked: 1 valid, 0 invalid\n", r.out());
  }

  @Test
  void validate_methodologyOptionWithBundledId_usesBundledMethodology() {
    Cli.Result r = cli.run("validate", "--methodology=vn-par-province-2948", "s2948.json");

    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().startsWith("s2948.json: ok ("), r::toString);
  }

  @Test
  void validate_bundledIds_checksBundledMethodologies() {
    Cli.Result r = cli.run("validate", "vn-par-province-876", "vn-par-province-2948");

    // Counted in the bundled YAML files by a separate script: every node, and the nodes with a rule
    // (2948 is field level only: its fields are all unitemised points, so it has no leaves).
    assertEquals(0, r.status(), r::toString);
    assertEquals("vn-par-province-876: ok (methodology vn-par-province-876, 31 nodes, 22 leaves)\n"
        + "vn-par-province-2948: ok (methodology vn-par-province-2948, 8 nodes, 0 leaves)\n"
        + "2 files checked: 2 valid, 0 invalid\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_fileNamedLikeBundledId_checksTheFile() {
    cli.write("vn-par-province-876", Fixtures.MINI_METHODOLOGY);

    Cli.Result r = cli.run("validate", "vn-par-province-876");

    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().startsWith("vn-par-province-876: ok (methodology test-mini,"), r::toString);
  }

  @Test
  void validate_submissionBeforeItsMethodologyAmongTheFiles_isCheckedAgainstIt() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml", "mini.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("mini-sub.yaml: ok (submission hung-yen 2023 APPRAISED, methodology test-mini, "
        + "3 observations)\nmini.json: ok (methodology test-mini, 4 nodes, 3 leaves)\n"
        + "2 files checked: 2 valid, 0 invalid\n", r.out());
  }

  @Test
  void validate_badSubmissionWithItsMethodologyAmongTheFiles_reportsItsOwnProblems() {
    cli.write("mini-bad-sub.yaml", Fixtures.MINI_SUBMISSION.replace("year: 2023", "year: 1999"));

    Cli.Result r = cli.run("validate", "mini.json", "mini-bad-sub.yaml");

    assertEquals(2, r.status(), r::toString);
    assertTrue(r.out().startsWith("mini.json: ok (methodology test-mini, 4 nodes, 3 leaves)\n"
        + "mini-bad-sub.yaml: /year: methodology 'test-mini' applies to evaluation years"), r::toString);
  }

  @Test
  void validate_methodologyAndItsSubmission_bothOk() {
    Cli.Result r = cli.run("validate", "mini.json", "mini-sub.yaml", "--methodology", "mini.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("mini.json: ok (methodology test-mini, 4 nodes, 3 leaves)\n"
        + "mini-sub.yaml: ok (submission hung-yen 2023 APPRAISED, methodology test-mini, "
        + "3 observations)\n2 files checked: 2 valid, 0 invalid\n", r.out());
  }

  @Test
  void validate_badMethodology_printsEveryProblemOnItsLine() {
    Cli.Result r = cli.run("validate", "bad.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("bad.json: /colour: unknown field 'colour'; expected one of: format, id, title, "
        + "issuer, legalBasis, unitLevel, description, provenance, validFrom, validTo, maxPoints, "
        + "pointDecimals, indexDecimals, rounding, capTotal, bands, alerts, bandCaps, nodes\n"
        + "bad.json: /nodes/0/maxPoints: children's maxima + unitemisedPoints = 6, expected it to "
        + "equal maxPoints 10\n"
        + "1 file checked: 0 valid, 1 invalid (2 problems)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_badRules_printsRuleProblemsWithPointers() {
    cli.write("bad-rules.yaml", """
        format: par-methodology/1
        id: test-bad-rules
        title: { vi: Quy tắc lỗi }
        validFrom: 2022
        maxPoints: 3
        nodes:
          - code: "1"
            name: { vi: Lĩnh vực 1 }
            maxPoints: 2
            children:
              - { code: "1.1", name: { vi: Tiêu chí 1.1 }, maxPoints: 2,
                  rule: { type: test-points, weight: 2 } }
          - { code: "2", name: { vi: Lĩnh vực 2 }, maxPoints: 1, rule: { type: no-such-type } }
        """);

    Cli.Result r = cli.run("validate", "bad-rules.yaml");

    assertEquals(2, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r::toString);
    assertEquals("bad-rules.yaml: /nodes/0/children/0/rule/weight: unknown parameter 'weight'; "
        + "this rule takes no parameters", lines[0]);
    assertTrue(lines[1].startsWith("bad-rules.yaml: /nodes/1/rule/type: unknown rule type "
        + "'no-such-type'; known types: "), lines[1]);
    assertTrue(lines[1].contains("test-points"), lines[1]);
    assertEquals("1 file checked: 0 valid, 1 invalid (2 problems)", lines[2]);
  }

  @Test
  void validate_badSubmission_printsEveryProblemOnItsLine() {
    Cli.Result r = cli.run("validate", "bad-sub.json", "--methodology", "mini.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("bad-sub.json: /observations/1.1: leaf 1.1 (rule test-points) does not accept "
        + "'count'; accepted: points, yes, notApplicable\n"
        + "bad-sub.json: /observations/1.2/points: points 5 are above the leaf's maximum (4)\n"
        + "bad-sub.json: /observations/9.9: no leaf has code '9.9' in methodology 'test-mini'\n"
        + "bad-sub.json: /year: methodology 'test-mini' applies to evaluation years 2022 onward, "
        + "not 2019\n"
        + "1 file checked: 0 valid, 1 invalid (4 problems)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_missingFile_reportsNoSuchFile() {
    Cli.Result r = cli.run("validate", "nope.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("nope.json: /: cannot read: no such file\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_directory_reportsIsADirectory() throws Exception {
    Files.createDirectory(dir.resolve("sub"));

    Cli.Result r = cli.run("validate", "sub");

    assertEquals(2, r.status(), r::toString);
    assertEquals("sub: /: cannot read: is a directory\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
  }

  @Test
  void validate_fileNested20000Levels_reportsDepthQuicklyWithoutStackTrace() {
    cli.write("deep.json", "[".repeat(20_000) + "]".repeat(20_000));

    Cli.Result r = assertTimeout(Duration.ofSeconds(10), () -> cli.run("validate", "deep.json"));

    assertEquals(2, r.status(), r::toString);
    assertEquals("deep.json: " + "/0".repeat(64) + ": nesting deeper than 64 levels\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_yamlNested20000Levels_reportsOneProblemQuicklyWithoutStackTrace() {
    cli.write("deep.yaml", "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n");

    Cli.Result r = assertTimeout(Duration.ofSeconds(10), () -> cli.run("validate", "deep.yaml"));

    assertEquals(2, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r::toString);
    assertTrue(lines[0].startsWith("deep.yaml: /a/a/a"), lines[0]);
    assertTrue(lines[0].contains("nesting"), lines[0]);
    assertFalse(r.out().contains("\tat "), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void validate_truncatedFile_reportsWhereItEndsWithoutStackTrace() {
    cli.write("truncated.json", "{\"format\": \"par-methodology/1\", \"nodes\": [");

    Cli.Result r = assertTimeout(Duration.ofSeconds(10),
        () -> cli.run("validate", "truncated.json"));

    assertEquals(2, r.status(), r::toString);
    assertEquals("truncated.json: /nodes/0: line 1, column 43: Unexpected end-of-input: expected "
        + "close marker for Array (start marker at line 1, column 42)\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_emptyFile_reportsIt() {
    cli.write("empty.yaml", "");

    Cli.Result r = cli.run("validate", "empty.yaml");

    assertEquals(2, r.status(), r::toString);
    assertTrue(r.out().startsWith("empty.yaml: /: "), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void validate_fileWithoutFormat_reportsFormat() {
    cli.write("nameless.json", "{\"id\": \"x\"}");

    Cli.Result r = cli.run("validate", "nameless.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("nameless.json: /format: missing or not a string: expected "
        + "\"par-methodology/1\" or \"par-submission/1\"\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
  }

  @Test
  void validate_otherFormat_reportsFormat() {
    cli.write("options.json", "{\"format\": \"par-options/1\", \"options\": {}}");

    Cli.Result r = cli.run("validate", "options.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("options.json: /format: unknown format \"par-options/1\": expected "
        + "\"par-methodology/1\" or \"par-submission/1\"\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
  }

  @Test
  void validate_submissionOfUnknownMethodology_suggestsMethodologyOption() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml");

    assertEquals(2, r.status(), r::toString);
    assertEquals("mini-sub.yaml: /methodology: no bundled methodology has id 'test-mini' (bundled: "
        + BUNDLED + "); give its file with --methodology FILE\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
  }

  @Test
  void validate_invalidMethodology_reportsItsProblemsUnderItsOwnName() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml", "--methodology", "bad.json");

    assertEquals(2, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(4, lines.length, r::toString);
    assertEquals("mini-sub.yaml: /methodology: cannot be checked against bad.json, which has "
        + "2 problems (listed under its name)", lines[0]);
    assertTrue(lines[1].startsWith("bad.json: /colour: unknown field 'colour'"), lines[1]);
    assertTrue(lines[2].startsWith("bad.json: /nodes/0/maxPoints: "), lines[2]);
    assertEquals("2 files checked: 0 valid, 2 invalid (3 problems)", lines[3]);
  }

  @Test
  void validate_methodologyUsedTwiceAndListed_isReportedOnce() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml", "bad.json", "bad-sub.json",
        "--methodology", "./bad.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals(1, r.out().split("/colour: ", -1).length - 1, r::toString);
    assertTrue(r.out().endsWith("3 files checked: 0 valid, 3 invalid (4 problems)\n"), r::toString);
  }

  @Test
  void validate_missingMethodologyOption_reportsNoSuchFileOrId() {
    Cli.Result r = cli.run("validate", "mini-sub.yaml", "--methodology", "nope.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("mini-sub.yaml: /methodology: cannot be checked against nope.json, which has "
        + "1 problem (listed under its name)\n"
        + "nope.json: /: cannot read: no such file, nor a bundled methodology (bundled: "
        + BUNDLED + ")\n"
        + "2 files checked: 0 valid, 2 invalid (2 problems)\n", r.out());
  }

  @Test
  void validate_manyFiles_reportsEachInArgumentOrder() {
    Cli.Result r = cli.run("validate", "s2948.json", "nope.json", "mini.json");

    assertEquals(2, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].startsWith("s2948.json: ok "), lines[0]);
    assertEquals("nope.json: /: cannot read: no such file", lines[1]);
    assertTrue(lines[2].startsWith("mini.json: ok "), lines[2]);
    assertEquals("3 files checked: 2 valid, 1 invalid (1 problem)", lines[3]);
  }

  @Test
  void validate_jsonFormat_writesReport() {
    Cli.Result r = cli.run("validate", "--format", "json", "mini.json", "nope.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("""
        {
          "files": [
            {
              "file": "mini.json",
              "format": "par-methodology/1",
              "valid": true,
              "problems": []
            },
            {
              "file": "nope.json",
              "format": null,
              "valid": false,
              "problems": [
                {
                  "path": "/",
                  "message": "cannot read: no such file"
                }
              ]
            }
          ],
          "valid": false
        }
        """, r.out());
    assertEquals("", r.err());
  }

  @Test
  void validate_outOption_writesReportToFile() throws Exception {
    Cli.Result r = cli.run("validate", "mini.json", "--out", "report.txt");

    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals("mini.json: ok (methodology test-mini, 4 nodes, 3 leaves)\n"
        + "1 file checked: 1 valid, 0 invalid\n",
        Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void validate_csvFormat_isRefused() {
    Cli.Result r = cli.run("validate", "--format", "csv", "mini.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("par validate: --format csv is not supported here; use one of: "
        + "text, json\nusage: par validate "), r::toString);
  }
}
