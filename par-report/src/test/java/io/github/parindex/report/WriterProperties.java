package io.github.parindex.report;

import io.github.parindex.scoring.Warning;
import io.github.parindex.scoring.SumTrace;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.Comparison;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ParWriter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.report.ComparisonWriter;
import io.github.parindex.report.DeficitsWriter;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingWriter;
import io.github.parindex.report.ScorecardCsv;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.ScorecardText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The writers say exactly what the scorecard, deficits, ranking and comparison hold, on random
 * methodologies and submissions (unknown parts, remainders, bonus and penalty parts, bands, alerts,
 * reported figures): each JSON document is read back with the model's own tree reader and each CSV
 * with an RFC 4180 reader written here, and every member and cell is compared with the object it was
 * written from, in the notation of docs/formats.md (decimals in plain notation with the methodology's
 * decimals, {@code null} or an empty cell for what is unknown).
 */
class WriterProperties {
  private static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  private static Submission scorable(Scorer scorer, Submission s) {
    return scorer.check(s).isEmpty() ? s
        : Submission.builder().from(s).missing(MissingPolicy.ZERO).build();
  }

  private static Tree.Obj json(String text) {
    return (Tree.Obj) TreeReader.read(text.getBytes(StandardCharsets.UTF_8), Syntax.JSON,
        ReadLimits.defaults());
  }

  private static Tree get(Tree t, String name) {
    Tree v = ((Tree.Obj) t).fields().get(name);
    if (v == null) {
      throw new AssertionError("no member '" + name + "' at " + t.pointer());
    }
    return v;
  }

  private static List<Tree> items(Tree t, String name) {
    return ((Tree.Arr) get(t, name)).items();
  }

  /** A scalar's text: a decimal as written, a text, true/false; null for JSON null. */
  private static String text(Tree t, String name) {
    Tree.Scalar s = (Tree.Scalar) get(t, name);
    return s.kind() == Tree.ScalarKind.NULL ? null : s.text();
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }

  private static void assertLocalized(LocalizedText expected, Tree actual) {
    assertEquals(expected.vi(), text(actual, "vi"), actual.pointer());
    Tree.Obj o = (Tree.Obj) actual;
    assertEquals(expected.en().orElse(null), o.fields().containsKey("en") ? text(actual, "en")
        : null, actual.pointer());
  }

  // ---- scorecard JSON ------------------------------------------------------------------------

  @Property(tries = 120)
  void scorecardJson_holdsEveryFigureOfTheScorecard(@ForAll long seed) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Scorecard card = scorer.score(scorable(scorer, g.submission()));
    Tree.Obj root = json(ScorecardJson.toString(card));

    assertEquals(Scorecard.FORMAT, text(root, "format"));
    assertEquals(card.methodology().id(), text(root, "methodology"));
    assertEquals(String.valueOf(card.year()), text(root, "year"));
    assertEquals(card.unit().id(), text(get(root, "unit"), "id"));
    assertEquals(card.stage().name(), text(root, "stage"));
    assertEquals(card.missing().name(), text(root, "missing"));
    assertEquals(String.valueOf(card.isComplete()), text(root, "complete"));
    assertEquals(plain(card.points()), text(root, "points"));
    assertEquals(card.maxPoints().setScale(card.methodology().pointDecimals()).toPlainString(),
        text(root, "maxPoints"));
    assertEquals(plain(card.applicableMaxPoints()), text(root, "applicableMaxPoints"));
    assertEquals(plain(card.index()), text(root, "index"));
    if (card.band().isPresent()) {
      assertEquals(card.band().get().code(), text(get(root, "band"), "code"));
      assertEquals(plain(card.band().get().minPercent()), text(get(root, "band"), "minPercent"));
    } else {
      assertEquals(null, text(root, "band"));
    }
    assertEquals(plain(card.standardPoints()), text(root, "standardPoints"));
    assertEquals(plain(card.bonusPoints()), text(root, "bonusPoints"));
    assertEquals(plain(card.penaltyPoints()), text(root, "penaltyPoints"));
    assertEquals(String.valueOf(card.capped()), text(root, "capped"));

    List<Tree> sources = items(root, "bySource");
    assertEquals(card.bySource().size(), sources.size());
    for (int i = 0; i < sources.size(); i++) {
      SourceTotal t = card.bySource().get(i);
      assertEquals(t.source().name(), text(sources.get(i), "source"));
      assertEquals(plain(t.points()), text(sources.get(i), "points"));
      assertEquals(plain(t.maxPoints()), text(sources.get(i), "maxPoints"));
      assertEquals(plain(t.applicableMaxPoints()), text(sources.get(i), "applicableMaxPoints"));
    }

    List<Tree> nodes = items(root, "nodes");
    assertEquals(card.nodes().size(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      node(card.nodes().get(i), nodes.get(i));
    }

    List<Tree> alerts = items(root, "alerts");
    assertEquals(card.alerts().size(), alerts.size());
    for (int i = 0; i < alerts.size(); i++) {
      RaisedAlert a = card.alerts().get(i);
      Map<String, Tree> members = ((Tree.Obj) alerts.get(i)).fields();
      assertEquals(a.alertId().isPresent(), members.containsKey("id"));
      a.alertId().ifPresent(id -> assertEquals(id, ((Tree.Scalar) members.get("id")).text()));
      if (a.byBand()) {
        // raised by the band found from the index (CYCLE.md §1): the band, no node
        assertEquals(a.band(), text(alerts.get(i), "band"));
        assertFalse(members.containsKey("code"));
      } else {
        assertEquals(a.code(), text(alerts.get(i), "code"));
        assertEquals(plain(a.percent()), text(alerts.get(i), "percent"));
        assertEquals(plain(a.belowPercent()), text(alerts.get(i), "belowPercent"));
      }
      assertEquals(a.messageText().isPresent(),
          ((Tree.Obj) alerts.get(i)).fields().containsKey("message"));
    }

    List<Tree> rec = items(root, "reconciliation");
    assertEquals(card.reconciliation().size(), rec.size());
    for (int i = 0; i < rec.size(); i++) {
      Reconciliation r = card.reconciliation().get(i);
      Tree x = rec.get(i);
      assertEquals(r.code(), text(x, "code"));
      assertEquals(plain(r.reportedPoints()), text(x, "reportedPoints"));
      assertEquals(plain(r.computedPoints()), text(x, "computedPoints"));
      assertEquals(r.pointsMatch() == null ? null : r.pointsMatch().toString(),
          text(x, "pointsMatch"));
      assertEquals(plain(r.reportedDeficit()), text(x, "reportedDeficit"));
      assertEquals(plain(r.computedDeficit()), text(x, "computedDeficit"));
      assertEquals(r.deficitMatch() == null ? null : r.deficitMatch().toString(),
          text(x, "deficitMatch"));
      assertEquals(plain(r.unexplained()), text(x, "unexplained"));
      assertEquals(plain(r.chargedToRemainder()), text(x, "chargedToRemainder"));
      assertEquals(String.valueOf(r.matches()), text(x, "matches"));
    }

    List<Tree> warnings = items(root, "warnings");
    assertEquals(card.warnings().size(), warnings.size());
    for (int i = 0; i < warnings.size(); i++) {
      Warning w = card.warnings().get(i);
      assertEquals(w.kind().name(), text(warnings.get(i), "kind"));
      assertLocalized(w.message(), get(warnings.get(i), "message"));
      assertEquals(w.codes(), ((Tree.Arr) get(warnings.get(i), "codes")).items().stream()
          .map(t -> ((Tree.Scalar) t).text()).toList());
    }
  }

  private static void node(NodeScore n, Tree x) {
    assertEquals(n.code(), text(x, "code"));
    assertLocalized(n.name(), get(x, "name"));
    assertEquals(String.valueOf(n.depth()), text(x, "depth"));
    assertEquals(n.parentCode().orElse(null), text(x, "parent"));
    assertEquals(String.valueOf(n.isLeaf()), text(x, "leaf"));
    assertEquals(n.role().name(), text(x, "role"));
    assertEquals(n.source().name(), text(x, "source"));
    assertEquals(n.leadAgency().orElse(null), text(x, "leadAgency"));
    assertEquals(plain(n.points()), text(x, "points"), n.code());
    assertEquals(plain(n.maxPoints()), text(x, "maxPoints"));
    assertEquals(plain(n.applicableMaxPoints()), text(x, "applicableMaxPoints"));
    assertEquals(plain(n.deficit()), text(x, "deficit"));
    assertEquals(plain(n.percent()), text(x, "percent"));
    assertEquals(n.status().name(), text(x, "status"));
    Tree.Obj obj = (Tree.Obj) x;
    assertEquals(n.remainder().isPresent(), obj.fields().containsKey("remainder"), n.code());
    n.remainder().ifPresent(r -> {
      Tree t = get(x, "remainder");
      assertEquals(plain(r.maxPoints()), text(t, "maxPoints"));
      assertEquals(plain(r.points()), text(t, "points"));
      assertEquals(r.status().name(), text(t, "status"));
      assertEquals(r.basis().name(), text(t, "basis"));
    });
    Tree trace = get(x, "trace");
    if (n.explanation().isPresent()) {
      Explanation e = n.explanation().get();
      assertEquals(e.ruleType(), text(trace, "rule"));
      assertEquals(e.basis().name(), text(trace, "basis"));
      assertEquals(e.inputs().keySet(), ((Tree.Obj) get(trace, "inputs")).fields().keySet());
      assertEquals(e.parameters().keySet(),
          ((Tree.Obj) get(trace, "parameters")).fields().keySet());
      assertEquals(e.intermediates().keySet(),
          ((Tree.Obj) get(trace, "intermediates")).fields().keySet());
      for (Map.Entry<String, DataValue> in : e.inputs().entrySet()) {
        if (in.getValue() instanceof DataValue.DecimalValue d) {
          assertEquals(d.value().toPlainString(), text(get(trace, "inputs"), in.getKey()));
        }
      }
      assertLocalized(e.sentence(), get(trace, "explanation"));
    } else if (n.sum().isPresent()) {
      List<Tree> terms = items(trace, "sum");
      List<SumTrace.Term> expected = n.sum().get().terms();
      assertEquals(expected.size(), terms.size(), n.code());
      for (int i = 0; i < terms.size(); i++) {
        SumTrace.Term t = expected.get(i);
        Tree.Obj term = (Tree.Obj) terms.get(i);
        assertEquals(t.code(), text(term, "code"));
        assertEquals(plain(t.points()), text(term, "points"));
        assertEquals(t.remainder(), term.fields().containsKey("remainder"));
        assertEquals(!t.applicable(), term.fields().containsKey("applicable"));
      }
      assertEquals(n.sum().get().expression(), text(trace, "expression"));
    } else {
      assertEquals("UNKNOWN", text(trace, "basis"));
    }
  }

  // ---- CSV -----------------------------------------------------------------------------------

  /** Reads RFC 4180 CSV: quoted cells may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    assertTrue(row.isEmpty() && cell.length() == 0, "the last line ends with a line break");
    return rows;
  }

  /** The rows after the header, as maps from column name to cell. */
  private static List<Map<String, String>> records(String text, List<String> header) {
    List<List<String>> rows = csv(text);
    assertEquals(header, rows.get(0));
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertEquals(header.size(), r.size(), r::toString);
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static String cell(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** A text cell as read back: one that a spreadsheet would run as a formula starts with '. */
  private static String text(String value) {
    return Csv.looksLikeFormula(value) ? "'" + value : value;
  }

  @Property(tries = 100)
  void scorecardCsv_oneRowPerNodeWithItsFigures(@ForAll long seed, @ForAll boolean english) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Scorecard card = scorer.score(scorable(scorer, g.submission()));
    Language l = Language.of(english ? "en" : "vi");
    List<Map<String, String>> rows = records(ScorecardCsv.render(card, l), List.of("code", "name",
        "depth", "parent", "leaf", "role", "source", "lead_agency", "max_points",
        "applicable_max_points", "points", "deficit", "percent", "status", "basis",
        "remainder_max_points", "remainder_points", "remainder_basis"));
    assertEquals(card.nodes().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      NodeScore n = card.nodes().get(i);
      Map<String, String> r = rows.get(i);
      assertEquals(text(n.code()), r.get("code"));
      assertEquals(text(english ? n.name().en().orElse(n.name().vi()) : n.name().vi()),
          r.get("name"));
      assertEquals(String.valueOf(n.depth()), r.get("depth"));
      assertEquals(text(n.parentCode().orElse("")), r.get("parent"));
      assertEquals(String.valueOf(n.isLeaf()), r.get("leaf"));
      assertEquals(n.role().name(), r.get("role"));
      assertEquals(n.source().name(), r.get("source"));
      assertEquals(text(n.leadAgency().orElse("")), r.get("lead_agency"));
      assertEquals(cell(n.maxPoints()), r.get("max_points"));
      assertEquals(cell(n.applicableMaxPoints()), r.get("applicable_max_points"));
      assertEquals(cell(n.points().orElse(null)), r.get("points"));
      assertEquals(cell(n.deficit().orElse(null)), r.get("deficit"));
      assertEquals(cell(n.percent().orElse(null)), r.get("percent"));
      assertEquals(n.status().name(), r.get("status"));
      assertEquals(n.explanation().map(x -> x.basis().name()).orElse(""), r.get("basis"));
      assertEquals(n.remainder().map(x -> cell(x.maxPoints())).orElse(""),
          r.get("remainder_max_points"));
      assertEquals(n.remainder().map(x -> cell(x.points())).orElse(""),
          r.get("remainder_points"));
      assertEquals(n.remainder().map(x -> x.basis().name()).orElse(""),
          r.get("remainder_basis"));
    }
  }

  // ---- deficits --------------------------------------------------------------------------------

  @Property(tries = 100)
  void deficits_jsonAndCsv_listEveryItemAndGroup(@ForAll long seed) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Deficits d = Deficits.of(scorer.score(scorable(scorer, g.submission())));
    Tree.Obj root = json(DeficitsWriter.json(d));
    assertEquals(d.scorecard().unit().id(), text(root, "unit"));
    assertEquals(plain(d.total()), text(root, "total"));
    List<Tree> items = items(root, "items");
    assertEquals(d.items().size(), items.size());
    for (int i = 0; i < items.size(); i++) {
      DeficitItem e = d.items().get(i);
      Tree x = items.get(i);
      assertEquals(e.code(), text(x, "code"));
      assertEquals(String.valueOf(e.remainder()), text(x, "remainder"));
      assertEquals(e.field(), text(x, "field"));
      assertEquals(e.leadAgency(), text(x, "leadAgency"));
      assertEquals(e.role().name(), text(x, "role"));
      assertEquals(plain(e.maxPoints()), text(x, "maxPoints"));
      assertEquals(plain(e.points()), text(x, "points"));
      assertEquals(plain(e.deficit()), text(x, "deficit"));
      assertEquals(plain(e.sharePercent()), text(x, "sharePercent"));
      assertEquals(e.status().name(), text(x, "status"));
    }
    for (String group : List.of("byField", "byLeadAgency")) {
      List<DeficitGroup> expected = group.equals("byField") ? d.byField() : d.byLeadAgency();
      List<Tree> groups = items(root, group);
      assertEquals(expected.size(), groups.size(), group);
      for (int i = 0; i < groups.size(); i++) {
        assertEquals(expected.get(i).key(), text(groups.get(i), "key"));
        assertEquals(plain(expected.get(i).deficit()), text(groups.get(i), "deficit"));
        assertEquals(plain(expected.get(i).sharePercent()), text(groups.get(i), "sharePercent"));
        assertEquals(expected.get(i).codes(), ((Tree.Arr) get(groups.get(i), "codes")).items()
            .stream().map(t -> ((Tree.Scalar) t).text()).toList());
      }
    }
    List<Map<String, String>> rows = records(DeficitsWriter.csv(d, Language.of("en")),
        List.of("code", "remainder", "name", "field", "lead_agency", "role", "max_points",
            "points", "deficit", "share_percent", "status"));
    assertEquals(d.items().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      DeficitItem e = d.items().get(i);
      assertEquals(text(e.code()), rows.get(i).get("code"));
      assertEquals(String.valueOf(e.remainder()), rows.get(i).get("remainder"));
      assertEquals(text(e.agency().orElse("")), rows.get(i).get("lead_agency"));
      assertEquals(cell(e.deficit()), rows.get(i).get("deficit"));
      assertEquals(cell(e.sharePercent()), rows.get(i).get("share_percent"));
      assertEquals(cell(e.points()), rows.get(i).get("points"));
    }
    // The text lists every item's code.
    String text = DeficitsWriter.text(d, Language.of("en"));
    for (DeficitItem e : d.items()) {
      assertTrue(text.contains(e.code()), e::code);
    }
  }

  // ---- ranking and comparison ----------------------------------------------------------------

  /** Several units' scorecards for one random methodology and year (known totals). */
  private static List<Scorecard> units(Random random, Generated g, int count) {
    Scorer scorer = scorer(g.methodology());
    List<Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Submission s = RandomSubmissions.generate(g.methodology(), random);
      s = Submission.builder().from(s).unit(Unit.builder().from(s.unit()).id("unit-" + i)
          .build()).year(g.methodology().validFrom()).unknown(List.of()).build();
      cards.add(scorer.score(scorable(scorer, s)));
    }
    return cards;
  }

  @Property(tries = 80)
  void ranking_jsonAndCsv_listEveryUnitWithItsRankAndIndex(@ForAll long seed) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    List<Scorecard> cards = units(random, g, 2 + random.nextInt(5));
    Ranking r = Ranking.of(cards, units(random, g, 2));
    Tree.Obj root = json(RankingWriter.json(r));
    List<Tree> units = items(root, "units");
    assertEquals(r.entries().size(), units.size());
    for (int i = 0; i < units.size(); i++) {
      RankEntry e = r.entries().get(i);
      Tree x = units.get(i);
      assertEquals(e.ranked() ? String.valueOf(e.rank()) : null, text(x, "rank"));
      assertEquals(e.unit().id(), text(get(x, "unit"), "id"));
      assertEquals(plain(e.index()), text(x, "index"));
      assertEquals(plain(e.scorecard().points()), text(x, "points"));
      assertEquals(e.band() == null ? null : e.band().code(), text(x, "band"));
      assertEquals(plain(e.gapToAbove()), text(x, "gapToAbove"));
      assertEquals(e.previousRank() == null ? null : String.valueOf(e.previousRank()),
          text(x, "previousRank"));
      assertEquals(e.change().map(String::valueOf).orElse(null), text(x, "change"));
    }
    assertEquals(plain(r.mean()), text(root, "mean"));
    assertEquals(plain(r.median()), text(root, "median"));
    assertEquals(r.best().map(b -> b.unit().id()).orElse(null), text(root, "best"));
    assertEquals(r.worst().map(b -> b.unit().id()).orElse(null), text(root, "worst"));
    assertEquals(r.byField().keySet(), ((Tree.Obj) get(root, "byField")).fields().keySet());

    List<String> header = new ArrayList<>(List.of("rank", "unit", "name", "region", "points",
        "index", "band", "gap_to_above", "previous_rank", "change"));
    for (String code : r.byField().keySet()) {
      header.add("field_" + code + "_percent");
      header.add("field_" + code + "_rank");
    }
    List<Map<String, String>> rows = records(RankingWriter.csv(r), header);
    assertEquals(r.entries().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      RankEntry e = r.entries().get(i);
      assertEquals(e.ranked() ? String.valueOf(e.rank()) : "", rows.get(i).get("rank"));
      assertEquals(text(e.unit().id()), rows.get(i).get("unit"));
      assertEquals(cell(e.index()), rows.get(i).get("index"));
      assertEquals(cell(e.gapToAbove()), rows.get(i).get("gap_to_above"));
      assertEquals(e.change().map(String::valueOf).orElse(""), rows.get(i).get("change"));
      for (Map.Entry<String, List<Ranking.FieldRank>> f : r.byField().entrySet()) {
        Ranking.FieldRank fr = f.getValue().stream().filter(x -> x.unitId().equals(e.unit().id()))
            .findFirst().orElseThrow();
        assertEquals(cell(fr.percent()), rows.get(i).get("field_" + f.getKey() + "_percent"));
        assertEquals(fr.rank() > 0 ? String.valueOf(fr.rank()) : "",
            rows.get(i).get("field_" + f.getKey() + "_rank"));
      }
    }
    String text = RankingWriter.text(r, Language.of("vi"));
    for (RankEntry e : r.entries()) {
      assertTrue(text.contains(e.unit().id()) || e.unit().name().map(text::contains)
          .orElse(false), e.unit()::id);
    }
  }

  @Property(tries = 80)
  void comparison_jsonAndCsv_giveEveryRowsFiguresAndDelta(@ForAll long seed) {
    Random random = new Random(seed);
    Generated g = RandomSubmissions.generate(random);
    List<Scorecard> two = units(random, g, 2);
    Comparison c = Comparison.of(two.get(0), two.get(1));
    Tree.Obj root = json(ComparisonWriter.json(c));
    assertEquals(two.get(0).unit().id(), text(get(root, "first"), "unit"));
    assertEquals(two.get(1).unit().id(), text(get(root, "second"), "unit"));
    assertEquals(plain(two.get(0).points()), text(get(root, "first"), "points"));
    assertEquals(plain(two.get(1).index()), text(get(root, "second"), "index"));
    assertEquals(String.valueOf(c.sameMethodology()), text(root, "sameMethodology"));
    assertEquals(plain(c.pointsDelta()), text(root, "pointsDelta"));
    assertEquals(plain(c.indexDelta()), text(root, "indexDelta"));
    List<Tree> rows = items(root, "rows");
    assertEquals(c.rows().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Comparison.Row r = c.rows().get(i);
      Tree x = rows.get(i);
      assertEquals(r.code(), text(x, "code"));
      assertEquals(plain(r.delta()), text(x, "delta"));
      assertEquals(String.valueOf(r.changed()), text(x, "changed"));
      assertEquals(plain(r.first().points()), text(get(x, "first"), "points"));
      assertEquals(r.second().status().name(), text(get(x, "second"), "status"));
      assertEquals(plain(r.second().applicableMaxPoints()),
          text(get(x, "second"), "applicableMaxPoints"));
    }
    List<Map<String, String>> csvRows = records(ComparisonWriter.csv(c, Language.of("en")),
        List.of("code", "name", "first_max_points", "first_points", "first_status",
            "second_max_points", "second_points", "second_status", "delta", "changed"));
    assertEquals(c.rows().size(), csvRows.size());
    for (int i = 0; i < csvRows.size(); i++) {
      Comparison.Row r = c.rows().get(i);
      Map<String, String> x = csvRows.get(i);
      assertEquals(text(r.code()), x.get("code"));
      assertEquals(cell(r.first().applicableMaxPoints()), x.get("first_max_points"));
      assertEquals(cell(r.first().points().orElse(null)), x.get("first_points"));
      assertEquals(r.firstStatus().map(Enum::name).orElse(""), x.get("first_status"));
      assertEquals(cell(r.second().points().orElse(null)), x.get("second_points"));
      assertEquals(cell(r.delta().orElse(null)), x.get("delta"));
      assertEquals(String.valueOf(r.changed()), x.get("changed"));
    }
    // The text lists every changed row's code (and, with all rows, every row's).
    String all = ComparisonWriter.text(c, Language.of("en"), true);
    for (Comparison.Row r : c.rows()) {
      assertTrue(all.contains(r.code()), r::code);
    }
  }

  // ---- text ----------------------------------------------------------------------------------

  @Property(tries = 80)
  void scorecardText_showsEveryNodeWithItsPointsInTheLanguagesNotation(@ForAll long seed,
      @ForAll boolean english) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Scorecard card = scorer.score(scorable(scorer, g.submission()));
    String text = ScorecardText.render(card, Language.of(english ? "en" : "vi"), true, 3);
    for (NodeScore n : card.nodes()) {
      assertTrue(text.contains(n.code()), n::code);
      if (n.points().isPresent()) {
        String shown = n.points().get().toPlainString();
        assertTrue(text.contains(english ? shown : shown.replace('.', ',')),
            () -> n.code() + " " + shown + "\n" + text);
      }
    }
    assertTrue(text.endsWith("\n"));
    assertTrue(!text.contains("\r"));
  }

  /**
   * The scorecard's JSON is a function of the methodology and the submission alone: the same bytes
   * from another scorer, a second scoring, and the submission written and read back (YAML and JSON).
   */
  @Property(tries = 150)
  void scorecardJson_isDeterministic(@ForAll long seed) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer first = scorer(g.methodology());
    Submission s = scorable(first, g.submission());
    String json = ScorecardJson.toString(first.score(s));
    Scorer other = scorer(g.methodology());
    assertEquals(json, ScorecardJson.toString(other.score(s)));
    assertEquals(json, ScorecardJson.toString(other.score(s)));
    for (Syntax syntax : Syntax.values()) {
      Submission again = ParReader.standard().readSubmission(ParWriter.toString(s, syntax)
          .getBytes(StandardCharsets.UTF_8), syntax == Syntax.JSON ? "s.json" : "s.yaml");
      assertEquals(json, ScorecardJson.toString(other.score(again)), syntax.name());
    }
    assertFalse(json.contains("\r"));
    assertTrue(json.startsWith("{\n  \"format\": \"par-scorecard/1\""), json);
  }
}
