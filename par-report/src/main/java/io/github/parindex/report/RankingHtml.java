package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.Band;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Ranking} as one self-contained HTML page: the statistics (units, mean, median,
 * best, worst), a horizontal bar chart of every unit's published index with the methodology's bands
 * as coloured zones and the median marked, the ranking table (rank, unit, region, points, index,
 * band in its colour, gap to the unit above, previous rank and rank change), the component indices
 * with their ranks, and the means per region.
 *
 * <p>Guarantees, as for {@link ScorecardHtml}: self-contained (inline style, inline SVG, no script,
 * no reference to another file or address), XHTML-compatible markup with every data text escaped,
 * exact published decimals with a decimal comma in Vietnamese, unknown indices written as unknown,
 * and the same bytes for the same ranking. Stable hooks: the chart is
 * {@code <svg class="chart ranking-chart">} with one {@code <rect class="bar">} per unit, in ranking
 * order, carrying {@code data-unit}, {@code data-rank} and, when known, {@code data-index}; a bar's
 * width is {@code clamp(index, 0, 100) × 4.4} SVG units (its {@code <rect class="track">} is 440
 * wide); the median is the {@code <line class="median">} with {@code data-median}, at the median's
 * position on the same scale. Bands are coloured by their position in the methodology, from the
 * highest (green) to the lowest (red).
 */
public final class RankingHtml {
  /** Width, in SVG units, of a bar at 100. */
  static final int PLOT_WIDTH = 440;
  private static final int LABEL_WIDTH = 260;
  private static final int VALUE_WIDTH = 110;
  private static final int ROW_HEIGHT = 26;
  private static final int BAR_HEIGHT = 16;
  private static final int TOP = 22;
  static final String[] PALETTE = {"#1a9850", "#66bd63", "#d9a300", "#f46d43", "#d73027"};
  static final String[] TEXT = {"#ffffff", "#0b2e13", "#2b2100", "#2b0b00", "#ffffff"};

  private RankingHtml() {}

  /**
   * The page.
   *
   * @param ranking the ranking
   * @param language labels and number notation
   * @return the HTML text, ending with a line break
   */
  public static String render(Ranking ranking, Language language) {
    return new Writer(ranking, language).page();
  }

  /**
   * Writes the page as UTF-8.
   *
   * @param ranking the ranking
   * @param language labels and number notation
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Ranking ranking, Language language, OutputStream out) {
    try {
      out.write(render(ranking, language).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The palette position of the band at position {@code i} of {@code n}. */
  static int colour(int i, int n) {
    return n <= 1 ? 0 : Math.round((float) i * (PALETTE.length - 1) / (n - 1));
  }

  private static final class Writer {
    private final Ranking r;
    private final Language l;
    private final Messages m;
    private final Html h;
    private final List<Band> bands;

    Writer(Ranking r, Language l) {
      this.r = r;
      this.l = l;
      this.m = Messages.of(l);
      this.bands = r.methodology().bands();
      this.h = Html.page(l, m.format("ranking.html.title", "title",
          l.pick(r.methodology().title()), "year", String.valueOf(r.year())),
          bandStyle(r.methodology().bands()));
    }

    private static String bandStyle(List<Band> bands) {
      // Tracks let the band zones show through.
      StringBuilder css = new StringBuilder("svg.ranking-chart .track { fill: #ffffff; "
          + "fill-opacity: 0.45; }\n");
      for (int i = 0; i < bands.size(); i++) {
        int c = colour(i, bands.size());
        css.append(".band-").append(i).append(" { background: ").append(PALETTE[c])
            .append("; color: ").append(TEXT[c]).append("; }\n");
        css.append("svg.chart .zone-").append(i).append(" { fill: ").append(PALETTE[c])
            .append("; fill-opacity: 0.10; }\n");
        css.append("svg.chart .bar.band-").append(i).append(" { fill: ").append(PALETTE[c])
            .append("; }\n");
        css.append(".legend .swatch.band-").append(i).append(" { background: ")
            .append(PALETTE[c]).append("; }\n");
      }
      return css.toString();
    }

    private int bandPosition(Band b) {
      for (int i = 0; i < bands.size(); i++) {
        if (bands.get(i).code().equals(b.code())) {
          return i;
        }
      }
      return -1;
    }

    private String bandName(Band b) {
      return b.label().map(l::pick).orElse(b.code());
    }

    String page() {
      long ranked = r.entries().stream().filter(RankEntry::ranked).count();
      h.open("header").nl();
      h.element("h1", m.format("ranking.html.heading", "title",
          l.pick(r.methodology().title()))).nl();
      String units = String.valueOf(r.entries().size());
      h.element("p", ranked < r.entries().size()
          ? m.format("ranking.html.subheadingSomeRanked", "id", r.methodology().id(), "year",
              String.valueOf(r.year()), "units", units, "ranked", String.valueOf(ranked))
          : m.format("ranking.html.subheading", "id", r.methodology().id(), "year",
              String.valueOf(r.year()), "units", units), "class", "sub").nl();
      h.close("header").nl();
      summary();
      chart();
      table();
      fields();
      regions();
      h.element("footer", m.format("ranking.html.footer", "decimals",
          String.valueOf(r.methodology().indexDecimals()))).nl();
      return h.end();
    }

    private void summary() {
      h.open("section", "class", "summary").nl();
      card(m.get("ranking.units"), String.valueOf(r.entries().size()), "units", null);
      card(m.get("ranking.mean"), r.mean().map(l::number).orElse(null), "mean", null);
      card(m.get("ranking.median"), r.median().map(l::number).orElse(null), "median", null);
      r.best().ifPresent(b -> card(m.get("ranking.best"), l.number(b.index()), "best",
          b.unit().label()));
      r.worst().ifPresent(w -> card(m.get("ranking.worst"), l.number(w.index()), "worst",
          w.unit().label()));
      h.close("section").nl();
    }

    private void card(String label, String value, String role, String note) {
      h.open("div", "class", "card").element("div", label, "class", "label");
      if (value == null) {
        h.element("div", m.get("value.unknown"), "class", "value unknown", "data-role",
            role);
      } else {
        h.element("div", value, "class", "value", "data-role", role);
      }
      if (note != null) {
        h.element("div", note, "class", "note");
      }
      h.close("div").nl();
    }

    private String x(BigDecimal percent) {
      return Html.coordinate(BigDecimal.valueOf(LABEL_WIDTH).add(Html.scale(percent, PLOT_WIDTH)));
    }

    private void chart() {
      List<RankEntry> entries = r.entries();
      h.open("section", "data-role", "chart").nl();
      h.element("h2", m.get("ranking.html.chart.heading")).nl();
      int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
      int plotBottom = TOP + entries.size() * ROW_HEIGHT;
      int height = plotBottom + 22;
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart ranking-chart", "role", "img",
          "width", Html.coordinate(width), "height", Html.coordinate(height),
          "viewBox", "0 0 " + width + " " + height, "data-plot-width",
          Html.coordinate(PLOT_WIDTH), "aria-label", m.get("ranking.html.chart.description")).nl();
      // Band zones, from each band's minimum up to the next higher band's.
      BigDecimal upper = BigDecimal.valueOf(100);
      for (int i = 0; i < bands.size(); i++) {
        BigDecimal min = bands.get(i).minPercent().max(BigDecimal.ZERO);
        if (min.compareTo(upper) < 0) {
          h.open("rect", "class", "zone zone-" + i, "x", x(min), "y", Html.coordinate(TOP - 4),
              "width", Html.coordinate(Html.scale(upper, PLOT_WIDTH)
                  .subtract(Html.scale(min, PLOT_WIDTH))), "height",
              Html.coordinate(plotBottom - TOP + 8)).element("title", bandName(bands.get(i))
                  + " \u2265 " + l.number(bands.get(i).minPercent())).close("rect").nl();
        }
        upper = upper.min(min);
      }
      for (int p = 0; p <= 100; p += 25) {
        String x = x(BigDecimal.valueOf(p));
        h.empty("line", "class", "grid", "x1", x, "x2", x, "y1", "16", "y2",
            Html.coordinate(plotBottom + 4));
        h.element("text", String.valueOf(p), "class", "tick", "x", x, "y", "12", "text-anchor",
            "middle").nl();
      }
      int row = 0;
      for (RankEntry e : entries) {
        int y = TOP + row * ROW_HEIGHT;
        int barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        int textY = barY + 12;
        String rank = e.ranked() ? e.rank() + "." : "\u2014";
        h.open("g", "class", "row", "data-unit", e.unit().id()).nl();
        h.open("text", "x", "0", "y", Html.coordinate(textY)).element("title", e.unit().label())
            .element("tspan", rank, "font-weight", "700").text(" "
                + Html.shorten(e.unit().label(), 30)).close("text").nl();
        h.empty("rect", "class", e.index() == null ? "track unknown" : "track", "x",
            Html.coordinate(LABEL_WIDTH), "y", Html.coordinate(barY), "width",
            Html.coordinate(PLOT_WIDTH), "height", Html.coordinate(BAR_HEIGHT)).nl();
        int band = e.band() == null ? -1 : bandPosition(e.band());
        String value = e.index() == null ? m.get("value.unknown") : l.number(e.index());
        h.open("rect", "class", band >= 0 ? "bar band-" + band : "bar", "data-unit", e.unit().id(),
            "data-rank", e.ranked() ? String.valueOf(e.rank()) : null, "data-index",
            e.index() == null ? null : e.index().toPlainString(), "x",
            Html.coordinate(LABEL_WIDTH), "y", Html.coordinate(barY), "width",
            e.index() == null ? "0" : Html.coordinate(Html.scale(e.index(), PLOT_WIDTH)),
            "height", Html.coordinate(BAR_HEIGHT)).element("title", e.unit().label() + ": "
                + value + (e.band() == null ? "" : " (" + bandName(e.band()) + ")"))
            .close("rect").nl();
        h.element("text", value, "class", e.index() == null ? "value unknown" : "value", "x",
            Html.coordinate(LABEL_WIDTH + PLOT_WIDTH + 8), "y", Html.coordinate(textY)).nl();
        h.close("g").nl();
        row++;
      }
      if (r.median().isPresent()) {
        BigDecimal value = r.median().get();
        String median = m.format("ranking.html.chart.median", "median", l.number(value));
        String x = x(value);
        h.open("line", "class", "median", "data-median", value.toPlainString(), "x1", x, "x2", x,
            "y1", Html.coordinate(TOP - 4), "y2", Html.coordinate(plotBottom + 4))
            .element("title", median).close("line").nl();
        h.element("text", median, "class", "median-label",
            "x", x, "y", Html.coordinate(plotBottom + 18), "text-anchor", "middle").nl();
      }
      h.close("svg").nl();
      h.open("figcaption").text(m.get("ranking.html.chart.caption"));
      if (!bands.isEmpty()) {
        h.open("span", "class", "legend");
        for (int i = 0; i < bands.size(); i++) {
          h.element("span", "", "class", "swatch band-" + i).text(bandName(bands.get(i))
              + " \u2265 " + l.number(bands.get(i).minPercent()));
        }
        h.close("span");
      }
      h.close("figcaption").nl().close("figure").nl().close("section").nl();
    }

    private void table() {
      boolean previous = r.entries().stream().anyMatch(e -> e.previousRank() != null);
      boolean regions = r.entries().stream().anyMatch(e -> e.unit().region().isPresent());
      h.open("section", "data-role", "ranking").nl();
      h.element("h2", m.get("ranking.html.table.heading")).nl();
      h.open("table", "class", "ranking").nl().open("thead").open("tr");
      h.element("th", m.get("column.rank"), "class", "num")
          .element("th", m.get("column.unit"));
      if (regions) {
        h.element("th", m.get("column.region"));
      }
      h.element("th", m.get("column.totalPoints"), "class", "num")
          .element("th", m.get("column.index"), "class", "num")
          .element("th", m.get("column.band"))
          .element("th", m.get("ranking.html.gapAbove"), "class", "num");
      if (previous) {
        h.element("th", m.get("ranking.html.previousRank"), "class", "num")
            .element("th", m.get("column.change"), "class", "num");
      }
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (RankEntry e : r.entries()) {
        h.open("tr", "data-unit", e.unit().id());
        h.element("td", e.ranked() ? String.valueOf(e.rank()) : "\u2014", "class", "num");
        h.element("td", e.unit().label());
        if (regions) {
          h.element("td", e.unit().region().orElse(""));
        }
        h.element("td", e.scorecard().points().map(l::number).orElse(m.get("value.unknown")),
            "class", e.scorecard().points().isPresent() ? "num" : "num unknown");
        if (e.index() != null) {
          h.element("td", l.number(e.index()), "class", "num", "data-index",
              e.index().toPlainString());
        } else {
          List<String> unknown = e.scorecard().warnings().stream()
              .filter(w -> w.kind() == Warning.Kind.UNKNOWN_PARTS)
              .flatMap(w -> w.codes().stream()).toList();
          h.element("td", unknown.isEmpty() ? m.get("value.unknown")
              : m.format("ranking.html.unknownParts", "codes", String.join(", ", unknown)),
              "class", "num unknown");
        }
        h.open("td");
        if (e.band() != null) {
          int band = bandPosition(e.band());
          h.element("span", bandName(e.band()), "class", "band band-" + band, "data-band",
              e.band().code());
        } else {
          h.text("\u2014");
        }
        h.close("td");
        h.element("td", e.gapToAbove() == null ? "" : l.number(e.gapToAbove()), "class", "num");
        if (previous) {
          h.element("td", e.previousRank() == null ? "" : String.valueOf(e.previousRank()),
              "class", "num");
          change(e);
        }
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    private void change(RankEntry e) {
      if (e.change().isEmpty()) {
        h.element("td", "\u2014", "class", "num muted", "title", e.previousRank() == null
            ? m.get("ranking.html.notInPrevious") : m.get("ranking.html.notRanked"));
        return;
      }
      int c = e.change().get();
      if (c > 0) {
        h.element("td", "\u25b2 +" + c, "class", "num up", "data-change", String.valueOf(c),
            "title", m.format("ranking.html.up", "places", String.valueOf(c)));
      } else if (c < 0) {
        h.element("td", "\u25bc \u2212" + (-c), "class", "num down", "data-change",
            String.valueOf(c), "title", m.format("ranking.html.down", "places",
                String.valueOf(-c)));
      } else {
        h.element("td", "=", "class", "num", "data-change", "0");
      }
    }

    private void fields() {
      Map<String, List<Ranking.FieldRank>> byField = r.byField();
      if (byField.isEmpty()) {
        return;
      }
      h.open("section", "data-role", "fields").nl();
      h.element("h2", m.get("ranking.html.fields.heading")).nl();
      h.element("p", m.get("ranking.html.fields.note"), "class", "muted").nl();
      h.open("table", "class", "fields").nl().open("thead").open("tr");
      h.element("th", m.get("column.unit"));
      RankEntry first = r.entries().get(0);
      for (String code : byField.keySet()) {
        h.element("th", code + " " + Html.shorten(l.pick(first.scorecard().node(code).name()), 28),
            "class", "num", "title", l.pick(first.scorecard().node(code).name()));
      }
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (RankEntry e : r.entries()) {
        h.open("tr", "data-unit", e.unit().id()).element("td", e.unit().label());
        for (List<Ranking.FieldRank> field : byField.values()) {
          Ranking.FieldRank fr = field.stream().filter(f -> f.unitId().equals(e.unit().id()))
              .findFirst().orElseThrow();
          if (fr.percent() == null) {
            h.element("td", "\u2014", "class", "num muted");
          } else {
            h.open("td", "class", "num").text(l.number(fr.percent()) + " ")
                .element("span", "(" + fr.rank() + ")", "class", "muted").close("td");
          }
        }
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    private void regions() {
      Map<String, Ranking.RegionMean> regions = r.byRegion();
      if (regions.isEmpty() || regions.size() == 1 && regions.containsKey("")) {
        return;
      }
      h.open("section", "data-role", "regions").nl();
      h.element("h2", m.get("ranking.byRegion")).nl();
      h.open("table", "class", "regions").nl().open("thead").open("tr");
      h.element("th", m.get("column.region")).element("th", m.get("ranking.units"),
          "class", "num").element("th", m.get("ranking.mean"), "class", "num");
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (Ranking.RegionMean x : regions.values()) {
        h.open("tr").element("td", x.region().isEmpty() ? m.get("ranking.noRegion")
            : x.region()).element("td", String.valueOf(x.units()), "class", "num")
            .element("td", l.number(x.mean()), "class", "num").close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }
  }
}
