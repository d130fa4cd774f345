package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par project} and {@code par simulate} on the Hưng Yên example data (a real submission, an
 * explicitly labelled survey ASSUMPTION, ILLUSTRATIVE peers, costs and distributions) and on the small
 * test methodology of par-scoring, whose figures are worked out by hand there (ProjectorTest).
 */
class WhatIfCommandsTest {
  private static final Path DATA = TestData.path("examples/data");
  private static final Path TEST = TestData.path("projection");

  @TempDir Path dir;
  private Cli cli;

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("hung-yen.yaml", read(DATA.resolve("hung-yen-2023.yaml")));
    cli.write("assume.yaml", read(DATA.resolve("hung-yen-2023-survey-assumption.yaml")));
    cli.write("peers.yaml", read(DATA.resolve("hung-yen-2023-peers-ILLUSTRATIVE.yaml")));
    cli.write("options.yaml", read(DATA.resolve("hung-yen-2024-options-ILLUSTRATIVE.yaml")));
    cli.write("sim.yaml", read(DATA.resolve("hung-yen-2023-simulation-ILLUSTRATIVE.yaml")));
    for (String f : new String[] {"m98.yaml", "s98.yaml", "o98.yaml", "p98.yaml"}) {
      cli.write(f, read(TEST.resolve(f)));
    }
  }

  private Cli.Result hungYen(String... more) {
    String[] base = {"project", "--submission", "hung-yen.yaml", "--scenario", "assume.yaml",
        "--peers", "peers.yaml", "--options", "options.yaml", "--target-rank", "16"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return cli.run(all);
  }

  @Test
  void project_unknownSurveyPart_invalidInputWithThePointer() {
    Cli.Result r = cli.run("project", "--submission", "hung-yen.yaml", "--target-index", "90");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().startsWith("hung-yen.yaml: /unknown/0: 'DTXHH' is declared unknown"),
        r::toString);
    assertEquals("", r.out());
  }

  /*
   * Figures of the example (HungYenRiseTenPlacesTest): peers +1.39, the 16th is 90.25, needing 90.245
   * points; the cheapest plan costs 15.7798 and gives 90.2452 -> 90.25, rank 16.
   */
  @Test
  void project_rankWithRandomPeerChanges_jsonHasTheContractKeys() {
    Cli.Result r = hungYen("--peer-change-normal", "1.39,1", "--draws", "500", "--seed", "7",
        "--format", "json");
    assertEquals(0, r.status(), r::toString);
    String json = r.out();
    for (String key : new String[] {"\"feasible\": true", "\"requiredPoints\": 90.2450",
        "\"requiredIndex\": 90.25", "\"plan\": [", "\"code\": \"7.3.7\"", "\"from\": 0.8200",
        "\"to\": 1.5000", "\"gain\": 0.6800", "\"cost\": 5", "\"totalCost\": 15.7798",
        "\"resultingPoints\": 90.2452", "\"resultingIndex\": 90.25", "\"resultingRank\": 16",
        "\"probability\": ", "\"rankPercentiles\": {", "\"draws\": 500", "\"assumptions\": [",
        "ASSUMED to be 82.66 % of 32"}) {
      assertTrue(json.contains(key), key + "\n" + json);
    }
    assertEquals("", r.err());
  }

  @Test
  void project_sameSeed_byteIdenticalOnOneAndFourThreads() {
    Cli.Result one = hungYen("--peer-change-normal", "1.39,1", "--draws", "300", "--seed", "11",
        "--threads", "1");
    Cli.Result four = hungYen("--peer-change-normal", "1.39,1", "--draws", "300", "--seed", "11",
        "--threads", "4");
    assertEquals(0, one.status(), one::toString);
    assertArrayEquals(one.outBytes(), four.outBytes());
  }

  @Test
  void project_defaultTextReport_inEnglish() {
    Cli.Result r = hungYen("--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Required: index ≥ 88.86 → 88.8550 points (+1.8856)"), r::toString);
    assertTrue(r.out().contains("Total: 9 changes · gain +1.8856 · cost 5.7712"), r::toString);
    assertTrue(r.out().contains("ASSUMPTION: Hưng Yên's 2023 survey points"), r::toString);
  }

  /* ProjectorTest: index 99 is out of reach; every improvement gives 94.0277 -> 95.95. */
  @Test
  void project_unreachableTarget_feasibleFalseAndExitZero() {
    Cli.Result r = cli.run("project", "--methodology", "m98.yaml", "--submission", "s98.yaml",
        "--options", "o98.yaml", "--target-index", "99", "--format", "json");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("\"feasible\": false"), r::toString);
    assertTrue(r.out().contains("\"resultingIndex\": 95.95"), r::toString);
    assertTrue(r.out().contains("\"totalCost\": 7.5"), r::toString);
  }

  @Test
  void project_badOptionsFile_everyProblemWithItsFile() {
    cli.write("bad.yaml", """
        format: par-options/1
        options:
          "9.9": { fixed: true }
          "1.3": { levels: [ { points: 21, cost: 1 } ] }
        """);
    Cli.Result r = cli.run("project", "--methodology", "m98.yaml", "--submission", "s98.yaml",
        "--options", "bad.yaml", "--target-points", "90");
    assertEquals(2, r.status(), r::toString);
    assertEquals("bad.yaml: /options/1.3/levels/0/points: points 21 are above the maximum of 1.3 "
        + "(20)\nbad.yaml: /options/9.9: no leaf or node has code '9.9' in methodology 'test-98'\n",
        r.err());
  }

  @Test
  void project_usageErrors_exitTwo() {
    String[][] lines = {
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-index", "90",
            "--target-points", "80"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-rank", "2"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-index",
            "ninety"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-rank", "2",
            "--peers", "p98.yaml", "--peer-change-normal", "1.39"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-index", "90",
            "--peer-change", "1"},
        {"project", "--submission", "s98.yaml", "--methodology", "m98.yaml", "--target-rank", "2",
            "--peers", "p98.yaml", "--seed", "3"}};
    String[] messages = {"give exactly one target", "give exactly one target",
        "--target-rank needs the peers' results", "--target-index expects a decimal number",
        "--peer-change-normal expects MEAN,SD", "go with --target-rank",
        "--draws and --seed go with --peer-change-normal"};
    for (int i = 0; i < lines.length; i++) {
      Cli.Result r = cli.run(lines[i]);
      assertEquals(2, r.status(), r::toString);
      assertTrue(r.err().contains(messages[i]), r::toString);
    }
  }

  @Test
  void simulate_scenarioAndSpec_jsonWithBothParts_sameBytesOnAnyThreads() {
    String[] line = {"simulate", "--submission", "hung-yen.yaml", "--spec", "sim.yaml",
        "--peers", "peers.yaml", "--format", "json", "--threads", "1"};
    Cli.Result one = cli.run(line);
    assertEquals(0, one.status(), one::toString);
    line[line.length - 1] = "4";
    Cli.Result four = cli.run(line);
    assertArrayEquals(one.outBytes(), four.outBytes());
    String json = one.out();
    for (String key : new String[] {"\"format\": \"par-simulate/1\"", "\"scenario\": null",
        "\"format\": \"par-simulation-result/1\"", "\"percentiles\": {", "\"histogram\": {",
        "\"targetRank\": 16", "\"sensitivity\": {", "\"group\": \"survey\"", "\"group\": \"peers\""}) {
      assertTrue(json.contains(key), key + "\n" + json);
    }
  }

  @Test
  void simulate_scenarioOnly_textComparesNodeByNodeWithRanks() {
    Cli.Result r = cli.run("simulate", "--submission", "hung-yen.yaml", "--scenario", "assume.yaml",
        "--peers", "peers.yaml", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("ASSUMPTION: Hưng Yên's 2023 survey points"), r::toString);
    assertTrue(r.out().contains("Rank among 62 peers: — → 26"), r::toString);
  }

  @Test
  void simulate_nothingToDo_usageError() {
    Cli.Result r = cli.run("simulate", "--submission", "s98.yaml", "--methodology", "m98.yaml");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("give a scenario (--scenario SC), a simulation (--spec SIM)"),
        r::toString);
  }
}
