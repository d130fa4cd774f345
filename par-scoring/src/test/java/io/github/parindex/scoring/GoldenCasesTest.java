package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.TreeReader;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Ratio;
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
 * Runs every golden case under {@code src/test/resources/golden}: a methodology, a submission and the
 * expected figures, worked out by hand (see the comments in each {@code expected.yaml}). Only the keys
 * present in {@code expected.yaml} are checked; {@code null} means "absent / unknown". A case with
 * {@code submissions} (a list) instead of {@code submission} is a ranking case: the submissions are
 * scored and ranked, and {@code expected.yaml} gives the entries in ranking order.
 */
class GoldenCasesTest {
  private static final Path ROOT = TestData.path("golden");

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(ROOT)) {
      cases = dirs.filter(d -> Files.exists(d.resolve("case.yaml"))).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no golden cases found under " + ROOT.toAbsolutePath());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        dir.toUri(), () -> run(dir)));
  }

  static Tree.Obj yaml(Path file) throws IOException {
    return (Tree.Obj) TreeReader.read(Files.readAllBytes(file), Syntax.YAML, ReadLimits.defaults());
  }

  private static void run(Path dir) throws IOException {
    Tree.Obj spec = yaml(dir.resolve("case.yaml"));
    Scorer scorer = Scorer.builder().methodology(methodology(dir, spec))
        .registry(RuleRegistry.builtIn()).build();
    Tree.Obj expected = yaml(dir.resolve("expected.yaml"));
    List<Submission> submissions = submissions(dir, spec);
    if (spec.fields().containsKey("submissions")) {
      ranking(scorer, submissions, expected);
      return;
    }
    Scorecard card = scorer.score(submissions.get(0));
    for (Map.Entry<String, Tree> e : expected.fields().entrySet()) {
      check(card, e.getKey(), e.getValue());
    }
  }

  /** A case's methodology: a file beside the case, or {@code bundled:ID}. */
  static Methodology methodology(Path dir, Tree.Obj spec) throws IOException {
    String ref = text(spec.fields().get("methodology"));
    return ref.startsWith("bundled:")
        ? BundledMethodologies.load(ref.substring("bundled:".length()))
        : ParReader.standard().readMethodology(dir.resolve(ref).normalize());
  }

  /** A case's submissions: its {@code submission}, or the list of a ranking case's. */
  static List<Submission> submissions(Path dir, Tree.Obj spec) throws IOException {
    List<String> files = spec.fields().containsKey("submissions")
        ? texts((Tree.Arr) spec.fields().get("submissions"))
        : List.of(text(spec.fields().get("submission")));
    List<Submission> out = new ArrayList<>();
    for (String file : files) {
      out.add(ParReader.standard().readSubmission(dir.resolve(file).normalize()));
    }
    return out;
  }

  /** A ranking case: several submissions scored and ranked; expected entries in ranking order. */
  private static void ranking(Scorer scorer, List<Submission> submissions, Tree.Obj expected) {
    List<Scorecard> cards = new ArrayList<>();
    for (Submission s : submissions) {
      cards.add(scorer.score(s));
    }
    Ranking ranking = Ranking.of(cards);
    for (Map.Entry<String, Tree> e : expected.fields().entrySet()) {
      switch (e.getKey()) {
        case "ranking" -> {
          List<Tree> want = ((Tree.Arr) e.getValue()).items();
          assertEquals(want.size(), ranking.entries().size(), "entries");
          for (int i = 0; i < want.size(); i++) {
            rankEntry((Tree.Obj) want.get(i), ranking.entries().get(i));
          }
        }
        case "median" -> decimal("median", e.getValue(), ranking.median());
        default -> fail("unknown expected key " + e.getKey());
      }
    }
  }

  private static void rankEntry(Tree.Obj want, RankEntry got) {
    String unit = text(want.fields().get("unit"));
    assertEquals(unit, got.unit().id(), "unit in this place of the ranking");
    want.fields().forEach((k, x) -> {
      switch (k) {
        case "unit" -> { }
        case "exactIndex" -> {
          Ratio exact = got.scorecard().exactIndex().orElse(null);
          assertNotNull(exact, unit + " exactIndex");
          assertEquals(0, exact.compareTo(ratio(x)), unit + " exactIndex: " + exact);
        }
        case "index" -> decimal(unit + " index", x, Optional.ofNullable(got.index()));
        case "rank" -> assertEquals(number(x).intValueExact(), got.rank(), unit + " rank");
        case "band" -> assertEquals(text(x), got.band() == null ? null : got.band().code(),
            unit + " band");
        case "gapToAbove" -> decimal(unit + " gap", x, Optional.ofNullable(got.gapToAbove()));
        default -> fail("unknown ranking key " + k);
      }
    });
  }

  /** A decimal, or a fraction written "numerator/denominator". */
  private static Ratio ratio(Tree t) {
    if (text(t).contains("/")) {
      String[] parts = text(t).split("/");
      return Ratio.of(new BigDecimal(parts[0].trim()), new BigDecimal(parts[1].trim()));
    }
    return Ratio.of(number(t));
  }

  private static void check(Scorecard card, String key, Tree value) {
    switch (key) {
      case "points" -> decimal(key, value, card.points());
      case "applicableMaxPoints" -> decimal(key, value, Optional.of(card.applicableMaxPoints()));
      case "index" -> decimal(key, value, card.index());
      case "exactIndex" -> {
        Ratio exact = card.exactIndex().orElse(null);
        assertNotNull(exact, "exactIndex");
        assertEquals(0, exact.compareTo(Ratio.of(number(value))), "exactIndex: " + exact);
      }
      case "standardPoints" -> decimal(key, value, card.standardPoints());
      case "bonusPoints" -> decimal(key, value, card.bonusPoints());
      case "penaltyPoints" -> decimal(key, value, card.penaltyPoints());
      case "band" -> assertEquals(isNull(value) ? null : text(value),
          card.band().map(b -> b.code()).orElse(null), "band");
      case "bySource" -> ((Tree.Obj) value).fields().forEach((source, v) -> decimal(
          "bySource " + source, v, card.bySource().stream()
              .filter(t -> t.source().name().equals(source)).findFirst()
              .orElseThrow(() -> new AssertionError("no source " + source)).knownPoints()));
      case "nodes" -> ((Tree.Obj) value).fields().forEach((code, v) -> node(card, code, v));
      case "remainders" -> ((Tree.Obj) value).fields().forEach((code, v) -> {
        RemainderScore r = card.node(code).remainder()
            .orElseThrow(() -> new AssertionError(code + " has no remainder"));
        ((Tree.Obj) v).fields().forEach((k, x) -> {
          switch (k) {
            case "points" -> decimal(code + " remainder points", x, r.knownPoints());
            case "basis" -> assertEquals(text(x), r.basis().name(), code + " remainder basis");
            default -> fail("unknown remainder key " + k);
          }
        });
      });
      case "alerts" -> {
        List<Tree> items = ((Tree.Arr) value).items();
        assertEquals(items.size(), card.alerts().size(), "alerts: " + card.alerts());
        for (int i = 0; i < items.size(); i++) {
          Tree.Obj a = (Tree.Obj) items.get(i);
          assertEquals(text(a.fields().get("code")), card.alerts().get(i).code(), "alert code");
          decimal("alert percent", a.fields().get("percent"),
              Optional.of(card.alerts().get(i).percent()));
        }
      }
      case "reconciliation" -> ((Tree.Obj) value).fields().forEach((code, v) -> {
        Reconciliation r = card.reconciliation().stream().filter(x -> x.code().equals(code))
            .findFirst().orElseThrow(() -> new AssertionError("no reconciliation of " + code));
        ((Tree.Obj) v).fields().forEach((k, x) -> {
          switch (k) {
            case "pointsMatch" -> assertEquals(bool(x), r.pointsMatch(), code + " pointsMatch");
            case "deficitMatch" -> assertEquals(bool(x), r.deficitMatch(), code + " deficitMatch");
            case "unexplained" -> decimal(code + " unexplained", x,
                Optional.ofNullable(r.unexplained()));
            case "chargedToRemainder" -> decimal(code + " charged", x,
                Optional.ofNullable(r.chargedToRemainder()));
            default -> fail("unknown reconciliation key " + k);
          }
        });
      });
      case "warnings" -> assertEquals(((Tree.Arr) value).items().stream()
          .map(GoldenCasesTest::text).toList(),
          card.warnings().stream().map(w -> w.kind().name()).toList(), "warnings");
      case "deficits" -> {
        Deficits d = Deficits.of(card);
        ((Tree.Obj) value).fields().forEach((k, x) -> {
          switch (k) {
            case "total" -> decimal("deficits total", x, Optional.of(d.total()));
            case "order" -> {
              List<String> want = ((Tree.Arr) x).items().stream().map(GoldenCasesTest::text)
                  .toList();
              List<String> got = d.items().stream().map(DeficitItem::label).toList();
              assertTrue(got.size() >= want.size(), "deficits " + got);
              assertEquals(want, got.subList(0, want.size()), "deficit order");
            }
            default -> fail("unknown deficits key " + k);
          }
        });
      }
      default -> fail("unknown expected key " + key);
    }
  }

  private static void node(Scorecard card, String code, Tree value) {
    NodeScore n = card.node(code);
    ((Tree.Obj) value).fields().forEach((k, x) -> {
      switch (k) {
        case "points" -> decimal(code + " points", x, n.points());
        case "applicableMaxPoints" -> decimal(code + " applicable max", x,
            Optional.of(n.applicableMaxPoints()));
        case "deficit" -> decimal(code + " deficit", x, n.deficit());
        case "percent" -> decimal(code + " percent", x, n.percent());
        case "status" -> assertEquals(text(x), n.status().name(), code + " status");
        case "basis" -> assertEquals(text(x), n.explanation().map(e -> e.basis().name())
            .orElse(null), code + " basis");
        default -> fail("unknown node key " + k);
      }
    });
  }

  private static void decimal(String what, Tree expected, Optional<BigDecimal> actual) {
    if (isNull(expected)) {
      assertTrue(actual.isEmpty(), what + ": expected no value, got " + actual.orElse(null));
      return;
    }
    BigDecimal want = number(expected);
    assertTrue(actual.isPresent(), what + ": expected " + want + ", got none");
    assertEquals(0, want.compareTo(actual.get()), what + ": expected " + want + ", got "
        + actual.get());
  }

  private static boolean isNull(Tree t) {
    return t instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL;
  }

  private static BigDecimal number(Tree t) {
    return new BigDecimal(((Tree.Scalar) t).text());
  }

  private static Boolean bool(Tree t) {
    return isNull(t) ? null : ((Tree.Scalar) t).truth();
  }

  static String text(Tree t) {
    return ((Tree.Scalar) t).text();
  }

  static List<String> texts(Tree.Arr a) {
    List<String> out = new ArrayList<>();
    a.items().forEach(t -> out.add(text(t)));
    return out;
  }
}
