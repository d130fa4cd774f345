package io.github.parindex.projection.scenario;

import io.github.parindex.projection.ProjectionReader;
import static io.github.parindex.projection.Fixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.Fixtures;
import io.github.parindex.scoring.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario that does not fit its methodology or submission says where, in the scenario's file:
 * codes that do not exist or are not leaves, clearing what cannot be cleared, making known what was
 * not unknown, and methodology edits that break the methodology's sums (test-98: field 1 is 40 = 10 +
 * 10 + 20).
 */
class ScenarioProblemsTest {
  private final Scorer scorer = Fixtures.scorer(Fixtures.methodology("m98.yaml"));
  private final Submission s = Fixtures.submission("s98.yaml");

  private List<String> problems(String yaml) {
    Scenario sc = ProjectionReader.standard().scenario(bytes("format: par-scenario/1\n" + yaml), "sc.yaml");
    ValidationException e = assertThrows(ValidationException.class, () -> sc.apply(scorer, s));
    return e.problems().stream().map(Object::toString).toList();
  }

  @Test
  void codesThatDoNotFit_areNamedAtTheirMember() {
    assertEquals(List.of(
        "sc.yaml: /clear/0: no node has code '9'",
        "sc.yaml: /clear/1: '1' is neither a leaf nor a node with unitemisedPoints",
        "sc.yaml: /known/0: the submission does not declare '2' unknown",
        "sc.yaml: /methodology/maxPoints/7: no node has code '7' in methodology 'test-98'",
        "sc.yaml: /methodology/rules/1: '1' is not a leaf: only leaves have rules",
        "sc.yaml: /methodology/rules/8.1: no leaf has code '8.1' in methodology 'test-98'"),
        problems("""
            clear: ["9", "1"]
            known: ["2"]
            methodology:
              rules: { "8.1": { type: yes-no }, "1": { type: yes-no } }
              maxPoints: { "7": 3 }
            """));
  }

  @Test
  void maxPointsBreakingASum_nameTheNodeWhoseSumBreaks() {
    // 1.1 raised to 12 alone: field 1 would be 12 + 10 + 20 = 42, not its 40.
    assertEquals(List.of("sc.yaml: /methodology: after the edits, node '1' (/nodes/0/maxPoints): "
        + "children's maxima + unitemisedPoints = 42, expected it to equal maxPoints 40"),
        problems("methodology: { maxPoints: { \"1.1\": 12 } }"));
    // Field 1 raised with it: the fields would sum to 42 + 60 = 102, not the methodology's 100.
    assertEquals(List.of("sc.yaml: /methodology: after the edits, the methodology (/maxPoints): "
        + "the top-level STANDARD nodes sum to 102, expected maxPoints 100"),
        problems("methodology: { maxPoints: { \"1\": 42, \"1.1\": 12 } }"));
  }

  @Test
  void ruleParametersOutOfRange_areReportedAtTheEdit() {
    List<String> p = problems("methodology: { rules: { \"1.3\": { target: 0 } } }");
    assertEquals(List.of("sc.yaml: /methodology/rules/1.3/target: expected a target above 0 (1.1 "
        + "for full points from 110 %), got 0"), p);
  }
}
