package io.github.parindex.scoring;

import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Role;
import org.jspecify.annotations.Nullable;

/** What decided the points of a node's unitemised remainder. */
public enum RemainderBasis {
  /** Given in the submission's {@code unitemised} member. */
  GIVEN,
  /** Not given; full marks under the FULL missing policy. */
  MISSING_FULL,
  /** Not given; no points under the ZERO missing policy. */
  MISSING_ZERO,
  /**
   * Full marks under the FULL policy, less a reported deficit that the itemised leaves do not explain
   * (see {@link Reconciliation#chargedToRemainder()}).
   */
  CHARGED,
  /** A BONUS or PENALTY remainder without points: no bonus, no penalty. */
  NO_BONUS_OR_PENALTY,
  /** Not known, and not assumed. */
  UNKNOWN;

  /**
   * What scores a remainder before the reconciliation (which may then charge it), for both scoring
   * passes: unknown wins, then the points given, then no bonus or penalty, then the missing policy.
   *
   * @param unknown whether the node is unknown
   * @param given whether the submission gives the remainder's points
   * @param role the node's role
   * @param missing the submission's missing policy
   * @return the basis; {@code null} under the ERROR policy (the missing points are a problem)
   */
  static @Nullable RemainderBasis of(boolean unknown, boolean given, Role role,
      MissingPolicy missing) {
    if (unknown) {
      return UNKNOWN;
    }
    if (given) {
      return GIVEN;
    }
    if (role != Role.STANDARD) {
      return NO_BONUS_OR_PENALTY;
    }
    return switch (missing) {
      case FULL -> MISSING_FULL;
      case ZERO -> MISSING_ZERO;
      default -> null;
    };
  }
}
