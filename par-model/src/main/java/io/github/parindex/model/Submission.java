package io.github.parindex.model;

import io.github.parindex.model.internal.SubmissionChecks;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one unit declared for one methodology and evaluation year: an observation per leaf, points of
 * unitemised remainders, evidence, and figures printed elsewhere to reconcile against.
 *
 * <p>Guarantees: immutable and safe to share between threads; maps keep their insertion (file) order;
 * each observation is valid on its own (see {@link Observation}); unknown codes and lead agencies are
 * never blank. Whether the codes exist and the points fit the leaves is checked against a methodology
 * with {@link #checkAgainst(Methodology)}.
 */
@SuppressWarnings("exports") // Immutables' annotations are for its processor, not for callers
@Value.Immutable
public abstract class Submission {
  /** The format identifier written in submission files. */
  public static final String FORMAT = "par-submission/1";

  Submission() {}

  /**
   * The id of the methodology the submission is for.
   *
   * @return the methodology id
   */
  public abstract String methodology();

  /**
   * The evaluation year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The unit.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * The stage of the process.
   *
   * @return the stage, {@link Stage#SELF} by default
   */
  @Value.Default
  public Stage stage() {
    return Stage.SELF;
  }

  /**
   * What a leaf or remainder without an observation scores.
   *
   * @return the policy, {@link MissingPolicy#ZERO} by default
   */
  @Value.Default
  public MissingPolicy missing() {
    return MissingPolicy.ZERO;
  }

  /**
   * The observations, by leaf code, in file order.
   *
   * @return the observations
   */
  public abstract Map<String, Observation> observations();

  /**
   * Points earned by nodes' unitemised remainders, by node code.
   *
   * @return the remainders' points
   */
  public abstract Map<String, BigDecimal> unitemised();

  /**
   * Evidence attached to leaves, by leaf code.
   *
   * @return the evidence
   */
  public abstract Map<String, List<EvidenceRef>> evidence();

  /**
   * Figures printed elsewhere, by node code, to reconcile against.
   *
   * @return the reported figures
   */
  public abstract Map<String, Reported> reported();

  /**
   * Codes whose points are not known and must not be assumed (for example a survey part that has not
   * been published): the node, its leaves and its remainder are reported as unknown, and so is every
   * total above them. An extension of the format; empty by default.
   *
   * @return the unknown codes
   */
  public abstract List<String> unknown();

  /**
   * The unit's own assignment of lead agencies, by node code; it takes precedence over the
   * methodology's. An extension of the format; empty by default.
   *
   * @return the lead agencies
   */
  public abstract Map<String, String> leadAgencies();

  /**
   * The observation for a leaf.
   *
   * @param code the leaf's code
   * @return the observation, if any
   */
  public Optional<Observation> observation(String code) {
    return Optional.ofNullable(observations().get(code));
  }

  /**
   * Checks this submission against a methodology: the methodology id and year, that every code names a
   * node of the right kind, that points fit their leaves and have at most the methodology's decimals,
   * and that not-applicable leaves allow it. Rule-specific checks (which observation kinds a rule
   * accepts) are made by the rule registry.
   *
   * @param methodology the methodology
   * @return every problem found, with JSON pointers into the submission; empty when valid
   */
  public List<Problem> checkAgainst(Methodology methodology) {
    return SubmissionChecks.check(this, methodology);
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Submission normalize() {
    // Loops rather than streams: this runs for every submission read.
    for (String code : unknown()) {
      if (code.isBlank()) {
        throw new IllegalArgumentException("unknown codes and lead agencies must not be blank");
      }
    }
    for (String agency : leadAgencies().values()) {
      if (agency.isBlank()) {
        throw new IllegalArgumentException("unknown codes and lead agencies must not be blank");
      }
    }
    boolean normalized = true;
    for (BigDecimal points : unitemised().values()) {
      normalized &= Decimals.isNormalized(points);
    }
    if (normalized) {
      return this;
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    unitemised().forEach((k, v) -> copy.put(k, Decimals.normalize(v)));
    return builder().from(this).unitemised(copy).build();
  }

  /** Builds a {@link Submission}. */
  public static final class Builder extends ImmutableSubmission.Builder {
    Builder() {}
  }
}
