/**
 * par's rules: the {@link io.github.parindex.rules.RuleEvaluator} SPI, the
 * {@link io.github.parindex.rules.RuleRegistry} (built-in types, types added through its builder or found
 * with {@link java.util.ServiceLoader}), and rules prepared for one methodology.
 *
 * <p>Exports only {@code io.github.parindex.rules}; the nine built-in types
 * ({@code io.github.parindex.rules.builtin}) are reached through {@code RuleRegistry.builtIn()}.
 */
@SuppressWarnings("requires-automatic") // Immutables, compile time only, has no module descriptor
module io.github.parindex.rules {
  requires transitive io.github.parindex.model;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.github.parindex.rules;

  uses io.github.parindex.rules.RuleEvaluator;
}
