package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of the command line (see docs/fuzzing.md): an input is a command line, its arguments
 * separated by NUL bytes ({@code score\0--submission\0s.yaml}). Every command line must end with exit
 * status 0 or 2; status 1 ("internal error"), an exception out of {@link Par#run(String...)}, a hang
 * or running out of memory is a finding.
 *
 * <p>The commands run in a sandbox directory holding the example files below; arguments with a
 * {@code /} or {@code \} are skipped, so that every file named stays in the sandbox, and the sandbox
 * is restored after each run (an {@code --out} may overwrite a file in it). The simulation file draws
 * few samples, and command lines asking for more than 9,999 random draws are skipped, so that one run
 * stays short.
 */
class CommandLineFuzzTest {
  private static final Path SANDBOX;
  private static final Map<String, byte[]> FILES = new LinkedHashMap<>();

  static {
    try {
      SANDBOX = Files.createTempDirectory("par-cli-fuzz");
      Path data = TestData.path("examples/data");
      FILES.put("s.yaml", Files.readAllBytes(data.resolve("hung-yen-2023.yaml")));
      FILES.put("c.yaml", Files.readAllBytes(data.resolve("commune-2024.yaml")));
      FILES.put("c2.yaml", Files.readAllBytes(data.resolve("communes/2024/xa-an-binh.yaml")));
      FILES.put("cm.yaml", Files.readAllBytes(data.resolve("commune-methodology.yaml")));
      FILES.put("p.yaml", Files.readAllBytes(data.resolve("hung-yen-2023-peers-ILLUSTRATIVE.yaml")));
      FILES.put("o.yaml", Files.readAllBytes(data.resolve(
          "hung-yen-2024-options-ILLUSTRATIVE.yaml")));
      FILES.put("sc.yaml", Files.readAllBytes(data.resolve("hung-yen-2023-survey-assumption.yaml")));
      FILES.put("sim.yaml", """
          format: par-simulation/1
          seed: 7
          draws: 40
          targetRank: 16
          inputs:
            DTXHH: { distribution: triangular, min: 24, mode: 26.4512, max: 28.5, group: survey }
            "8.5": { distribution: uniform, min: 1.2, max: 2, group: economy }
          peerChange: { distribution: normal, mean: 1.39, sd: 1 }
          sensitivity: { samples: 10 }
          """.getBytes(StandardCharsets.UTF_8));
      FILES.put("bad.json", "{\"format\": \"par-submission/1\", \"year\": \"x\"}"
          .getBytes(StandardCharsets.UTF_8));
      restore();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5s")
  @Timeout(20)
  void fuzz(byte[] input) throws IOException {
    String[] args = new String(input, StandardCharsets.UTF_8).split("\0", -1);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.indexOf('/') >= 0 || arg.indexOf('\\') >= 0) {
        return;
      }
      // Many random draws are work asked for, not a hang: up to 10,000,000 are allowed, at about
      // 40 µs each.
      String draws = arg.startsWith("--draws=") ? arg.substring("--draws=".length())
          : arg.equals("--draws") && i + 1 < args.length ? args[i + 1] : null;
      if (draws != null && draws.trim().length() > 4) {
        return;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = new Par(SANDBOX, o, e).run(args);
    } finally {
      restore();
    }
    if (status == ExitCode.INTERNAL_ERROR) {
      fail("internal error for " + List.of(args) + ":\n" + err.toString(StandardCharsets.UTF_8));
    }
    assertTrue(status == ExitCode.OK || status == ExitCode.INVALID_INPUT,
        () -> "exit status " + status + " for " + List.of(args));
  }

  /** Puts the sandbox back as it was: the example files, nothing else. */
  private static void restore() throws IOException {
    try (Stream<Path> files = Files.list(SANDBOX)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!FILES.containsKey(p.getFileName().toString())) {
          if (Files.isDirectory(p)) {
            try (Stream<Path> inside = Files.walk(p)) {
              inside.sorted((a, b) -> b.compareTo(a)).forEach(CommandLineFuzzTest::delete);
            }
          } else {
            delete(p);
          }
        }
      }
    }
    for (Map.Entry<String, byte[]> f : FILES.entrySet()) {
      Files.write(SANDBOX.resolve(f.getKey()), f.getValue());
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
