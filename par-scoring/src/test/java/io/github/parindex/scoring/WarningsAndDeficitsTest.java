package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Role;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.model.testing.RandomSubmissions.Generated;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.testing.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The warnings of Hưng Yên's 2023 scorecard, worked out from its file (README: appraised 60.5182 of
 * 68, the survey part DTXHH unknown, leaves without data scored FULL), and the deficits of random
 * scorecards against an independent computation: every applicable STANDARD or PENALTY leaf and
 * remainder that lost points, largest first, each one's share of the total, grouped by field.
 */
class WarningsAndDeficitsTest {
  private static Scorer scorer(Methodology m) {
    return Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
  }

  @Test
  void hungYen_warnsOfTheUnknownSurveyAndTheLeavesScoredByPolicy() throws IOException {
    Methodology m = BundledMethodologies.load("vn-par-province-876");
    Submission s = ParReader.standard().readSubmission(TestData.path("examples/data/hung-yen-2023.yaml"));
    Scorecard card = scorer(m).score(s);
    Warning unknown = card.warnings().stream().filter(w -> w.kind() == Warning.Kind.UNKNOWN_PARTS)
        .findFirst().orElseThrow();
    assertEquals(List.of("DTXHH"), unknown.codes());
    assertEquals(LocalizedText.of("Chưa biết điểm của DTXHH (không giả định): tổng điểm, chỉ số "
        + "và xếp nhóm không được tính; phần đã biết: thẩm định 60,5182 / 68",
        "Points of DTXHH are unknown and not assumed: the total, index and band are not computed; "
        + "known parts: APPRAISED 60.5182 / 68"), unknown.message());
    // Every listed leaf has an observation: no leaf was scored by the policy.
    for (Node leaf : m.leaves()) {
      boolean underSurvey = m.path(leaf.code()).stream().anyMatch(n -> n.code().equals("DTXHH"));
      assertTrue(underSurvey || s.observations().containsKey(leaf.code()), leaf::code);
    }
    assertTrue(card.warnings().stream()
        .noneMatch(w -> w.kind() == Warning.Kind.MISSING_OBSERVATIONS));
    // Remainders outside DTXHH without points and not charged with a reported deficit: FULL.
    List<String> charged = card.reconciliation().stream()
        .filter(r -> r.chargedToRemainder() != null).map(Reconciliation::code).toList();
    List<String> missing = new ArrayList<>();
    for (Node node : m.allNodes()) {
      boolean underSurvey = m.path(node.code()).stream().anyMatch(n -> n.code().equals("DTXHH"));
      if (node.hasRemainder() && !underSurvey && !s.unitemised().containsKey(node.code())
          && !charged.contains(node.code())) {
        missing.add(node.code());
      }
    }
    Warning policy = card.warnings().stream()
        .filter(w -> w.kind() == Warning.Kind.MISSING_REMAINDERS).findFirst().orElseThrow();
    assertEquals(missing, policy.codes());
    assertEquals(LocalizedText.of(missing.size() + " phần điểm chưa chi tiết không có điểm được "
        + "tính đủ điểm", missing.size() + " unitemised remainders without "
        + "points were given full marks"), policy.message());
    if (!charged.isEmpty()) {
      Warning w = card.warnings().stream().filter(x -> x.kind() == Warning.Kind.DEFICIT_CHARGED)
          .findFirst().orElseThrow();
      assertEquals(charged, w.codes());
      assertEquals("Reported deficits that the listed leaves do not explain were charged to the "
          + "unitemised remainder of: " + String.join(", ", charged),
          w.message().en().orElseThrow());
    }
    assertTrue(card.warnings().stream().noneMatch(w -> w.kind() == Warning.Kind.TOTAL_CAPPED));
  }

  @Property(tries = 150)
  void deficits_areEveryLossLargestFirstWithItsShare(@ForAll long seed) {
    Generated g = RandomSubmissions.generate(new Random(seed));
    Scorer scorer = scorer(g.methodology());
    Submission s = g.submission();
    if (!scorer.check(s).isEmpty()) {
      s = Submission.builder().from(s).missing(MissingPolicy.ZERO).build();
    }
    Scorecard card = scorer.score(s);
    Deficits d = Deficits.of(card);

    // Independently: each loss, by code (a remainder marked "+").
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    for (NodeScore n : card.nodes()) {
      if (n.role() == Role.BONUS) {
        continue;
      }
      boolean penalty = n.role() == Role.PENALTY;
      if (n.isLeaf() && n.points().isPresent() && n.status() != Status.NOT_APPLICABLE) {
        BigDecimal lost = penalty ? n.points().get()
            : n.applicableMaxPoints().subtract(n.points().get());
        if (lost.signum() > 0) {
          expected.put(n.code(), lost);
        }
      }
      if (n.remainder().isPresent() && n.remainder().get().points() != null) {
        RemainderScore r = n.remainder().get();
        BigDecimal lost = penalty ? r.points() : r.maxPoints().subtract(r.points());
        if (lost.signum() > 0) {
          expected.put(n.code() + "+", lost);
        }
      }
    }
    Map<String, BigDecimal> actual = new LinkedHashMap<>();
    for (DeficitItem i : d.items()) {
      actual.put(i.code() + (i.remainder() ? "+" : ""), i.deficit());
    }
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(0, v.compareTo(actual.get(k)), k));
    BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, total.compareTo(d.total()));
    // Largest first.
    for (int i = 1; i < d.items().size(); i++) {
      assertTrue(d.items().get(i - 1).deficit().compareTo(d.items().get(i).deficit()) >= 0);
    }
    int scale = g.methodology().indexDecimals();
    RoundingMode mode = g.methodology().rounding();
    for (DeficitItem i : d.items()) {
      assertEquals(i.deficit().multiply(BigDecimal.valueOf(100)).divide(total, scale, mode),
          i.sharePercent(), i.code());
    }
    // By field: the sum of each field's items, largest first.
    Map<String, BigDecimal> byField = new LinkedHashMap<>();
    for (DeficitItem i : d.items()) {
      byField.merge(i.field(), i.deficit(), BigDecimal::add);
    }
    List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(byField.entrySet());
    sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
    assertEquals(sorted.stream().map(Map.Entry::getKey).toList(), d.byField().stream()
        .map(DeficitGroup::key).toList());
    for (DeficitGroup group : d.byField()) {
      assertEquals(0, byField.get(group.key()).compareTo(group.deficit()), group.key());
      assertTrue(card.node(group.key()).parentCode().isEmpty(), group.key());
    }
    BigDecimal agencies = d.byLeadAgency().stream().map(DeficitGroup::deficit)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, total.compareTo(agencies));
  }
}
