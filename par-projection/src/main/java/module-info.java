/**
 * par's projections over the scoring engine: the cheapest plan to a target score, index or rank,
 * what-if scenarios, and Monte Carlo and Sobol analysis of the index and rank
 * ({@code io.github.parindex.projection}), with the readers of the options, peers, scenario and
 * simulation files and the writers of their results.
 */
module io.github.parindex.projection {
  requires transitive io.github.parindex.report;
  requires static transitive org.jspecify;

  exports io.github.parindex.projection;
}
