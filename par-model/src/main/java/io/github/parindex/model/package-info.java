/**
 * The immutable model of an index: a {@link io.github.parindex.model.Methodology} (the tree of fields,
 * criteria and component criteria with their maximum points, rules and provenance) and a
 * {@link io.github.parindex.model.Submission} (what one unit declared for one methodology and year).
 *
 * <p>Every type here is immutable and safe to share between threads. Points are exact
 * {@link java.math.BigDecimal} values and are never passed through binary floating point. Values are
 * built with public builders or static factories; a {@link io.github.parindex.model.Methodology} checks
 * its whole tree when built and reports every problem at once in a
 * {@link io.github.parindex.model.ValidationException}.
 *
 * <p>Reading and writing the public file formats lives in {@link io.github.parindex.model.io}.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    // No @Generated markers on the generated classes: consumers compile against them without
    // Immutables on their class path (Override is a placeholder: an empty list would allow all).
    allowedClasspathAnnotations = Override.class)
@NullMarked
package io.github.parindex.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
