/**
 * Writers of scoring results: scorecards as {@code par-scorecard/1} JSON, CSV (a row per node), a
 * readable text table and a self-contained HTML report ({@link io.github.parindex.report.ScorecardHtml});
 * deficits, rankings and comparisons as text, JSON and CSV, and rankings as an HTML report too
 * ({@link io.github.parindex.report.RankingHtml}). The HTML reports carry their style sheet and
 * their SVG charts inline, have no script, and print on A4.
 *
 * <p>Every writer is deterministic: the same result gives the same bytes, in UTF-8 with {@code \n} line
 * ends, whatever the platform's locale, charset or time zone. Decimals are written with exactly the
 * methodology's decimals.
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.report;

import org.jspecify.annotations.NullMarked;
