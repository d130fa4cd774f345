/**
 * par's scoring engine: scorecards with traces, deficits, reconciliation, rankings and comparisons
 * ({@code io.github.parindex.scoring}); their writers as JSON, CSV, text and HTML
 * ({@code io.github.parindex.scoring.io}); target projections, scenarios and simulation
 * ({@code io.github.parindex.scoring.projection}).
 *
 * <p>The compiled scoring path, the plan solver, the random draws and the binders of the scenario,
 * simulation, options and peers files are package-private beside the types they serve.
 */
module io.github.parindex.scoring {
  requires transitive io.github.parindex.rules;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;

  exports io.github.parindex.scoring;
  exports io.github.parindex.scoring.io;
  exports io.github.parindex.scoring.projection;
  // io.github.parindex.scoring.internal (the text tables shared by the writers) stays inside.
}
