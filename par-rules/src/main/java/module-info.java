/**
 * par's rules: the {@link io.github.parindex.rules.RuleEvaluator} SPI, the
 * {@link io.github.parindex.rules.RuleRegistry} (built-in types, types added through its builder or found
 * with {@link java.util.ServiceLoader}), and rules prepared for one methodology.
 *
 * <p>Exports only {@code io.github.parindex.rules} (and, to par-scoring alone, the fixed-point
 * arithmetic its compiled path shares with the built-in rules' kernels); the nine built-in types
 * ({@code io.github.parindex.rules.builtin}) are reached through {@code RuleRegistry.builtIn()}.
 */
// "module": the qualified export names par-scoring, which is built after this module, so javac
// cannot see it yet. "requires-automatic": Immutables, compile time only, has no module descriptor.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.parindex.rules {
  requires transitive io.github.parindex.model;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.github.parindex.rules;
  // Fixed-point arithmetic and the leaf outcomes both scoring paths share; not API.
  exports io.github.parindex.rules.internal to io.github.parindex.scoring;

  uses io.github.parindex.rules.RuleEvaluator;
}
