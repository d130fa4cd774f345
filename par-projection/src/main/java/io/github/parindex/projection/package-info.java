/**
 * Projections, scenarios and uncertainty: what it takes to reach a target, what would happen if, and how
 * sure one can be.
 *
 * <ul>
 *   <li>{@link io.github.parindex.projection.Projector} finds the cheapest plan that reaches a
 *       total, a published index or a rank among peers ({@link
 *       io.github.parindex.projection.Target}), given what can change at what cost ({@link
 *       io.github.parindex.projection.ImprovementOptions}, the {@code par-options/1} format),
 *       the peers' published results ({@link io.github.parindex.projection.PeerTable}, {@code
 *       par-peers/1}) and how they may move ({@link io.github.parindex.projection.PeerChange});
 *       the plan is exact (a multiple-choice knapsack on the point grid) and the changed submission is
 *       re-scored with the real {@link io.github.parindex.scoring.Scorer}.
 *   <li>{@link io.github.parindex.projection.Scenario} ({@code par-scenario/1}) applies
 *       what-if changes — observation overrides, not-applicable declarations, methodology edits — and
 *       compares the result with the baseline node by node ({@link
 *       io.github.parindex.projection.ScenarioResult}).
 *   <li>{@link io.github.parindex.projection.Simulator} ({@link
 *       io.github.parindex.projection.SimulationSpec}, {@code par-simulation/1}) draws
 *       uncertain points and peer changes, and estimates the distribution of the index and the rank and
 *       variance-based (Sobol) sensitivity indices of input groups.
 * </ul>
 *
 * <p>{@link io.github.parindex.projection.ProjectionWriter}, {@link
 * io.github.parindex.projection.ScenarioWriter} and {@link
 * io.github.parindex.projection.SimulationWriter} write the results as text or JSON; the
 * mathematics and the file formats are described in {@code docs/projections.md}.
 *
 * <p>Points are exact decimals throughout: every draw is scored with {@link java.math.BigDecimal};
 * floating point is used only inside the statistics of draws, which are estimates. Random results
 * depend only on the seed: each draw's generator is derived from the seed and the draw's index, and the
 * work is cut into fixed blocks, so the same seed gives the same bytes on any number of threads.
 * Every public type is immutable and safe to share between threads.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.projection;

import org.jspecify.annotations.NullMarked;
