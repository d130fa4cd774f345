package io.github.parindex.report;

import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.NodeScore;
import static io.github.parindex.scoring.testing.Fixtures.communeUnit;
import static io.github.parindex.scoring.testing.Fixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.ScorecardHtml;
import io.github.parindex.scoring.testing.Fixtures;
import io.github.parindex.scoring.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML writers: pages that a strict XML parser accepts, with every data text escaped, the same
 * bytes every time, one chart bar per field (or unit) whose width is proportional to its published
 * percentage, and the published decimals.
 */
class HtmlWritersTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  private final Scorer scorer = Fixtures.scorer(Fixtures.commune());
  private final Scorecard a = scorer.score(Fixtures.file("commune-a/submission.yaml"));
  private final Scorecard b = scorer.score(Fixtures.file("commune-b-submission.yaml"));

  /** Parses a page as XML, strictly: an unclosed element, a bare {@code &} or {@code <} fails. */
  static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(
          html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  private static List<Element> elements(Document d, String ns, String tag, String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = d.getElementsByTagNameNS(ns, tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element byRole(Document d, String role) {
    NodeList all = d.getElementsByTagNameNS(XHTML, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (role.equals(e.getAttribute("data-role"))) {
        return e;
      }
    }
    throw new AssertionError("no element with data-role " + role);
  }

  private static Scorecard hungYen() {
    try {
      Scorer s = Scorer.builder().methodology(BundledMethodologies.load("vn-par-province-876"))
          .registry(RuleRegistry.builtIn()).build();
      return s.score(ParReader.standard().readSubmission(
          TestData.path("examples/data/hung-yen-2023.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void scorecard_communeA_isWellFormedXhtmlWithOneBarPerField() {
    Document d = parse(ScorecardHtml.render(a, Language.VI));
    assertEquals("vi", d.getDocumentElement().getAttribute("lang"));
    List<Element> svg = elements(d, SVG, "svg", "field-chart");
    assertEquals(1, svg.size());
    List<Element> bars = elements(d, SVG, "rect", "bar");
    // Fields 1 and 2; B (bonus) and P (penalty) are not fields.
    assertEquals(List.of("1", "2"), bars.stream().map(e -> e.getAttribute("data-code")).toList());
    // 6.05 / 7 = 86.43 %, 4.98 / 8 = 62.25 % (golden commune-a); 400 units for 100 %.
    assertEquals("86.43", bars.get(0).getAttribute("data-percent"));
    assertEquals("345.72", bars.get(0).getAttribute("width"));
    assertEquals("62.25", bars.get(1).getAttribute("data-percent"));
    assertEquals("249.00", bars.get(1).getAttribute("width"));
    // Field 2 is below the 75 % alert threshold: a red bar and the threshold mark at 300 + 300.
    assertTrue(bars.get(1).getAttribute("class").contains("alert"));
    assertFalse(bars.get(0).getAttribute("class").contains("alert"));
    List<Element> thresholds = elements(d, SVG, "line", "threshold");
    assertEquals(2, thresholds.size());
    assertEquals("600.00", thresholds.get(0).getAttribute("x1"));
    for (Element track : elements(d, SVG, "rect", "track")) {
      assertEquals("400", track.getAttribute("width"));
    }
  }

  @Test
  void scorecard_barWidths_areProportionalToEveryFieldsPercent() {
    for (Scorecard card : List.of(a, b, hungYen())) {
      Document d = parse(ScorecardHtml.render(card, Language.EN));
      List<Element> bars = elements(d, SVG, "rect", "bar");
      List<NodeScore> fields = card.topLevel().stream()
          .filter(n -> n.role() == io.github.parindex.model.Role.STANDARD).toList();
      assertEquals(fields.size(), bars.size(), card::toString);
      for (int i = 0; i < fields.size(); i++) {
        NodeScore f = fields.get(i);
        Element bar = bars.get(i);
        assertEquals(f.code(), bar.getAttribute("data-code"));
        double width = Double.parseDouble(bar.getAttribute("width"));
        if (f.percent().isPresent()) {
          assertEquals(f.percent().get().doubleValue() * 4, width, 0.005, f.code());
        } else {
          assertEquals(0, width, f.code());
          assertFalse(bar.hasAttribute("data-percent"));
          assertEquals(f.status().name(), bar.getAttribute("data-status"));
        }
      }
    }
  }

  @Test
  void scorecard_halfUpBoundary_showsThePublishedDecimals() {
    // commune-b: 11.22 / 16 * 100 = 70.125 exactly -> 70.13 under HALF_UP.
    Document vi = parse(ScorecardHtml.render(b, Language.VI));
    Element index = byRole(vi, "index");
    assertEquals("70,13", index.getTextContent());
    assertEquals("70.13", index.getAttribute("data-value"));
    assertEquals("Trung bình", byRole(vi, "band").getTextContent());
    Document en = parse(ScorecardHtml.render(b, Language.EN));
    assertEquals("70.13", byRole(en, "index").getTextContent());
    assertEquals("en", en.getDocumentElement().getAttribute("lang"));
    // Points keep the methodology's 4 decimals.
    assertEquals("11.2200", byRole(en, "points").getTextContent());
  }

  @Test
  void scorecard_hungYen_saysTheIndexIsNotComputedInsteadOfZero() {
    String html = ScorecardHtml.render(hungYen(), Language.VI);
    Document d = parse(html);
    Element index = byRole(d, "index");
    assertEquals("chưa tính được", index.getTextContent());
    assertEquals("", index.getAttribute("data-value"));
    assertTrue(html.contains("Chưa biết điểm của DTXHH"), "the reason is given");
    Element survey = elements(d, SVG, "rect", "bar").stream()
        .filter(e -> e.getAttribute("data-code").equals("DTXHH")).findFirst().orElseThrow();
    assertEquals("UNKNOWN", survey.getAttribute("data-status"));
    // The appraised part is known: 60.5182 of 68, with a decimal comma.
    assertTrue(html.contains("<b>60,5182</b> / 68,0000"), "appraised points");
    assertFalse(html.contains(">0,00 %<"), "no index of 0 is shown");
    // Field 1: 9.4754 / 9.5 = 99.74 %; its remainder was charged the unexplained 0.0046.
    assertTrue(html.contains("data-percent=\"99.74\""));
    assertTrue(html.contains("0,0046"));
  }

  @Test
  void scorecard_hungYen_reconciliationAndWarningsAreShown() {
    Scorecard card = hungYen();
    Document d = parse(ScorecardHtml.render(card, Language.VI));
    Element section = byRole(d, "reconciliation");
    List<Element> rows = new ArrayList<>();
    NodeList trs = section.getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      if (tr.hasAttribute("data-code")) {
        rows.add(tr);
      }
    }
    // The printed field figures of seed 001: every field but 2 (printed without a figure).
    assertEquals(List.of("1", "3", "4", "5", "6", "7", "8"),
        rows.stream().map(e -> e.getAttribute("data-code")).toList());
    assertTrue(rows.stream().allMatch(e -> e.getAttribute("data-matches").equals("true")));
    // Field 1: printed 9.48 with 0.0246 lost; computed 9.4754 and 0.0246; 0.0046 unexplained by
    // leaf 1.7, charged to the remainder.
    NodeList cells = rows.get(0).getElementsByTagNameNS(XHTML, "td");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < cells.getLength(); i++) {
      texts.add(cells.item(i).getTextContent());
    }
    assertEquals(List.of("1", "9,48", "9,4754", "0,0246", "0,0246", "0,0046",
        "khớp; đã trừ vào phần chưa chi tiết hóa 0,0046"), texts);
    NodeList items = byRole(d, "warnings").getElementsByTagNameNS(XHTML, "li");
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element li = (Element) items.item(i);
      kinds.add(li.getAttribute("data-kind"));
      assertEquals(card.warnings().get(i).message().vi(), li.getTextContent());
    }
    // Incomplete 876; the survey part unknown; remainders scored FULL; field 1's charge.
    assertEquals(List.of("INCOMPLETE_METHODOLOGY", "UNKNOWN_PARTS", "MISSING_REMAINDERS",
        "DEFICIT_CHARGED"), kinds);
  }

  @Test
  void scorecard_dataTexts_areEscaped() {
    String yaml = """
        format: par-submission/1
        methodology: golden-commune
        year: 2024
        unit: { id: x, name: "<script>alert('x')</script> & \\"Xã\\"", region: "<b>B</b>" }
        missing: FULL
        leadAgencies: { "2": "Phòng <i>Tư pháp</i> & Hộ tịch" }
        observations:
          "2.5": { points: 0.5 }
        """;
    // The readers refuse control characters in texts; one can still come from code, through the API.
    io.github.parindex.model.Submission read = submission(yaml);
    io.github.parindex.model.Submission s = io.github.parindex.model.Submission.builder().from(read)
        .unit(io.github.parindex.model.Unit.builder().from(read.unit())
            .name(read.unit().name().orElseThrow() + " \u0001").build()).build();
    Scorecard card = scorer.score(s);
    String html = ScorecardHtml.render(card, Language.VI);
    Document d = parse(html);
    assertTrue(elements(d, XHTML, "script", null).isEmpty(), "no script element");
    assertTrue(elements(d, XHTML, "i", null).isEmpty(), "no markup from data");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Xã&quot;"),
        html);
    assertTrue(html.contains("Phòng &lt;i&gt;Tư pháp&lt;/i&gt; &amp; Hộ tịch"));
    assertEquals("<script>alert('x')</script> & \"Xã\" \uFFFD",
        elements(d, XHTML, "h1", null).get(0).getTextContent(), "control character replaced");
  }

  @Test
  void scorecard_isSelfContained_noScriptNoExternalReference() {
    for (Scorecard card : List.of(a, hungYen())) {
      String html = ScorecardHtml.render(card, Language.VI);
      assertFalse(html.contains("<script"));
      assertFalse(html.contains(" src="));
      assertFalse(html.contains(" href="));
      assertFalse(html.contains("@import"));
      assertFalse(html.contains("url("));
      // The only addresses are the two namespace names.
      Matcher m = Pattern.compile("https?://[^\"]*").matcher(html);
      while (m.find()) {
        assertTrue(List.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg")
            .contains(m.group()), m.group());
      }
      assertTrue(html.contains("@page { size: A4;"));
      assertTrue(html.contains("@media print"));
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
      assertTrue(html.endsWith("</html>\n"));
    }
  }

  @Test
  void scorecard_explanations_areCollapsibleDetailsForEveryNode() {
    Document d = parse(ScorecardHtml.render(a, Language.EN));
    List<Element> details = elements(d, XHTML, "details", null);
    assertEquals(a.nodes().size(), details.size());
    Element leaf13 = details.stream().filter(e -> e.getAttribute("data-code").equals("1.3"))
        .findFirst().orElseThrow();
    assertTrue(leaf13.getTextContent().contains(
        "Rate 81.00 % is below the target 90 %: 2 × 81 % / 90 % = 1.8"), leaf13.getTextContent());
    assertTrue(leaf13.getTextContent().contains("proportional to a rate"));
  }

  @Test
  void scorecard_sameCard_sameBytesUnderAnotherLocaleAndTimeZone() {
    String first = ScorecardHtml.render(a, Language.VI);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(first, ScorecardHtml.render(
          scorer.score(Fixtures.file("commune-a/submission.yaml")), Language.VI));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  /* The five units of RankingTest: a 100.00, b 95.00, c 95.00, d 94.38, e 94.38; median 95.00. */
  private Ranking ranking() {
    List<Scorecard> cards = new ArrayList<>();
    cards.add(scorer.score(submission(communeUnit("e", "North", "0.1", "0"))));
    cards.add(scorer.score(submission(communeUnit("c", "South", "0.2002", "0"))));
    cards.add(scorer.score(submission(communeUnit("a", "North", "1", "0"))));
    cards.add(scorer.score(submission(communeUnit("d", "South", "0.1", "0"))));
    cards.add(scorer.score(submission(communeUnit("b", "North", "0.2", "0"))));
    cards.add(scorer.score(submission(communeUnit("z", "North", "0.3", "0")
        + "unknown: [\"2.4\"]\n")));
    List<Scorecard> previous = List.of(
        scorer.score(submission(communeUnit("a", "North", "0", "0"))),   // 93.75 -> 2
        scorer.score(submission(communeUnit("b", "North", "1", "0"))),   // 100 -> 1
        scorer.score(submission(communeUnit("d", "South", "0", "0"))));  // 93.75 -> 2
    return Ranking.of(cards, previous);
  }

  @Test
  void ranking_oneBarPerUnitInRankOrder_widthsProportional_medianMarked() {
    Document d = parse(RankingHtml.render(ranking(), Language.VI));
    List<Element> bars = elements(d, SVG, "rect", "bar");
    assertEquals(List.of("a", "b", "c", "d", "e", "z"), bars.stream()
        .map(e -> e.getAttribute("data-unit")).toList());
    assertEquals(List.of("1", "2", "2", "4", "4", ""), bars.stream()
        .map(e -> e.getAttribute("data-rank")).toList());
    // 440 units for 100: 100 -> 440; 95 -> 418; 94.38 -> 415.272 -> 415.27.
    assertEquals(List.of("440.00", "418.00", "418.00", "415.27", "415.27", "0"), bars.stream()
        .map(e -> e.getAttribute("width")).toList());
    assertEquals("94.38", bars.get(3).getAttribute("data-index"));
    assertFalse(bars.get(5).hasAttribute("data-index"), "z is unknown");
    Element median = elements(d, SVG, "line", "median").get(0);
    assertEquals("95.00", median.getAttribute("data-median"));
    assertEquals("678.00", median.getAttribute("x1"));                 // 260 + 95 * 4.4
    assertEquals("95,00", byRole(d, "median").getTextContent());
  }

  @Test
  void ranking_bandsColouredAndRankChangesShown() {
    String html = RankingHtml.render(ranking(), Language.EN);
    Document d = parse(html);
    // Every ranked unit is in band TOT (>= 90), the first band: class band-0.
    List<Element> chips = elements(d, XHTML, "span", "band");
    assertEquals(5, chips.size());
    chips.forEach(c -> assertEquals("band band-0", c.getAttribute("class")));
    assertTrue(html.contains(".band-0 { background: #1a9850;"));
    // a: 2 -> 1 (+1); b: 1 -> 2 (-1); d: 2 -> 4 (-2); c, e: not in the previous set.
    List<String> changes = new ArrayList<>();
    for (Element td : elements(d, XHTML, "td", null)) {
      if (td.hasAttribute("data-change")) {
        changes.add(td.getAttribute("data-change"));
      }
    }
    assertEquals(List.of("1", "-1", "-2"), changes);
    assertTrue(html.contains("▲ +1") && html.contains("▼ −2"));
    assertTrue(html.contains("unknown (2.4)"), "the unknown part is named");
  }

  @Test
  void ranking_sameRanking_sameBytes() {
    assertEquals(RankingHtml.render(ranking(), Language.VI),
        RankingHtml.render(ranking(), Language.VI));
  }
}
