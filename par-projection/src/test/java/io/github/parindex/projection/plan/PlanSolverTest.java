package io.github.parindex.projection.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver's count of states and its plans on cases worked out by hand. */
class PlanSolverTest {
  private static PlanSolver.Choices part(long[] gains, long[] costs) {
    return new PlanSolver.Choices(gains, costs);
  }

  /**
   * Part A: gains 2 and 4 at costs 1 and 3; part B: gain 6 at cost 2; 7 required. The gains' greatest
   * common divisor is 2, so the target state is ⌈7 / 2⌉ = 4. B's layer reaches min(4, 6 / 2) = 3,
   * A's min(4, 3 + 4 / 2) = 4: (2 + 1) × (4 + 1) + (1 + 1) × (3 + 1) = 15 + 8 = 23 states. Neither
   * part alone reaches 7; A's 2 with B (gain 8, cost 3) is cheaper than A's 4 with B (10, 5).
   */
  @Test
  void solve_twoParts_statesAndPlanByHand() {
    List<PlanSolver.Choices> parts = List.of(part(new long[] {2, 4}, new long[] {1, 3}),
        part(new long[] {6}, new long[] {2}));
    assertEquals(23, PlanSolver.states(parts, 7));
    assertArrayEquals(new int[] {0, 0}, PlanSolver.solve(parts, 7, 23));
    PlanSolver.TooLargeException e = assertThrows(PlanSolver.TooLargeException.class,
        () -> PlanSolver.solve(parts, 7, 22));
    assertEquals("the plan needs 23 states, above the limit of 22", e.getMessage());
  }

  /** Nothing to search: no gain needed (no change, whatever the limit), or none reachable. */
  @Test
  void solve_nothingToSearch_needsNoStates() {
    List<PlanSolver.Choices> parts = List.of(part(new long[] {2, 4}, new long[] {1, 3}),
        part(new long[] {6}, new long[] {2}));
    assertEquals(0, PlanSolver.states(parts, 0));
    assertArrayEquals(new int[] {-1, -1}, PlanSolver.solve(parts, 0, 1));
    assertEquals(0, PlanSolver.states(parts, 11));
    assertNull(PlanSolver.solve(parts, 11, 1));
  }

  /**
   * At the target state plans can differ in gain: 5 required from A (gains 3, 5 at cost 1 each) and B
   * (gain 2 at cost 0). A's 3 with B gains exactly 5 for 1 in two changes; A's 5 alone gains 5 for 1
   * in one change, and wins on the number of changes.
   */
  @Test
  void solve_targetState_fewerChangesWin() {
    List<PlanSolver.Choices> parts = List.of(part(new long[] {3, 5}, new long[] {1, 1}),
        part(new long[] {2}, new long[] {0}));
    assertArrayEquals(new int[] {1, -1}, PlanSolver.solve(parts, 5, 100));
  }
}
