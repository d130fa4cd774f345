/**
 * par's writers of scoring results: scorecards as {@code par-scorecard/1} JSON, CSV, readable text and
 * a self-contained HTML report; deficits, rankings and comparisons as text, JSON, CSV and HTML
 * ({@code io.github.parindex.report}).
 *
 * <p>{@code io.github.parindex.report.internal} (the text tables and the CSV writer shared by every
 * report and by the command line, and the message catalogues of report labels,
 * {@code messages_vi.properties} and {@code messages_en.properties}) is exported only to par's own
 * modules.
 */
@SuppressWarnings("module") // the qualified export names a module that is compiled after this one
module io.github.parindex.report {
  requires transitive io.github.parindex.scoring;
  requires static transitive org.jspecify;

  exports io.github.parindex.report;
  exports io.github.parindex.report.internal to io.github.parindex.projection,
      io.github.parindex.excel, io.github.parindex.cli;
}
