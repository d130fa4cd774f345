/**
 * Reading and writing the public file formats — methodologies ({@code par-methodology/1}) and
 * submissions ({@code par-submission/1}) — as JSON or YAML.
 *
 * <p>Readers are hardened: they enforce {@link io.github.parindex.model.io.ReadLimits} (bytes, nesting
 * depth, string and number length, value count), read every number as an exact decimal, reject unknown
 * fields, duplicate keys, YAML anchors, aliases and tags, and bind data by hand so that no file can
 * name a Java type. Every problem in a file is reported at once in a
 * {@link io.github.parindex.model.ValidationException}, each with a JSON pointer into the file.
 *
 * <p>What an embedder needs is here: {@link io.github.parindex.model.io.ParReader} (whose
 * {@link io.github.parindex.model.io.ReadLimits} also bound the readers of par's other formats),
 * {@link io.github.parindex.model.io.ParWriter} and {@link io.github.parindex.model.io.Syntax}. The
 * toolkit the readers and writers are built from (tokens, trees, the emitter) is par's own, in
 * {@code io.github.parindex.model.io.internal}, exported to par's modules only.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.model.io;

import org.jspecify.annotations.NullMarked;
