/**
 * Rule evaluators: how what a unit declared becomes a leaf's points.
 *
 * <p>A methodology names each leaf's rule by type ({@code rate-linear}, {@code survey}, ...). A
 * {@link io.github.parindex.rules.RuleRegistry} maps type names to
 * {@link io.github.parindex.rules.RuleEvaluator}s — the nine built-in types and any added through its
 * builder or {@link java.util.ServiceLoader} — and prepares a methodology's rules once into
 * {@link io.github.parindex.rules.PreparedRules}, which score leaves: not-applicable leaves, the
 * appraiser's {@code points} override and the submission's missing policy are handled there, for every
 * type, and points are rounded once, to the methodology's decimals, from the evaluator's exact result.
 *
 * <p>To write your own rule, implement {@link io.github.parindex.rules.RuleEvaluator}, list it in
 * {@code META-INF/services/io.github.parindex.rules.RuleEvaluator}, and test it by extending the
 * contract test kit in {@code par-rules-testkit}. A prepared rule may also supply a
 * {@link io.github.parindex.rules.LeafKernel}, its exact fixed-point form, which the scorer then uses
 * instead of the rule's {@code BigDecimal} evaluation (the nine built-in rules do); the test kit
 * checks that the two agree.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true)
@NullMarked
package io.github.parindex.rules;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
