/**
 * Writers of scoring results: scorecards as {@code par-scorecard/1} JSON, CSV (a row per node), a
 * readable text table and a self-contained HTML report ({@link io.github.parindex.report.ScorecardHtml});
 * deficits, rankings and comparisons as text, JSON and CSV, and rankings as an HTML report too
 * ({@link io.github.parindex.report.RankingHtml}). The HTML reports carry their style sheet and
 * their SVG charts inline, have no script, and print on A4.
 *
 * <p>Every writer is deterministic: the same result gives the same bytes, in UTF-8 with {@code \n} line
 * ends, whatever the platform's locale, charset or time zone. Decimals are written with exactly the
 * methodology's decimals. Every writer is stateless and safe to call from several threads at once.
 *
 * <p>The readable reports (text and HTML) take every word that does not come from the data from one
 * message catalogue per language ({@link io.github.parindex.model.Language#VI} or
 * {@link io.github.parindex.model.Language#EN}); JSON and CSV are for programs and write codes and
 * English member names in every language. Scorecards are written as JSON at three levels of detail
 * ({@link io.github.parindex.report.ScorecardJson.Detail}).
 *
 * <p>Null-marked: no parameter or return value is null unless it is annotated {@code @Nullable}.
 */
@NullMarked
package io.github.parindex.report;

import org.jspecify.annotations.NullMarked;
