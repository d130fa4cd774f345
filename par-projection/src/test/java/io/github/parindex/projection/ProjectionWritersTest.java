package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.projection.plan.ImprovementOptions;
import io.github.parindex.projection.plan.PeerChange;
import io.github.parindex.projection.plan.PlannedChange;
import io.github.parindex.projection.plan.Projection;
import io.github.parindex.projection.plan.ProjectionRequest;
import io.github.parindex.projection.plan.Projector;
import io.github.parindex.projection.plan.Target;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.projection.scenario.ScenarioResult;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The projection, scenario and simulation writers say exactly what the results hold: the JSON of
 * each is read back with the model's tree reader and compared member by member with the result it
 * was written from (Hưng Yên 2023 under the bundled 876 methodology with the example scenario, peers
 * and options), and the texts name every planned change and simulated input.
 */
class ProjectionWritersTest {
  private static final Path DATA = TestData.path("examples/data");
  private static final Scorer SCORER = Fixtures.scorer(Fixtures.m876());

  private static byte[] data(String name) {
    try {
      return Files.readAllBytes(DATA.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ScenarioResult scenario() {
    return ProjectionReader.standard().scenario(data("hung-yen-2023-survey-assumption.yaml"), "sc.yaml")
        .apply(SCORER, Fixtures.hungYen());
  }

  private static PeerTable peers() {
    return ProjectionReader.standard().peers(data("hung-yen-2023-peers-ILLUSTRATIVE.yaml"), "p.yaml");
  }

  private static Tree json(String text) {
    return TreeReader.read(text.getBytes(StandardCharsets.UTF_8), Syntax.JSON,
        ReadLimits.defaults());
  }

  private static Tree get(Tree t, String name) {
    Tree v = ((Tree.Obj) t).fields().get(name);
    if (v == null) {
      throw new AssertionError("no member '" + name + "' at " + t.pointer());
    }
    return v;
  }

  private static boolean has(Tree t, String name) {
    return ((Tree.Obj) t).fields().containsKey(name);
  }

  private static String text(Tree t, String name) {
    Tree.Scalar s = (Tree.Scalar) get(t, name);
    return s.kind() == Tree.ScalarKind.NULL ? null : s.text();
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static String fixed(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static void plan(Projection p, Tree root) {
    List<Tree> plan = ((Tree.Arr) get(root, "plan")).items();
    assertEquals(p.plan().size(), plan.size());
    for (int i = 0; i < plan.size(); i++) {
      PlannedChange c = p.plan().get(i);
      Tree x = plan.get(i);
      assertEquals(c.code(), text(x, "code"));
      assertEquals(String.valueOf(c.remainder()), text(x, "remainder"));
      assertEquals(c.role().name(), text(x, "role"));
      assertEquals(plain(c.from()), text(x, "from"));
      assertEquals(plain(c.to()), text(x, "to"));
      assertEquals(plain(c.gain()), text(x, "gain"));
      assertEquals(plain(c.cost()), text(x, "cost"));
      assertEquals(c.leadAgency(), text(x, "leadAgency"));
    }
    assertEquals(String.valueOf(p.plan().size()), text(root, "changes"));
    assertEquals(plain(p.totalCost()), text(root, "totalCost"));
    assertEquals(plain(p.totalGain()), text(root, "totalGain"));
    assertEquals(plain(p.resultingPoints()), text(root, "resultingPoints"));
    assertEquals(plain(p.resultingIndex()), text(root, "resultingIndex"));
    assertEquals(p.result().band().map(b -> b.code()).orElse(null), text(root, "resultingBand"));
    assertEquals(String.valueOf(p.feasible()), text(root, "feasible"));
    assertEquals(p.requiredPoints().map(BigDecimal::toPlainString).orElse(null),
        text(root, "requiredPoints"));
    assertEquals(p.requiredIndex().map(BigDecimal::toPlainString).orElse(null),
        text(root, "requiredIndex"));
    Tree current = get(root, "current");
    assertEquals(plain(p.currentPoints()), text(current, "points"));
    assertEquals(plain(p.currentIndex()), text(current, "index"));
    assertEquals(p.currentRank().isPresent(), has(current, "rank"));
    p.currentRank().ifPresent(r -> assertEquals(String.valueOf(r), text(current, "rank")));
  }

  @Test
  void projectionJson_rankTargetWithRandomPeers_holdsThePlanAndTheDraws() {
    ScenarioResult sc = scenario();
    Projection p = Projector.of(sc.scorer(), 2).project(ProjectionRequest.builder()
        .submission(sc.submission()).target(Target.rank(16, peers()))
        .options(ProjectionReader.standard().options(data("hung-yen-2024-options-ILLUSTRATIVE.yaml"),
            "o.yaml"))
        .peerChange(PeerChange.normal(new BigDecimal("1.39"), BigDecimal.ONE, 300, 7))
        .hold(sc.scenario().overriddenCodes()).addAssumptions(sc.scenario().assumptions())
        .build());
    Tree root = json(ProjectionWriter.json(p));
    assertEquals(ProjectionWriter.FORMAT, text(root, "format"));
    assertEquals("hung-yen", text(get(root, "unit"), "id"));
    assertEquals("rank", text(get(root, "target"), "kind"));
    assertEquals("16", text(get(root, "target"), "value"));
    Tree change = get(root, "peerChange");
    assertEquals("normal", text(change, "model"));
    assertEquals("1.39", text(change, "mean"));
    assertEquals("300", text(change, "draws"));
    assertEquals("7", text(change, "seed"));
    plan(p, root);
    assertEquals(String.valueOf(p.peerCount().orElseThrow()), text(root, "peers"));
    assertEquals(String.valueOf(p.resultingRank().orElseThrow()), text(root, "resultingRank"));
    RankDistribution d = p.random().orElseThrow();
    assertEquals(plain(d.probability()), text(root, "probability"));
    Tree random = get(root, "random");
    assertEquals("300", text(random, "draws"));
    assertEquals(String.valueOf(d.reached()), text(random, "reached"));
    assertEquals(fixed(d.mean()), text(random, "meanRank"));
    Map<String, Tree> histogram = ((Tree.Obj) get(random, "rankHistogram")).fields();
    assertEquals(d.histogram().size(), histogram.size());
    int total = 0;
    for (Map.Entry<Integer, Integer> h : d.histogram().entrySet()) {
      assertEquals(String.valueOf(h.getValue()),
          ((Tree.Scalar) histogram.get(String.valueOf(h.getKey()))).text());
      total += h.getValue();
    }
    assertEquals(300, total);
    assertEquals(d.percentiles().size(), ((Tree.Obj) get(root, "rankPercentiles")).fields().size());
    assertEquals(sc.scenario().assumptions().size(),
        ((Tree.Arr) get(root, "assumptions")).items().size());

    String text = ProjectionWriter.text(p, Language.of("en"));
    for (PlannedChange c : p.plan()) {
      assertTrue(text.contains(c.code()), c::code);
    }
  }

  @Test
  void projectionJson_pointsTarget_hasNoPeersOrDraws() {
    ScenarioResult sc = scenario();
    // 86.9694 today (60.5182 appraised and 26.4512 assumed); aim for 88.
    Projection p = Projector.of(sc.scorer(), 1).project(ProjectionRequest.builder()
        .submission(sc.submission()).target(Target.points(new BigDecimal("88")))
        .hold(sc.scenario().overriddenCodes()).build());
    assertEquals(new BigDecimal("86.9694"), p.currentPoints());
    Tree root = json(ProjectionWriter.json(p));
    assertEquals("points", text(get(root, "target"), "kind"));
    assertEquals("88", text(get(root, "target"), "value"));
    assertTrue(!has(root, "peerChange") && !has(root, "peers") && !has(root, "random"));
    plan(p, root);
    assertTrue(p.feasible());
    assertTrue(p.resultingPoints().compareTo(new BigDecimal("88")) >= 0);
    String vi = ProjectionWriter.text(p, Language.of("vi"));
    for (PlannedChange c : p.plan()) {
      assertTrue(vi.contains(c.code()), c::code);
    }
  }

  @Test
  void simulationJson_holdsTheSpecAndTheSummaries() {
    ScenarioResult sc = scenario();
    SimulationSpec spec = ProjectionReader.standard().simulation(("""
        format: par-simulation/1
        seed: 11
        draws: 120
        targetRank: 16
        inputs:
          DTXHH: { distribution: triangular, min: 24, mode: 26.4512, max: 28.5, group: survey }
          "8.5": { distribution: uniform, min: 1.2, max: 2, group: economy }
          "7.3.7": { distribution: normal, mean: 1.1, sd: 0.2, min: 0.5, group: economy }
        peerChange: { distribution: normal, mean: 1.39, sd: 1 }
        sensitivity: { samples: 40 }
        """).getBytes(StandardCharsets.UTF_8), "sim.yaml");
    SimulationResult r = Simulator.of(sc.scorer(), 2).simulate(sc.submission(), spec, peers(),
        sc.scenario().assumptions());
    Tree root = json(ProjectionWriter.json(sc, peers(), r));
    assertEquals("par-simulate/1", text(root, "format"));
    Tree sim = get(root, "simulation");
    assertEquals(ProjectionWriter.SIMULATION_FORMAT, text(sim, "format"));
    assertEquals("120", text(sim, "draws"));
    assertEquals("11", text(sim, "seed"));
    List<Tree> inputs = ((Tree.Arr) get(sim, "inputs")).items();
    assertEquals(List.of("DTXHH", "8.5", "7.3.7"), inputs.stream().map(t -> text(t, "code"))
        .toList());
    assertEquals("triangular", text(inputs.get(0), "distribution"));
    assertEquals("26.4512", text(inputs.get(0), "mode"));
    assertEquals("uniform", text(inputs.get(1), "distribution"));
    assertEquals("2", text(inputs.get(1), "max"));
    assertEquals("normal", text(inputs.get(2), "distribution"));
    assertEquals("0.2", text(inputs.get(2), "sd"));
    assertEquals("0.5", text(inputs.get(2), "min"));
    assertTrue(!has(inputs.get(2), "max"));
    assertEquals("normal", text(get(sim, "peerChange"), "distribution"));
    for (String name : List.of("index", "points")) {
      SimulationResult.Summary s = name.equals("index") ? r.index() : r.points();
      Tree t = get(sim, name);
      assertEquals(fixed(s.mean()), text(t, "mean"), name);
      assertEquals(fixed(s.sd()), text(t, "sd"), name);
      assertEquals(plain(s.min()), text(t, "min"), name);
      assertEquals(plain(s.max()), text(t, "max"), name);
      assertEquals(s.percentiles().size(), ((Tree.Obj) get(t, "percentiles")).fields().size());
      assertTrue(s.min().compareTo(s.max()) <= 0);
    }
    RankDistribution rank = r.rank().orElseThrow();
    Tree rt = get(sim, "rank");
    assertEquals(fixed(rank.mean()), text(rt, "mean"));
    assertEquals("16", text(rt, "targetRank"));
    assertEquals(String.valueOf(rank.reached()), text(rt, "reached"));
    assertEquals(plain(rank.probability()), text(rt, "probability"));
    Tree sensitivity = get(sim, "sensitivity");
    assertEquals("40", text(sensitivity, "samples"));
    // Groups: survey, economy, and peers (all peers' changes, docs/projections.md); 40 base
    // samples × (3 groups + 2) = 200 evaluations.
    assertEquals("200", text(sensitivity, "evaluations"));
    List<Tree> groups = ((Tree.Arr) get(sensitivity, "groups")).items();
    assertEquals(r.sensitivity().size(), groups.size());
    for (int i = 0; i < groups.size(); i++) {
      SimulationResult.GroupSensitivity g = r.sensitivity().get(i);
      assertEquals(g.group(), text(groups.get(i), "group"));
      assertEquals(fixed(g.indexFirst()), text(get(groups.get(i), "index"), "first"));
      assertEquals(fixed(g.indexTotal()), text(get(groups.get(i), "index"), "total"));
      assertEquals(fixed(g.rankFirst()), text(get(groups.get(i), "rank"), "first"));
      assertEquals(fixed(g.rankTotal()), text(get(groups.get(i), "rank"), "total"));
    }
    assertEquals(List.of("survey", "economy", "peers"), r.sensitivity().stream()
        .map(SimulationResult.GroupSensitivity::group).toList());
    Tree scenario = get(root, "scenario");
    assertEquals(ProjectionWriter.SCENARIO_FORMAT, text(scenario, "format"));

    String text = ProjectionWriter.text(r, Language.of("en"));
    for (String code : List.of("DTXHH", "8.5", "7.3.7")) {
      assertTrue(text.contains(code), code);
    }
    assertTrue(ProjectionWriter.json(r).startsWith("{\n  \"format\": \"" + ProjectionWriter.SIMULATION_FORMAT
        + "\""));
  }
}
