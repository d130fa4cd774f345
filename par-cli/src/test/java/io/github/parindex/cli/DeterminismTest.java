package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  private static final List<String[]> COMMANDS = List.of(
      new String[] {"methodologies"},
      new String[] {"methodologies", "--lang", "en"},
      new String[] {"methodologies", "--format", "json"},
      new String[] {"methodologies", "--format", "csv", "--lang", "en"},
      new String[] {"validate", "mini.json", "mini-sub.yaml", "bad.json", "bad-sub.json",
          "s2948.json", "nope.json", "--methodology", "mini.json"},
      new String[] {"validate", "--format", "json", "mini.json", "bad.json", "bad-sub.json",
          "--methodology", "mini.json"},
      new String[] {"validate", "mini-sub.yaml", "--methodology", "bad.json"},
      new String[] {"validate", "--frob"},
      new String[] {"--help"});

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("mini.json", Fixtures.MINI_METHODOLOGY);
    cli.write("mini-sub.yaml", Fixtures.MINI_SUBMISSION);
    cli.write("bad.json", Fixtures.BAD_METHODOLOGY);
    cli.write("bad-sub.json", Fixtures.BAD_SUBMISSION);
    cli.write("s2948.json", Fixtures.SUBMISSION_2948);
  }

  private List<Cli.Result> runAll() {
    List<Cli.Result> results = new ArrayList<>();
    for (String[] args : COMMANDS) {
      results.add(cli.run(args));
    }
    return results;
  }

  private static void assertSameBytes(List<Cli.Result> a, List<Cli.Result> b) {
    for (int i = 0; i < a.size(); i++) {
      String what = String.join(" ", COMMANDS.get(i));
      assertEquals(a.get(i).status(), b.get(i).status(), what);
      assertArrayEquals(a.get(i).outBytes(), b.get(i).outBytes(), what);
      assertArrayEquals(a.get(i).errBytes(), b.get(i).errBytes(), what);
    }
  }

  @Test
  void run_twice_givesIdenticalBytes() {
    assertSameBytes(runAll(), runAll());
  }

  @Test
  void run_underTurkishLocale_givesIdenticalBytes() {
    List<Cli.Result> before = runAll();
    Locale saved = Locale.getDefault();
    List<Cli.Result> turkish;
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      turkish = runAll();
    } finally {
      Locale.setDefault(saved);
    }
    assertSameBytes(before, turkish);
  }

  @Test
  void run_streamsOfAnyCharset_receiveUtf8() {
    Cli.Result ascii = cli.run(StandardCharsets.US_ASCII, "methodologies");
    Cli.Result utf8 = cli.run(StandardCharsets.UTF_8, "methodologies");

    assertArrayEquals(utf8.outBytes(), ascii.outBytes());
    assertTrue(ascii.out().contains("Chỉ số cải cách hành chính"), ascii::toString);
  }

  @Test
  void run_anyCommand_writesOnlyLineFeeds() {
    for (Cli.Result r : runAll()) {
      assertFalse(r.out().contains("\r"), r::toString);
      assertFalse(r.err().contains("\r"), r::toString);
      assertTrue(r.out().isEmpty() || r.out().endsWith("\n"), r::toString);
    }
  }
}
