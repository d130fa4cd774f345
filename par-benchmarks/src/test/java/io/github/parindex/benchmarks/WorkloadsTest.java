package io.github.parindex.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Submission;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.simulation.SimulationResult;
import io.github.parindex.projection.simulation.SimulationSpec;
import io.github.parindex.projection.simulation.Simulator;
import io.github.parindex.model.io.ParReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workloads are what the benchmarks say they are, and the two baselines compute what the scorer
 * computes — otherwise comparing their speed would mean nothing. (The benchmarks themselves are never
 * run by the tests.)
 */
class WorkloadsTest {
  private static final Methodology M = Workloads.commune88();
  private static final Scorer SCORER =
      Scorer.builder().methodology(M).registry(RuleRegistry.builtIn()).build();

  @Test
  void theMethodologyHas88LeavesIn8FieldsOfEveryRuleType() {
    assertEquals(88, M.leaves().size());
    assertEquals(8, M.nodes().size());
    Set<String> types = M.leaves().stream().map(l -> l.rule().orElseThrow().type())
        .collect(Collectors.toSet());
    assertEquals(Set.copyOf(Workloads.RULE_TYPES), types);
    assertEquals(0, new BigDecimal("100").compareTo(M.maxPoints()));
  }

  @Test
  void submissionsAreValidDeterministicAndVaried() {
    List<Submission> a = Workloads.submissions(M, 300, 1);
    assertEquals(a, Workloads.submissions(M, 300, 1));
    for (Submission s : a) {
      assertEquals(List.of(), SCORER.check(s), s.unit().id());
    }
    long notApplicable = a.stream().flatMap(s -> s.observations().values().stream())
        .filter(o -> o.kind().fileName().equals("notApplicable")).count();
    assertTrue(notApplicable > 300, "some leaves are not applicable: " + notApplicable);
  }

  @Test
  void theGeneratedFilesReadBackAsTheWorkload(@TempDir Path dir) throws IOException {
    GenerateWorkload.write(dir, 25, 3, true);
    ParReader reader = ParReader.standard();
    assertEquals(M, reader.readMethodology(dir.resolve(Workloads.METHODOLOGY_ID + ".json")));
    List<Submission> expected = Workloads.submissions(M, 25, 3);
    List<String> lines = Files.readAllLines(dir.resolve("submissions.jsonl"));
    assertEquals(25, lines.size());
    for (int i = 0; i < 25; i++) {
      assertEquals(expected.get(i), reader.readSubmission(
          lines.get(i).getBytes(StandardCharsets.UTF_8), "line.jsonl"));
      assertEquals(expected.get(i), reader.readSubmission(
          dir.resolve("submissions").resolve(expected.get(i).unit().id() + ".json")));
    }
  }

  @Test
  void theProjectionWorkloadsFitTheProjectionApi() {
    ProjectionBenchmarks plan = new ProjectionBenchmarks();
    plan.peers = 63;
    plan.setUp();
    assertTrue(plan.e_onePlan().feasible(), "the top tenth of 63 communes is reachable");
    PeerTable peers = ProjectionBenchmarks.peerTable(SCORER, 63);
    assertEquals(63, peers.units().size());
    SimulationResult result = Simulator.of(SCORER, 1).simulate(ProjectionBenchmarks.unit(M),
        ProjectionBenchmarks.uncertainLeaves(M, SimulationSpec.builder().seed(1).draws(200)
            .targetRank(6).sensitivity(64)).build(), peers, List.of());
    assertEquals(8, result.sensitivity().size(), "one group per field (peers do not move)");
  }

  @Test
  void theBaselinesComputeWhatTheScorerComputes() {
    FlatBaseline flat = new FlatBaseline(M);
    NaiveTreeWalk naive = new NaiveTreeWalk(M);
    for (Submission s : Workloads.submissions(M, 3000, ScoringBenchmarks.SEED)) {
      Scorecard card = SCORER.score(s);
      BigDecimal index = card.index().orElseThrow();
      String id = s.unit().id();
      long flatIndex = flat.score(s);
      assertEquals(index, BigDecimal.valueOf(flatIndex, 2), id + " flat index");
      assertEquals(card.band().map(b -> M.bands().indexOf(b)).orElse(-1), flat.band(flatIndex),
          id + " flat band");
      for (int f = 0; f < 8; f++) {
        Node field = M.nodes().get(f);
        assertEquals(card.node(field.code()).points().orElseThrow(),
            BigDecimal.valueOf(flat.fieldPoints(f), 4), id + " field " + field.code());
      }
      BigDecimal naiveIndex = naive.score(s);
      assertEquals(index, naiveIndex, id + " naive index");
      assertEquals(card.band().orElse(null), naive.band(naiveIndex), id + " naive band");
    }
  }
}
