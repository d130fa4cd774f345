package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.report.Dashboard;
import io.github.parindex.report.DashboardHtml;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.ScorecardHtml;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML reports laid out as they print on A4 portrait, in both languages, in headless Chromium:
 * the {@code print} media type at the printable width of the page (210 mm less the style sheet's
 * 12 mm margins = 186 mm = 703 CSS pixels). Checks that no element reaches beyond the printed
 * width and that no text is clipped (no element that hides its overflow holds more than it shows),
 * and keeps a screenshot of each page as laid out for print, with the page's right edge drawn as a
 * dashed red line, under {@code target/screenshots/print-*.png}. Reports: the province's dashboard
 * (departments and communes, 2025 with 2024), the rankings of the communes and of the departments
 * (seven fields side by side), a commune's scorecard.
 *
 * <p>With {@code -Dpar.before.ranking=FILE} (the ranking page written by another build of par, e.g.
 * the one before this change), the Vietnamese ranking's case also captures that page, as
 * {@code print-ranking-before.png} beside {@code print-ranking-vi.png}; nothing is asserted about
 * it.
 */
class PrintLayoutIT {
  private static final Path DATA = Path.of("data");
  private static final Path REPORTS = Path.of("target", "reports");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** 186 mm at 96 pixels per inch. */
  private static final int PRINTED_WIDTH = 703;

  private static Chromium browser;
  private static BrowserSession session;

  @BeforeAll
  static void startChromium() throws IOException {
    session = BrowserSession.start("the print layout test of the HTML reports");
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

  private static List<Scorecard> folder(Methodology m, Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Scorecard> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(Scorer.of(m).score(ParReader.standard().readSubmission(p)));
      }
      return out;
    }
  }

  private static String render(String report, Language l) throws IOException {
    Methodology communes = ParReader.standard().readMethodology(
        DATA.resolve("commune-methodology.yaml"));
    switch (report) {
      case "dashboard" -> {
        Methodology departments = ParReader.standard().readMethodology(
            DATA.resolve("departments/department-methodology.yaml"));
        List<Scorecard> all = new ArrayList<>(folder(departments,
            DATA.resolve("departments/2025")));
        all.addAll(folder(departments, DATA.resolve("departments/2024")));
        all.addAll(folder(communes, DATA.resolve("communes/2025")));
        all.addAll(folder(communes, DATA.resolve("communes/2024")));
        return DashboardHtml.render(Dashboard.of(2025, all), l);
      }
      case "departments" -> {
        Methodology departments = ParReader.standard().readMethodology(
            DATA.resolve("departments/department-methodology.yaml"));
        return RankingHtml.render(Ranking.of(folder(departments,
            DATA.resolve("departments/2025")), folder(departments,
            DATA.resolve("departments/2024"))), l);
      }
      case "ranking" -> {
        List<Scorecard> previous = new ArrayList<>(folder(communes,
            DATA.resolve("communes/2024")));
        previous.add(Scorer.of(communes).score(ParReader.standard().readSubmission(
            DATA.resolve("commune-2024.yaml"))));
        return RankingHtml.render(Ranking.of(folder(communes, DATA.resolve("communes/2025")),
            previous), l);
      }
      default -> {
        return ScorecardHtml.render(Scorer.of(communes).score(ParReader.standard()
            .readSubmission(DATA.resolve("commune-2024.yaml"))), l);
      }
    }
  }

  /** What reaches beyond the printed width, and what hides part of its content. */
  private static final String LAYOUT = """
      JSON.stringify((() => {
        const width = %d;
        const wide = [], clipped = [];
        const name = e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
            ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
            + (e.dataset && e.dataset.unit ? '[' + e.dataset.unit + ']' : '');
        for (const e of document.body.querySelectorAll('*')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.right > width + 1) {
            wide.push(name(e) + ' right=' + Math.round(r.right));
          }
          const s = getComputedStyle(e);
          const hides = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
          if (hides && !(e instanceof SVGElement)
              && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
            clipped.push(name(e) + ' ' + e.scrollWidth + '>' + e.clientWidth);
          }
        }
        return { scrollWidth: document.documentElement.scrollWidth,
          wide: wide.slice(0, 20), clipped: clipped.slice(0, 20) };
      })())""".formatted(PRINTED_WIDTH);

  @ParameterizedTest
  @ValueSource(strings = {"dashboard-vi", "dashboard-en", "ranking-vi", "ranking-en",
      "departments-vi", "departments-en", "scorecard-vi", "scorecard-en"})
  void report_printedOnA4_nothingWiderThanThePage_noTextClipped(String name) throws IOException {
    String[] parts = name.split("-");
    Language l = Language.of(parts[1]);
    Files.createDirectories(REPORTS);
    Path file = REPORTS.resolve("print-" + name + ".html").toAbsolutePath();
    Files.writeString(file, render(parts[0], l), StandardCharsets.UTF_8);
    Chromium.Page page = browser.open(file.toUri().toString());
    try {
      assertEquals(List.of(), page.problems(), () -> file + ": errors while loading");
      page.print(PRINTED_WIDTH);
      JsonNode r = page.evaluate(LAYOUT);
      page.printScreenshot(PRINTED_WIDTH, SCREENSHOTS.resolve("print-" + name + ".png"));
      if (name.equals("ranking-vi")) {
        captureBefore();
      }
      assertTrue(r.get("wide").isEmpty() && r.get("scrollWidth").asInt() <= PRINTED_WIDTH,
          () -> name + ": wider than the printed page: " + r);
      assertTrue(r.get("clipped").isEmpty(), () -> name + ": text clipped: " + r);
    } finally {
      page.close();
    }
  }

  /** The ranking page of another build of par, when {@code -Dpar.before.ranking} names one. */
  private static void captureBefore() throws IOException {
    String before = System.getProperty("par.before.ranking", "");
    if (before.isBlank()) {
      return;
    }
    Chromium.Page page = browser.open(Path.of(before).toAbsolutePath().toUri().toString());
    try {
      page.printScreenshot(PRINTED_WIDTH, SCREENSHOTS.resolve("print-ranking-before.png"));
    } finally {
      page.close();
    }
  }
}
