package io.github.parindex.server;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The example requests of the tests, each with the command line that must print the same bytes, and
 * the methodology folder the servers of the tests are started with (the example commune methodology,
 * id {@code golden-commune}).
 */
final class Fixtures {
  static final String COMMUNE = "commune-methodology.yaml";
  static final List<String> COMMUNES_2025 = List.of("communes/2025/xa-an-binh.yaml",
      "communes/2025/xa-binh-minh.yaml", "communes/2025/xa-dong-lac.yaml",
      "communes/2025/xa-hoa-son.yaml", "communes/2025/xa-my-loc.yaml",
      "communes/2025/xa-phu-tho.yaml", "communes/2025/xa-tan-phu.yaml");
  static final List<String> COMMUNES_2024 = List.of("commune-2024.yaml",
      "communes/2024/xa-an-binh.yaml", "communes/2024/xa-binh-minh.yaml",
      "communes/2024/xa-hoa-son.yaml");
  static final String HUNG_YEN = "hung-yen-2023.yaml";
  static final String CRITERIA = "cycle/commune-criteria-2025.yaml";
  static final String AN_BINH = "cycle/xa-an-binh-2025.assessment.yaml";
  static final String HOA_SON = "cycle/xa-hoa-son-2025.assessment.yaml";
  static final String PEERS = "hung-yen-2023-peers-ILLUSTRATIVE.yaml";
  static final String OPTIONS = "hung-yen-2024-options-ILLUSTRATIVE.yaml";
  static final String ASSUMPTION = "hung-yen-2023-survey-assumption.yaml";
  static final String SPEC = "hung-yen-2023-simulation-ILLUSTRATIVE.yaml";

  private Fixtures() {}

  /**
   * A request: its endpoint, body and {@code Accept}, and the command line printing its answer.
   *
   * @param name a name for test reports
   * @param path the endpoint
   * @param body the body
   * @param accept the {@code Accept} header, or {@code null}
   * @param cli the equivalent {@code par} command line
   */
  record Case(String name, String path, Body body, String accept, List<String> cli) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every request compared with the command line: each endpoint, JSON and HTML, methodologies by id
   * (bundled and from the folder) and as objects.
   *
   * @return the cases
   */
  static List<Case> cases() {
    List<String> rank = new java.util.ArrayList<>(List.of("rank", "--methodology", COMMUNE,
        "--previous-methodology", COMMUNE));
    for (String p : COMMUNES_2024) {
      rank.add("--previous");
      rank.add(p);
    }
    rank.addAll(COMMUNES_2025);
    List<String> rankJson = new java.util.ArrayList<>(rank);
    rankJson.addAll(List.of("--format", "json"));
    List<String> rankHtml = new java.util.ArrayList<>(rank);
    rankHtml.addAll(List.of("--format", "html", "--lang", "en"));
    Body rankBody = Body.of().id("methodology", "golden-commune").files("submissions", COMMUNES_2025)
        .files("previous", COMMUNES_2024).id("previousMethodology", "golden-commune");
    return List.of(
        new Case("score, methodology by id from the folder", "/v1/score",
            Body.of().id("methodology", "golden-commune").file("submission", "commune-2024.yaml"),
            null, List.of("score", "--methodology", COMMUNE, "--submission", "commune-2024.yaml",
                "--format", "json")),
        new Case("score, methodology as an object", "/v1/score",
            Body.of().file("methodology", COMMUNE).file("submission", "communes/2025/xa-my-loc.yaml"),
            "application/json", List.of("score", "--methodology", COMMUNE, "--submission",
                "communes/2025/xa-my-loc.yaml", "--format", "json")),
        new Case("score, bundled methodology, survey part unknown", "/v1/score",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN),
            null, List.of("score", "--submission", HUNG_YEN, "--format", "json")),
        new Case("score, HTML report in Vietnamese", "/v1/score",
            Body.of().id("methodology", "golden-commune").file("submission", "commune-2024.yaml"),
            "text/html", List.of("score", "--methodology", COMMUNE, "--submission",
                "commune-2024.yaml", "--format", "html")),
        new Case("rank with previous year", "/v1/rank", rankBody, null, rankJson),
        new Case("rank, HTML report in English", "/v1/rank?lang=en", rankBody,
            "text/html,application/xhtml+xml,*/*;q=0.8", rankHtml),
        new Case("compare two years", "/v1/compare",
            Body.of().id("methodology", "golden-commune").file("a", "commune-2024.yaml")
                .file("b", "communes/2025/xa-tan-phu.yaml"),
            null, List.of("compare", "--methodology", COMMUNE, "commune-2024.yaml",
                "communes/2025/xa-tan-phu.yaml", "--format", "json")),
        new Case("assess a commune's year, every stage", "/v1/assess",
            Body.of().file("methodology", CRITERIA).file("assessment", AN_BINH),
            null, List.of("assess", "--methodology", CRITERIA, AN_BINH, "--format", "json")),
        new Case("assess, the appraisal report in English", "/v1/assess?lang=en",
            Body.of().file("methodology", CRITERIA).file("assessment", HOA_SON),
            "text/html", List.of("assess", "--methodology", CRITERIA, HOA_SON, "--format", "html",
                "--lang", "en")),
        new Case("project to an index with default options", "/v1/project",
            Body.of().id("methodology", "golden-commune").file("submission", "commune-2024.yaml")
                .raw("target", "{\"index\": 90}"),
            null, List.of("project", "--methodology", COMMUNE, "--submission", "commune-2024.yaml",
                "--target-index", "90", "--format", "json")),
        new Case("project to a rank from a scenario, peers moving at random", "/v1/project",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN)
                .file("scenario", ASSUMPTION).file("peers", PEERS).file("options", OPTIONS)
                .raw("target", "{\"rank\": 16}")
                .raw("peerChangeNormal", "{\"mean\": 1.39, \"sd\": 1}")
                .raw("draws", "2000").raw("seed", "2024"),
            null, List.of("project", "--submission", HUNG_YEN, "--scenario", ASSUMPTION, "--peers",
                PEERS, "--options", OPTIONS, "--target-rank", "16", "--peer-change-normal",
                "1.39,1", "--draws", "2000", "--seed", "2024", "--format", "json")),
        new Case("project to a rank, every peer moving by 1.39", "/v1/project",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN)
                .file("scenario", ASSUMPTION).file("peers", PEERS)
                .raw("target", "{\"rank\": 16}").raw("peerChange", "1.39"),
            null, List.of("project", "--submission", HUNG_YEN, "--scenario", ASSUMPTION, "--peers",
                PEERS, "--target-rank", "16", "--peer-change", "1.39", "--format", "json")),
        new Case("simulate a scenario", "/v1/simulate",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN)
                .file("scenario", ASSUMPTION).file("peers", PEERS),
            null, List.of("simulate", "--submission", HUNG_YEN, "--scenario", ASSUMPTION,
                "--peers", PEERS, "--format", "json")),
        new Case("simulate the uncertainty, with Sobol indices", "/v1/simulate",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN)
                .file("spec", SPEC).file("peers", PEERS),
            null, List.of("simulate", "--submission", HUNG_YEN, "--spec", SPEC, "--peers", PEERS,
                "--format", "json")),
        new Case("simulate on a scenario's result", "/v1/simulate",
            Body.of().id("methodology", "vn-par-province-876").file("submission", HUNG_YEN)
                .file("scenario", ASSUMPTION).file("spec", SPEC).file("peers", PEERS),
            null, List.of("simulate", "--submission", HUNG_YEN, "--scenario", ASSUMPTION,
                "--spec", SPEC, "--peers", PEERS, "--format", "json")));
  }

  /**
   * A folder holding only the example commune methodology, as servers are started with.
   *
   * @return the folder
   */
  static Path methodologyFolder() {
    try {
      Path dir = Files.createTempDirectory("par-server-methodologies");
      Files.copy(Repo.data(COMMUNE), dir.resolve(COMMUNE));
      dir.toFile().deleteOnExit();
      dir.resolve(COMMUNE).toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The catalogue of the servers of the tests.
   *
   * @return the bundled methodologies and the example commune methodology
   */
  static Catalogue catalogue() {
    return Catalogue.load(Optional.of(methodologyFolder()), RuleRegistry.withServiceLoader());
  }

  /**
   * Fails unless two answers are the same bytes, showing where they part.
   *
   * @param expected the command line's bytes
   * @param actual the server's bytes
   * @param what the request
   */
  static void assertSameBytes(byte[] expected, byte[] actual, String what) {
    if (java.util.Arrays.equals(expected, actual)) {
      return;
    }
    int i = java.util.Arrays.mismatch(expected, actual);
    String e = new String(expected, StandardCharsets.UTF_8);
    String a = new String(actual, StandardCharsets.UTF_8);
    fail(what + ": " + actual.length + " bytes instead of " + expected.length + "; first"
        + " difference at byte " + i + ":\n  expected …" + excerpt(e, i) + "\n  actual   …"
        + excerpt(a, i));
  }

  private static String excerpt(String s, int byteIndex) {
    int from = Math.max(0, Math.min(s.length(), byteIndex) - 60);
    return s.substring(from, Math.min(s.length(), from + 160)).replace("\n", "⏎");
  }
}
