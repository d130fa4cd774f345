/**
 * The cheapest plan to a target: {@link io.github.parindex.projection.plan.Projector} finds, for a
 * {@link io.github.parindex.projection.plan.ProjectionRequest}, the cheapest set of changes that reaches
 * a total, a published index or a rank among peers ({@link io.github.parindex.projection.plan.Target}),
 * given what can change at what cost ({@link io.github.parindex.projection.plan.ImprovementOptions},
 * {@code par-options/1}) and how the peers may move ({@link
 * io.github.parindex.projection.plan.PeerChange}). The plan is exact — a multiple-choice knapsack solved
 * by dynamic programming on the methodology's point grid, refused before any work when it would need
 * more states than the projector's limit — and the changed submission is re-scored with the real
 * {@link io.github.parindex.scoring.Scorer} ({@link io.github.parindex.projection.plan.Projection}).
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.projection.plan;

import org.jspecify.annotations.NullMarked;
