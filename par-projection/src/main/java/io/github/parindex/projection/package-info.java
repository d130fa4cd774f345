/**
 * Projections, scenarios and uncertainty: what it takes to reach a target, what would happen if, and how
 * sure one can be. This package holds what the three share and the front door to them:
 *
 * <ul>
 *   <li>{@link io.github.parindex.projection.ProjectionReader} reads the four formats — improvement
 *       options ({@code par-options/1}), peers ({@code par-peers/1}), scenarios ({@code
 *       par-scenario/1}) and simulations ({@code par-simulation/1}) — under one set of read limits;
 *   <li>{@link io.github.parindex.projection.PeerTable} holds the other units' published indices;
 *       {@link io.github.parindex.projection.RankDistribution} how a rank is distributed over random
 *       draws;
 *   <li>{@link io.github.parindex.projection.WhatIf} is what a front end (the command line, the HTTP
 *       service) needs to turn the documents and values it was given into a projection, a scenario's
 *       result or a simulation, with the rules of how they combine written once;
 *   <li>{@link io.github.parindex.projection.ProjectionWriter} writes every result as text or JSON.
 * </ul>
 *
 * <p>The work is in three packages by concern: {@link io.github.parindex.projection.plan} (the
 * cheapest plan to a total, an index or a rank: an exact multiple-choice knapsack, re-scored with the
 * real {@link io.github.parindex.scoring.Scorer}), {@link io.github.parindex.projection.scenario}
 * (what-if changes to a submission and its methodology, compared node by node) and {@link
 * io.github.parindex.projection.simulation} (Monte Carlo draws and Sobol sensitivity indices). The
 * mathematics and the file formats are described in {@code docs/projections.md}.
 *
 * <p>Points are exact decimals throughout: every plan and every draw is scored with {@link
 * java.math.BigDecimal}; floating point is used only inside the statistics of draws, which are
 * estimates. Random results depend only on the seed: each draw's generator is derived from the seed and
 * the draw's index, and the work is cut into fixed blocks, so the same seed gives the same bytes on any
 * number of threads. Every public type is immutable (builders aside) and safe to share between threads.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.projection;

import org.jspecify.annotations.NullMarked;
