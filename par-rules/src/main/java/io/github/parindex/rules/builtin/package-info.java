/**
 * The nine built-in rule types, each with its fixed-point kernel. Not part of the API: obtain them
 * through {@link io.github.parindex.rules.RuleRegistry#builtIn()}.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.rules.builtin;

import org.jspecify.annotations.NullMarked;
