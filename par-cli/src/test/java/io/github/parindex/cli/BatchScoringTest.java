package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code par score --batch}: JSON Lines and folders in, CSV, JSON Lines and text out. */
class BatchScoringTest {
  private static final Path GOLDEN = TestData.path("golden");

  @TempDir Path dir;
  private Cli cli;

  private static final String A = line("xa-an", "\"1.1\": {\"yes\": true}, \"1.2\": {\"option\": "
      + "\"B\"}, \"1.3\": {\"rate\": 0.81}, \"1.4\": {\"notApplicable\": true}, \"2.1\": "
      + "{\"count\": 2}, \"2.4\": {\"responses\": {\"A\": 50, \"B\": 30, \"C\": 15, \"D\": 5}}, "
      + "\"2.5\": {\"points\": 0.6}, \"B.1\": {\"points\": 0.5}, \"P.1\": {\"yes\": true}");
  private static final String B = line("xa-binh", "\"1.1\": {\"yes\": false}, \"1.3\": "
      + "{\"numerator\": 190, \"denominator\": 200}, \"2.2\": {\"count\": 3}, \"2.3\": "
      + "{\"baseline\": 40, \"current\": 37}");
  private static final String C = line("xa-chau, \\\"the third\\\"", "\"2.5\": {\"points\": 1}");

  private static String line(String id, String observations) {
    return "{\"format\": \"par-submission/1\", \"methodology\": \"golden-commune\", \"year\": 2024, "
        + "\"unit\": {\"id\": \"" + id + "\"}, \"observations\": {" + observations + "}}";
  }

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    cli.write("commune.yaml", Files.readString(GOLDEN.resolve("commune-methodology.yaml")));
  }

  private Scorecard score(String json) {
    try {
      Methodology m = ParReader.standard().readMethodology(dir.resolve("commune.yaml"));
      return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build()
          .score(ParReader.standard().readSubmission(json.getBytes(StandardCharsets.UTF_8),
              "s.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csvRow(Scorecard card) {
    StringBuilder row = new StringBuilder(Csv.cell(card.unit().id()));
    row.append(',').append(card.points().orElseThrow().toPlainString())
        .append(',').append(card.applicableMaxPoints().toPlainString())
        .append(',').append(card.index().orElseThrow().toPlainString())
        .append(',').append(card.band().orElseThrow().code());
    for (String code : List.of("1", "2", "B", "P")) {
      row.append(',').append(card.node(code).points().orElseThrow().toPlainString());
    }
    return row.append('\n').toString();
  }

  @Test
  void jsonLines_toCsv_oneRowPerUnitWithTheTopLevelNodes() {
    cli.write("subs.jsonl", A + "\n" + B + "\r\n\n   \n" + C);
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--format", "csv");
    assertEquals(0, r.status(), r::toString);
    assertEquals("unit,points,applicableMax,index,band,1,2,B,P\n" + csvRow(score(A))
        + csvRow(score(B)) + csvRow(score(C)), r.out());
    assertTrue(r.out().contains("\"xa-chau, \"\"the third\"\"\""), r.out());
    // by hand: field 1 = 2 + 1.5 + 2 × 0.81 / 0.9 = 5.3 (1.4 not applicable, remainder 0); field 2
    // = 1 + 3 × 7100 / 10000 + 0.6 = 3.73; + 0.5 bonus − 1 penalty = 8.53 of 15 → 56.87, band TB
    assertTrue(r.out().split("\n")[1].equals("xa-an,8.5300,15.0000,56.87,TB,5.3000,3.7300,0.5000,"
        + "1.0000"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonLines_toJson_oneScorecardPerLine() {
    cli.write("subs.jsonl", A + "\n" + B + "\n");
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--format", "json");
    assertEquals(0, r.status(), r::toString);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ScorecardJson.writeLine(score(A), expected);
    ScorecardJson.writeLine(score(B), expected);
    assertEquals(expected.toString(StandardCharsets.UTF_8), r.out());
    assertEquals(2, r.out().split("\n").length);
  }

  @Test
  void folder_filesInNameOrder_othersIgnored() throws IOException {
    Files.createDirectory(dir.resolve("subs"));
    cli.write("subs/b.json", B);
    cli.write("subs/a.yaml", A);
    cli.write("subs/c.YML", C);
    cli.write("subs/README.md", "not a submission");
    cli.write("subs/.hidden.json", "{");
    Files.createDirectory(dir.resolve("subs/nested.json"));
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs",
        "--format", "csv");
    assertEquals(0, r.status(), r::toString);
    assertEquals("unit,points,applicableMax,index,band,1,2,B,P\n" + csvRow(score(A))
        + csvRow(score(B)) + csvRow(score(C)), r.out());
  }

  @Test
  void text_oneAlignedLinePerUnit() {
    cli.write("subs.jsonl", A + "\n" + B + "\n");
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertEquals("""
        Unit     Points / applicable maximum  Index  Classification
        xa-an    8.5300 / 15.0000  56.87  Average
        xa-binh  %s / 16.0000  %s  %s
        """.formatted(score(B).points().orElseThrow().toPlainString(),
        score(B).index().orElseThrow().toPlainString(),
        score(B).band().orElseThrow().label().orElseThrow().en().orElseThrow()),
        r.out());
  }

  @Test
  void invalidLines_everyProblemWithItsLine_nothingWritten() {
    cli.write("subs.jsonl", A + "\n" + B.replace("\"count\": 3", "\"count\": -3") + "\n\n"
        + A.replace("\"option\": \"B\"", "\"option\": \"Z\"") + "\n{ not json\n" + C + "\n");
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--format", "csv");
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    String err = r.err();
    assertTrue(err.contains("subs.jsonl:2: /observations/2.2/count: "), err);
    assertTrue(err.contains("subs.jsonl:4: /observations/1.2/option: unknown option 'Z'; known "
        + "options: A, B, C, D"), err);
    assertTrue(err.contains("subs.jsonl:5: "), err);
    assertFalse(err.contains("subs.jsonl:1:") || err.contains("subs.jsonl:6:"), err);
  }

  @Test
  void invalidFileInAFolder_namedWithTheFolder() throws IOException {
    Files.createDirectory(dir.resolve("subs"));
    cli.write("subs/a.json", A);
    cli.write("subs/b.json", B.replace("golden-commune", "other"));
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs");
    assertEquals(2, r.status(), r::toString);
    assertEquals("subs/b.json: /methodology: the submission is for methodology 'other' but is "
        + "checked against 'golden-commune'\n", r.err());
  }

  @Test
  void outFile_leftUntouchedWhenALineIsInvalid_writtenWholeOtherwise() throws IOException {
    cli.write("good.jsonl", A + "\n" + B + "\n");
    cli.write("bad.jsonl", A + "\n{\n");
    cli.write("result.csv", "previous\n");
    Cli.Result bad = cli.run("score", "--methodology", "commune.yaml", "--batch", "bad.jsonl",
        "--format", "csv", "--out", "result.csv");
    assertEquals(2, bad.status(), bad::toString);
    assertEquals("previous\n", Files.readString(dir.resolve("result.csv")));
    Cli.Result fresh = cli.run("score", "--methodology", "commune.yaml", "--batch", "bad.jsonl",
        "--format", "csv", "--out", "fresh.csv");
    assertEquals(2, fresh.status(), fresh::toString);
    assertFalse(Files.exists(dir.resolve("fresh.csv")));
    Cli.Result good = cli.run("score", "--methodology", "commune.yaml", "--batch", "good.jsonl",
        "--format", "csv", "--out", "result.csv");
    assertEquals(0, good.status(), good::toString);
    assertEquals("", good.out());
    assertEquals(3, Files.readString(dir.resolve("result.csv")).split("\n").length);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".par-tmp")).toList(), "no temporary file left");
    }
  }

  @Test
  void outFile_getsTheUsualPermissions_notThoseOfAPrivateTemporaryFile() throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    cli.write("subs.jsonl", A + "\n");
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--format", "csv", "--out", "result.csv");
    assertEquals(0, r.status(), r::toString);
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    assertEquals(Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(dir.resolve("result.csv")));
  }

  @Test
  void emptyBatchAndMissingInput_areProblems() throws IOException {
    cli.write("empty.jsonl", "\n\n");
    Cli.Result empty = cli.run("score", "--methodology", "commune.yaml", "--batch", "empty.jsonl");
    assertEquals(2, empty.status(), empty::toString);
    assertEquals("empty.jsonl: /: no submission: the file has no line\n", empty.err());
    Cli.Result none = cli.run("score", "--methodology", "commune.yaml", "--batch", "none.jsonl");
    assertEquals(2, none.status(), none::toString);
    assertEquals("none.jsonl: /: cannot read: no such file or folder\n", none.err());
  }

  @Test
  void usage_batchNeedsAMethodologyAndExcludesOneSubmission() {
    cli.write("subs.jsonl", A + "\n");
    Cli.Result noMethodology = cli.run("score", "--batch", "subs.jsonl");
    assertEquals(2, noMethodology.status(), noMethodology::toString);
    assertTrue(noMethodology.err().startsWith("par score: --batch needs --methodology M"),
        noMethodology::toString);
    Cli.Result both = cli.run("score", "--methodology", "commune.yaml", "--batch", "subs.jsonl",
        "--submission", "a.yaml");
    assertEquals(2, both.status(), both::toString);
    assertTrue(both.err().startsWith("par score: give --submission S or --batch FILE, not both"),
        both::toString);
    Cli.Result neither = cli.run("score", "--methodology", "commune.yaml");
    assertEquals(2, neither.status(), neither::toString);
    assertTrue(neither.err().startsWith("par score: missing --submission S (or --batch FILE)"),
        neither::toString);
  }

  @Test
  void aLineBeyondTheSizeLimit_isOneProblem() throws IOException {
    BatchScoring.LineReader reader = new BatchScoring.LineReader(
        new java.io.ByteArrayInputStream("ab\r\n0123456789\nlast".getBytes(StandardCharsets.UTF_8)),
        5);
    assertEquals("ab", new String(reader.next(), StandardCharsets.UTF_8));
    assertEquals(1, reader.number());
    assertEquals(0, reader.next().length);
    assertTrue(reader.tooLong());
    assertEquals(2, reader.number());
    assertEquals("last", new String(reader.next(), StandardCharsets.UTF_8));
    assertFalse(reader.tooLong());
    assertEquals(3, reader.number());
    assertEquals(null, reader.next());
  }
}
