package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  /** A command with every kind of option. */
  private static final Command SAMPLE = new Command() {
    @Override
    public String name() {
      return "sample";
    }

    @Override
    public String summary() {
      return "a sample";
    }

    @Override
    public String description() {
      return "A sample.\n";
    }

    @Override
    public Positionals positionals() {
      return Positionals.atLeast(1, "FILE...");
    }

    @Override
    public List<Option> options() {
      return List.of(Option.METHODOLOGY, Option.value("peer", "P", "a peer").asRepeatable(),
          Option.flag("quiet", "say less"), Option.value("change", "D", "a change"));
    }

    @Override
    public Set<OutputFormat> formats() {
      return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
    }

    @Override
    public int run(Invocation invocation) {
      return 0;
    }
  };

  private static CommandLine parse(String... args) {
    return CommandLine.parse(SAMPLE, List.of(args));
  }

  private static String error(String... args) {
    return assertThrows(UsageException.class, () -> parse(args)).getMessage();
  }

  @Test
  void parse_valuesInBothSpellings_areRead() {
    CommandLine line = parse("a.json", "--methodology", "m.yaml", "--format=csv", "b.json",
        "--lang=EN");

    assertEquals(List.of("a.json", "b.json"), line.positionals());
    assertEquals(Optional.of("m.yaml"), line.value("methodology"));
    assertEquals(OutputFormat.CSV, line.format());
    assertEquals("en", line.lang());
    assertEquals(Optional.empty(), line.out());
  }

  @Test
  void parse_noOptions_givesDefaults() {
    CommandLine line = parse("a.json");

    assertEquals(OutputFormat.TEXT, line.format());
    assertEquals("vi", line.lang());
    assertEquals(false, line.debug());
    assertEquals(List.of(), line.values("peer"));
  }

  @Test
  void parse_repeatableOption_keepsEveryValueInOrder() {
    CommandLine line = parse("--peer", "p1.json", "a.json", "--peer=p2.json");

    assertEquals(List.of("p1.json", "p2.json"), line.values("peer"));
  }

  @Test
  void parse_negativeNumberValue_isAValue() {
    assertEquals(Optional.of("-0.5"), parse("--change", "-0.5", "a.json").value("change"));
  }

  @Test
  void parse_valueStartingWithDoubleDash_needsEqualsSign() {
    assertEquals("option --methodology needs a value (M)",
        error("--methodology", "--quiet", "a.json"));
    assertEquals(Optional.of("--odd"), parse("--methodology=--odd", "a.json").value("methodology"));
  }

  @Test
  void parse_doubleDashAndLoneDash_arePositional() {
    assertEquals(List.of("-", "--quiet", "-x"), parse("-", "--", "--quiet", "-x").positionals());
  }

  @Test
  void parse_flags_areSetAndMayRepeat() {
    CommandLine line = parse("--quiet", "--debug", "a.json", "--quiet");

    assertTrue(line.flag("quiet"));
    assertTrue(line.debug());
  }

  @Test
  void parse_badCommandLines_sayWhatIsWrong() {
    assertEquals("unknown option --nope", error("--nope", "a.json"));
    assertEquals("unknown option --nope", error("--nope=1", "a.json"));
    assertEquals("unknown option -q", error("-q", "a.json"));
    assertEquals("option --quiet takes no value", error("--quiet=yes", "a.json"));
    assertEquals("option --out needs a value (FILE)", error("a.json", "--out"));
    assertEquals("option --out needs a value (FILE)", error("a.json", "--out="));
    assertEquals("option --change is given more than once",
        error("--change", "1", "--change", "2", "a.json"));
    assertEquals("missing FILE...", error("--quiet"));
    assertEquals("unknown format 'xml'; use one of: text, json, csv",
        error("--format", "xml", "a.json"));
    assertEquals("--format html is not supported here; use one of: text, json, csv",
        error("--format", "html", "a.json"));
    assertEquals("unknown language 'fr'; use vi or en", error("--lang", "fr", "a.json"));
  }

  @Test
  void asksForHelp_onlyBeforeDoubleDash() {
    assertTrue(CommandLine.asksForHelp(List.of("a.json", "-h")));
    assertTrue(CommandLine.asksForHelp(List.of("--help")));
    assertEquals(false, CommandLine.asksForHelp(List.of("--", "--help")));
  }

  @Test
  void usage_listsRequiredThenOptionalOptionsThenPositionals() {
    assertEquals("usage: par sample [--methodology M] [--peer P]... [--quiet] [--change D] "
        + "[--format text|json|csv] [--out FILE] [--lang vi|en] [--debug] FILE...",
        Help.usage(SAMPLE));
  }
}
