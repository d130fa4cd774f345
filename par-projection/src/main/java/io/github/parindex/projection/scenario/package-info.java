/**
 * What-if scenarios: a {@link io.github.parindex.projection.scenario.Scenario} ({@code par-scenario/1})
 * changes a submission (observation overrides, not-applicable declarations, remainder points) and its
 * methodology (rules, parameters, maxima), and {@link
 * io.github.parindex.projection.scenario.ScenarioResult} holds both scorecards, scored by the real
 * scorer, compared node by node, with ranks among peers before and after.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.projection.scenario;

import org.jspecify.annotations.NullMarked;
