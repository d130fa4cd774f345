package io.github.parindex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par score --format html} and {@code par rank --format html} on the example data: the hand-made
 * commune submission of {@code examples/data/commune-2024.yaml} (index 74.995, published 75.00), the
 * ranking of {@code examples/data/communes/} and Hưng Yên 2023.
 */
class HtmlReportsTest {
  private static final Path DATA = TestData.path("examples/data");

  @TempDir Path dir;
  private Cli cli;

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void files() throws IOException {
    cli = new Cli(dir);
    cli.write("commune.yaml", read(DATA.resolve("commune-methodology.yaml")));
    cli.write("tan-phu-2024.yaml", read(DATA.resolve("commune-2024.yaml")));
    cli.write("hung-yen.yaml", read(DATA.resolve("hung-yen-2023.yaml")));
    for (String year : List.of("2024", "2025")) {
      Files.createDirectories(dir.resolve(year));
      try (var files = Files.list(DATA.resolve("communes").resolve(year))) {
        for (Path f : files.sorted().toList()) {
          cli.write(year + "/" + f.getFileName(), read(f));
        }
      }
    }
  }

  private static void wellFormed(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  private static List<String> all(String regex, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void scoreHtml_withOut_writesTheReportToTheFileOnly() throws IOException {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission",
        "tan-phu-2024.yaml", "--format", "html", "--out", "report.html");
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals("", r.err());
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    wellFormed(html);
    assertTrue(html.startsWith("<!DOCTYPE html>\n"));
    // 10.4993 / 14 * 100 = 74.995 -> 75.00 (HALF_UP), band KHA; Vietnamese decimal comma.
    assertTrue(html.contains("data-role=\"index\" data-value=\"75.00\">75,00</span>"), html);
    assertTrue(html.contains("data-code=\"KHA\">Khá</div>"));
    assertEquals(List.of("1", "2"), all("<rect class=\"bar[^\"]*\" data-code=\"([^\"]+)\"", html));
    assertEquals(List.of("72.22", "70.62"), all("class=\"bar[^\"]*\" data-code=\"[^\"]+\" "
        + "data-percent=\"([^\"]+)\"", html));
    assertEquals(List.of("1", "2"), all("<li data-code=\"([^\"]+)\">", html)); // both alerts
    assertTrue(html.contains("Không khớp"), "field 2's printed 4.49 does not match 4.9437");
  }

  @Test
  void scoreHtml_langEn_usesEnglishLabelsAndDecimalPoints() {
    Cli.Result r = cli.run("score", "--methodology", "commune.yaml", "--submission",
        "tan-phu-2024.yaml", "--format", "html", "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    String html = r.out();
    wellFormed(html);
    assertTrue(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"));
    assertTrue(html.contains(">75.00</span>"));
    assertTrue(html.contains("Points lost"));
    assertTrue(html.contains(">4.2507</b>"), "total lost");
  }

  @Test
  void scoreHtml_hungYen_indexNotComputed() {
    Cli.Result r = cli.run("score", "--submission", "hung-yen.yaml", "--format", "html");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("data-role=\"index\" data-value=\"\">chưa tính được</span>"));
    assertEquals(9, all("<rect class=\"(bar)[ \"]", r.out()).size(), "fields 1-8 and DTXHH");
  }

  @Test
  void scoreHtml_sameInputs_sameBytes() {
    Cli.Result first = cli.run("score", "--methodology", "commune.yaml", "--submission",
        "tan-phu-2024.yaml", "--format", "html");
    Cli.Result second = cli.run(StandardCharsets.UTF_16, "score", "--methodology", "commune.yaml",
        "--submission", "tan-phu-2024.yaml", "--format", "html");
    assertArrayEquals(first.outBytes(), second.outBytes());
  }

  @Test
  void rankHtml_communes_chartWithMedianAndRankChanges() {
    List<String> args = new ArrayList<>(List.of("rank", "--methodology", "commune.yaml",
        "--format", "html", "--previous-methodology", "commune.yaml", "--previous",
        "tan-phu-2024.yaml"));
    for (String unit : List.of("an-binh", "binh-minh", "hoa-son")) {
      args.addAll(List.of("--previous", "2024/xa-" + unit + ".yaml"));
    }
    for (String unit : List.of("an-binh", "binh-minh", "dong-lac", "hoa-son", "my-loc",
        "phu-tho", "tan-phu")) {
      args.add("2025/xa-" + unit + ".yaml");
    }
    Cli.Result r = cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r::toString);
    String html = r.out();
    wellFormed(html);
    // Ranks and indices worked out in examples/data/communes/README.md.
    assertEquals(List.of("xa-tan-phu", "xa-an-binh", "xa-binh-minh", "xa-dong-lac", "xa-hoa-son",
        "xa-my-loc", "xa-phu-tho"), all("<rect class=\"bar[^\"]*\" data-unit=\"([^\"]+)\"", html));
    assertEquals(List.of("98.13", "96.88", "87.50", "87.50", "73.13", "43.75"),
        all("class=\"bar[^\"]*\" data-unit=\"[^\"]+\" data-rank=\"[^\"]+\" data-index=\"([^\"]+)\"",
            html));
    assertTrue(html.contains("<line class=\"median\" data-median=\"87.50\""), html);
    assertEquals(List.of("2", "-1", "-1", "-1"), all("data-change=\"([^\"]+)\"", html));
    assertTrue(html.contains("data-role=\"mean\">81,15</div>"));
  }
}
