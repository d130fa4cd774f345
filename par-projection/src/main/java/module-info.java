/**
 * par's projections over the scoring engine: the cheapest plan to a target score, index or rank
 * ({@code io.github.parindex.projection.plan}), what-if scenarios ({@code
 * io.github.parindex.projection.scenario}), Monte Carlo and Sobol analysis of the index and rank
 * ({@code io.github.parindex.projection.simulation}), and what they share — the readers of the
 * options, peers, scenario and simulation files, the peers, the writers of every result and the glue
 * a front end needs ({@code io.github.parindex.projection}). What the packages share in their
 * implementation ({@code io.github.parindex.projection.internal}) is not exported.
 */
module io.github.parindex.projection {
  requires transitive io.github.parindex.report;
  requires static transitive org.jspecify;

  exports io.github.parindex.projection;
  exports io.github.parindex.projection.plan;
  exports io.github.parindex.projection.scenario;
  exports io.github.parindex.projection.simulation;
}
