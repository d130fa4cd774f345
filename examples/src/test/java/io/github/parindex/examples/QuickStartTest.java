package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippet is {@link QuickStart} as built here (without its package line), and it
 * prints the figures the README announces.
 */
class QuickStartTest {
  @Test
  void readme_showsQuickStartExactlyAsBuilt() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/io/github/parindex/examples/QuickStart.java"));
    String withoutPackage = source.substring(source.indexOf("\n\n") + 2);
    String readme;
    // The README is copied onto the test class path by this module's pom.
    try (InputStream in = QuickStartTest.class.getResourceAsStream("/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(readme.contains("```java\n" + withoutPackage + "```\n"),
        "README.md does not show examples/src/main/java/.../QuickStart.java as it is");
  }

  @Test
  void main_hungYen2023_printsTheScorecardAndThePointsToWinBack() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      QuickStart.main(new String[] {"data/hung-yen-2023.yaml"});
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();
    // Seed 001 (docs/sources.md): the appraised part is 60.5182 of 68 and the survey part unknown,
    // so there is no total; the deficits sum to 68 - 60.5182 = 7.4818.
    assertTrue(out.contains("60.5182"), out);
    assertEquals("Points to win back: 7.4818", lines.get(lines.size() - 1));
  }
}
