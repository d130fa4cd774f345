package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code par project} and {@code par simulate} refuse before computing (issue 20, items 9 and
 * 11): a plan search larger than its limit of states, and peers whose index the methodology makes
 * impossible.
 */
class ProjectLimitsTest {
  private static final int FIELDS = 40;
  private static final int LEAVES = 99;

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("wide.yaml", wideMethodology());
    cli.write("diverse.yaml", diverseSubmission());
    cli.write("zero.yaml", submissionHead() + "observations: {}\n");
    for (String f : new String[] {"m98.yaml", "s98.yaml"}) {
      cli.write(f, read(TestData.path("projection").resolve(f)));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 40 fields of 99 leaves of 1 point each: 4,000 nodes, 3,960 points at 4 decimals. */
  private static String wideMethodology() {
    StringBuilder b = new StringBuilder("""
        format: par-methodology/1
        id: wide-4000
        title: { vi: Rộng, en: Wide }
        validFrom: 2023
        maxPoints: 3960
        pointDecimals: 4
        indexDecimals: 2
        rounding: HALF_UP
        bands:
          - { code: A, minPercent: 0 }
        nodes:
        """);
    for (int f = 1; f <= FIELDS; f++) {
      b.append("  - code: \"").append(f).append("\"\n    name: Field ").append(f)
          .append("\n    maxPoints: ").append(LEAVES).append("\n    children:\n");
      for (int l = 1; l <= LEAVES; l++) {
        b.append("      - { code: \"").append(f).append('.').append(l).append("\", name: Leaf ")
            .append(f).append('.').append(l).append(", maxPoints: 1, rule: { type: points } }\n");
      }
    }
    return b.toString();
  }

  private static String submissionHead() {
    return """
        format: par-submission/1
        methodology: wide-4000
        year: 2023
        unit: { id: self, name: Self }
        missing: ZERO
        """;
  }

  /**
   * Every leaf short of its point by a different amount (0.0001 to 0.2000): 396.8780 points short in
   * all, so the sums of the leaves' gains fill the point grid.
   */
  private static String diverseSubmission() {
    StringBuilder b = new StringBuilder(submissionHead()).append("observations:\n");
    int i = 0;
    for (int f = 1; f <= FIELDS; f++) {
      for (int l = 1; l <= LEAVES; l++) {
        i++;
        int points = 10_000 - ((i * 7919) % 2000 + 1);
        b.append("  \"").append(f).append('.').append(l).append("\": { points: ")
            .append(points / 10_000).append('.').append(String.format("%04d", points % 10_000))
            .append(" }\n");
      }
    }
    return b.toString();
  }

  /*
   * Index 89.98 to 99 needs about 357 points, 3.57 million steps of 0.0001 over 3,960 leaves: the
   * search would examine 15,555,641,900 states (each leaf's layer of min(T, R_k) + 1 states, times
   * 2). Before the limit was checked ahead of the search, par 0.x (main before issue 20) ran out of
   * memory on this tree after minutes, exit 1; now it is refused at once, exit 2, naming the limit.
   */
  @Test
  void project_wideTreeAboveTheStateLimit_refusedBeforeSearchingWithTheLimit() {
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run("project",
        "--methodology", "wide.yaml", "--submission", "diverse.yaml", "--target-index", "99"));
    assertEquals(2, r.status(), r::toString);
    assertEquals("diverse.yaml: /: the plan needs 15555641900 states, above the limit of 50000000 "
        + "states: ask for a smaller gain, give fewer levels, or raise the limit of states (par "
        + "project --max-states N)\n", r.err());
    assertEquals("", r.out());
  }

  /*
   * From nothing to index 50 on the wide tree: every gain is one whole point, so the grid is in
   * points (greatest common divisor 10,000 steps) and 1979.8020 points need 1,980 of them — 11,771,100
   * states, under the default limit. The cheapest plan takes 1,980 leaves at 1 per point (cost
   * 1980); with --max-states below the figure, the same request is refused, naming the limit given.
   */
  @Test
  void project_maxStates_bindsTheSearchBothWays() {
    Cli.Result ok = cli.run("project", "--methodology", "wide.yaml", "--submission", "zero.yaml",
        "--target-index", "50", "--format", "json");
    assertEquals(0, ok.status(), ok::toString);
    assertTrue(ok.out().contains("\"feasible\": true"), ok::toString);
    assertTrue(ok.out().contains("\"requiredPoints\": 1979.8020"), ok::toString);
    assertTrue(ok.out().contains("\"totalCost\": 1980\n")
        || ok.out().contains("\"totalCost\": 1980,"), ok::toString);
    assertTrue(ok.out().contains("\"resultingIndex\": 50.00"), ok::toString);

    Cli.Result low = cli.run("project", "--methodology", "wide.yaml", "--submission", "zero.yaml",
        "--target-index", "50", "--max-states", "11771099");
    assertEquals(2, low.status(), low::toString);
    assertTrue(low.err().startsWith("zero.yaml: /: the plan needs 11771100 states, above the limit "
        + "of 11771099 states"), low::toString);

    Cli.Result enough = cli.run("project", "--methodology", "wide.yaml", "--submission",
        "zero.yaml", "--target-index", "50", "--max-states", "11771100", "--format", "json");
    assertEquals(ok.out(), enough.out());
  }

  @Test
  void project_maxStatesNotAPositiveWhole_usageError() {
    for (String bad : new String[] {"0", "-1", "1.5", "x", "3000000000"}) {
      Cli.Result r = cli.run("project", "--methodology", "wide.yaml", "--submission", "zero.yaml",
          "--target-index", "50", "--max-states", bad);
      assertEquals(2, r.status(), r::toString);
      assertTrue(r.err().contains("--max-states"), r::toString);
    }
  }

  /*
   * Issue 20 #11: test-98 caps totals (capTotal by default), so no index is above 100; both peers at
   * 150 used to give "feasible" and "rank 1". Each impossible index is a problem at its pointer in the
   * peers file, exit 2, for project and simulate alike.
   */
  @Test
  void projectAndSimulate_peersAboveTheCap_problemAtEachPointer() {
    cli.write("p150.yaml", """
        format: par-peers/1
        units:
          - { id: a, index: 150 }
          - { id: b, index: 99.5 }
          - { id: c, index: 150.00 }
        """);
    cli.write("sim.yaml", """
        format: par-simulation/1
        draws: 10
        inputs:
          "1.1": { distribution: uniform, min: 0, max: 10 }
        """);
    String expected = "p150.yaml: /units/0/index: an index of 150 is impossible under methodology "
        + "'test-98': it caps totals, so an index is at most 100\n"
        + "p150.yaml: /units/2/index: an index of 150.00 is impossible under methodology 'test-98': "
        + "it caps totals, so an index is at most 100\n";
    Cli.Result project = cli.run("project", "--methodology", "m98.yaml", "--submission",
        "s98.yaml", "--target-rank", "1", "--peers", "p150.yaml");
    assertEquals(2, project.status(), project::toString);
    assertEquals(expected, project.err());
    assertEquals("", project.out());

    Cli.Result simulate = cli.run("simulate", "--methodology", "m98.yaml", "--submission",
        "s98.yaml", "--spec", "sim.yaml", "--peers", "p150.yaml");
    assertEquals(2, simulate.status(), simulate::toString);
    assertEquals(expected, simulate.err());
    assertEquals("", simulate.out());
  }
}
