/**
 * What the projection packages share: the exact index arithmetic ({@link
 * io.github.parindex.projection.internal.IndexMath}), derived submissions ({@link
 * io.github.parindex.projection.internal.Baselines}), the reproducible random numbers ({@link
 * io.github.parindex.projection.internal.SplitMix64}, {@link
 * io.github.parindex.projection.internal.NormalMath}) and their parallel draws ({@link
 * io.github.parindex.projection.internal.Parallel}), nearest-rank percentiles, and the small steps of
 * the format readers. Not part of the API: the module does not export this package, and its types may
 * change in any release.
 */
@NullMarked
package io.github.parindex.projection.internal;

import org.jspecify.annotations.NullMarked;
