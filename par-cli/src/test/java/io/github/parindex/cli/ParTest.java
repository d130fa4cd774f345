package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParTest {
  private static final String VALIDATE_USAGE = "usage: par validate [--methodology M] "
      + "[--format text|json] [--out FILE] [--lang vi|en] [--debug] FILE...\n";

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("mini.json", Fixtures.MINI_METHODOLOGY);
    cli.write("mini-sub.yaml", Fixtures.MINI_SUBMISSION);
    cli.write("bad-sub.json", Fixtures.BAD_SUBMISSION);
    cli.write("crash.json", Fixtures.CRASH_METHODOLOGY);
  }

  /** Runs with the registered commands plus the test-only {@code test-score}. */
  private Cli.Result runWithTestScore(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Par(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
          List<ParCommand> commands = new ArrayList<>(Commands.all());
          commands.add(new TestScoreCommand());
          return commands;
        }).run(args);
    return new Cli.Result(status, out.toByteArray(), err.toByteArray());
  }

  @Test
  void run_noArguments_printsUsageAndExits2() {
    Cli.Result r = cli.run();

    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("par: missing command\nusage: par COMMAND [options] [arguments]; "
        + "commands: validate, methodologies"), r::toString);
  }

  @Test
  void run_unknownCommand_printsUsageAndExits2() {
    Cli.Result r = cli.run("frobnicate", "x.json");

    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("par: unknown command 'frobnicate'\nusage: par COMMAND "),
        r::toString);
  }

  @Test
  void run_optionBeforeCommand_printsUsageAndExits2() {
    Cli.Result r = cli.run("--debug", "validate", "mini.json");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par: unknown option --debug (give the command first)\n"),
        r::toString);
  }

  @Test
  void run_unknownOption_printsCommandUsageAndExits2() {
    Cli.Result r = cli.run("validate", "--frob", "mini.json");

    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals("par validate: unknown option --frob\n" + VALIDATE_USAGE
        + "Run 'par validate --help' for help.\n", r.err());
  }

  @Test
  void run_unknownShortOption_exits2() {
    Cli.Result r = cli.run("validate", "-x", "mini.json");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par validate: unknown option -x\n"), r::toString);
  }

  @Test
  void run_missingPositional_exits2() {
    Cli.Result r = cli.run("validate");

    assertEquals(2, r.status());
    assertEquals("par validate: missing FILE...\n" + VALIDATE_USAGE
        + "Run 'par validate --help' for help.\n", r.err());
  }

  @Test
  void run_unexpectedPositional_exits2() {
    Cli.Result r = cli.run("methodologies", "extra");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par methodologies: unexpected argument 'extra'\n"),
        r::toString);
  }

  @Test
  void run_optionWithoutValue_exits2() {
    Cli.Result r = cli.run("validate", "mini.json", "--methodology");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par validate: option --methodology needs a value (M)\n"),
        r::toString);
  }

  @Test
  void run_optionFollowedByOption_needsValue() {
    Cli.Result r = cli.run("validate", "--out", "--debug", "mini.json");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par validate: option --out needs a value (FILE)\n"),
        r::toString);
  }

  @Test
  void run_flagWithValue_exits2() {
    Cli.Result r = cli.run("validate", "--debug=yes", "mini.json");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par validate: option --debug takes no value\n"), r::toString);
  }

  @Test
  void run_repeatedOption_exits2() {
    Cli.Result r = cli.run("validate", "--format", "json", "--format=text", "mini.json");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par validate: option --format is given more than once\n"),
        r::toString);
  }

  @Test
  void run_unknownFormat_exits2() {
    Cli.Result r = cli.run("methodologies", "--format", "xml");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par methodologies: unknown format 'xml'; use one of: text, "
        + "json, csv\n"), r::toString);
  }

  @Test
  void run_unknownLanguage_exits2() {
    Cli.Result r = cli.run("methodologies", "--lang", "fr");

    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("par methodologies: unknown language 'fr'; use vi or en\n"),
        r::toString);
  }

  @Test
  void run_doubleDash_makesLaterArgumentsFiles() {
    Cli.Result r = cli.run("validate", "--", "--weird.json");

    assertEquals(2, r.status());
    assertEquals("--weird.json: /: cannot read: no such file\n"
        + "1 file checked: 0 valid, 1 invalid (1 problem)\n", r.out());
  }

  @Test
  void run_help_listsCommandsOnStandardOutput() {
    Cli.Result r = cli.run("--help");

    assertEquals(0, r.status());
    assertEquals("", r.err());
    assertTrue(r.out().contains(
        "\n  validate             check methodology and submission files\n"), r::toString);
    assertTrue(r.out().contains("\n  methodologies        list the bundled methodologies\n"),
        r::toString);
    assertEquals(r.out(), cli.run("-h").out());
    assertEquals(r.out(), cli.run("help").out());
  }

  @Test
  void run_commandHelp_printsUsageAndOptionsEvenWithOtherErrors() {
    Cli.Result r = cli.run("validate", "--frob", "-h");

    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    assertTrue(r.out().startsWith(VALIDATE_USAGE + "\n"), r::toString);
    assertTrue(r.out().contains("\n  --methodology M  a methodology file, or the id of a bundled "
        + "methodology (see 'par methodologies')\n"), r::toString);
    assertTrue(r.out().contains("\n  --format FORMAT  output format: text, json (default text)\n"),
        r::toString);
    assertTrue(r.out().contains("\n  -h, --help       show this help\n"), r::toString);
    assertEquals(r.out(), cli.run("help", "validate").out());
    assertEquals(r.out(), cli.run("validate", "--help").out());
  }

  @Test
  void run_version_printsVersion() {
    Cli.Result r = cli.run("--version");

    assertEquals(0, r.status());
    assertTrue(r.out().matches("par \\d+\\.\\d+\\.\\d+\\S*\n"), r::toString);
  }

  @Test
  void run_staticEntryPoint_runsInCurrentDirectory() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Par.run(new String[] {"methodologies", "--format", "csv"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("id,title,"));
  }

  @Test
  void run_internalError_exits1WithHintAndNoStackTrace() {
    Cli.Result r = cli.run("validate", "crash.json");

    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals("internal error: java.lang.IllegalStateException: test-crash fails on purpose\n"
        + "Run again with --debug to see the stack trace, and please report it.\n", r.err());
  }

  @Test
  void run_internalErrorWithDebug_printsStackTrace() {
    Cli.Result r = cli.run("validate", "crash.json", "--debug");

    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("internal error: java.lang.IllegalStateException: test-crash "
        + "fails on purpose\njava.lang.IllegalStateException: test-crash fails on purpose\n"
        + "\tat io.github.parindex.cli.testrules.TestCrashEvaluator.prepare("), r::toString);
    assertFalse(r.err().contains("\r"), r::toString);
  }

  @Test
  void run_invalidInputWithDebug_printsNoStackTrace() {
    Cli.Result r = cli.run("validate", "nope.json", "bad-sub.json", "--methodology", "mini.json",
        "--debug");

    assertEquals(2, r.status());
    assertFalse(r.out().contains("\tat "), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void run_outIntoMissingDirectory_exits2() {
    Cli.Result r = cli.run("methodologies", "--out", "no/such/dir/list.txt");

    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals("no/such/dir/list.txt: /: cannot write: no such directory\n", r.err());
  }

  @Test
  void command_validInputs_writesResult() {
    Cli.Result r = runWithTestScore("test-score", "--methodology", "mini.json", "--submission",
        "mini-sub.yaml");

    assertEquals(0, r.status(), r::toString);
    assertEquals("hung-yen test-mini 3\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void command_invalidInput_printsProblemsOnStandardErrorAndNoOutput() {
    Cli.Result r = runWithTestScore("test-score", "--methodology", "mini.json", "--submission",
        "bad-sub.json", "--out", "result.txt");

    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertFalse(dir.resolve("result.txt").toFile().exists());
    assertEquals("bad-sub.json: /observations/1.1: leaf 1.1 (rule test-points) does not accept "
        + "'count'; accepted: points, yes, notApplicable\n"
        + "bad-sub.json: /observations/1.2/points: points 5 are above the leaf's maximum (4)\n"
        + "bad-sub.json: /observations/9.9: no leaf has code '9.9' in methodology 'test-mini'\n"
        + "bad-sub.json: /year: methodology 'test-mini' applies to evaluation years 2022 onward, "
        + "not 2019\n", r.err());
  }

  @Test
  void command_missingFile_printsNoSuchFileOnStandardError() {
    Cli.Result r = runWithTestScore("test-score", "--methodology", "mini.json", "--submission",
        "nope.json");

    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals("nope.json: /: cannot read: no such file\n", r.err());
  }

  @Test
  void command_submissionGivenAsMethodology_reportsFormatOnly() {
    Cli.Result r = runWithTestScore("test-score", "--methodology", "mini-sub.yaml",
        "--submission", "mini-sub.yaml");

    assertEquals(2, r.status(), r::toString);
    assertEquals("mini-sub.yaml: /format: expected \"par-methodology/1\", got "
        + "\"par-submission/1\"\n", r.err());
  }

  @Test
  void command_bundledMethodologyById_isFound() {
    cli.write("s2948.json", Fixtures.SUBMISSION_2948);

    Cli.Result r = runWithTestScore("test-score", "--methodology", "vn-par-province-2948",
        "--submission", "s2948.json");

    assertEquals(0, r.status(), r::toString);
    assertEquals("hung-yen vn-par-province-2948 0\n", r.out());
  }

  @Test
  void command_missingRequiredOption_exits2WithUsage() {
    Cli.Result r = runWithTestScore("test-score", "--submission", "mini-sub.yaml");

    assertEquals(2, r.status(), r::toString);
    assertEquals("par test-score: missing --methodology M\n"
        + "usage: par test-score --methodology M --submission S [--format text] [--out FILE] "
        + "[--lang vi|en] [--debug]\nRun 'par test-score --help' for help.\n", r.err());
  }
}
