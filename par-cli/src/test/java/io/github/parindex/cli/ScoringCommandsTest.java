package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The scoring commands on real data: Hưng Yên 2023 (seed 001) against the bundled 876 methodology,
 * and the hand-made golden commune cases of par-scoring.
 */
class ScoringCommandsTest {
  private static final Path GOLDEN = TestData.path("golden");

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
    cli.write("hung-yen.yaml", read(TestData.path("examples/data/hung-yen-2023.yaml")));
    cli.write("commune.yaml", read(GOLDEN.resolve("commune-methodology.yaml")));
    cli.write("a.yaml", read(GOLDEN.resolve("commune-a/submission.yaml")));
    cli.write("b.yaml", read(GOLDEN.resolve("commune-b-submission.yaml")));
  }

  @Test
  void score_hungYen2023Json_reproducesThePublishedFieldResults() {
    Cli.Result r = cli.run("score", "--methodology", "vn-par-province-876", "--submission",
        "hung-yen.yaml", "--format", "json");
    assertEquals(0, r.status(), r::toString);
    String json = r.out();
    // Field points from seed 001 (PAR-INDEX.md section 5), the appraised total and the 0.0046.
    for (String field : new String[] {
        "\"code\": \"1\",", "\"points\": 9.4754,", "\"points\": 11.9888,", "\"points\": 6.4278,",
        "\"points\": 5.7500,", "\"points\": 6.4100,", "\"points\": 10.1707,", "\"points\": 4.2955,",
        "\"points\": 60.5182,", "\"unexplained\": 0.0046,", "\"chargedToRemainder\": 0.0046,",
        "\"index\": null,"}) {
      assertTrue(json.contains(field), field);
    }
    assertEquals("", r.err());
  }

  @Test
  void score_bundledMethodologyFoundByTheSubmissionsId_whenNoneIsGiven() {
    Cli.Result r = cli.run("score", "--submission", "hung-yen.yaml", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("By source: Appraisal 60.5182 / 68.0000 · Survey unknown / 32.0000"),
        r::toString);
    assertTrue(r.out().contains("Largest points lost (10 of 23; total 7.4818)"), r::toString);
  }

  @Test
  void score_commune_textReportWithIndexBandAndAlert() {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--lang", "en", "--top", "0");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Total: 10.5300 / 15.0000 · Index: 70.20 % · Classification: Average"),
        r::toString);
    assertTrue(r.out().contains("- 2: 62.25 % < 75 % — A remediation plan is required"),
        r::toString);
    assertFalse(r.out().contains("Largest points lost"), r::toString);
  }

  @Test
  void score_invalidSubmission_exitsTwoWithProblemsOnStandardError() {
    cli.write("bad.yaml", read(GOLDEN.resolve("commune-a/submission.yaml"))
        .replace("\"1.3\": { rate: 0.81 }", "\"1.3\": { rate: -1.81 }"));
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission", "bad.yaml");
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals("bad.yaml: /observations/1.3/rate: expected a rate of at least 0 (0.95 for 95 %, "
        + "1.12 for 112 %), got -1.81\n", r.err());
  }

  @Test
  void score_csv_oneRowPerNode() {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--format", "csv");
    assertEquals(0, r.status(), r::toString);
    // header + 16 nodes: 1, 1.1-1.4, 2, 2.1-2.5, B, B.1, P, P.1, P.2
    assertEquals(17, r.out().split("\n").length);
  }

  @Test
  void deficits_hungYen_groupsByLeadAgency() {
    Cli.Result r = cli.run("deficits", "--submission", "hung-yen.yaml", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Total lost (recoverable to full marks): 7.4818"), r::toString);
    // 8.3.3 1 + 8.5 0.7045 + 8.3.2 0.5 + 6.1.1 0.04 = 2.2445
    assertTrue(r.out().lines().anyMatch(l -> l.matches("Sở Kế hoạch và Đầu tư +2\\.2445 +30\\.00 .*")),
        r::toString);
  }

  @Test
  void rank_twoCommunes_ranksOnPublishedIndex() {
    Cli.Result r = cli.run("rank", "--methodology", "commune.yaml", "a.yaml", "b.yaml",
        "--format", "csv");
    assertEquals(0, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertTrue(lines[1].startsWith("1,xa-an-binh,Xã An Bình,Vùng A,10.5300,70.20,TB,,"), lines[1]);
    assertTrue(lines[2].startsWith("2,xa-binh-minh,Xã Bình Minh,Vùng B,11.2200,70.13,TB,0.07,"),
        lines[2]);
  }

  @Test
  void rank_problemsInSeveralFiles_allReportedAtOnce() {
    cli.write("bad1.yaml", "format: par-submission/1\n");
    cli.write("bad2.yaml", "[");
    Cli.Result r = cli.run("rank", "--methodology", "commune.yaml", "bad1.yaml", "bad2.yaml");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("bad1.yaml: /methodology: required"), r::toString);
    assertTrue(r.err().contains("bad2.yaml: "), r::toString);
  }

  @Test
  void compare_selfVersusAppraisal_listsChangedNodesAndWhy() {
    Cli.Result r = cli.run("compare", "--methodology", "commune.yaml", "a.yaml", "b.yaml",
        "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Change of total (B − A): +0.6900 · change of index: -0.07"),
        r::toString);
    assertTrue(r.out().contains("- 1.3: Rate 45.00 % is below the floor 50 %: 0 points"),
        r::toString);
  }
}
