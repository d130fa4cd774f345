package io.github.parindex.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.testing.RandomMethodologies;
import io.github.parindex.model.testing.RandomSubmissions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Writing a methodology as the criteria sheet and reading it back gives an equal methodology,
 * which scores every submission to the same scorecard bytes (par-report's ScorecardJson): over
 * every golden, bundled and example methodology, and over generated ones.
 */
class CriteriaRoundTripTest {
  private final CriteriaReader reader = CriteriaReader.of(CriteriaFixtures.REGISTRY);

  private Methodology roundTrip(Methodology m) {
    CriteriaReading read = reader.read(CriteriaWriter.write(m), "c.xlsx");
    assertEquals(List.of(), read.warnings());
    return read.methodology();
  }

  private static void assertScoresTheSame(Methodology original, Methodology back,
      List<Submission> submissions) {
    for (Submission s : submissions) {
      assertEquals(CriteriaFixtures.scorecard(original, s), CriteriaFixtures.scorecard(back, s),
          () -> s.unit().id() + " " + s.year());
    }
  }

  @TestFactory
  Stream<DynamicTest> writeThenRead_everyGoldenBundledAndExampleMethodology_isEqualAndScoresTheSame() {
    return CriteriaFixtures.methodologies().entrySet().stream().map(e -> DynamicTest.dynamicTest(
        e.getKey(), () -> {
          Methodology back = roundTrip(e.getValue());
          assertEquals(e.getValue(), back);
          List<Submission> submissions = CriteriaFixtures.submissions(e.getValue(), 30);
          assertTrue(submissions.size() >= 30);
          assertScoresTheSame(e.getValue(), back, submissions);
          // the file read-criteria-sheet writes reads back as the same methodology
          assertEquals(back, ParReader.standard().readMethodology(back == null ? null
              : new CriteriaReading(back, List.of()).methodologyFile(Syntax.JSON)
              .getBytes(StandardCharsets.UTF_8), "m.json"));
        }));
  }

  @Test
  void goldenFixtures_includeEveryRuleTypeAndTheSubmissionsOfTheRepository() {
    var all = CriteriaFixtures.methodologies();
    var types = all.values().stream().flatMap(m -> m.leaves().stream())
        .map(n -> n.rule().orElseThrow().type()).collect(java.util.stream.Collectors.toSet());
    assertTrue(types.containsAll(io.github.parindex.model.testing.RandomRules.TYPES), types::toString);
    assertTrue(all.keySet().stream().anyMatch(k -> k.contains("vn-par-province-876")));
    assertTrue(all.keySet().stream().anyMatch(k -> k.contains("commune-methodology.yaml")));
    Methodology p876 = all.get("bundled vn-par-province-876");
    assertTrue(CriteriaFixtures.submissions(p876, 0).stream()
        .anyMatch(s -> s.unit().id().equals("hung-yen")), "Hưng Yên 2023 is scored");
  }

  @Property(tries = 60)
  void writeThenRead_generatedMethodologies_areEqualAndScoreTheSame(
      @ForAll("methodologies") Methodology m) {
    Methodology back = roundTrip(m);
    assertEquals(m, back);
    Random random = new Random(m.id().hashCode());
    List<Submission> submissions = Stream.generate(() -> RandomSubmissions.generate(m, random))
        .limit(5).toList();
    assertScoresTheSame(m, back, submissions);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Methodology> methodologies() {
    return RandomMethodologies.arbitrary();
  }

  @Test
  void write_sameMethodologyTwice_givesTheSameBytes() {
    Methodology m = Fixtures.commune();
    assertArrayEquals(CriteriaWriter.write(m), CriteriaWriter.write(m));
  }
}
