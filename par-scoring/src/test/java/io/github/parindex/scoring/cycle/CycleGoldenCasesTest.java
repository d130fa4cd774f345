package io.github.parindex.scoring.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden cases of the assessment cycle: each directory of {@code cycle/} names a record and its
 * criteria set, and its {@code expected.yaml} gives every stage's figures worked by hand (with the
 * arithmetic in comments): points, bonus, penalty, index, the band from the index and after caps,
 * the alert ids, each field's points and percent, the warnings, and the leaves that move.
 */
class CycleGoldenCasesTest {
  @TestFactory
  Stream<DynamicTest> cycleCases() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(TestData.path("cycle"))) {
      dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        () -> run(dir)));
  }

  static Tree.Obj yaml(Path file) throws IOException {
    return (Tree.Obj) TreeReader.read(Files.readAllBytes(file), Syntax.YAML, ReadLimits.defaults());
  }

  private static String text(Tree t) {
    return ((Tree.Scalar) t).text();
  }

  private static void run(Path dir) throws IOException {
    Tree.Obj expected = yaml(dir.resolve("expected.yaml"));
    String mName = text(expected.fields().get("methodology"));
    String rName = text(expected.fields().get("record"));
    Methodology m = ParReader.standard().readMethodology(TestData.bytes(mName), mName);
    Assessment a = ParReader.standard().readAssessment(TestData.bytes(rName), rName);
    AssessmentReport report = Assessor.of(Scorer.of(m)).assess(a);
    Tree.Obj stages = (Tree.Obj) expected.fields().get("stages");
    assertEquals(List.copyOf(stages.fields().keySet()),
        report.stages().stream().map(s -> s.stage().name()).toList(), "stages");
    for (Map.Entry<String, Tree> e : stages.fields().entrySet()) {
      CycleStage stage = CycleStage.valueOf(e.getKey());
      stage(stage, report.stage(stage).orElseThrow().scorecard(), (Tree.Obj) e.getValue(),
          report);
    }
    Tree.Obj leaves = (Tree.Obj) expected.fields().get("leaves");
    assertEquals(List.copyOf(leaves.fields().keySet()),
        report.leaves().stream().map(LeafHistory::code).toList(), "the leaves that move");
    for (LeafHistory h : report.leaves()) {
      Tree.Obj want = (Tree.Obj) leaves.fields().get(h.code());
      for (Map.Entry<String, Tree> w : want.fields().entrySet()) {
        CycleStage stage = CycleStage.valueOf(w.getKey());
        String[] parts = text(w.getValue()).split(" ");
        String where = h.code() + " at " + stage;
        assertEquals(0, new BigDecimal(parts[0]).compareTo(h.points().get(stage)),
            () -> where + ": " + h.points().get(stage));
        if (parts.length > 1) {
          assertEquals(parts[1], h.statuses().get(stage).name(), where);
        }
      }
    }
  }

  private static void stage(CycleStage stage, Scorecard card, Tree.Obj want,
      AssessmentReport report) {
    String at = stage.name();
    decimal(want, "points", card.points(), at);
    decimal(want, "standardPoints", card.standardPoints(), at);
    decimal(want, "bonusPoints", card.bonusPoints(), at);
    decimal(want, "penaltyPoints", card.penaltyPoints(), at);
    decimal(want, "index", card.index(), at);
    assertEquals(text(want.fields().get("indexBand")), card.indexBand().orElseThrow().code(),
        at + " band from the index");
    assertEquals(text(want.fields().get("band")), card.band().orElseThrow().code(),
        at + " band after caps");
    List<String> ids = new ArrayList<>();
    for (RaisedAlert r : card.alerts()) {
      String id = r.alertId().orElse("?");
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    assertEquals(((Tree.Arr) want.fields().get("alerts")).items().stream()
        .map(CycleGoldenCasesTest::text).toList(), ids, at + " alert ids");
    Tree.Obj fields = (Tree.Obj) want.fields().get("fields");
    for (Map.Entry<String, Tree> f : fields.fields().entrySet()) {
      String[] parts = text(f.getValue()).split(" ");
      NodeScore n = card.node(f.getKey());
      String where = at + " field " + f.getKey();
      assertEquals(0, new BigDecimal(parts[0]).compareTo(n.points().orElseThrow()),
          () -> where + " points " + n.points());
      assertEquals(0, new BigDecimal(parts[1]).compareTo(n.percent().orElseThrow()),
          () -> where + " percent " + n.percent());
    }
    List<String> warnings = report.warnings().stream().filter(w -> w.stage() == stage)
        .map(w -> String.join(",", w.codes()) + " " + w.kind().name()).toList();
    assertEquals(((Tree.Arr) want.fields().get("warnings")).items().stream()
        .map(CycleGoldenCasesTest::text).toList(), warnings, at + " warnings");
  }

  private static void decimal(Tree.Obj want, String name, Optional<BigDecimal> got, String at) {
    BigDecimal w = new BigDecimal(text(want.fields().get(name)));
    assertEquals(0, w.compareTo(got.orElseThrow()), () -> at + " " + name + ": " + got);
  }
}
