package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AssessmentExample} builds An Bình's record stage by stage and prints, after each stage, the
 * figures of the hand-worked golden case (docs/assessment.md), then the report.
 */
class AssessmentExampleTest {
  @Test
  void main_anBinh_printsEachStagesResultAndTheReport() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      AssessmentExample.main(new String[] {"data/cycle/commune-criteria-2025.yaml"});
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();
    assertEquals(List.of(
        "after SELF: 94.0667 points, index 94.07, band XS",
        "after APPRAISED: 89.3120 points, index 89.31, band TOT",
        "after REVIEW_REQUESTED: 94.5120 points, index 94.51, band XS",
        "after FINAL: 93.5120 points, index 93.51, band TOT"), lines.subList(0, 4));
    assertTrue(out.contains("Band cap (penalty points above 0): Excellent from the index, lowered "
        + "to Good"), out);
  }
}
