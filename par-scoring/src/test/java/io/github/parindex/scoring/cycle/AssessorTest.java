package io.github.parindex.scoring.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cycle room against a methodology: problems that need the criteria set (an unknown leaf, an
 * observation its rule refuses) with their pointers in the record; the evidence rule's trace; a
 * record built stage by stage through the API.
 */
class AssessorTest {
  private static final String CRITERIA = "examples/data/cycle/commune-criteria-2025.yaml";
  private static final Methodology M = ParReader.standard().readMethodology(
      TestData.bytes(CRITERIA), CRITERIA);
  private static final Assessor ASSESSOR = Assessor.of(Scorer.of(M));

  private static Assessment.Builder base() {
    Map<String, Observation> self = new LinkedHashMap<>();
    self.put("1.1", Observation.option("A"));
    self.put("6.2", Observation.yes(true));
    return Assessment.builder().methodology(M.id()).unit(Unit.of("xa-thu")).year(2025)
        .addEvidence(AssessmentEvidence.of("E1", "Kế hoạch", EvidenceStatus.ACCEPTED, null,
            "1.1"))
        .addEvidence(AssessmentEvidence.of("E2", "Biên bản", EvidenceStatus.REJECTED,
            "Không có chữ ký", "6.2"))
        .self(LocalDate.of(2025, 11, 15), self);
  }

  @Test
  void assess_unknownLeaf_isAProblemAtItsPointer() {
    Assessment a = base().appraised(LocalDate.of(2025, 12, 20), Map.of("9.9",
        new CycleEntry.Change(Observation.yes(true), "Bổ sung"))).build();
    ValidationException e = assertThrows(ValidationException.class, () -> ASSESSOR.assess(a));
    assertEquals(List.of("/stages/1/changes/9.9"),
        e.problems().stream().map(Problem::path).toList(), e.problems()::toString);
    assertTrue(e.problems().get(0).message().contains("no leaf has code '9.9'"));
  }

  @Test
  void assess_observationItsRuleRefuses_isAProblemAtTheChangesObservation() {
    Assessment a = base().appraised(LocalDate.of(2025, 12, 20), Map.of("1.1",
        new CycleEntry.Change(Observation.option("Z"), "Sai phương án"))).build();
    ValidationException e = assertThrows(ValidationException.class, () -> ASSESSOR.assess(a));
    assertEquals(List.of("/stages/1/changes/1.1/observation/option"),
        e.problems().stream().map(Problem::path).toList(), e.problems()::toString);
  }

  @Test
  void assess_appraisedLeafWithOnlyRejectedEvidence_isZeroedWithTheReasonInItsTrace() {
    AssessmentReport r = ASSESSOR.assess(base().appraised(LocalDate.of(2025, 12, 20), Map.of())
        .build());
    Scorecard self = r.stage(CycleStage.SELF).orElseThrow().scorecard();
    Scorecard appraised = r.stage(CycleStage.APPRAISED).orElseThrow().scorecard();
    assertEquals(0, new BigDecimal("4").compareTo(self.node("6.2").points().orElseThrow()));
    NodeScore zeroed = appraised.node("6.2");
    assertEquals(Status.NO_EVIDENCE, zeroed.status());
    assertEquals(0, zeroed.points().orElseThrow().signum());
    assertEquals(Basis.NO_EVIDENCE, zeroed.explanation().orElseThrow().basis());
    String sentence = zeroed.explanation().orElseThrow().sentence().vi();
    assertTrue(sentence.contains("E2 không được chấp nhận: Không có chữ ký"), sentence);
    // 1.1 has an accepted document: kept
    assertEquals(0, new BigDecimal("2").compareTo(appraised.node("1.1").points().orElseThrow()));
    // a leaf without the flag is never zeroed: 3.2 has no observation and scores 0 as MISSING
    assertEquals(Status.MISSING, appraised.node("3.2").status());
  }
}
