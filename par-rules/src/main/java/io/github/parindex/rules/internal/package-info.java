/**
 * What par-rules shares with par-scoring and nobody else: exact fixed-point arithmetic and the
 * decisions about a leaf's basis and status that both scoring paths make. Exported only to
 * {@code io.github.parindex.scoring}; not API.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.rules.internal;

import org.jspecify.annotations.NullMarked;
