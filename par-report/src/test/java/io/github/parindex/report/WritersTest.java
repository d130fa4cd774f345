package io.github.parindex.report;

import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Deficits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.report.DeficitsWriter;
import io.github.parindex.model.Language;
import io.github.parindex.report.RankingWriter;
import io.github.parindex.report.ScorecardCsv;
import io.github.parindex.report.ScorecardJson;
import io.github.parindex.report.ScorecardText;
import io.github.parindex.scoring.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WritersTest {
  private final Scorecard a = Fixtures.scorer(Fixtures.commune())
      .score(Fixtures.file("commune-a/submission.yaml"));

  private static Tree.Obj parse(String json) {
    return (Tree.Obj) TreeReader.read(json.getBytes(StandardCharsets.UTF_8), Syntax.JSON,
        ReadLimits.defaults());
  }

  private static String raw(Tree t) {
    return ((Tree.Scalar) t).text();
  }

  @Test
  void json_writesExactlyTheMethodologysDecimals() {
    Tree.Obj root = parse(ScorecardJson.toString(a));
    assertEquals("par-scorecard/1", raw(root.fields().get("format")));
    assertEquals("70.20", raw(root.fields().get("index")));          // indexDecimals 2
    assertEquals("10.5300", raw(root.fields().get("points")));       // pointDecimals 4
    List<Tree> nodes = ((Tree.Arr) root.fields().get("nodes")).items();
    assertEquals(a.nodes().size(), nodes.size());
    Tree.Obj n13 = (Tree.Obj) nodes.stream().filter(n -> raw(((Tree.Obj) n).fields().get("code"))
        .equals("1.3")).findFirst().orElseThrow();
    Tree.Obj trace = (Tree.Obj) n13.fields().get("trace");
    assertEquals("rate-linear", raw(trace.fields().get("rule")));
    assertEquals("1.8000", raw(n13.fields().get("points")));
  }

  @Test
  void json_sameScorecard_sameBytesUnderAnotherDefaultLocale() {
    String first = ScorecardJson.toString(a);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(first, ScorecardJson.toString(a));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void csv_hasAHeaderAndOneRowPerNode() {
    String[] lines = ScorecardCsv.render(a, Language.EN).split("\n");
    assertEquals(String.join(",", ScorecardCsv.HEADER), lines[0]);
    assertEquals(a.nodes().size() + 1, lines.length);
    assertTrue(lines[1].startsWith("1,Steering,1,,false,STANDARD,APPRAISED,"), lines[1]);
  }

  @Test
  void text_vietnameseUsesADecimalComma() {
    String vi = ScorecardText.render(a, Language.VI, false, 5);
    assertTrue(vi.contains("Chỉ số: 70,20 %"), vi);
    String en = ScorecardText.render(a, Language.EN, false, 5);
    assertTrue(en.contains("Index: 70.20 %"), en);
  }

  @Test
  void deficitsAndRankingWriters_renderEveryFormat() {
    Deficits d = Deficits.of(a);
    assertTrue(DeficitsWriter.text(d, Language.EN).contains("4.9700"));
    assertTrue(DeficitsWriter.csv(d, Language.EN).startsWith("code,remainder,name,"));
    Tree.Obj json = parse(DeficitsWriter.json(d));
    assertEquals("4.9700", raw(json.fields().get("total")));
    Ranking r = Ranking.of(List.of(a));
    assertEquals("70.20", raw(((Tree.Obj) ((Tree.Arr) parse(RankingWriter.json(r)).fields()
        .get("units")).items().get(0)).fields().get("index")));
    assertTrue(RankingWriter.csv(r).startsWith("rank,unit,name,region,points,index,band"));
  }
}
