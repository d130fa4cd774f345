/**
 * Writers of scoring results: scorecards as {@code par-scorecard/1} JSON, CSV (a row per node) and a
 * readable text table; deficits, rankings and comparisons as text, JSON and CSV.
 *
 * <p>Every writer is deterministic: the same result gives the same bytes, in UTF-8 with {@code \n} line
 * ends, whatever the platform's locale, charset or time zone. Decimals are written with exactly the
 * methodology's decimals.
 */
package io.github.parindex.scoring.io;
