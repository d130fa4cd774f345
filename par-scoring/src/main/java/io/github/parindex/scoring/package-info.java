/**
 * The scoring engine: a {@link io.github.parindex.scoring.Scorer}, built once from a methodology and a
 * rule registry, turns submissions into {@link io.github.parindex.scoring.Scorecard}s that explain every
 * point; {@link io.github.parindex.scoring.Deficits} say what was lost, where and who is responsible;
 * {@link io.github.parindex.scoring.Ranking} ranks units on their published indices;
 * {@link io.github.parindex.scoring.Comparison} compares two scorecards node by node.
 *
 * <p>Every type here is immutable and safe to share between threads. Points are exact decimals: leaf
 * points are rounded once to the methodology's {@code pointDecimals}, sums are exact, and indices and
 * percentages are rounded to {@code indexDecimals} only for publication; bands, alerts and ranks are
 * decided on those published values.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.scoring;

import org.jspecify.annotations.NullMarked;
