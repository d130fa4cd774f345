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
 * <p>The building blocks of those readers and writers are public for formats defined elsewhere in the
 * same style (scorecards, scenarios, peers, or an application's own): {@link
 * io.github.parindex.model.io.TreeReader} parses a document within the limits into a {@link
 * io.github.parindex.model.io.Tree} that knows each value's JSON pointer and line; {@link
 * io.github.parindex.model.io.Fields} binds an object's members, collecting problems instead of
 * throwing; {@link io.github.parindex.model.io.Emitter} writes deterministic JSON or YAML;
 * {@link io.github.parindex.model.io.Pointers} and {@link io.github.parindex.model.io.DecimalText}
 * build pointers and read decimal texts exactly.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.model.io;

import org.jspecify.annotations.NullMarked;
