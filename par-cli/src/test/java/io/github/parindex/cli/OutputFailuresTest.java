package io.github.parindex.cli;

import io.github.parindex.scoring.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written (issue 20, items 5 and 6), for one result held in memory and for a
 * streamed batch: standard output that fails (a full disk, a closed stream) is exit 2 with a message,
 * never exit 0; an unwritable {@code --out} is {@code FILE: /: cannot write: …} with exit 2, never an
 * internal error; a full disk leaves the previous file whole; symbolic links and devices are written
 * through, never replaced; an {@code --out} that is an input is refused. Each test failed before the
 * output layer ({@link Destination}): exit 0 on /dev/full, exit 1 for batch files, a truncated file,
 * a link or a device replaced by a regular file, an input overwritten.
 */
class OutputFailuresTest {
  private static final Path DATA = TestData.directory("examples/data");
  private static final String METHODOLOGY = DATA.resolve("commune-methodology.yaml").toString();
  private static final String SUBMISSION = DATA.resolve("commune-2024.yaml").toString();
  private static final String BATCH = DATA.resolve("communes/2025").toString();

  @TempDir Path dir;
  private Cli cli;
  private Path mounted;

  @BeforeEach
  void setUp() {
    cli = new Cli(dir);
  }

  @AfterEach
  void unmount() {
    if (mounted != null) {
      Platform.unmount(mounted);
    }
  }

  private Cli.Result runWithStdout(PrintStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Par(dir, stdout, new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
    return new Cli.Result(status, new byte[0], err.toByteArray());
  }

  private static String[] score(String format, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("score", "--methodology", METHODOLOGY,
        "--submission", SUBMISSION, "--format", format));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static String[] batch(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("score", "--methodology", METHODOLOGY,
        "--batch", BATCH, "--format", "csv"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void stdoutOnFullDevice_exits2WithMessage() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    try (PrintStream full = new Destination.Stdout(new FileOutputStream("/dev/full"))) {
      Cli.Result r = runWithStdout(full, "methodologies");
      assertEquals(2, r.status(), r::toString);
      assertEquals("par: cannot write to standard output: No space left on device\n", r.err());

      Cli.Result batch = runWithStdout(full, batch());
      assertEquals(2, batch.status(), batch::toString);
      assertEquals("par: cannot write to standard output: No space left on device\n",
          batch.err());
    }
  }

  @Test
  void stdoutAnyPrintStreamThatFails_exits2() throws IOException {
    // a PrintStream keeps no reason, only that a write failed: a closed stream here
    OutputStream closed = new FileOutputStream(dir.resolve("closed").toFile());
    closed.close();
    try (PrintStream stdout = new PrintStream(closed, true, StandardCharsets.UTF_8)) {
      Cli.Result r = runWithStdout(stdout, score("json"));
      assertEquals(2, r.status(), r::toString);
      assertEquals("par: cannot write to standard output: the stream reports an error\n", r.err());
      assertEquals(2, runWithStdout(stdout, "--version").status());
      assertEquals(2, runWithStdout(stdout, "score", "--help").status());
    }
  }

  @Test
  void batchOutInMissingFolder_exits2CannotWrite() {
    Cli.Result r = cli.run(batch("--out", "no/such/dir/scores.csv"));

    assertEquals(2, r.status(), r::toString);
    assertEquals("no/such/dir/scores.csv: /: cannot write: no such directory\n", r.err());
  }

  @Test
  void batchOutInProc_exits2CannotWrite() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    Cli.Result r = cli.run(batch("--out", "/proc/scores.csv"));

    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().startsWith("/proc/scores.csv: /: cannot write: "), r::toString);
  }

  @Test
  void outOnReadOnlyFileSystem_exits2_inBothModes() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    assumeTrue(Platform.tmpfs(ro, "ro,size=16k"), "a read-only tmpfs can be mounted");
    mounted = ro;

    Cli.Result one = cli.run(score("json", "--out", "ro/card.json"));
    Cli.Result many = cli.run(batch("--out", "ro/scores.csv"));

    assertEquals(2, one.status(), one::toString);
    assertEquals("ro/card.json: /: cannot write: Read-only file system\n", one.err());
    assertEquals(2, many.status(), many::toString);
    assertEquals("ro/scores.csv: /: cannot write: Read-only file system\n", many.err());
  }

  @Test
  void fullDisk_leavesThePreviousFileWholeAndNoTemporaryFile() throws IOException {
    Path small = Files.createDirectory(dir.resolve("small"));
    assumeTrue(Platform.tmpfs(small, "size=16k"), "a small tmpfs can be mounted");
    mounted = small;
    Files.writeString(small.resolve("card.json"), "previous\n");
    Files.writeString(small.resolve("scores.csv"), "previous batch\n");
    Path hungYen = Files.createDirectory(dir.resolve("hung-yen"));
    Files.copy(DATA.resolve("hung-yen-2023.yaml"), hungYen.resolve("a.yaml"));
    Files.copy(DATA.resolve("hung-yen-2023.yaml"), hungYen.resolve("b.yaml"));

    // the Hưng Yên scorecard with its traces is about 35 kB: more than the disk holds
    Cli.Result one = cli.run("score", "--submission", DATA.resolve("hung-yen-2023.yaml").toString(),
        "--format", "json", "--out", "small/card.json");
    Cli.Result many = cli.run("score", "--methodology", "vn-par-province-876", "--batch",
        "hung-yen", "--format", "json", "--out", "small/scores.csv");

    assertEquals(2, one.status(), one::toString);
    assertEquals("small/card.json: /: cannot write: No space left on device\n", one.err());
    assertEquals("previous\n", Files.readString(small.resolve("card.json")));
    assertEquals("previous batch\n", Files.readString(small.resolve("scores.csv")));
    assertEquals(List.of("card.json", "scores.csv"), names(small));
    assertEquals(2, many.status(), many::toString);
    assertEquals("small/scores.csv: /: cannot write: No space left on device\n", many.err());
  }

  @Test
  void outThroughSymbolicLink_replacesTheTargetAndKeepsTheLink() throws IOException {
    Files.writeString(dir.resolve("real.csv"), "old\n");
    Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
    Files.writeString(dir.resolve("real-batch.csv"), "old\n");
    Files.createSymbolicLink(dir.resolve("link-batch.csv"), Path.of("real-batch.csv"));

    assertEquals(0, cli.run(score("csv", "--out", "link.csv")).status());
    assertEquals(0, cli.run(batch("--out", "link-batch.csv")).status());

    assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")));
    assertTrue(Files.isSymbolicLink(dir.resolve("link-batch.csv")));
    assertTrue(Files.readString(dir.resolve("real.csv")).startsWith("code,name,"));
    assertTrue(Files.readString(dir.resolve("real-batch.csv")).startsWith("unit,points,"));
    assertEquals(List.of("link-batch.csv", "link.csv", "real-batch.csv", "real.csv"), names(dir));
  }

  @Test
  void outThroughDanglingLink_createsTheTarget() throws IOException {
    Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("new.csv"));

    assertEquals(0, cli.run(batch("--out", "link.csv")).status());

    assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")));
    assertTrue(Files.readString(dir.resolve("new.csv")).startsWith("unit,points,"));
  }

  @Test
  void outSymbolicLinkLoop_exits2() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

    Cli.Result r = cli.run(batch("--out", "a"));

    assertEquals(2, r.status(), r::toString);
    assertEquals("a: /: cannot write: symbolic link loop\n", r.err());
  }

  @Test
  void outDevice_isWrittenThroughNotReplaced() throws IOException {
    Path device = dir.resolve("null");
    assumeTrue(Platform.mknodNull(device), "a device node can be made");

    assertEquals(0, cli.run(score("json", "--out", "null")).status());
    assertEquals(0, cli.run(batch("--out", "null")).status());

    BasicFileAttributes a = Files.readAttributes(device, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    assertTrue(a.isOther(), "still a device");
    assertEquals(List.of("null"), names(dir));
  }

  @Test
  void outNamedPipe_isWrittenThrough() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(Platform.mkfifo(fifo), "a named pipe can be made");
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> {
      try {
        read.write(Files.readAllBytes(fifo));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    reader.start();

    assertEquals(0, cli.run(batch("--out", "pipe")).status());
    reader.join(10_000);

    assertTrue(read.toString(StandardCharsets.UTF_8).startsWith("unit,points,"));
    assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "still a pipe");
  }

  @Test
  void outDevStdout_isStandardOutput() {
    assumeTrue(Files.isSymbolicLink(Path.of("/dev/stdout")) && Files.isDirectory(Path.of(
        "/proc/self/fd")), "/dev/stdout is a link into /proc/self/fd");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Cli.Result r = runWithStdout(new PrintStream(out, true, StandardCharsets.UTF_8),
        batch("--out", "/dev/stdout"));

    assertEquals(0, r.status(), r::toString);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("unit,points,"), out::toString);
    assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout is still a link");
  }

  // Before the fix, a link to a descriptor holding a regular file was followed to that file, which
  // was then replaced: with standard output closed, /dev/stdout led to the JDK's lib/modules.
  @Test
  void outLinkToAnotherOpenDescriptor_isRefusedAndItsFileKept() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "a /proc file system");
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "keep");
    try (java.io.FileInputStream open = new java.io.FileInputStream(victim.toFile())) {
      assertTrue(open.getFD().valid(), "the victim is open in this JVM");
      String fd = descriptorOf(victim);
      Files.createSymbolicLink(dir.resolve("fd-link"), Path.of("/proc/self/fd/" + fd));

      for (String out : List.of("fd-link", "/proc/self/fd/" + fd, "/dev/fd/" + fd)) {
        Cli.Result batch = cli.run(batch("--out", out));
        Cli.Result single = cli.run(score("json", "--out", out));

        assertEquals(2, batch.status(), batch::toString);
        assertEquals(2, single.status(), single::toString);
        assertEquals(out + ": /: cannot write: names an open file descriptor of a process, not a"
            + " file; give a file name, or /dev/stdout\n", batch.err());
      }
      assertEquals("keep", Files.readString(victim));
      assertEquals(List.of("fd-link", "victim.txt"), names(dir));
    }
  }

  /** The number of a descriptor of this JVM open on the file. */
  private static String descriptorOf(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          if (Files.readSymbolicLink(fd).equals(real)) {
            return fd.getFileName().toString();
          }
        } catch (IOException gone) {
          // the descriptor of the listing itself, closed by now
        }
      }
    }
    throw new AssertionError("no descriptor open on " + real);
  }

  @Test
  void outNamingAnInput_isRefusedAndTheInputKept() throws IOException {
    Files.copy(Path.of(SUBMISSION), dir.resolve("s.yaml"));
    byte[] before = Files.readAllBytes(dir.resolve("s.yaml"));
    Files.writeString(dir.resolve("b.jsonl"), "");

    Cli.Result one = cli.run("score", "--methodology", METHODOLOGY, "--submission", "s.yaml",
        "--format", "json", "--out", "./s.yaml");
    Cli.Result validate = cli.run("validate", "--methodology", METHODOLOGY, "s.yaml", "--out",
        "s.yaml");
    Cli.Result many = cli.run("score", "--methodology", METHODOLOGY, "--batch", "b.jsonl",
        "--out", "b.jsonl");

    assertEquals(2, one.status(), one::toString);
    assertEquals("./s.yaml: /: cannot write: it is one of this command's input files; choose "
        + "another file\n", one.err());
    assertEquals(2, validate.status(), validate::toString);
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("s.yaml")));
    assertEquals(2, many.status(), many::toString);
  }

  private static void assertArrayEquals(byte[] expected, byte[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
  }

  @Test
  void temporaryFiles_leftWhenTheJvmStops_areDeletedByTheHook() throws IOException {
    Path temp = dir.resolve(".scores.csv.1234.par-tmp");
    TemporaryFiles.add(temp);
    Files.writeString(temp, "half");

    TemporaryFiles.deleteAll();

    assertFalse(Files.exists(temp));
    assertFalse(TemporaryFiles.live().contains(temp));
  }

  @Test
  void success_leavesNoTemporaryFileRegistered() {
    assertEquals(0, cli.run(batch("--out", "scores.csv")).status());
    assertEquals(0, cli.run(score("json", "--out", "card.json")).status());

    assertTrue(TemporaryFiles.live().stream().noneMatch(p -> p.startsWith(dir)));
  }
}
