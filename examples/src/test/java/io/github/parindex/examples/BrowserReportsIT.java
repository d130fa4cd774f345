package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Role;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.ScorecardHtml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML reports in a real browser. The build renders the example reports into
 * {@code target/reports/} — the hand-made commune submission {@code data/commune-2024.yaml} in
 * Vietnamese and English, Hưng Yên 2023 (whose survey part and index are unknown), and the ranking of
 * {@code data/communes/2025} against 2024 — loads each in headless Chromium over the DevTools
 * Protocol, and checks that:
 *
 * <ul>
 *   <li>the page loads without an exception, a console error or warning, a log error or a failed
 *       load, and asks for nothing but its own file (self-contained, no script);
 *   <li>the chart is drawn: exactly one bar per top-level STANDARD field (per unit, for the
 *       ranking), in order, each bar's rendered width within one pixel of its percentage of its
 *       track's rendered width, unknown values drawn with width 0; the ranking's median line sits
 *       at the median, within a pixel;
 *   <li>the index shows its published decimals, with a decimal comma in Vietnamese, or says that it
 *       is not computed;
 *   <li>the page does not overflow its width, and prints on A4 pages;
 * </ul>
 *
 * <p>and takes a full-page screenshot of each into {@code target/screenshots/}. Run by failsafe in
 * {@code verify}. Without Chromium the test is skipped, with a message saying so — unless the system
 * property {@code par.browser.required} is {@code true}, when it fails. {@code par.chromium} names the
 * browser when it is not {@code chromium} on the {@code PATH} or {@code /usr/bin/chromium}.
 */
class BrowserReportsIT {
  private static final Path DATA = Path.of("data");
  private static final Path REPORTS = Path.of("target", "reports");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int WIDTH = 1200;

  private static Chromium browser;
  private static BrowserSession session;

  @BeforeAll
  static void startChromium() throws IOException {
    session = BrowserSession.start("the browser test of the HTML reports");
    browser = session.browser();
  }

  @BeforeEach
  void needsChromium() {
    session.assumeStarted();
  }

  @AfterAll
  static void stopChromium() {
    session.close();
  }

  private static Methodology commune() {
    try {
      return ParReader.standard().readMethodology(DATA.resolve("commune-methodology.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scorecard score(Methodology m, Path submission) {
    try {
      return Scorer.of(m).score(ParReader.standard().readSubmission(submission));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Scorecard> scoreAll(Methodology m, List<Path> submissions) {
    return submissions.stream().map(s -> score(m, s)).toList();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Path write(String name, String html) throws IOException {
    Files.createDirectories(REPORTS);
    Path file = REPORTS.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  /** Loads a report and checks what every report must satisfy; the caller closes the page. */
  private static Chromium.Page load(Path file) throws IOException {
    long start = System.nanoTime();
    String url = file.toUri().toString();
    Chromium.Page page = browser.open(url);
    assertEquals(List.of(), page.problems(), () -> file + ": errors while loading\n"
        + browser.stderr());
    for (String requested : page.requests()) {
      assertEquals(url, requested, file + " asked for another resource");
    }
    JsonNode doc = page.evaluate("""
        JSON.stringify({
          scripts: document.scripts.length,
          externalSheets: [...document.styleSheets].filter(s => s.href).length,
          images: document.images.length,
          title: document.title,
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth
        })""");
    assertEquals(0, doc.get("scripts").asInt(), "no script");
    assertEquals(0, doc.get("externalSheets").asInt(), "no external style sheet");
    assertEquals(0, doc.get("images").asInt(), "no image");
    assertTrue(!doc.get("title").asText().isBlank(), "a title");
    assertTrue(doc.get("scrollWidth").asInt() <= doc.get("innerWidth").asInt(),
        () -> file + " overflows its width: " + doc);
    System.out.printf("browser: %s loaded and checked in %d ms%n", file.getFileName(),
        (System.nanoTime() - start) / 1_000_000);
    return page;
  }

  private static void screenshot(Chromium.Page page, String name) throws IOException {
    Path png = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(WIDTH, png);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
        () -> png + " is not a screenshot");
  }

  private static final String FIELD_BARS = """
      JSON.stringify({
        index: document.querySelector('[data-role=index]').textContent,
        indexValue: document.querySelector('[data-role=index]').dataset.value,
        charts: document.querySelectorAll('svg.field-chart').length,
        bars: [...document.querySelectorAll('svg.field-chart rect.bar')].map(b => {
          const t = b.parentNode.querySelector('rect.track').getBoundingClientRect();
          const r = b.getBoundingClientRect();
          return { code: b.dataset.code, percent: b.dataset.percent ?? null,
            status: b.dataset.status ?? null, width: r.width, left: r.left,
            trackWidth: t.width, trackLeft: t.left };
        })
      })""";

  /** Checks the field chart and the index of a scorecard's page. */
  private static void checkScorecard(Chromium.Page page, Scorecard card, Language l)
      throws IOException {
    JsonNode r = page.evaluate(FIELD_BARS);
    assertEquals(1, r.get("charts").asInt());
    List<String> fields = card.topLevel().stream().filter(n -> n.role() == Role.STANDARD)
        .map(NodeScore::code).toList();
    List<String> drawn = new ArrayList<>();
    for (JsonNode bar : r.get("bars")) {
      drawn.add(bar.get("code").asText());
      NodeScore field = card.node(bar.get("code").asText());
      double width = bar.get("width").asDouble();
      double track = bar.get("trackWidth").asDouble();
      assertTrue(track > 100, () -> "a visible track: " + bar);
      assertEquals(bar.get("trackLeft").asDouble(), bar.get("left").asDouble(), 1.0,
          () -> "bars start at the track: " + bar);
      if (field.percent().isPresent()) {
        assertEquals(field.percent().get().toPlainString(), bar.get("percent").asText());
        double expected = Math.max(0, Math.min(100, field.percent().get().doubleValue()))
            / 100 * track;
        assertEquals(expected, width, 1.0, () -> "width proportional to the percent: " + bar);
      } else {
        assertEquals(0, width, 0.01, () -> "an unknown field has no bar: " + bar);
        assertEquals(field.status().name(), bar.get("status").asText());
      }
    }
    assertEquals(fields, drawn, "exactly one bar per field, in order");
    int decimals = card.methodology().indexDecimals();
    if (card.index().isPresent()) {
      String shown = r.get("index").asText();
      assertEquals(l.number(card.index().get()), shown);
      assertTrue(shown.matches("\\d+" + (l == Language.VI ? "," : "\\.") + "\\d{" + decimals
          + "}"), () -> "published decimals: " + shown);
      assertEquals(card.index().get().toPlainString(), r.get("indexValue").asText());
    } else {
      assertEquals(l.label("chưa tính được", "not computed"), r.get("index").asText());
      assertEquals("", r.get("indexValue").asText());
    }
  }

  @Test
  void communeReport_vi_loadsCleanlyChartDrawnIndexPublished() throws IOException {
    Scorecard card = score(commune(), DATA.resolve("commune-2024.yaml"));
    // 10.4993 / 14 * 100 = 74.995 exactly, published 75.00 (HALF_UP): see the submission's comments.
    assertEquals("75.00", card.index().orElseThrow().toPlainString());
    Path file = write("commune-2024", ScorecardHtml.render(card, Language.VI));
    Chromium.Page page = load(file);
    checkScorecard(page, card, Language.VI);
    JsonNode r = page.evaluate("""
        JSON.stringify({
          index: document.querySelector('[data-role=index]').textContent,
          alerts: [...document.querySelectorAll('[data-role=alerts] li')].map(li => li.dataset.code),
          closed: [...document.querySelectorAll('details')].filter(d => !d.open).length,
          details: document.querySelectorAll('details').length,
          explanation: document.querySelector('details[data-code="2.4"]').textContent
        })""");
    assertEquals("75,00", r.get("index").asText());
    assertEquals("[\"1\",\"2\"]", r.get("alerts").toString(), "both alerts raised");
    assertEquals(r.get("details").asInt(), r.get("closed").asInt(), "explanations start closed");
    // The rule's exact figure, then the points rounded once.
    assertTrue(r.get("explanation").asText().contains("3 × 7580 / (100 × 95) = 2,3936842105"),
        r::toString);
    assertTrue(r.get("explanation").asText().contains("2,3937 (làm tròn một lần đến 4 chữ số "
        + "thập phân, làm tròn (từ 5 trở lên làm tròn lên))"), r::toString);
    screenshot(page, "commune-2024");
    page.close();
  }

  @Test
  void communeReport_en_usesEnglishAndDecimalPoints() throws IOException {
    Scorecard card = score(commune(), DATA.resolve("commune-2024.yaml"));
    Chromium.Page page = load(write("commune-2024-en", ScorecardHtml.render(card, Language.EN)));
    checkScorecard(page, card, Language.EN);
    JsonNode r = page.evaluate("JSON.stringify({lang: document.documentElement.lang, "
        + "h2: [...document.querySelectorAll('h2')].map(h => h.textContent)})");
    assertEquals("en", r.get("lang").asText());
    assertTrue(r.get("h2").toString().contains("Points lost"), r::toString);
    screenshot(page, "commune-2024-en");
    page.close();
  }

  @Test
  void communeReport_printsOnA4() throws IOException {
    Scorecard card = score(commune(), DATA.resolve("commune-2024.yaml"));
    Chromium.Page page = load(write("commune-2024-print", ScorecardHtml.render(card,
        Language.VI)));
    byte[] pdf = page.pdf();
    page.close();
    Files.write(REPORTS.resolve("commune-2024.pdf"), pdf);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF-"), "a PDF");
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(text);
    int pages = 0;
    while (box.find()) {
      pages++;
      // A4 is 210 x 297 mm = 595.3 x 841.9 pt.
      assertEquals(595.3, Double.parseDouble(box.group(1)), 1.5, "A4 width");
      assertEquals(841.9, Double.parseDouble(box.group(2)), 1.5, "A4 height");
    }
    assertTrue(pages >= 1, "at least one A4 page");
  }

  @Test
  void hungYenReport_surveyUnknown_indexNotComputedNotZero() throws IOException {
    Scorecard card = score(BundledMethodologies.load("vn-par-province-876"),
        DATA.resolve("hung-yen-2023.yaml"));
    Chromium.Page page = load(write("hung-yen-2023", ScorecardHtml.render(card, Language.VI)));
    checkScorecard(page, card, Language.VI);
    JsonNode r = page.evaluate("""
        JSON.stringify({
          note: document.querySelector('[data-role=index]').closest('.card').textContent,
          survey: document.querySelector('svg.field-chart g[data-code=DTXHH]').textContent
        })""");
    assertTrue(r.get("note").asText().contains("Chưa biết điểm của DTXHH"), r::toString);
    assertTrue(r.get("survey").asText().contains("chưa biết"), r::toString);
    screenshot(page, "hung-yen-2023");
    page.close();
  }

  @Test
  void rankingReport_barsPerUnitAndMedianAtTheMedian() throws IOException {
    Methodology m = commune();
    List<Path> previous = new ArrayList<>(files(DATA.resolve("communes/2024")));
    previous.add(DATA.resolve("commune-2024.yaml"));
    Ranking ranking = Ranking.of(scoreAll(m, files(DATA.resolve("communes/2025"))),
        scoreAll(m, previous));
    Chromium.Page page = load(write("ranking-2025", RankingHtml.render(ranking, Language.VI)));
    JsonNode r = page.evaluate("""
        JSON.stringify({
          bars: [...document.querySelectorAll('svg.ranking-chart rect.bar')].map(b => {
            const t = b.parentNode.querySelector('rect.track').getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return { unit: b.dataset.unit, index: b.dataset.index ?? null, width: r.width,
              left: r.left, trackWidth: t.width, trackLeft: t.left };
          }),
          median: (() => {
            const m = document.querySelector('svg.ranking-chart line.median');
            const r = m.getBoundingClientRect();
            const t = document.querySelector('svg.ranking-chart rect.track')
                .getBoundingClientRect();
            return { value: m.dataset.median, x: r.left + r.width / 2, trackLeft: t.left,
              trackWidth: t.width };
          })(),
          bands: [...document.querySelectorAll('table.ranking .band')].map(b => [b.textContent,
            getComputedStyle(b).backgroundColor])
        })""");
    List<String> units = new ArrayList<>();
    for (JsonNode bar : r.get("bars")) {
      units.add(bar.get("unit").asText());
      RankEntry e = ranking.entry(bar.get("unit").asText()).orElseThrow();
      double track = bar.get("trackWidth").asDouble();
      assertEquals(bar.get("trackLeft").asDouble(), bar.get("left").asDouble(), 1.0);
      double expected = e.index() == null ? 0
          : Math.max(0, Math.min(100, e.index().doubleValue())) / 100 * track;
      assertEquals(expected, bar.get("width").asDouble(), 1.0, bar::toString);
    }
    assertEquals(ranking.entries().stream().map(e -> e.unit().id()).toList(), units,
        "one bar per unit, in ranking order");
    JsonNode median = r.get("median");
    // Median of 98.13, 96.88, 87.50, 87.50, 73.13, 43.75 = 87.50 (data/communes/README.md).
    assertEquals("87.50", median.get("value").asText());
    assertEquals(median.get("trackLeft").asDouble() + 0.875 * median.get("trackWidth").asDouble(),
        median.get("x").asDouble(), 1.0, "median line at the median");
    // Bands are coloured: four bands, four different colours.
    assertEquals(4, java.util.stream.StreamSupport.stream(r.get("bands").spliterator(), false)
        .map(b -> b.get(1).asText()).distinct().count(), r.get("bands")::toString);
    screenshot(page, "ranking-2025");
    page.close();
  }
}
