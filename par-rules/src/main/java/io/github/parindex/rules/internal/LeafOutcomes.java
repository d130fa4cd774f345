package io.github.parindex.rules.internal;

import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.ObservationKind;
import io.github.parindex.model.Role;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Status;
import org.jspecify.annotations.Nullable;

/**
 * What decides a leaf's points, and the status that follows — written once for the reference path
 * ({@code PreparedRules.score}, in {@code BigDecimal}) and the compiled one (par-scoring, in
 * {@code long}), which both call these functions on numbers they compare themselves. A change of the
 * methodology's semantics here (a new basis, a new status) reaches both paths.
 *
 * <p>Not API: exported only to par-scoring.
 */
public final class LeafOutcomes {
  private LeafOutcomes() {}

  /**
   * What scores a leaf that has no observation.
   *
   * @param role the leaf's role
   * @param missing the submission's missing policy
   * @return {@link Basis#NO_BONUS_OR_PENALTY} for a BONUS or PENALTY leaf, else the policy's basis;
   *     {@code null} under {@link MissingPolicy#ERROR}: the missing observation is a problem
   */
  public static @Nullable Basis withoutObservation(Role role, MissingPolicy missing) {
    if (role != Role.STANDARD) {
      return Basis.NO_BONUS_OR_PENALTY;
    }
    return switch (missing) {
      case FULL -> Basis.MISSING_FULL;
      case ZERO -> Basis.MISSING_ZERO;
      default -> null;
    };
  }

  /**
   * Whether a leaf scored on a basis without its rule earns its maximum (else 0).
   *
   * @param basis a basis other than {@link Basis#RULE} and {@link Basis#OVERRIDE}
   * @return true for {@link Basis#MISSING_FULL}
   */
  public static boolean fullMarks(Basis basis) {
    return basis == Basis.MISSING_FULL;
  }

  /**
   * What scores a leaf that has an observation.
   *
   * @param kind the observation's kind
   * @param ruleTakesPoints whether the leaf's rule scores {@code points} itself (the {@code points}
   *     type) rather than taking them as the appraiser's override
   * @return {@link Basis#NOT_APPLICABLE}, {@link Basis#OVERRIDE} or {@link Basis#RULE}
   */
  public static Basis withObservation(ObservationKind kind, boolean ruleTakesPoints) {
    if (kind == ObservationKind.NOT_APPLICABLE) {
      return Basis.NOT_APPLICABLE;
    }
    return kind == ObservationKind.POINTS && !ruleTakesPoints ? Basis.OVERRIDE : Basis.RULE;
  }

  /**
   * The evidence rule (CYCLE.md §3, as DECISIONS.md 3 reads it), decided once for both passes: a
   * leaf the caller found lacking an accepted evidence document is zeroed when it is applicable and
   * its points, however decided, would be above 0; a leaf scoring 0 anyway is left as scored.
   *
   * @param basis what decided the leaf's points
   * @param lacking whether the leaf needs evidence and has no accepted document at this stage
   * @param aboveZero whether its points are above 0
   * @return true when the leaf scores 0 with basis {@link Basis#NO_EVIDENCE}
   */
  public static boolean zeroForEvidence(Basis basis, boolean lacking, boolean aboveZero) {
    return lacking && aboveZero && basis != Basis.NOT_APPLICABLE;
  }

  /**
   * A leaf's status.
   *
   * @param basis what decided its points
   * @param zero whether its points are 0
   * @param full whether its points equal its maximum
   * @return MISSING for a policy's points, NOT_APPLICABLE for a not-applicable leaf, else
   *     {@link #earned}
   */
  public static Status status(Basis basis, boolean zero, boolean full) {
    return switch (basis) {
      case MISSING_FULL, MISSING_ZERO -> Status.MISSING;
      case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
      case NO_EVIDENCE -> Status.NO_EVIDENCE;
      default -> earned(zero, full);
    };
  }

  /**
   * The status of points earned against an applicable maximum above 0 — of a leaf, an inner node or
   * an unitemised remainder.
   *
   * @param zero whether the points are 0
   * @param full whether they equal the maximum
   * @return ZERO, FULL or PARTIAL
   */
  public static Status earned(boolean zero, boolean full) {
    if (zero) {
      return Status.ZERO;
    }
    return full ? Status.FULL : Status.PARTIAL;
  }
}
