/**
 * A custom rule type, written the way a user of par would write one: see
 * {@link io.github.parindex.examples.rules.CountTargetRule} and {@code docs/rules.md}.
 */
package io.github.parindex.examples.rules;
