package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built {@code target/par.jar} gives byte-identical output (standard output, standard error and
 * exit status) for the same command line, run in separate JVMs whatever the platform: the default
 * locale (en-US, tr-TR with its dotless i, vi-VN with its decimal comma), the default charset
 * (UTF-8, ISO-8859-1), the time zone (UTC, America/Los_Angeles, Asia/Ho_Chi_Minh) and the number of
 * threads of {@code project} and {@code simulate}. Every command runs on the example data, in every
 * format it writes. Run by failsafe in {@code verify}, which passes the jar's path as {@code par.jar}.
 */
class DeterminismIT {
  private static final Path DATA = TestData.directory("examples/data");

  /** A platform: JVM options, environment, and the thread count given to project and simulate. */
  private record Platform(String name, List<String> jvm, Map<String, String> env, String threads) {}

  private static final List<Platform> PLATFORMS = List.of(
      new Platform("en-US UTF-8 UTC, 1 thread",
          List.of("-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8",
              "-Duser.timezone=UTC"),
          Map.of("TZ", "UTC", "LC_ALL", "C.UTF-8"), "1"),
      new Platform("tr-TR ISO-8859-1 America/Los_Angeles CRLF, 4 threads",
          List.of("-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
              "-Duser.timezone=America/Los_Angeles", "-Dline.separator=\r\n"),
          Map.of("TZ", "America/Los_Angeles", "LC_ALL", "tr_TR.ISO-8859-9"), "4"),
      new Platform("vi-VN UTF-8 Asia/Ho_Chi_Minh, 3 threads",
          List.of("-Duser.language=vi", "-Duser.country=VN", "-Dfile.encoding=UTF-8",
              "-Duser.timezone=Asia/Ho_Chi_Minh"),
          Map.of("TZ", "Asia/Ho_Chi_Minh", "LC_ALL", "vi_VN.UTF-8"), "3"));

  @BeforeEach
  void needsTheJar() {
    assumeTrue(System.getProperty("par.jar") != null, "run by failsafe, after package");
  }

  static Stream<Arguments> commands() {
    String m876 = "vn-par-province-876";
    String hungYen = DATA.resolve("hung-yen-2023.yaml").toString();
    String commune = DATA.resolve("commune-methodology.yaml").toString();
    String peers = DATA.resolve("hung-yen-2023-peers-ILLUSTRATIVE.yaml").toString();
    String options = DATA.resolve("hung-yen-2024-options-ILLUSTRATIVE.yaml").toString();
    String scenario = DATA.resolve("hung-yen-2023-survey-assumption.yaml").toString();
    String spec = DATA.resolve("hung-yen-2023-simulation-ILLUSTRATIVE.yaml").toString();
    List<String> communes2025 = new ArrayList<>();
    try (Stream<Path> files = Files.list(DATA.resolve("communes/2025"))) {
      files.map(Path::toString).sorted().forEach(communes2025::add);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> rank = new ArrayList<>(List.of("rank", "--methodology", commune));
    rank.addAll(communes2025);
    rank.addAll(List.of("--previous", DATA.resolve("commune-2024.yaml").toString(),
        "--previous-methodology", commune));
    List<Arguments> all = new ArrayList<>();
    for (String format : List.of("text", "json", "csv", "html")) {
      all.add(Arguments.of(List.of("score", "--methodology", m876, "--submission", hungYen,
          "--format", format, "--lang", format.equals("csv") ? "en" : "vi")));
    }
    for (String format : List.of("text", "html")) {
      List<String> r = new ArrayList<>(rank);
      r.addAll(List.of("--format", format));
      all.add(Arguments.of(r));
    }
    all.add(Arguments.of(List.of("deficits", "--methodology", m876, "--submission", hungYen)));
    all.add(Arguments.of(List.of("compare", "--methodology", commune,
        DATA.resolve("commune-2024.yaml").toString(), communes2025.get(0), "--format", "json")));
    all.add(Arguments.of(List.of("project", "--methodology", m876, "--submission", hungYen,
        "--scenario", scenario, "--target-rank", "16", "--peers", peers, "--options", options,
        "--peer-change-normal", "1.39,1", "--draws", "500", "--seed", "7", "--threads", "T")));
    all.add(Arguments.of(List.of("project", "--methodology", m876, "--submission", hungYen,
        "--scenario", scenario, "--target-index", "90", "--format", "json", "--threads", "T")));
    all.add(Arguments.of(List.of("simulate", "--methodology", m876, "--submission", hungYen,
        "--scenario", scenario, "--spec", spec, "--peers", peers, "--threads", "T")));
    all.add(Arguments.of(List.of("simulate", "--methodology", m876, "--submission", hungYen,
        "--scenario", scenario, "--spec", spec, "--peers", peers, "--format", "json",
        "--threads", "T")));
    return all.stream();
  }

  /** What one run gave. */
  private record Run(int status, byte[] out, byte[] err) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void sameCommand_anyPlatform_sameBytes(List<String> args) throws Exception {
    Run first = null;
    for (Platform platform : PLATFORMS) {
      List<String> command = args.stream().map(a -> a.equals("T") ? platform.threads() : a)
          .toList();
      Run run = java(platform, command);
      if (first == null) {
        first = run;
        assertEquals(0, run.status(),
            () -> new String(run.err(), StandardCharsets.UTF_8));
        assertTrue(run.out().length > 0);
        continue;
      }
      assertEquals(first.status(), run.status(), platform.name());
      assertSame("standard output", first.out(), run.out(), platform);
      assertSame("standard error", first.err(), run.err(), platform);
    }
  }

  private static void assertSame(String what, byte[] expected, byte[] actual, Platform platform) {
    if (Arrays.equals(expected, actual)) {
      return;
    }
    String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        fail(what + " differs on " + platform.name() + " at line " + (i + 1) + ":\n  expected: "
            + x + "\n  actual:   " + y);
      }
    }
    fail(what + " differs on " + platform.name() + " (same lines, other bytes)");
  }

  private static Run java(Platform platform, List<String> args) throws Exception {
    Path jar = Path.of(System.getProperty("par.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), () -> "no jar at " + jar);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short runs: start fast (C1 only, serial GC); neither changes what the program computes.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(platform.jvm());
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(platform.env());
    Process p = builder.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = read(p.getInputStream());
    CompletableFuture<byte[]> err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "par.jar did not finish in 120 s");
    return new Run(p.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<byte[]> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
