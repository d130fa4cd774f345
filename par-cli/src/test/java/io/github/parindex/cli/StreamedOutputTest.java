package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A command that streams its output: the --out file appears only when it succeeds. */
class StreamedOutputTest {
  @TempDir Path dir;

  /** Streams three lines, then fails if asked to. */
  @Command(name = "stream", header = "test", description = "test\n")
  static final class StreamingCommand extends ParCommand {
    @Option(names = "--fail", description = "fail after streaming")
    boolean fail;

    @Override
    int run() throws IOException {
      out().print("head\n");
      try (OutputStream o = out().stream()) {
        o.write("line 1\nline 2\n".getBytes(StandardCharsets.UTF_8));
      }
      if (fail) {
        throw Problems.invalid("input.jsonl", "/3", "bad line");
      }
      return ExitCode.OK;
    }
  }

  private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return new Par(dir, o, e, () -> {
        List<ParCommand> commands = new ArrayList<>(Commands.all());
        commands.add(new StreamingCommand());
        return commands;
      }).run(args);
    }
  }

  @Test
  void stream_toOutFile_fileWrittenWholeOnSuccess() throws IOException {
    int status = run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "stream", "--out",
        "result.txt");
    assertEquals(0, status);
    assertEquals("head\nline 1\nline 2\n", Files.readString(dir.resolve("result.txt")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("result.txt"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void stream_toOutFileThenFailure_noFileAndNoTemporaryLeft() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = run(new ByteArrayOutputStream(), err, "stream", "--fail", "--out", "result.txt");
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("input.jsonl: /3: bad line"));
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(files.findAny().isPresent(), "no file may be left behind");
    }
  }

  @Test
  void stream_toStandardOutput_bytesInOrder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, run(out, new ByteArrayOutputStream(), "stream"));
    assertEquals("head\nline 1\nline 2\n", out.toString(StandardCharsets.UTF_8));
  }

}
