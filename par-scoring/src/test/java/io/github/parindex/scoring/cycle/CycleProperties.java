package io.github.parindex.scoring.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Assessment;
import io.github.parindex.model.AssessmentEvidence;
import io.github.parindex.model.CycleEntry;
import io.github.parindex.model.CycleStage;
import io.github.parindex.model.CycleStep;
import io.github.parindex.model.EvidenceStatus;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.EvidenceGaps;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.scoring.testing.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of the cycle on records derived at random from Xã An Bình's (changes, requests and
 * decisions dropped or flipped, evidence statuses redrawn): each checked against an oracle written
 * here from docs/assessment.md's rules, not from the Assessor's code.
 */
class CycleProperties {
  private static final String CRITERIA = "examples/data/cycle/commune-criteria-2025.yaml";
  private static final String RECORD = "examples/data/cycle/xa-an-binh-2025.assessment.yaml";
  private static final Methodology M = ParReader.standard().readMethodology(
      TestData.bytes(CRITERIA), CRITERIA);
  private static final Scorer SCORER = Scorer.of(M);
  private static final Scorer UNCAPPED = Scorer.of(Methodology.builder().from(M)
      .bandCaps(List.of()).build());
  private static final Assessment AN_BINH = ParReader.standard().readAssessment(
      TestData.bytes(RECORD), RECORD);

  /** A record like An Bình's, with parts dropped or flipped at random. */
  static Assessment variant(long seed) {
    Random r = new Random(seed);
    Assessment.Builder b = Assessment.builder().methodology(AN_BINH.methodology())
        .unit(AN_BINH.unit()).year(AN_BINH.year());
    EvidenceStatus[] statuses = EvidenceStatus.values();
    for (AssessmentEvidence e : AN_BINH.evidence()) {
      EvidenceStatus s = statuses[r.nextInt(statuses.length)];
      b.addEvidence(new AssessmentEvidence(e.id(), e.title(), e.leaves(), e.uri(), e.sha256(), s,
          s == EvidenceStatus.REJECTED ? "Lý do " + e.id() : null));
    }
    int stages = 1 + r.nextInt(4);
    Set<String> requested = new HashSet<>();
    for (CycleStep s : AN_BINH.stages().subList(0, stages)) {
      switch (s.stage()) {
        case SELF -> {
          Map<String, Observation> obs = new LinkedHashMap<>();
          s.observations().forEach((k, v) -> {
            if (r.nextInt(6) > 0) {
              obs.put(k, v);
            }
          });
          b.self(s.date(), obs);
        }
        case APPRAISED -> {
          Map<String, CycleEntry.Change> changes = new LinkedHashMap<>();
          s.entries().forEach((k, v) -> {
            if (r.nextBoolean()) {
              changes.put(k, (CycleEntry.Change) v);
            }
          });
          b.appraised(s.date(), changes);
        }
        case REVIEW_REQUESTED -> {
          Map<String, CycleEntry.Request> requests = new LinkedHashMap<>();
          s.entries().forEach((k, v) -> {
            if (r.nextBoolean()) {
              requests.put(k, (CycleEntry.Request) v);
              requested.add(k);
            }
          });
          b.reviewRequested(s.date(), requests);
        }
        case FINAL -> {
          Map<String, CycleEntry.Decision> decisions = new LinkedHashMap<>();
          for (String k : requested) {
            decisions.put(k, new CycleEntry.Decision(r.nextBoolean(), "Quyết định"));
          }
          b.decided(s.date(), decisions);
        }
      }
    }
    if (stages == 4 && AN_BINH.stage(CycleStage.REVIEW_REQUESTED).isEmpty()) {
      throw new IllegalStateException("An Bình's record has every stage");
    }
    return b.build();
  }

  /** The oracle's composition (docs/assessment.md, rule 1). */
  private static Map<String, Observation> composed(Assessment a, CycleStage upTo) {
    Map<String, Observation> obs = new LinkedHashMap<>(a.stages().get(0).observations());
    a.stage(CycleStage.APPRAISED).ifPresent(s -> s.entries().forEach((k, v) -> obs.put(k,
        ((CycleEntry.Change) v).observation())));
    if (upTo.compareTo(CycleStage.APPRAISED) <= 0) {
      return upTo == CycleStage.SELF ? new LinkedHashMap<>(a.stages().get(0).observations()) : obs;
    }
    CycleStep review = a.stage(CycleStage.REVIEW_REQUESTED).orElse(null);
    if (review == null) {
      return obs;
    }
    CycleStep decided = a.stage(CycleStage.FINAL).orElse(null);
    review.entries().forEach((k, v) -> {
      boolean take = upTo == CycleStage.REVIEW_REQUESTED
          || ((CycleEntry.Decision) decided.entries().get(k)).accepted();
      if (take) {
        obs.put(k, ((CycleEntry.Request) v).observation());
      }
    });
    return obs;
  }

  /** The oracle's gaps (rules 2 and 3): leaves needing evidence without an accepted document. */
  private static EvidenceGaps gaps(Assessment a, CycleStage stage) {
    if (stage == CycleStage.SELF) {
      return EvidenceGaps.none();
    }
    Set<String> cited = new HashSet<>();
    a.stage(CycleStage.REVIEW_REQUESTED).ifPresent(s -> s.entries().values()
        .forEach(v -> cited.addAll(((CycleEntry.Request) v).evidence())));
    Map<String, LocalizedText> why = new LinkedHashMap<>();
    for (Node leaf : M.leaves()) {
      boolean accepted = a.evidence().stream().anyMatch(e -> e.leaves().contains(leaf.code())
          && e.status() == EvidenceStatus.ACCEPTED
          && (stage.compareTo(CycleStage.REVIEW_REQUESTED) >= 0 || !cited.contains(e.id())));
      if (leaf.evidenceRequired() && !accepted) {
        why.put(leaf.code(), LocalizedText.of("thiếu"));
      }
    }
    return EvidenceGaps.of(why);
  }

  private static Submission plain(Assessment a, CycleStage stage, Map<String, Observation> obs) {
    return Submission.builder().methodology(a.methodology()).year(a.year()).unit(a.unit())
        .stage(stage.scoredAs()).putAllObservations(obs).build();
  }

  @Property(tries = 60)
  void stagePoints_equalScoringTheComposedObservationsAsAPlainSubmission(@ForAll long seed) {
    Assessment a = variant(seed);
    AssessmentReport report = Assessor.of(SCORER).assess(a);
    for (StageResult s : report.stages()) {
      Map<String, Observation> obs = composed(a, s.stage());
      assertEquals(obs, s.observations(), s.stage().name());
      Scorecard plain = SCORER.score(plain(a, s.stage(), obs), gaps(a, s.stage()));
      assertEquals(plain.points(), s.scorecard().points(), s.stage().name());
      assertEquals(plain.band(), s.scorecard().band(), s.stage().name());
      for (Node leaf : M.leaves()) {
        assertEquals(plain.node(leaf.code()).status(), s.scorecard().node(leaf.code()).status());
      }
    }
  }

  @Property(tries = 60)
  void acceptedRequest_neverLowersALeafBelowAppraisedUnlessItAsksForLess(@ForAll long seed) {
    Assessment a = variant(seed);
    AssessmentReport report = Assessor.of(SCORER).assess(a);
    if (report.stage(CycleStage.FINAL).isEmpty()
        || a.stage(CycleStage.REVIEW_REQUESTED).isEmpty()) {
      return;
    }
    Scorecard appraised = report.stage(CycleStage.APPRAISED).orElseThrow().scorecard();
    Scorecard decided = report.stage(CycleStage.FINAL).orElseThrow().scorecard();
    // the rule alone, without evidence: what the request asks for against what APPRAISED had
    Scorecard asked = SCORER.score(plain(a, CycleStage.REVIEW_REQUESTED,
        composed(a, CycleStage.REVIEW_REQUESTED)));
    Scorecard had = SCORER.score(plain(a, CycleStage.APPRAISED,
        composed(a, CycleStage.APPRAISED)));
    a.stage(CycleStage.FINAL).orElseThrow().entries().forEach((code, d) -> {
      if (((CycleEntry.Decision) d).accepted() && points(asked, code).compareTo(
          points(had, code)) >= 0) {
        assertTrue(points(decided, code).compareTo(points(appraised, code)) >= 0,
            () -> code + ": " + points(appraised, code) + " → " + points(decided, code));
      }
    });
  }

  @Property(tries = 60)
  void zeroingForEvidence_needsTheFlag(@ForAll long seed) {
    AssessmentReport report = Assessor.of(SCORER).assess(variant(seed));
    for (StageResult s : report.stages()) {
      for (Node leaf : M.leaves()) {
        if (s.scorecard().node(leaf.code()).status() == Status.NO_EVIDENCE) {
          assertTrue(leaf.evidenceRequired(), leaf.code());
        }
      }
    }
  }

  @Property(tries = 60)
  void caps_onlyLowerTheBand_andNeverChangeTheIndex(@ForAll long seed) {
    Assessment a = variant(seed);
    AssessmentReport capped = Assessor.of(SCORER).assess(a);
    AssessmentReport uncapped = Assessor.of(UNCAPPED).assess(a);
    List<String> order = new ArrayList<>();
    M.bands().forEach(b -> order.add(b.code()));
    for (int i = 0; i < capped.stages().size(); i++) {
      Scorecard c = capped.stages().get(i).scorecard();
      Scorecard u = uncapped.stages().get(i).scorecard();
      assertEquals(u.index(), c.index());
      assertEquals(u.points(), c.points());
      assertEquals(u.band().orElseThrow().code(), c.indexBand().orElseThrow().code());
      assertTrue(order.indexOf(c.band().orElseThrow().code())
          >= order.indexOf(u.band().orElseThrow().code()), "a cap raised the band");
    }
  }

  private static BigDecimal points(Scorecard card, String code) {
    return card.node(code).points().orElseThrow();
  }
}
