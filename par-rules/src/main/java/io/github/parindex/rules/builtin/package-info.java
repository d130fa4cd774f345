/**
 * The nine built-in rule types. Not part of the API: obtain them through
 * {@link io.github.parindex.rules.RuleRegistry#builtIn()}.
 */
package io.github.parindex.rules.builtin;
