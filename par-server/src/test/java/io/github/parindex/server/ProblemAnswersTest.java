package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Problem;
import io.github.parindex.model.io.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad requests, answered in-process: every problem at once, at a JSON pointer into the request body;
 * where the command line reads the same document from a file, the same messages at the same pointers
 * inside it.
 */
class ProblemAnswersTest {
  private static final Catalogue CATALOGUE = Fixtures.catalogue();
  private static final Scoring SCORING = new Scoring(CATALOGUE, ReadLimits.defaults());
  private static final WhatIfEndpoints WHAT_IF = new WhatIfEndpoints(CATALOGUE, ReadLimits.defaults());
  private static final Scoring.Rendering JSON = new Scoring.Rendering(false,
      io.github.parindex.model.Language.VI);

  /** The submission of docs/cli.md's "bad.yaml": a kind 1.1 does not take, an unknown code, a year. */
  private static final String BAD = YamlToJson.file(Repo.data("commune-2024.yaml"))
      .replace("\"year\" : 2024", "\"year\" : 2019")
      .replace("\"yes\" : true", "\"count\" : 1")
      .replace("\"observations\" : {", "\"observations\" : {\n    \"9.9\" : { \"points\" : 1 },");

  @TempDir
  Path dir;

  private static HttpProblem problem(Runnable call) {
    return assertThrows(HttpProblem.class, call::run);
  }

  private static List<String> lines(HttpProblem p) {
    return p.problems().stream().map(x -> (x.path().isEmpty() ? "/" : x.path()) + ": "
        + x.message()).toList();
  }

  /** The command line's problem lines of one file, with the file's name replaced by a pointer. */
  private static List<String> cliLines(Cli.Result r, String file, String pointer) {
    List<String> lines = new ArrayList<>();
    for (String line : r.err().split("\n")) {
      if (line.startsWith(file + ": ")) {
        String rest = line.substring(file.length() + 2);
        lines.add(pointer + (rest.startsWith("/: ") ? rest.substring(1) : rest));
      }
    }
    return lines;
  }

  @Test
  void score_invalidSubmission_everyProblemAsTheCommandLineReportsIt() throws IOException {
    Files.writeString(dir.resolve("bad.json"), BAD);
    Cli.Result cli = Cli.run("score", "--methodology", Fixtures.COMMUNE, "--submission",
        dir.resolve("bad.json").toString());
    assertEquals(2, cli.status());
    List<String> expected = cliLines(cli, dir.resolve("bad.json").toString(), "/submission");
    assertEquals(3, expected.size(), cli.err());
    HttpProblem p = problem(() -> SCORING.score(Body.of().id("methodology", "golden-commune")
        .raw("submission", BAD).bytes(), JSON));
    assertEquals(400, p.status());
    assertEquals(expected, lines(p));
    assertTrue(lines(p).get(0).startsWith("/submission/observations/1.1: leaf 1.1 (rule yes-no) "
        + "does not accept 'count'"), lines(p).get(0));
  }

  @Test
  void score_problemsOfSeveralMembers_allAtOnce() {
    HttpProblem p = problem(() -> SCORING.score(Body.of().raw("methodology",
        "{\"format\": \"par-methodology/1\"}").raw("submission", "[1]").bytes(), JSON));
    assertEquals(400, p.status());
    assertTrue(lines(p).contains("/submission: expected a par-submission/1 object, got an array"),
        lines(p).toString());
    assertTrue(p.problems().stream().anyMatch(x -> x.path().startsWith("/methodology/")),
        lines(p).toString());
    // document order: /methodology... before /submission
    assertTrue(p.problems().get(p.problems().size() - 1).path().equals("/submission"));
  }

  @Test
  void score_invalidMethodologyObject_problemsOfItsFileUnderMethodology() throws IOException {
    String methodology = YamlToJson.file(Repo.data(Fixtures.COMMUNE))
        .replace("\"type\" : \"yes-no\"", "\"type\" : \"no-such-rule\"");
    Files.writeString(dir.resolve("m.json"), methodology);
    Cli.Result cli = Cli.run("score", "--methodology", dir.resolve("m.json").toString(),
        "--submission", "commune-2024.yaml");
    List<String> expected = cliLines(cli, dir.resolve("m.json").toString(), "/methodology");
    assertTrue(!expected.isEmpty(), cli.err());
    HttpProblem p = problem(() -> SCORING.score(Body.of().raw("methodology", methodology)
        .file("submission", "commune-2024.yaml").bytes(), JSON));
    assertEquals(expected, lines(p));
  }

  @Test
  void unknownMethodologyId_is404NamingTheKnownIds() {
    HttpProblem p = problem(() -> SCORING.score(Body.of().id("methodology", "nope")
        .file("submission", "commune-2024.yaml").bytes(), JSON));
    assertEquals(404, p.status());
    assertEquals(List.of("/methodology: no methodology has id 'nope'; known: vn-par-province-876, "
        + "vn-par-province-2948, golden-commune"), lines(p));
  }

  @Test
  void malformedBodies_problemsAtTheirPointers() {
    Function<String, List<String>> score = text -> lines(problem(() -> SCORING.score(
        text.getBytes(StandardCharsets.UTF_8), JSON)));
    assertEquals(List.of("/: the body is empty: expected a JSON object"), score.apply(""));
    assertEquals(List.of("/: expected a JSON object, got an array"), score.apply("[]"));
    assertEquals(List.of("/methodology: missing: expected the id of a methodology (a string) or"
        + " a par-methodology/1 object"), score.apply("{}"));
    assertEquals(List.of("/extra: unknown member; expected one of: methodology, submission",
        "/methodology: given twice"), score.apply(
            "{\"methodology\": \"a\", \"methodology\": \"b\", \"extra\": 1}"));
    assertEquals(List.of("/methodology: expected the id of a methodology (a string) or a "
        + "par-methodology/1 object, got a number", "/submission: expected a par-submission/1 "
        + "object, got null"), score.apply("{\"methodology\": 1, \"submission\": null}"));
    assertEquals(List.of("/: expected a single JSON object, found more after it"),
        score.apply("{} {}"));
    List<String> syntax = score.apply("{\"methodology\": \"golden-commune\", \"submission\": "
        + "{\"format\": \"par-submission/1\", \"year\": 20x}}");
    assertEquals(1, syntax.size());
    assertTrue(syntax.get(0).startsWith("/submission/year: line 1, column "), syntax.get(0));
  }

  @Test
  void deepNesting_refusedByTheDepthLimit() {
    String deep = "[".repeat(200) + "]".repeat(200);
    HttpProblem p = problem(() -> SCORING.score(("{\"submission\": " + deep + "}")
        .getBytes(StandardCharsets.UTF_8), JSON));
    assertEquals(400, p.status());
    assertEquals(1, p.problems().size());
    assertTrue(p.problems().get(0).message().equals("nesting deeper than 64 levels"),
        lines(p).toString());
  }

  @Test
  void rank_unitTwiceOrMixedYears_aProblemOfItsArray() {
    HttpProblem twice = problem(() -> SCORING.rank(Body.of().id("methodology", "golden-commune")
        .files("submissions", List.of("communes/2025/xa-my-loc.yaml",
            "communes/2025/xa-my-loc.yaml")).bytes(), JSON));
    assertEquals(List.of("/submissions: unit xa-my-loc appears twice"), lines(twice));
    HttpProblem mixed = problem(() -> SCORING.rank(Body.of().id("methodology", "golden-commune")
        .files("submissions", List.of("communes/2025/xa-my-loc.yaml", "commune-2024.yaml"))
        .bytes(), JSON));
    assertEquals(1, mixed.problems().size());
    assertTrue(lines(mixed).get(0).startsWith("/submissions: cannot rank xa-tan-phu (golden-commune,"
        + " 2024) with units scored by golden-commune for 2025"), lines(mixed).toString());
    HttpProblem empty = problem(() -> SCORING.rank(Body.of().id("methodology", "golden-commune")
        .raw("submissions", "[]").bytes(), JSON));
    assertEquals(List.of("/submissions: expected a non-empty array of par-submission/1 objects, "
        + "got an empty array"), lines(empty));
  }

  @Test
  void rank_problemsOfEverySubmissionAtTheirIndex() {
    HttpProblem p = problem(() -> SCORING.rank(Body.of().id("methodology", "golden-commune")
        .raw("submissions", "[" + YamlToJson.file(Repo.data("communes/2025/xa-my-loc.yaml"))
            + "," + BAD + "]").bytes(), JSON));
    assertEquals(3, p.problems().size());
    assertTrue(p.problems().stream().allMatch(x -> x.path().startsWith("/submissions/1/")),
        lines(p).toString());
  }

  @Test
  void project_requestRules_asTheCommandLinesFlags() {
    Function<Body, List<String>> project = b -> lines(problem(() -> WHAT_IF.project(b.bytes())));
    Body base = Body.of().id("methodology", "golden-commune").file("submission",
        "commune-2024.yaml");
    assertEquals(List.of("/target: give exactly one target: points, index or rank"),
        project.apply(Body.of().id("methodology", "golden-commune").file("submission",
            "commune-2024.yaml").raw("target", "{\"points\": 12, \"index\": 90}")));
    assertEquals(List.of("/target/rank: a rank target needs the peers' results: peers"),
        project.apply(Body.of().id("methodology", "golden-commune").file("submission",
            "commune-2024.yaml").raw("target", "{\"rank\": 2}")));
    assertEquals(List.of("/draws: goes with peerChangeNormal", "/peerChange: goes with a rank "
        + "target", "/target/index: expected a number of at least 0, got -1"),
        project.apply(base.raw("target", "{\"index\": -1}").raw("peerChange", "1")
            .raw("draws", "10")));
    assertEquals(List.of("/target/percent: unknown member; expected one of: points, index, rank"),
        project.apply(Body.of().id("methodology", "golden-commune").file("submission",
            "commune-2024.yaml").raw("target", "{\"percent\": 2}")));
  }

  @Test
  void project_problemsOfTheOptionsDocument_underOptions() {
    HttpProblem p = problem(() -> WHAT_IF.project(Body.of().id("methodology", "golden-commune")
        .file("submission", "commune-2024.yaml").raw("target", "{\"index\": 90}")
        .raw("options", "{\"format\": \"par-options/1\", \"options\": {\"9.9\": {\"fixed\": true}}}")
        .bytes()));
    assertEquals(400, p.status());
    assertTrue(p.problems().stream().allMatch(x -> x.path().startsWith("/options/options/9.9")),
        lines(p).toString());
  }

  @Test
  void simulate_needsAScenarioOrASpec() {
    HttpProblem p = problem(() -> WHAT_IF.simulate(Body.of().id("methodology", "golden-commune")
        .file("submission", "commune-2024.yaml").bytes()));
    assertEquals(List.of("/: give a scenario, a simulation spec, or both"), lines(p));
  }

  @Test
  void validate_problemsAreTheAnswerNotAnError() throws IOException {
    String valid = new String(SCORING.validate(Body.of().id("methodology", "golden-commune")
        .file("submission", "commune-2024.yaml").bytes()), StandardCharsets.UTF_8);
    assertEquals("{\n  \"valid\": true,\n  \"problems\": []\n}\n", valid);
    Files.writeString(dir.resolve("bad.json"), BAD);
    Cli.Result cli = Cli.run("validate", "--methodology", Fixtures.COMMUNE,
        dir.resolve("bad.json").toString());
    assertEquals(2, cli.status());
    String invalid = new String(SCORING.validate(Body.of().id("methodology", "golden-commune")
        .raw("submission", BAD).bytes()), StandardCharsets.UTF_8);
    StringBuilder expected = new StringBuilder("{\n  \"valid\": false,\n  \"problems\": [");
    List<String> lines = cliLines(new Cli.Result(2, new byte[0], cli.text()),
        dir.resolve("bad.json").toString(), "/submission");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      expected.append(i == 0 ? "\n" : ",\n").append("    {\n      \"path\": \"")
          .append(line, 0, colon).append("\",\n      \"message\": \"")
          .append(line.substring(colon + 2).replace("\"", "\\\"")).append("\"\n    }");
    }
    expected.append("\n  ]\n}\n");
    assertEquals(expected.toString(), invalid);
  }

  @Test
  void validate_methodologyAlone_andItsProblems() {
    String ok = new String(SCORING.validate(Body.of().file("methodology", Fixtures.COMMUNE)
        .bytes()), StandardCharsets.UTF_8);
    assertTrue(ok.startsWith("{\n  \"valid\": true"), ok);
    String bad = new String(SCORING.validate(Body.of().raw("methodology",
        "{\"format\": \"par-methodology/1\", \"id\": 7}").bytes()), StandardCharsets.UTF_8);
    assertTrue(bad.startsWith("{\n  \"valid\": false"), bad);
    assertTrue(bad.contains("\"path\": \"/methodology/nodes\",\n      \"message\": \"required: "
        + "expected a list\""), bad);
  }

  @Test
  void problemsPlacedInTheBody_keepTheirOwnSourcePointer() {
    List<Problem> placed = Problems.inBody(List.of(new Problem("/options", "/options/1.1",
        "m"), new Problem("", "/year", "n"), new Problem("", "", "o")), "/submission");
    assertEquals(List.of(Problem.at("/options/options/1.1", "m"), Problem.at("/submission/year",
        "n"), Problem.at("/submission", "o")), placed);
  }
}
