package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How a command line is read (picocli with par's checks, {@link Arguments}) and refused: the
 * syntax and the messages docs/cli.md documents.
 */
class CommandLineTest {
  @TempDir Path dir;

  /** A command with every kind of option; it keeps what it was given. */
  @Command(name = "sample", header = "a sample", description = "A sample.\n")
  static final class Sample extends ParCommand {
    static Sample last;

    @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
    String methodology;

    @Option(names = "--peer", paramLabel = "P", description = "a peer")
    List<String> peers = new ArrayList<>();

    @Option(names = "--quiet", description = "say less")
    boolean quiet;

    @Option(names = "--change", paramLabel = "D", converter = Values.Decimal.class,
        description = "a change")
    BigDecimal change;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<String> files;

    @Override
    Set<OutputFormat> formats() {
      return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
    }

    @Override
    int run() {
      last = this;
      return ExitCode.OK;
    }
  }

  private Cli.Result run(String... args) {
    Sample.last = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Par(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> List.of(new Sample()))
        .run(args);
    return new Cli.Result(status, out.toByteArray(), err.toByteArray());
  }

  private Sample parse(String... args) {
    List<String> line = new ArrayList<>(List.of("sample"));
    line.addAll(List.of(args));
    Cli.Result r = run(line.toArray(String[]::new));
    assertEquals(0, r.status(), r::toString);
    return Sample.last;
  }

  /** The first line of the refusal, after {@code par sample: }. */
  private String error(String... args) {
    List<String> line = new ArrayList<>(List.of("sample"));
    line.addAll(List.of(args));
    Cli.Result r = run(line.toArray(String[]::new));
    assertEquals(2, r.status(), r::toString);
    String first = r.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("par sample: "), first);
    assertEquals("Run 'par sample --help' for help.", r.err().lines().toList().get(2));
    return first.substring("par sample: ".length());
  }

  @Test
  void parse_valuesInBothSpellings_areRead() {
    Sample s = parse("a.json", "--methodology", "m.yaml", "--format=csv", "b.json", "--lang=EN");

    assertEquals(List.of("a.json", "b.json"), s.files);
    assertEquals("m.yaml", s.methodology);
    assertEquals(OutputFormat.CSV, s.format());
    assertEquals("en", s.lang());
    assertEquals(null, s.outFile());
  }

  @Test
  void parse_noOptions_givesDefaults() {
    Sample s = parse("a.json");

    assertEquals(OutputFormat.TEXT, s.format());
    assertEquals("vi", s.lang());
    assertEquals(false, s.shared.debug);
    assertEquals(List.of(), s.peers);
  }

  @Test
  void parse_repeatableOption_keepsEveryValueInOrder() {
    assertEquals(List.of("p1.json", "p2.json"),
        parse("--peer", "p1.json", "a.json", "--peer=p2.json").peers);
  }

  @Test
  void parse_negativeNumberValue_isAValueAndTyped() {
    assertEquals(new BigDecimal("-0.5"), parse("--change", "-0.5", "a.json").change);
  }

  @Test
  void parse_valueStartingWithDoubleDash_needsEqualsSign() {
    assertEquals("option --methodology needs a value (M)",
        error("--methodology", "--quiet", "a.json"));
    assertEquals("option --methodology needs a value (M)",
        error("--methodology", "--unknown", "a.json"));
    assertEquals("--odd", parse("--methodology=--odd", "a.json").methodology);
  }

  @Test
  void parse_doubleDashAndLoneDash_arePositional() {
    assertEquals(List.of("-", "--quiet", "-x"), parse("-", "--", "--quiet", "-x").files);
  }

  @Test
  void parse_flags_areSetAndMayRepeat() {
    Sample s = parse("--quiet", "--debug", "a.json", "--quiet");

    assertTrue(s.quiet);
    assertTrue(s.shared.debug);
  }

  @Test
  void parse_atFile_givesOneArgumentPerLine() throws IOException {
    Files.writeString(dir.resolve("list.txt"),
        "# the units\na.json\nwith space.json\n\n--peer\np.json\n");

    Sample s = parse("@list.txt", "z.json");

    assertEquals(List.of("a.json", "with space.json", "z.json"), s.files);
    assertEquals(List.of("p.json"), s.peers);
  }

  @Test
  void parse_atFileThatIsNoFile_isAnArgument() {
    assertEquals(List.of("@nope.txt"), parse("@nope.txt").files);
  }

  @Test
  void parse_badCommandLines_sayWhatIsWrong() {
    assertEquals("unknown option --nope", error("--nope", "a.json"));
    assertEquals("unknown option --nope", error("--nope=1", "a.json"));
    assertEquals("unknown option -q", error("-q", "a.json"));
    assertEquals("unknown option --nope", error("--nope"));
    assertEquals("unknown option -methodology", error("-methodology", "m", "a.json"));
    assertEquals("option --quiet takes no value", error("--quiet=yes", "a.json"));
    assertEquals("option --out needs a value (FILE)", error("a.json", "--out"));
    assertEquals("option --out needs a value (FILE)", error("a.json", "--out="));
    assertEquals("option --methodology is given more than once",
        error("--methodology", "1", "--methodology", "2", "a.json"));
    assertEquals("missing FILE...", error("--quiet"));
    assertEquals("--change expects a decimal number such as 88.5, got 'x'",
        error("--change", "x", "a.json"));
    assertEquals("unknown format 'xml'; use one of: text, json, csv",
        error("--format", "xml", "a.json"));
    assertEquals("--format html is not supported here; use one of: text, json, csv",
        error("--format", "html", "a.json"));
    assertEquals("unknown language 'fr'; use vi or en", error("--lang", "fr", "a.json"));
  }

  @Test
  void help_isAskedForOnlyBeforeDoubleDash() {
    assertTrue(run("sample", "a.json", "-h").out().startsWith("usage: par sample"));
    assertTrue(run("sample", "--nope", "--help").out().startsWith("usage: par sample"));
    Sample s = parse("--", "--help");
    assertEquals(List.of("--help"), s.files);
  }

  @Test
  void usage_listsOwnOptionsThenSharedOnesThenPositionals() {
    Cli.Result r = run("sample", "--help");

    assertEquals("usage: par sample [--methodology M] [--peer P]... [--quiet] [--change D] "
        + "[--format text|json|csv] [--out FILE] [--lang vi|en] [--debug] FILE...",
        r.out().lines().findFirst().orElseThrow());
    assertTrue(r.out().contains("  --peer P         a peer (may be repeated)\n"), r.out());
  }
}
