package io.github.parindex.model;

import io.github.parindex.model.internal.ModelAccess;
import io.github.parindex.model.internal.SubmissionChecks;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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

  static {
    // The readers bind submissions through BoundSubmission, which keeps their maps as they are.
    ModelAccess.install(BoundSubmission::new);
  }

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
    Map<String, BigDecimal> unitemised = checkedParts(unknown(), leadAgencies(), unitemised());
    return unitemised == unitemised() ? this : builder().from(this).unitemised(unitemised).build();
  }

  /**
   * Checks the parts that are not checked by their own types, for every way of making a submission.
   *
   * @param unknown the unknown codes
   * @param leadAgencies the lead agencies
   * @param unitemised the remainders' points
   * @return the unitemised points normalized: the map itself when they already are
   * @throws IllegalArgumentException at a blank unknown code or lead agency
   */
  static Map<String, BigDecimal> checkedParts(List<String> unknown, Map<String, String> leadAgencies,
      Map<String, BigDecimal> unitemised) {
    // Loops rather than streams: this runs for every submission read.
    for (String code : unknown) {
      if (code.isBlank()) {
        throw new IllegalArgumentException("unknown codes and lead agencies must not be blank");
      }
    }
    for (String agency : leadAgencies.values()) {
      if (agency.isBlank()) {
        throw new IllegalArgumentException("unknown codes and lead agencies must not be blank");
      }
    }
    boolean normalized = true;
    for (BigDecimal points : unitemised.values()) {
      normalized &= Decimals.isNormalized(points);
    }
    if (normalized) {
      return unitemised;
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    unitemised.forEach((k, v) -> copy.put(k, Decimals.normalize(v)));
    return copy;
  }

  /**
   * Whether another object is a submission with the same values, however each was made (the builder
   * or a reader).
   *
   * @param another the object
   * @return true when every attribute is equal
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Submission s
        && methodology().equals(s.methodology())
        && year() == s.year()
        && unit().equals(s.unit())
        && stage().equals(s.stage())
        && missing().equals(s.missing())
        && observations().equals(s.observations())
        && unitemised().equals(s.unitemised())
        && evidence().equals(s.evidence())
        && reported().equals(s.reported())
        && unknown().equals(s.unknown())
        && leadAgencies().equals(s.leadAgencies());
  }

  /**
   * A hash code of every attribute, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + methodology().hashCode();
    h += (h << 5) + year();
    h += (h << 5) + unit().hashCode();
    h += (h << 5) + stage().hashCode();
    h += (h << 5) + missing().hashCode();
    h += (h << 5) + observations().hashCode();
    h += (h << 5) + unitemised().hashCode();
    h += (h << 5) + evidence().hashCode();
    h += (h << 5) + reported().hashCode();
    h += (h << 5) + unknown().hashCode();
    h += (h << 5) + leadAgencies().hashCode();
    return h;
  }

  /**
   * Every attribute, for debugging; not a format.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Submission{methodology=" + methodology() + ", year=" + year() + ", unit=" + unit()
        + ", stage=" + stage() + ", missing=" + missing() + ", observations=" + observations()
        + ", unitemised=" + unitemised() + ", evidence=" + evidence() + ", reported=" + reported()
        + ", unknown=" + unknown() + ", leadAgencies=" + leadAgencies() + "}";
  }

  /** Builds a {@link Submission}. */
  public static final class Builder extends ImmutableSubmission.Builder {
    Builder() {}
  }
}
