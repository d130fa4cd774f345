package io.github.parindex.scoring;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleRegistry;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores submissions against one methodology. Build it once and share it: it is immutable and safe to
 * use from many threads at once; the rules are prepared when it is built.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(BundledMethodologies.load("vn-par-province-876"));
 * Scorecard card = scorer.score(ParReader.standard().readSubmission(Path.of("hung-yen-2023.yaml")));
 * }</pre>
 *
 * <p>Guarantees: the same submission always gives an equal scorecard; an invalid submission is rejected
 * with every problem, never scored in part.
 *
 * <h2>How it scores: compiled, exact, traces on demand</h2>
 *
 * <p>Building a scorer flattens the methodology into arrays ({@code Layout}) and compiles it
 * ({@code CompiledMethodology}): maxima as {@code long} fixed point at {@code pointDecimals}, and
 * each leaf's {@link io.github.parindex.rules.LeafKernel} when its rule supplies one (the nine
 * built-in rules do) — the leaf's points as one fraction of whole numbers rounded once with the
 * methodology's mode, with {@link Math#multiplyExact} and friends guarding every step. {@link #score}
 * is then one pass over the leaves — one map lookup each, no boxing, no allocation per node — a
 * bottom-up pass of sums, and the total, index and band, all in exact {@code long} arithmetic. What
 * long arithmetic cannot do exactly goes through the rule itself in {@code BigDecimal}
 * ({@link PreparedRules#score}): a leaf of a rule without a kernel, a leaf whose numbers overflow; a
 * methodology whose numbers do not fit gets no compiled form and every submission takes the
 * reference path. A submission the compiled path is not sure of (any possible problem) goes to the
 * reference check, so problems are always the reference path's. Both paths compute figures in their
 * own arithmetic and leave every decision (remainders, reconciliation, cap, band, statuses, alerts,
 * sources, warnings) to the same code, so their scorecards are identical, decimal scales included;
 * the tests compare both on every golden case and on random trees.
 *
 * <p>Traces are built when they are first asked for, not when scoring: {@link Scorecard#nodes()}, a
 * node's {@link NodeScore#explanation()} and {@link NodeScore#sum()}, alerts, warnings and the exact
 * index come from the scoring figures on first use and are then kept; an explanation's inputs,
 * intermediate values and sentence are computed (by the rule itself, so they are the reference's by
 * construction) only when they are read. This keeps the public API unchanged — every scorecard still
 * has every trace, and nothing needs to be switched on — while the common cases (a batch read for its
 * indices, a ranking, a simulation) never pay for 88 sentences per unit; an opt-in builder option
 * would have made traces an easy thing to forget, and a scorecard without them a second, lesser kind
 * of scorecard.
 */
public final class Scorer {
  private final Methodology methodology;
  private final RuleRegistry registry;
  private final PreparedRules rules;
  private final Layout layout;
  private final @Nullable CompiledMethodology compiled;

  private Scorer(Methodology methodology, RuleRegistry registry) {
    this.methodology = Objects.requireNonNull(methodology, "methodology");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.rules = registry.prepare(methodology);
    this.layout = new Layout(methodology);
    this.compiled = CompiledMethodology.compile(layout, rules);
  }

  /**
   * A scorer using the built-in rule types and any found by {@link java.util.ServiceLoader}.
   *
   * @param methodology the methodology
   * @return a scorer, immutable and safe to share, its rules prepared and its methodology compiled
   * @throws ValidationException if a rule of the methodology is unknown or has bad parameters
   */
  public static Scorer of(Methodology methodology) {
    return builder().methodology(methodology).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The methodology.
   *
   * @return the methodology this scorer scores against
   */
  public Methodology methodology() {
    return methodology;
  }

  /**
   * The rule registry.
   *
   * @return the registry the rules were prepared from
   */
  public RuleRegistry registry() {
    return registry;
  }

  /**
   * The methodology's prepared rules.
   *
   * @return the methodology's rules, each prepared once for its leaf
   */
  public PreparedRules rules() {
    return rules;
  }

  /**
   * Checks a submission without scoring it.
   *
   * @param submission the submission
   * @return every problem, with JSON pointers into the submission; empty when it can be scored
   */
  public List<Problem> check(Submission submission) {
    // The compiled path accepts a submission only when the reference check finds no problem
    if (compiled != null && CompiledPass.score(compiled, submission, EvidenceGaps.none()) != null) {
      return List.of();
    }
    return rules.check(submission);
  }

  /**
   * Scores a submission.
   *
   * @param submission the submission
   * @return the scorecard, identical (decimal scales included) to the reference path's
   * @throws ValidationException listing every problem when the submission cannot be scored
   */
  public Scorecard score(Submission submission) {
    return score(submission, EvidenceGaps.none());
  }

  /**
   * Scores a submission with the evidence rule (CYCLE.md §3): as {@link #score(Submission)}, except
   * that each leaf {@code gaps} names which is applicable and would score above 0 scores 0, with
   * status and basis {@code NO_EVIDENCE} and a trace that says why. The assessment cycle
   * ({@code io.github.parindex.scoring.cycle}) decides the gaps of each stage.
   *
   * @param submission the submission (one stage's observations)
   * @param gaps the leaves lacking an accepted evidence document
   * @return the scorecard
   * @throws ValidationException if the submission does not fit the methodology
   */
  public Scorecard score(Submission submission, EvidenceGaps gaps) {
    Objects.requireNonNull(gaps, "gaps");
    if (compiled != null) {
      Scorecard card = CompiledPass.score(compiled, submission, gaps);
      if (card != null) {
        return card;
      }
    }
    return scoreReference(submission, gaps);
  }

  /**
   * Scores a submission on the reference path: {@link PreparedRules#check} then a walk of the tree in
   * {@code BigDecimal} that builds every node and trace. The compiled path gives identical scorecards;
   * the tests compare the two.
   *
   * @param submission the submission
   * @return the reference path's scorecard
   * @throws ValidationException listing every problem when the submission cannot be scored
   */
  Scorecard scoreReference(Submission submission) {
    return scoreReference(submission, EvidenceGaps.none());
  }

  /** {@link #scoreReference(Submission)} with the evidence rule, for the tests of both passes. */
  Scorecard scoreReference(Submission submission, EvidenceGaps gaps) {
    List<Problem> problems = rules.check(submission);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return ReferencePass.score(layout, rules, submission, gaps);
  }

  /**
   * Whether this scorer has a compiled form of its methodology (for tests).
   *
   * @return false when every submission takes the reference path
   */
  boolean isCompiled() {
    return compiled != null;
  }

  /** Builds a {@link Scorer}. */
  public static final class Builder {
    private @Nullable Methodology methodology;
    private @Nullable RuleRegistry registry;

    private Builder() {}

    /**
     * Sets the methodology.
     *
     * @param methodology the methodology
     * @return this builder
     */
    public Builder methodology(Methodology methodology) {
      this.methodology = methodology;
      return this;
    }

    /**
     * Sets the rule registry; by default the built-in types and any found by
     * {@link java.util.ServiceLoader}.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(RuleRegistry registry) {
      this.registry = registry;
      return this;
    }

    /**
     * Builds the scorer, preparing every rule.
     *
     * @return a new scorer, immutable and safe to share
     * @throws NullPointerException if no methodology was set
     * @throws ValidationException if a rule is unknown or has bad parameters
     */
    public Scorer build() {
      Methodology m = Objects.requireNonNull(methodology, "no methodology was set");
      return new Scorer(m, registry != null ? registry : RuleRegistry.withServiceLoader());
    }
  }
}
