/**
 * par's scoring engine: scorecards with traces, deficits, reconciliation, rankings and comparisons
 * ({@code io.github.parindex.scoring}). Its writers are in {@code io.github.parindex.report}
 * (par-report), projections in {@code io.github.parindex.projection} (par-projection).
 *
 * <p>The compiled scoring path is package-private beside the types it serves.
 */
module io.github.parindex.scoring {
  requires transitive io.github.parindex.rules;
  requires static transitive org.jspecify;

  exports io.github.parindex.scoring;
  exports io.github.parindex.scoring.cycle;
}
