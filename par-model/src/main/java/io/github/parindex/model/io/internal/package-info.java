/**
 * par's own JSON/YAML toolkit, exported only to par's modules (not an API: it may change in any
 * release). {@link io.github.parindex.model.io.internal.Documents} reads every format: bytes held to
 * the size limit and the UTF-8 policy ({@link io.github.parindex.model.io.internal.Utf8}), bound
 * straight from the parser's {@link io.github.parindex.model.io.internal.Tokens} by a format's
 * {@link io.github.parindex.model.io.internal.Binder}, and, when that binder doubts, parsed into a
 * {@link io.github.parindex.model.io.internal.Tree} and bound with {@link
 * io.github.parindex.model.io.internal.Fields}, which report every problem with its JSON pointer.
 * {@link io.github.parindex.model.io.internal.Emitter} writes deterministic JSON and YAML;
 * {@link io.github.parindex.model.io.internal.CodePoints} is the one policy for the characters of
 * texts and codes and the one place that makes text safe for a terminal.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.model.io.internal;

import org.jspecify.annotations.NullMarked;
