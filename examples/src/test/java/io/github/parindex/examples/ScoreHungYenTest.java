package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example program runs in the build and prints the figures of seed 001. */
class ScoreHungYenTest {
  private static String run(String... args) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1)) {
      System.setOut(capture);
      ScoreHungYen.main(args);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void main_hungYen2023_printsFieldsAndDeficitsOfSeed001() throws Exception {
    String out = run("data/hung-yen-2023.yaml");
    List<String> lines = out.lines().toList();
    assertEquals("Hưng Yên · vn-par-province-876 · 2023 · APPRAISED", lines.get(0));
    assertEquals("Index: not computed (unknown: DTXHH)", lines.get(1));
    assertEquals("APPRAISED: 60.5182 of 68.0000", lines.get(2));
    assertEquals("SURVEY: unknown of 32.0000", lines.get(3));
    // The field results of seed 001 (PAR-INDEX.md, section 5), printed 9.48, 11.9888, 6.43, ...
    for (String field : List.of("9.4754    9.5000   99.74", "11.9888   13.0000   92.22",
        "6.4278    6.5000   98.89", "5.7500    6.0000   95.83", "6.4100    8.0000   80.13",
        "10.1707   12.5000   81.37", "4.2955    6.5000   66.08", "unknown   32.0000       -")) {
      assertTrue(out.contains(field), () -> field + " missing in\n" + out);
    }
    assertTrue(out.contains("Points lost: 7.4818 in 23 items"), out);
    // The largest: 8.3.3, 0 of 1, Sở Kế hoạch và Đầu tư.
    assertTrue(out.contains("8.3.3                1.0000   13.37 %  Sở Kế hoạch và Đầu tư"), out);
    // Sở Kế hoạch và Đầu tư: 8.3.3 1 + 8.5 0.7045 + 8.3.2 0.5 + 6.1.1 0.04 = 2.2445;
    // 2.2445 / 7.4818 = 29.9995... -> 30.00. Sở Thông tin và Truyền thông (field 7 but 7.1.3):
    // 0.7059 + 0.68 + 0.5 + 0.2767 = 2.1626 -> 28.90.
    assertTrue(out.contains("  2.2445   30.00 %  Sở Kế hoạch và Đầu tư"), out);
    assertTrue(out.contains("  2.1626   28.90 %  Sở Thông tin và Truyền thông"), out);
  }

  @Test
  void main_noArgument_findsTheExampleData() throws Exception {
    assertTrue(run().startsWith("Hưng Yên · vn-par-province-876 · 2023"));
  }
}
