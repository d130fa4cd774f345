/**
 * Uncertainty and sensitivity: {@link io.github.parindex.projection.simulation.Simulator} draws the
 * points of uncertain parts ({@link io.github.parindex.projection.simulation.Distribution}) and the
 * peers' changes as a {@link io.github.parindex.projection.simulation.SimulationSpec} ({@code
 * par-simulation/1}) says, scores every draw exactly, and estimates the distribution of the index, the
 * total and the rank and the Sobol indices of groups of inputs ({@link
 * io.github.parindex.projection.simulation.SimulationResult}). The same seed gives the same result on
 * any number of threads.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.projection.simulation;

import org.jspecify.annotations.NullMarked;
