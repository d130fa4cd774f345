package io.github.parindex.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parindex.model.DataValue;
import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Node;
import io.github.parindex.model.Observation;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSpec;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.Evaluation;
import io.github.parindex.rules.LeafContext;
import io.github.parindex.rules.LeafKernel;
import io.github.parindex.rules.LeafResult;
import io.github.parindex.rules.LeafRule;
import io.github.parindex.rules.Monotonicity;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.RuleEvaluator;
import io.github.parindex.rules.RuleInputException;
import io.github.parindex.rules.RuleRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RuleEvaluator} must keep, as a JUnit 5 test to extend.
 *
 * <p>Write a test class in your own test sources that extends this class and says which evaluator to
 * test and with which parameters; JUnit then runs every check below on it:
 *
 * <pre>
 * class CountTargetRuleContractTest extends RuleEvaluatorContract {
 *   &#64;Override
 *   protected RuleEvaluator evaluator() {
 *     return new CountTargetRule();
 *   }
 *
 *   &#64;Override
 *   protected List&lt;RuleSpec&gt; validSpecs() {
 *     return List.of(
 *         RuleSpec.of("count-target", Map.of("target", DataValue.decimal("5"))),
 *         RuleSpec.of("count-target", Map.of("target", DataValue.decimal("0.5"))));
 *   }
 *
 *   &#64;Override
 *   protected List&lt;RuleSpec&gt; invalidSpecs() {
 *     return List.of(
 *         RuleSpec.of("count-target"),
 *         RuleSpec.of("count-target", Map.of("target", DataValue.decimal("0"))));
 *   }
 * }
 * </pre>
 *
 * <p>For each valid parameter set and each leaf maximum of {@link #maxima()}, the kit builds a
 * one-leaf methodology (leaf {@code 1.1} under field {@code 1}, 4 point decimals, {@code HALF_UP}) in
 * a registry holding only your evaluator, and generates observations of every kind the evaluator
 * accepts — the same ones on every run, from {@link #seed()}:
 *
 * <ul>
 *   <li>{@code rate}: 0, 0.5, 1, every number from 0 to 1 written in the rule's parameters and its
 *       neighbours ± 0.0001, then random rates of 1 to 6 decimals;
 *   <li>{@code numerator+denominator}: 0/1, 1/1, 1/3, 2/3, the parameters' rates as exact fractions
 *       of a million and one millionth either side, then random fractions (some with decimals);
 *   <li>{@code count}: 0, 1, 2, 3, 5, 10, 100, 2<sup>40</sup>, every whole number in the parameters
 *       and its neighbours, then random counts;
 *   <li>{@code yes}: no and yes;
 *   <li>{@code option} and {@code responses}: keys taken from the rule's {@code options} parameter
 *       when it is an object, else A to D, plus one key, {@code UNLISTED}, that the rule does not
 *       define; responses with zero counts and single-key responses;
 *   <li>{@code baseline+current}: current 0, equal to, above and below the baseline, exact
 *       reductions equal to the parameters' rates, then random pairs;
 *   <li>{@code points}: 0, the maximum, then random points of at most 4 decimals.
 * </ul>
 *
 * <p>An evaluator may refuse an observation it cannot score by throwing {@link RuleInputException}
 * (e.g. the {@code UNLISTED} key); every other observation must be scored. The checks:
 * <ul>
 *   <li>the type name is lower-case letters and digits separated by {@code -}; the accepted kinds are
 *       not empty and do not include {@code notApplicable} (the framework handles it);
 *   <li>every valid parameter set prepares for every maximum, and every invalid one is rejected with
 *       a {@link ValidationException} whose problems have JSON pointers starting with {@code /},
 *       relative to the rule object;
 *   <li>exact points always lie within 0 and the maximum, and scoring through
 *       {@link PreparedRules#score} succeeds;
 *   <li>the same observation always gives an equal evaluation: twice, from a newly prepared rule, and
 *       from several threads at once;
 *   <li>for each kind the evaluator does not accept, {@link PreparedRules#check(Submission)} reports a
 *       problem at the observation naming that kind and every accepted kind;
 *   <li>every evaluation has a non-blank sentence in Vietnamese and in English, and (unless
 *       {@link #vietnameseDecimalComma()} says otherwise) the Vietnamese sentence writes decimals with a
 *       comma;
 *   <li>the declared {@link RuleEvaluator#monotonicity()} holds when observations of a kind are
 *       ordered by their amount: the rate (a rate and a numerator/denominator are compared together),
 *       the count, yes over no, the reduction (baseline − current) / baseline, the points. Options and
 *       responses have no amount and are not compared;
 *   <li>at least one observation of every accepted kind is scored (not refused), over all valid
 *       parameter sets; a refusal has a pointer that is empty or starts with {@code /}, and a message;
 *   <li>a {@link LeafKernel} the prepared rule supplies ({@link LeafRule#kernel()}) agrees with
 *       {@link LeafRule#evaluate}, as {@code LeafKernel} says: for every generated observation it
 *       gives the evaluation's points rounded once to the methodology's decimals × 10<sup>d</sup>, or
 *       {@link LeafKernel#REFUSED} only where the evaluation is refused, or throws
 *       {@link ArithmeticException}; checked with 4 decimals {@code HALF_UP}, 2 decimals
 *       {@code HALF_EVEN} and 0 decimals {@code DOWN} (for the maxima those decimals can hold). A rule
 *       without a kernel passes.
 * </ul>
 *
 * <p>Override {@link #maxima()}, {@link #seed()} or {@link #samplesPerKind()} to widen the search, and
 * {@link #observations} to add observations of your own.
 */
public abstract class RuleEvaluatorContract {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
  private static final String CODE = "1.1";
  private static final String ID = "rule-contract";
  private static final int POINT_DECIMALS = 4;
  private static final int THREADS = 4;
  /** The roundings a kernel is checked with: mode and point decimals. */
  private static final Object[][] KERNEL_ROUNDINGS = {{RoundingMode.HALF_UP, POINT_DECIMALS},
      {RoundingMode.HALF_EVEN, 2}, {RoundingMode.DOWN, 0}};

  /** For subclasses. */
  protected RuleEvaluatorContract() {}

  /**
   * The evaluator under test.
   *
   * @return a new or shared instance
   */
  protected abstract RuleEvaluator evaluator();

  /**
   * Parameter sets the evaluator must accept; the more varied, the stronger the checks. Their
   * {@link RuleSpec#type()} should be the evaluator's type.
   *
   * @return at least one rule
   */
  protected abstract List<RuleSpec> validSpecs();

  /**
   * Parameter sets the evaluator must reject in {@link RuleEvaluator#prepare}.
   *
   * @return the rules, none by default
   */
  protected List<RuleSpec> invalidSpecs() {
    return List.of();
  }

  /**
   * The leaf maxima to test with, each positive with at most 4 decimals.
   *
   * @return 1, 1.5, 0.25, 2 and 10 by default
   */
  protected List<BigDecimal> maxima() {
    return List.of(BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("0.25"),
        BigDecimal.valueOf(2), BigDecimal.TEN);
  }

  /**
   * The seed of the random observations.
   *
   * @return a fixed seed by default
   */
  protected long seed() {
    return 20_221_110L;
  }

  /**
   * How many random observations to add to the landmarks, per kind, parameter set and maximum.
   *
   * @return 40 by default
   */
  protected int samplesPerKind() {
    return 40;
  }

  /**
   * Whether the Vietnamese sentences must write decimals with a comma ("1,4976"), as the built-in
   * rules do. Override to return false if your sentences contain codes such as {@code 3.4.1}.
   *
   * @return true by default
   */
  protected boolean vietnameseDecimalComma() {
    return true;
  }

  /**
   * The observations of one kind to test a rule with; by default the generated ones described in the
   * class documentation. Override to add your own (keep the defaults: {@code super.observations}).
   *
   * @param spec the rule
   * @param max the leaf's maximum
   * @param kind an accepted kind
   * @param seed a seed derived from {@link #seed()}, the rule, the maximum and the kind
   * @return the observations, all of that kind
   */
  protected List<Observation> observations(RuleSpec spec, BigDecimal max, ObservationKind kind,
      long seed) {
    return new Generator(seed, spec, max, samplesPerKind(), POINT_DECIMALS).generate(kind);
  }

  // ---------------------------------------------------------------------------------------------
  // The checks

  /** The type name is well formed and the evaluator can be registered. */
  @Test
  public void type_isWellFormed() {
    String type = evaluator().type();
    assertTrue(type != null && TYPE.matcher(type).matches(), "type '" + type
        + "' must be lower-case letters and digits separated by '-'");
    RuleRegistry.builder().add(evaluator()).build();
  }

  /** The accepted kinds are not empty and leave {@code notApplicable} to the framework. */
  @Test
  public void acceptedKinds_areNotEmpty() {
    Set<ObservationKind> kinds = evaluator().acceptedKinds();
    assertFalse(kinds == null || kinds.isEmpty(), "acceptedKinds() must name at least one kind");
    assertFalse(kinds.contains(ObservationKind.NOT_APPLICABLE),
        "notApplicable is handled by the framework and never reaches an evaluator");
    assertTrue(evaluator().monotonicity() != null, "monotonicity() must not be null");
  }

  /** Every valid parameter set prepares, for every maximum. */
  @Test
  public void prepare_acceptsValidSpecs() {
    assertFalse(validSpecs().isEmpty(), "validSpecs() must give at least one rule");
    for (RuleSpec spec : validSpecs()) {
      assertEquals(evaluator().type(), spec.type(), "a valid spec of another type: " + spec);
      for (BigDecimal max : maxima()) {
        List<Problem> problems = registry().check(methodology(spec, max));
        assertEquals(List.of(), problems, "valid rule " + spec + " (max " + max + ") rejected");
      }
    }
  }

  /** Every invalid parameter set is rejected, with pointers relative to the rule object. */
  @Test
  public void prepare_rejectsInvalidSpecs() {
    for (RuleSpec spec : invalidSpecs()) {
      for (BigDecimal max : maxima()) {
        Methodology m = methodology(spec, max);
        List<Problem> problems;
        try {
          evaluator().prepare(spec, new LeafContext(m.requireNode(CODE), m));
          fail("invalid rule " + spec + " (max " + max + ") was accepted");
          return;
        } catch (ValidationException e) {
          problems = e.problems();
        } catch (RuntimeException e) {
          throw new AssertionError("invalid rule " + spec + " must be rejected with a "
              + "ValidationException listing its problems (use Parameters), not " + e, e);
        }
        for (Problem p : problems) {
          assertTrue(p.path().startsWith("/"), "problem " + p + " of " + spec
              + ": its pointer must start with '/', relative to the rule object (e.g. /target)");
          assertFalse(p.message().isBlank(), "problem without a message: " + p);
        }
        List<Problem> placed = registry().check(m);
        assertFalse(placed.isEmpty(), "the registry accepted invalid rule " + spec);
        for (Problem p : placed) {
          assertTrue(p.path().startsWith("/nodes/0/children/0/rule/"), "problem " + p
              + " is not under the rule's pointer");
        }
      }
    }
  }

  /** Exact points lie within 0 and the maximum, and the framework scores them. */
  @Test
  public void evaluate_pointsWithinZeroAndMax() {
    for (Sample s : samples()) {
      Evaluation e = evaluate(s);
      if (e == null) {
        continue;
      }
      Ratio points = e.points();
      assertTrue(points.signum() >= 0 && points.compareTo(Ratio.of(s.max)) <= 0, "points "
          + points + " outside 0.." + s.max + " for " + s);
      LeafResult r = s.prepared.score(CODE, s.observation, MissingPolicy.ZERO);
      assertEquals(points.round(POINT_DECIMALS, s.prepared.methodology().rounding()), r.points(),
          "framework result for " + s);
    }
  }

  /** The same observation gives an equal evaluation, twice and from a newly prepared rule. */
  @Test
  public void evaluate_isDeterministic() {
    Map<PreparedRules, PreparedRules> again = new IdentityHashMap<>();
    for (Sample s : samples()) {
      Outcome first = outcome(s.prepared, s.observation);
      assertEquals(first, outcome(s.prepared, s.observation), "second evaluation of " + s);
      PreparedRules fresh = again.computeIfAbsent(s.prepared,
          p -> registry().prepare(methodology(s.spec, s.max)));
      assertEquals(first, outcome(fresh, s.observation), "evaluation by a new rule of " + s);
    }
  }

  /**
   * The same observations give equal evaluations from several threads at once.
   *
   * @throws Exception if a thread fails
   */
  @Test
  public void evaluate_isDeterministicAcrossThreads() throws Exception {
    List<Sample> samples = samples();
    List<Outcome> expected = new ArrayList<>();
    for (Sample s : samples) {
      expected.add(outcome(s.prepared, s.observation));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<Outcome>> task = () -> {
          start.await();
          // each thread walks the samples from a different place, so they overlap in time
          Outcome[] out = new Outcome[samples.size()];
          for (int i = 0; i < samples.size(); i++) {
            int j = (i + offset * samples.size() / THREADS) % samples.size();
            Sample s = samples.get(j);
            out[j] = outcome(s.prepared, s.observation);
          }
          return List.of(out);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Outcome>> f : futures) {
        List<Outcome> got = f.get(5, TimeUnit.MINUTES);
        for (int i = 0; i < samples.size(); i++) {
          assertEquals(expected.get(i), got.get(i), "evaluation from another thread of "
              + samples.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A kind the evaluator does not accept is a submission problem naming it and the accepted kinds. */
  @Test
  public void check_rejectsKindsNotAccepted() {
    RuleSpec spec = validSpecs().get(0);
    BigDecimal max = maxima().get(0);
    PreparedRules prepared = registry().prepare(methodology(spec, max));
    Set<ObservationKind> accepted = prepared.acceptedKinds(CODE);
    for (ObservationKind kind : ObservationKind.values()) {
      if (accepted.contains(kind)) {
        continue;
      }
      Observation o = example(kind);
      List<Problem> problems = prepared.check(submission(o));
      List<Problem> here = problems.stream()
          .filter(p -> p.path().equals("/observations/" + CODE)).toList();
      assertEquals(1, here.size(), "one problem expected for a '" + kind.fileName()
          + "' observation, got " + problems);
      String message = here.get(0).message();
      assertTrue(message.contains(kind.fileName()), message + ": does not name the kind '"
          + kind.fileName() + "'");
      for (ObservationKind a : accepted) {
        assertTrue(message.contains(a.fileName()), message + ": does not name the accepted kind '"
            + a.fileName() + "'");
      }
    }
  }

  /** Every evaluation explains itself in Vietnamese and English. */
  @Test
  public void evaluate_explainsInVietnameseAndEnglish() {
    for (Sample s : samples()) {
      Evaluation e = evaluate(s);
      if (e == null) {
        continue;
      }
      LocalizedText sentence = e.sentence();
      assertFalse(sentence.vi().isBlank(), "blank Vietnamese sentence for " + s);
      assertTrue(sentence.en().filter(en -> !en.isBlank()).isPresent(),
          "no English sentence for " + s);
      if (vietnameseDecimalComma()) {
        assertFalse(DECIMAL_POINT.matcher(sentence.vi()).find(), "the Vietnamese sentence '"
            + sentence.vi() + "' writes a decimal with a point, not a comma, for " + s);
      }
    }
  }

  /** The declared monotonicity holds when observations are ordered by their amount. */
  @Test
  public void monotonicity_holdsWhenOrderedByAmount() {
    Monotonicity declared = evaluator().monotonicity();
    if (declared == Monotonicity.NONE) {
      return;
    }
    Map<String, List<Scored>> groups = new LinkedHashMap<>();
    for (Sample s : samples()) {
      Ratio amount = amount(s.observation);
      Evaluation e = amount == null ? null : evaluate(s);
      if (e == null) {
        continue;
      }
      String group = s.specIndex + "/" + s.max + "/" + amountGroup(s.observation.kind());
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Scored(s, amount, e.points()));
    }
    for (List<Scored> group : groups.values()) {
      group.sort(Comparator.comparing(Scored::amount));
      for (int i = 1; i < group.size(); i++) {
        Scored a = group.get(i - 1);
        Scored b = group.get(i);
        int order = a.points.compareTo(b.points);
        boolean ok = a.amount.compareTo(b.amount) == 0 ? order == 0
            : declared == Monotonicity.INCREASING ? order <= 0 : order >= 0;
        assertTrue(ok, declared + " broken: " + a.sample.observation + " (amount " + a.amount
            + ") scores " + a.points + " but " + b.sample.observation + " (amount " + b.amount
            + ") scores " + b.points + ", rule " + a.sample.spec + ", max " + a.sample.max);
      }
    }
  }

  /** Every accepted kind gets scored sometimes; refusals say where and why. */
  @Test
  public void evaluate_scoresEveryAcceptedKind() {
    Map<ObservationKind, Integer> scored = new EnumMap<>(ObservationKind.class);
    for (Sample s : samples()) {
      if (evaluate(s) != null) {
        scored.merge(s.observation.kind(), 1, Integer::sum);
      }
    }
    for (ObservationKind kind : accepted()) {
      assertTrue(scored.getOrDefault(kind, 0) > 0, "no '" + kind.fileName()
          + "' observation was scored by any valid rule; every one was refused");
    }
  }

  /**
   * A kernel the prepared rule supplies agrees with its evaluation: the same points rounded once, the
   * same refusals.
   */
  @Test
  public void kernel_agreesWithEvaluate() {
    for (Object[] rounding : KERNEL_ROUNDINGS) {
      RoundingMode mode = (RoundingMode) rounding[0];
      int decimals = (Integer) rounding[1];
      Map<PreparedRules, Optional<LeafKernel>> kernels = new IdentityHashMap<>();
      for (Sample s : samples(mode, decimals)) {
        LeafRule rule = s.prepared.rule(CODE);
        Optional<LeafKernel> kernel = kernels.computeIfAbsent(s.prepared,
            p -> Optional.ofNullable(rule.kernel()));
        if (kernel.isPresent()) {
          checkKernel(rule, kernel.get(), s.observation, mode, decimals, s + ", " + decimals
              + " decimals, " + mode);
        }
      }
    }
  }

  private static void checkKernel(LeafRule rule, LeafKernel kernel, Observation o, RoundingMode mode,
      int decimals, String context) {
    Evaluation e;
    try {
      e = rule.evaluate(o);
    } catch (RuleInputException refused) {
      e = null;
    }
    long points;
    try {
      points = kernel.points(o);
    } catch (ArithmeticException overflow) {
      return;
    }
    if (e == null) {
      assertEquals(LeafKernel.REFUSED, points, "the rule refuses, the kernel must too: " + context);
      return;
    }
    BigDecimal expected = e.points().round(decimals, mode);
    assertEquals(expected, BigDecimal.valueOf(points, decimals), "kernel points for " + context);
  }

  // ---------------------------------------------------------------------------------------------
  // Machinery

  private RuleRegistry registry() {
    return RuleRegistry.builder().add(evaluator()).build();
  }

  /** The accepted kinds in a fixed order (a Set.of iterates differently from run to run). */
  private EnumSet<ObservationKind> accepted() {
    EnumSet<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
    kinds.addAll(evaluator().acceptedKinds());
    kinds.remove(ObservationKind.NOT_APPLICABLE);
    return kinds;
  }

  private static Methodology methodology(RuleSpec spec, BigDecimal max) {
    return methodology(spec, max, RoundingMode.HALF_UP, POINT_DECIMALS);
  }

  private static Methodology methodology(RuleSpec spec, BigDecimal max, RoundingMode mode,
      int decimals) {
    Node leaf = Node.builder().code(CODE).name(LocalizedText.of("Tiêu chí thử", "Test leaf"))
        .maxPoints(max).rule(spec).build();
    Node field = Node.builder().code("1").name(LocalizedText.of("Lĩnh vực thử", "Test field"))
        .maxPoints(max).addChildren(leaf).build();
    return Methodology.builder().id(ID).title(LocalizedText.of("Kiểm tra quy tắc", "Rule contract"))
        .validFrom(2000).maxPoints(max).pointDecimals(decimals).rounding(mode).addNodes(field)
        .build();
  }

  private static Submission submission(Observation o) {
    return Submission.builder().methodology(ID).year(2024).unit(Unit.of("contract"))
        .putObservations(CODE, o).build();
  }

  private static Observation example(ObservationKind kind) {
    return switch (kind) {
      case POINTS -> Observation.points(BigDecimal.ZERO);
      case YES -> Observation.yes(true);
      case RATE -> Observation.rate(new BigDecimal("0.5"));
      case NUMERATOR_DENOMINATOR -> Observation.fraction(BigDecimal.ONE, BigDecimal.valueOf(2));
      case COUNT -> Observation.count(1);
      case OPTION -> Observation.option("A");
      case RESPONSES -> Observation.responses(Map.of("A", 1L));
      case BASELINE_CURRENT -> Observation.change(BigDecimal.valueOf(2), BigDecimal.ONE);
      case NOT_APPLICABLE -> Observation.notApplicable();
    };
  }

  private List<Sample> samples() {
    return samples(RoundingMode.HALF_UP, POINT_DECIMALS);
  }

  /** The samples for a rounding, on the maxima with no more decimals than it keeps. */
  private List<Sample> samples(RoundingMode mode, int decimals) {
    List<Sample> out = new ArrayList<>();
    List<RuleSpec> specs = validSpecs();
    List<BigDecimal> maxima = maxima();
    for (int i = 0; i < specs.size(); i++) {
      for (int j = 0; j < maxima.size(); j++) {
        RuleSpec spec = specs.get(i);
        BigDecimal max = maxima.get(j);
        if (max.stripTrailingZeros().scale() > decimals) {
          continue;
        }
        PreparedRules prepared = registry().prepare(methodology(spec, max, mode, decimals));
        for (ObservationKind kind : accepted()) {
          long seed = Objects.hash(seed(), i, j, kind.ordinal());
          for (Observation o : observations(spec, max, kind, seed)) {
            if (o.kind() != kind) {
              throw new IllegalStateException("observations(" + kind + ") gave " + o);
            }
            out.add(new Sample(i, spec, max, prepared, o));
          }
        }
      }
    }
    return out;
  }

  /** The evaluation, or null when the rule refuses the observation with a RuleInputException. */
  private static Evaluation evaluate(Sample s) {
    LeafRule rule = s.prepared.rule(CODE);
    try {
      Evaluation e = rule.evaluate(s.observation);
      assertTrue(e != null, "null evaluation for " + s);
      return e;
    } catch (RuleInputException e) {
      assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), "refusal of " + s
          + " with pointer '" + e.pointer() + "': expected empty or starting with '/'");
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "refusal of " + s
          + " without a message");
      return null;
    }
  }

  private static Outcome outcome(PreparedRules prepared, Observation o) {
    try {
      Evaluation e = prepared.rule(CODE).evaluate(o);
      LeafResult r = prepared.score(CODE, o, MissingPolicy.ZERO);
      return new Outcome(e.points(), e.intermediates(), e.sentence(), r, null);
    } catch (RuleInputException e) {
      return new Outcome(null, null, null, null, e.pointer() + ": " + e.getMessage());
    }
  }

  /** The amount an observation declares, for monotonicity; null when it has none. */
  private static Ratio amount(Observation o) {
    if (o instanceof Observation.YesNo y) {
      return y.yes() ? Ratio.ONE : Ratio.ZERO;
    } else if (o instanceof Observation.Rate r) {
      return Ratio.of(r.rate());
    } else if (o instanceof Observation.Fraction f) {
      return Ratio.of(f.numerator(), f.denominator());
    } else if (o instanceof Observation.Count c) {
      return Ratio.of(BigDecimal.valueOf(c.count()));
    } else if (o instanceof Observation.Change c) {
      return Ratio.of(c.baseline().subtract(c.current()), c.baseline());
    } else if (o instanceof Observation.Points p) {
      return Ratio.of(p.points());
    }
    return null;
  }

  private static String amountGroup(ObservationKind kind) {
    return kind == ObservationKind.NUMERATOR_DENOMINATOR ? ObservationKind.RATE.fileName()
        : kind.fileName();
  }

  /** One generated case. */
  private record Sample(int specIndex, RuleSpec spec, BigDecimal max, PreparedRules prepared,
      Observation observation) {
    @Override
    public String toString() {
      return observation + " on rule " + spec.type() + " " + spec.parameters() + " (max " + max
          + ")";
    }
  }

  private record Scored(Sample sample, Ratio amount, Ratio points) {}

  /** What one evaluation gave, comparable with equals. */
  private record Outcome(Ratio points, Map<String, DataValue> intermediates, LocalizedText sentence,
      LeafResult result, String refusal) {}
}
