/**
 * A JUnit 5 contract test kit for rule evaluators: extend
 * {@link io.github.parindex.rules.testkit.RuleEvaluatorContract} in the tests of your own
 * {@link io.github.parindex.rules.RuleEvaluator} to check, on deterministic generated observations,
 * what every rule type must guarantee (points within range, determinism, rejected kinds, explanations,
 * declared monotonicity, parameter problems).
 */
package io.github.parindex.rules.testkit;
