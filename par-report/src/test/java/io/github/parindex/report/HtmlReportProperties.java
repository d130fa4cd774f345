package io.github.parindex.report;

import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.DeficitItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Status;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingHtml;
import io.github.parindex.report.ScorecardHtml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML reports show exactly what the scorecard and the ranking hold, on random methodologies and
 * submissions in both languages: the page is parsed as XML and its marked elements (the index, the
 * band, the total, one table row per node and remainder, one chart bar per field, the alerts, the
 * deficits, one row and one bar per ranked unit) are compared with the objects, numbers written as
 * docs/cli.md says (Vietnamese with a decimal comma), unknown values as unknown, never as 0.
 */
class HtmlReportProperties {
  private static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  private static Submission scorable(Scorer scorer, Submission s) {
    return scorer.check(s).isEmpty() ? s
        : Submission.builder().from(s).missing(MissingPolicy.ZERO).build();
  }

  /** A number as the report writes it: plain notation, a decimal comma in Vietnamese. */
  private static String shown(BigDecimal value, boolean english) {
    String plain = value.toPlainString();
    return english ? plain : plain.replace('.', ',');
  }

  private static String unknown(boolean english) {
    return english ? "unknown" : "chưa biết";
  }

  private static List<Element> all(Document d, String tag) {
    NodeList list = d.getElementsByTagNameNS("*", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Element byRole(Document d, String role) {
    for (Element e : all(d, "*")) {
      if (role.equals(e.getAttribute("data-role"))) {
        return e;
      }
    }
    throw new AssertionError("no element with data-role " + role);
  }

  private static List<Element> cells(Element row) {
    List<Element> out = new ArrayList<>();
    for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getLocalName().equals("td")) {
        out.add(e);
      }
    }
    return out;
  }

  /** The rows of the table of a class, by data-code (remainder rows marked "code+"). */
  private static List<Element> rows(Document d, String tableClass) {
    for (Element t : all(d, "table")) {
      if (t.getAttribute("class").equals(tableClass)) {
        List<Element> rows = new ArrayList<>();
        NodeList trs = t.getElementsByTagNameNS("*", "tr");
        for (int i = 0; i < trs.getLength(); i++) {
          Element tr = (Element) trs.item(i);
          if (!tr.getAttribute("data-code").isEmpty()) {
            rows.add(tr);
          }
        }
        return rows;
      }
    }
    return List.of();
  }

  private static String cellText(BigDecimal value, boolean english) {
    return value == null ? unknown(english) : shown(value, english);
  }

  @Property(tries = 80)
  void scorecardHtml_showsEveryFigureWhereItIsMarked(@ForAll long seed, @ForAll boolean english) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Scorecard card = scorer.score(scorable(scorer, g.submission()));
    Document d = HtmlWritersTest.parse(ScorecardHtml.render(card, Language.of(english ? "en"
        : "vi")));

    Element index = byRole(d, "index");
    assertEquals(card.index().map(BigDecimal::toPlainString).orElse(""),
        index.getAttribute("data-value"));
    card.index().ifPresent(i -> assertEquals(shown(i, english), index.getTextContent()));
    Element points = byRole(d, "points");
    assertEquals(card.points().map(p -> shown(p, english)).orElse(unknown(english)),
        points.getTextContent());
    Element band = byRole(d, "band");
    assertEquals(card.band().map(b -> b.code()).orElse(""), band.getAttribute("data-code"));

    // One row per node, in document order, and one per remainder (after the node's last
    // descendant); cells: code, name, max, applicable max, points, lost, percent.
    List<Element> rows = rows(d, "nodes");
    List<Element> nodeRows = rows.stream().filter(r -> r.getAttribute("data-remainder").isEmpty())
        .toList();
    java.util.Map<String, Element> remainderRows = new java.util.HashMap<>();
    rows.stream().filter(r -> r.getAttribute("data-remainder").equals("true"))
        .forEach(r -> assertEquals(null, remainderRows.put(r.getAttribute("data-code"), r)));
    List<NodeScore> expected = card.nodes();
    assertEquals(expected.size(), nodeRows.size());
    assertEquals(expected.stream().filter(n -> n.remainder().isPresent()).count(),
        remainderRows.size());
    for (int i = 0; i < expected.size(); i++) {
      NodeScore n = expected.get(i);
      Element row = nodeRows.get(i);
      assertEquals(n.code(), row.getAttribute("data-code"));
      List<Element> c = cells(row);
      assertEquals(n.code(), c.get(0).getTextContent());
      assertEquals(shown(n.maxPoints(), english), c.get(2).getTextContent(), n.code());
      assertEquals(shown(n.applicableMaxPoints(), english), c.get(3).getTextContent(), n.code());
      assertEquals(cellText(n.points().orElse(null), english), c.get(4).getTextContent(),
          n.code());
      assertEquals(cellText(n.deficit().orElse(null), english), c.get(5).getTextContent(),
          n.code());
      assertEquals(n.percent().map(p -> shown(p, english)).orElse(n.status() == Status.UNKNOWN
          ? unknown(english) : "\u2014"), c.get(6).getTextContent(), n.code());
      if (n.remainder().isPresent()) {
        RemainderScore r = n.remainder().get();
        List<Element> rc = cells(remainderRows.get(n.code()));
        assertEquals(shown(r.maxPoints(), english), rc.get(2).getTextContent());
        assertEquals(shown(r.maxPoints(), english), rc.get(3).getTextContent());
        assertEquals(cellText(r.points(), english), rc.get(4).getTextContent(), n.code());
        assertEquals(cellText(r.deficit().orElse(null), english), rc.get(5).getTextContent());
        // After every row of the node's subtree: no row of a descendant follows it.
        int after = rows.indexOf(remainderRows.get(n.code()));
        for (Element later : rows.subList(after + 1, rows.size())) {
          assertTrue(!later.getAttribute("data-code").startsWith(n.code() + ".")
              || !later.getAttribute("data-remainder").isEmpty(), n::code);
        }
      }
    }

    // One bar per STANDARD field, with its published percent.
    List<NodeScore> fields = card.topLevel().stream().filter(n -> n.role() == Role.STANDARD)
        .toList();
    List<Element> bars = all(d, "rect").stream().filter(r -> r.getAttribute("class")
        .startsWith("bar")).toList();
    assertEquals(fields.size(), bars.size());
    for (int i = 0; i < bars.size(); i++) {
      NodeScore f = fields.get(i);
      assertEquals(f.code(), bars.get(i).getAttribute("data-code"));
      assertEquals(f.percent().map(BigDecimal::toPlainString).orElse(""),
          bars.get(i).getAttribute("data-percent"));
      boolean raised = card.alerts().stream().anyMatch(a -> f.code().equals(a.code()));
      assertEquals(raised ? "bar alert" : "bar", bars.get(i).getAttribute("class"), f.code());
    }

    // Alerts: one item each, with its percent and threshold.
    List<Element> alerts = new ArrayList<>();
    if (!card.alerts().isEmpty()) {
      Element section = byRole(d, "alerts");
      NodeList items = section.getElementsByTagNameNS("*", "li");
      for (int i = 0; i < items.getLength(); i++) {
        alerts.add((Element) items.item(i));
      }
    }
    assertEquals(card.alerts().size(), alerts.size());
    for (int i = 0; i < alerts.size(); i++) {
      RaisedAlert a = card.alerts().get(i);
      if (a.byBand()) {
        // raised by the band found from the index (CYCLE.md §1): marked with the band
        assertEquals(a.band(), alerts.get(i).getAttribute("data-band"));
        assertEquals("", alerts.get(i).getAttribute("data-code"));
        continue;
      }
      assertEquals(a.code(), alerts.get(i).getAttribute("data-code"));
      assertTrue(alerts.get(i).getTextContent().contains(shown(a.percent(), english) + " % < "
          + shown(a.belowPercent(), english) + " %"), alerts.get(i)::getTextContent);
    }

    // Deficits: one row per item, largest first: max, points, lost, share.
    Deficits deficits = Deficits.of(card);
    List<Element> lost = rows(d, "deficits");
    assertEquals(deficits.items().size(), lost.size());
    for (int i = 0; i < lost.size(); i++) {
      DeficitItem item = deficits.items().get(i);
      List<Element> c = cells(lost.get(i));
      assertEquals(item.code(), lost.get(i).getAttribute("data-code"));
      assertEquals(item.remainder() ? "true" : "", lost.get(i).getAttribute("data-remainder"));
      assertEquals(shown(item.maxPoints(), english), c.get(2).getTextContent());
      assertEquals(shown(item.points(), english), c.get(3).getTextContent());
      assertEquals(shown(item.deficit(), english), c.get(4).getTextContent());
      assertEquals(shown(item.sharePercent(), english), c.get(5).getTextContent());
    }
  }

  @Property(tries = 60)
  void rankingHtml_oneRowAndOneBarPerUnitInRankOrder(@ForAll long seed, @ForAll boolean english) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    Scorer scorer = scorer(g.methodology());
    List<Scorecard> cards = new ArrayList<>();
    int n = 2 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      Submission s = RandomSubmissions.generate(g.methodology(), random);
      s = Submission.builder().from(s).unit(Unit.builder().from(s.unit()).id("unit-" + i).build())
          .year(g.methodology().validFrom()).unknown(List.of()).build();
      cards.add(scorer.score(scorable(scorer, s)));
    }
    Ranking ranking = Ranking.of(cards);
    String html = RankingHtml.render(ranking, Language.of(english ? "en" : "vi"));
    Document d = HtmlWritersTest.parse(html);
    // One bar per unit, in rank order, with its rank and index.
    List<Element> bars = all(d, "rect").stream().filter(r -> r.getAttribute("class")
        .startsWith("bar")).toList();
    assertEquals(ranking.entries().size(), bars.size());
    // One row per unit in the ranking table: rank, name, points, index.
    List<Element> rows = new ArrayList<>();
    Element table = byRole(d, "ranking");
    NodeList trs = table.getElementsByTagNameNS("*", "tr");
    for (int i = 0; i < trs.getLength(); i++) {
      Element tr = (Element) trs.item(i);
      if (!tr.getAttribute("data-unit").isEmpty()) {
        rows.add(tr);
      }
    }
    assertEquals(ranking.entries().size(), rows.size());
    // A region column comes after the name when any unit has a region.
    int regions = ranking.entries().stream().anyMatch(e -> e.unit().region().isPresent()) ? 1 : 0;
    for (int i = 0; i < rows.size(); i++) {
      RankEntry e = ranking.entries().get(i);
      Element bar = bars.get(i);
      assertEquals(e.unit().id(), bar.getAttribute("data-unit"));
      assertEquals(e.ranked() ? String.valueOf(e.rank()) : "", bar.getAttribute("data-rank"));
      assertEquals(e.index() == null ? "" : e.index().toPlainString(),
          bar.getAttribute("data-index"));
      assertEquals(e.band() == null, bar.getAttribute("class").equals("bar"), e.unit()::id);
      List<Element> c = cells(rows.get(i));
      assertEquals(e.unit().id(), rows.get(i).getAttribute("data-unit"));
      assertEquals(e.ranked() ? String.valueOf(e.rank()) : "\u2014", c.get(0).getTextContent());
      assertEquals(e.unit().label(), c.get(1).getTextContent());
      if (regions == 1) {
        assertEquals(e.unit().region().orElse(""), c.get(2).getTextContent());
      }
      assertEquals(cellText(e.scorecard().points().orElse(null), english),
          c.get(2 + regions).getTextContent());
      if (e.index() != null) {
        assertEquals(shown(e.index(), english), c.get(3 + regions).getTextContent());
      } else {
        assertTrue(c.get(3 + regions).getTextContent().startsWith(unknown(english)));
      }
    }
    assertEquals(ranking.median().map(m -> shown(m, english)).orElse(unknown(english)),
        byRole(d, "median").getTextContent());
    ranking.best().ifPresent(b -> assertEquals(shown(b.index(), english),
        byRole(d, "best").getTextContent()));
    assertTrue(all(d, "svg").size() >= 1);
  }
}
