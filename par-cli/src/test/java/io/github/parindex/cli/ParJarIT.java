package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code target/par.jar} in a separate JVM, as a user would. Run by failsafe in the
 * {@code verify} phase, which passes the jar's path as the system property {@code par.jar}; skipped
 * when another runner picks it up (e.g. surefire given {@code -Dtest=...}, before the jar is built).
 */
class ParJarIT {
  @TempDir Path dir;

  @BeforeEach
  void needsTheJar() {
    assumeTrue(System.getProperty("par.jar") != null, "run by failsafe, after package");
  }

  /** What one run of the jar gave. */
  private record Run(int status, String out, String err) {}

  private Run java(String... args) throws Exception {
    Path jar = Path.of(System.getProperty("par.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), () -> "no jar at " + jar);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A hostile platform: another default charset, a Turkish locale, CRLF line separators.
        "-Dfile.encoding=ISO-8859-1", "-Duser.language=tr", "-Duser.country=TR",
        "-Dline.separator=\r\n", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = read(p.getInputStream());
    CompletableFuture<byte[]> err = read(p.getErrorStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "par.jar did not finish in 60 s");
    return new Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
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

  @Test
  void jar_hasAStableAutomaticModuleName() throws IOException {
    // POI requires commons-math3, whose module name comes from its file name: par-cli and par-excel
    // are automatic modules with stable names instead of module descriptors (docs/architecture.md).
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("par.jar"))) {
      assertEquals("io.github.parindex.cli",
          jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
      assertTrue(jar.getEntry("module-info.class") == null, "no module descriptor in par.jar");
    }
  }

  @Test
  void jar_methodologies_listsBundledMethodologiesInUtf8() throws Exception {
    Run r = java("methodologies");

    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Mã "), r::toString);
    assertTrue(r.out().contains("Chỉ số cải cách hành chính cấp tỉnh"), r::toString);
    assertTrue(!r.out().contains("\r"), r::toString);
    for (String id : BundledMethodologies.ids()) {
      assertTrue(r.out().contains("\n" + id + " "), () -> id + " missing: " + r);
    }
  }

  @Test
  void jar_methodologiesAsCsv_writesHeaderAndRecords() throws Exception {
    Run r = java("methodologies", "--format", "csv", "--lang", "en");

    assertEquals(0, r.status(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals("id,title,validFrom,validTo,years,complete,itemisedPercent", lines[0]);
    assertEquals(1 + BundledMethodologies.ids().size(), lines.length, r::toString);
  }

  @Test
  void jar_validateMissingFile_exits2WithProblemLine() throws Exception {
    Run r = java("validate", "nope.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("nope.json: /: cannot read: no such file\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void jar_sheetReadSheetAndScoreXlsx_workFromTheShadedJar() throws Exception {
    Path golden = TestData.path("golden");
    Files.copy(golden.resolve("commune-methodology.yaml"), dir.resolve("commune.yaml"));
    Files.copy(golden.resolve("commune-a/submission.yaml"), dir.resolve("a.yaml"));

    Run sheet = java("sheet", "--methodology", "commune.yaml", "--submission", "a.yaml", "--out",
        "form.xlsx");
    Run read = java("read-sheet", "form.xlsx", "--methodology", "commune.yaml", "--out",
        "read.json");
    Run original = java("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--format", "json");
    Run again = java("score", "--methodology", "commune.yaml", "--submission", "read.json",
        "--format", "json");
    Run card = java("score", "--methodology", "commune.yaml", "--submission", "a.yaml",
        "--self", "read.json", "--format", "xlsx", "--out", "card.xlsx");

    for (Run r : List.of(sheet, read, original, again, card)) {
      assertEquals(0, r.status(), r::toString);
      assertEquals("", r.err(), r::toString);
    }
    assertEquals(original.out(), again.out());
    assertTrue(Files.size(dir.resolve("card.xlsx")) > 0);
  }

  @Test
  void jar_unknownCommand_exits2() throws Exception {
    Run r = java("frobnicate");

    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().startsWith("par: unknown command 'frobnicate'\n"), r::toString);
  }
  private Process start(String... args) throws IOException {
    Path jar = Path.of(System.getProperty("par.jar")).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void jar_standardOutputOnAFullDevice_exits2() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    Path jar = Path.of(System.getProperty("par.jar")).toAbsolutePath();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar.toString(), "methodologies")
        .redirectOutput(new java.io.File("/dev/full")).start();
    CompletableFuture<byte[]> err = read(p.getErrorStream());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));

    assertEquals(2, p.exitValue());
    assertEquals("par: cannot write to standard output: No space left on device\n",
        new String(err.get(), StandardCharsets.UTF_8));
  }

  @Test
  void jar_batchStoppedBySigterm_leavesNoTemporaryFile() throws Exception {
    // The batch is a named pipe: the first pass reads the line written to it; the second opens it
    // again and waits for a writer, its temporary --out file already created. Then SIGTERM comes.
    Path pipe = dir.resolve("batch.jsonl");
    assumeTrue(Platform.mkfifo(pipe), "a named pipe can be made");
    Path data = TestData.directory("examples/data");
    Files.createDirectory(dir.resolve("out"));
    Process p = start("score", "--methodology", data.resolve("commune-methodology.yaml")
        .toString(), "--batch", "batch.jsonl", "--format", "csv", "--out", "out/scores.csv");
    Files.writeString(pipe, "{\"format\": \"par-submission/1\", \"methodology\": "
        + "\"golden-commune\", \"year\": 2024, \"unit\": {\"id\": \"x\", \"name\": \"X\", "
        + "\"level\": \"COMMUNE\"}, \"stage\": \"FINAL\", \"observations\": {}}\n");
    boolean temporary = false;
    for (int i = 0; i < 100 && !temporary; i++) {
      try (var files = Files.list(dir.resolve("out"))) {
        temporary = files.anyMatch(f -> f.getFileName().toString().endsWith(".par-tmp"));
      }
      Thread.sleep(50);
    }
    assertTrue(temporary, "the second pass started writing");

    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of(), files.toList(), "no temporary file, no --out file");
    }
  }
}
