package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One file per class of bad input (src/test/resources/invalid, listed in expectations.tsv with the
 * JSON pointer each problem must carry): {@code par validate} exits 2, prints the problem with its
 * path, and never a stack trace — quickly, even for a file nested 20,000 levels deep.
 */
class InvalidInputsTest {
  private static final Path DIR = Path.of("src/test/resources/invalid");

  @TestFactory
  Stream<DynamicTest> validate_eachClassOfBadInput_exitsTwoWithThePathOfTheProblem()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : Files.readAllLines(DIR.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      String file = cells[0];
      String pointer = cells[1];
      String methodology = cells.length > 2 ? cells[2] : "";
      tests.add(DynamicTest.dynamicTest(file, () -> check(file, pointer, methodology)));
    }
    assertTrue(tests.size() >= 25, "expected one file per class of bad input");
    return tests.stream();
  }

  private static void check(String file, String pointer, String methodology) {
    Cli cli = new Cli(DIR);
    List<String> args = new ArrayList<>(List.of("validate", file));
    if (!methodology.isEmpty()) {
      args.add("--methodology");
      args.add(methodology);
    }
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> cli.run(args.toArray(String[]::new)));
    assertEquals(2, r.status(), r::toString);
    String prefix = file + ": " + pointer;
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith(prefix)),
        "expected a line starting with '" + prefix + "'\n" + r);
    for (String stream : List.of(r.out(), r.err())) {
      assertFalse(stream.contains("Exception") || stream.contains("\tat "), r::toString);
    }
  }
}
