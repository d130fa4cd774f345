package io.github.parindex.model;

/** How a top-level node's points enter the total. A node's children share its role. */
public enum Role {
  /** Ordinary points: they add to the total and their maximum counts in the methodology's maximum. */
  STANDARD,
  /** Bonus points (điểm cộng): they add to the total and never count in any maximum. */
  BONUS,
  /** Penalty points (điểm trừ): they subtract from the total and never count in any maximum. */
  PENALTY
}
