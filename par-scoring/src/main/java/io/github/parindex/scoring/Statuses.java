package io.github.parindex.scoring;

import io.github.parindex.rules.Status;
import io.github.parindex.rules.internal.LeafOutcomes;

/**
 * The status of an inner node and of an unitemised remainder, decided once for both scoring passes
 * from comparisons they make in their own arithmetic. A leaf's status is decided with its points
 * ({@link LeafOutcomes#status}).
 */
final class Statuses {
  private Statuses() {}

  /**
   * An inner node's status.
   *
   * @param nothingApplies whether its applicable maximum is 0
   * @param unknown whether its points are unknown
   * @param zero whether its points are 0
   * @param full whether they equal its applicable maximum
   * @return NOT_APPLICABLE, UNKNOWN, or what its points earn
   */
  static Status node(boolean nothingApplies, boolean unknown, boolean zero, boolean full) {
    if (nothingApplies) {
      return Status.NOT_APPLICABLE;
    }
    return unknown ? Status.UNKNOWN : LeafOutcomes.earned(zero, full);
  }

  /**
   * An unitemised remainder's status.
   *
   * @param basis what decided its points
   * @param zero whether its points are 0
   * @param full whether they equal its maximum
   * @return UNKNOWN, MISSING for a policy's points, or what its points earn
   */
  static Status remainder(RemainderBasis basis, boolean zero, boolean full) {
    return switch (basis) {
      case UNKNOWN -> Status.UNKNOWN;
      case MISSING_FULL, MISSING_ZERO -> Status.MISSING;
      default -> LeafOutcomes.earned(zero, full);
    };
  }
}
