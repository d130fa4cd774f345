package io.github.parindex.report;

import io.github.parindex.model.Band;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.report.Dashboard.AgencyLoss;
import io.github.parindex.report.Dashboard.Part;
import io.github.parindex.report.Dashboard.Remediation;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The province's {@link Dashboard} as one self-contained HTML page: an overview of every criteria
 * set; for each set the distribution of its indices (an SVG strip over the bands), its ranking, its
 * groups, a heat map of every unit's fields and the trend of every unit over the years given (SVG
 * lines, and the same figures as a table); then the remediation list by alert and the points lost by
 * lead agency across the province.
 *
 * <p>Guarantees, as for {@link RankingHtml}: inline style and SVG only, no script, no reference to
 * another file; every data text escaped; published decimals with a decimal comma in Vietnamese;
 * the same bytes for the same dashboard. Every chart scales to the width of its column, so the page
 * prints on A4 portrait without overflowing sideways. Stable hooks: {@code svg.distribution-chart}
 * with one {@code circle.dot} per unit ({@code data-unit}, {@code data-index});
 * {@code svg.trend-chart} with one {@code polyline.trend} per unit ({@code data-unit}) and
 * {@code polyline.trend.mean}; {@code svg.heat-map} with one {@code rect.cell} per unit and field
 * ({@code data-unit}, {@code data-field}, {@code data-percent} when known).
 */
public final class DashboardHtml {
  private static final int WIDTH = 700;
  private static final int LEFT = 30;
  private static final int PLOT = 640;
  private static final String[] LINES = {"#2f6fb0", "#c0392b", "#1a9850", "#8e44ad", "#d35400",
      "#16a085", "#7f8c8d", "#b7950b"};

  private DashboardHtml() {}

  /**
   * The page.
   *
   * @param d the dashboard
   * @param l labels and number notation
   * @return the HTML text, ending with a line break
   */
  public static String render(Dashboard d, Language l) {
    return new Writer(d, l).page();
  }

  private static final class Writer {
    private final Dashboard d;
    private final Language l;
    private final Messages m;
    private final Html h;

    Writer(Dashboard d, Language l) {
      this.d = d;
      this.l = l;
      this.m = Messages.of(l);
      this.h = Html.page(l, m.format("dashboard.title", "year", String.valueOf(d.year())),
          style());
    }

    private static String style() {
      StringBuilder css = new StringBuilder();
      for (int i = 0; i < RankingHtml.PALETTE.length; i++) {
        css.append(".tone-").append(i).append(" { background: ").append(RankingHtml.PALETTE[i])
            .append("; color: ").append(RankingHtml.TEXT[i]).append("; }\n");
        css.append("svg.chart .fill-").append(i).append(" { fill: ")
            .append(RankingHtml.PALETTE[i]).append("; }\n");
        css.append("svg.chart .zone.fill-").append(i).append(" { fill-opacity: 0.12; }\n");
      }
      for (int i = 0; i < LINES.length; i++) {
        css.append("svg.chart .line-").append(i).append(" { stroke: ").append(LINES[i])
            .append("; fill: none; }\n");
        css.append(".swatch.line-").append(i).append(" { background: ").append(LINES[i])
            .append("; }\n");
      }
      css.append("""
          svg.chart .trend { stroke-width: 1.6; fill: none; }
          svg.chart .trend.mean { stroke: #1f2933; stroke-width: 3; stroke-dasharray: 6 3; }
          svg.chart .dot { stroke: #1f2933; stroke-width: 0.8; }
          svg.chart .cell { stroke: #ffffff; stroke-width: 1; }
          svg.chart .cell.unknown { fill: #f0f4f8; }
          svg.chart .cell-text { font-size: 11px; text-anchor: middle; }
          svg.chart .axis { stroke: #9aa5b1; stroke-width: 1; }
          span.swatch { display: inline-block; width: 12px; height: 4px; margin-right: 6px;
            vertical-align: middle; }
          section.set { break-before: auto; }
          td.name { overflow-wrap: anywhere; }
          """);
      return css.toString();
    }

    String page() {
      h.open("header").nl();
      h.element("h1", m.format("dashboard.title", "year", String.valueOf(d.year()))).nl();
      List<String> sets = d.parts().stream().map(p -> DashboardTables.title(p, l)).toList();
      h.element("p", m.format("dashboard.subheading", "sets", String.join(" · ", sets),
          "years", yearsText()), "class", "sub").nl();
      h.close("header").nl();
      overview();
      int n = 0;
      for (Part p : d.parts()) {
        set(p, n++);
      }
      remediation();
      agencies();
      h.element("footer", m.get("dashboard.footer")).nl();
      return h.end();
    }

    private String yearsText() {
      List<Integer> years = d.years();
      return years.size() == 1 ? String.valueOf(years.get(0))
          : years.get(0) + "–" + years.get(years.size() - 1);
    }

    private String number(BigDecimal x) {
      return x == null ? m.get("value.unknown") : l.number(x);
    }

    private void overview() {
      h.open("section", "data-role", "overview").nl();
      h.element("h2", m.get("dashboard.overview.heading")).nl();
      h.open("table").open("thead").open("tr");
      h.element("th", m.get("dashboard.set")).element("th", m.get("ranking.units"), "class", "num")
          .element("th", m.get("ranking.mean"), "class", "num")
          .element("th", m.get("ranking.median"), "class", "num")
          .element("th", m.get("ranking.best")).element("th", m.get("ranking.worst"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (Part p : d.parts()) {
        Ranking r = p.ranking();
        h.open("tr").element("td", DashboardTables.title(p, l), "class", "name")
            .element("td", String.valueOf(r.entries().size()), "class", "num")
            .element("td", r.mean().map(l::number).orElse(m.get("value.unknown")), "class", "num")
            .element("td", r.median().map(l::number).orElse(m.get("value.unknown")), "class",
                "num")
            .element("td", r.best().map(b -> b.unit().label() + " (" + l.number(b.index()) + ")")
                .orElse("—"), "class", "name")
            .element("td", r.worst().map(w -> w.unit().label() + " (" + l.number(w.index())
                + ")").orElse("—"), "class", "name")
            .close("tr").nl();
      }
      h.close("tbody").close("table").nl().close("section").nl();
    }

    private void set(Part p, int n) {
      Methodology meth = p.methodology();
      h.open("section", "class", "set", "data-set", meth.id()).nl();
      h.element("h2", DashboardTables.title(p, l)).nl();
      h.element("p", m.format("dashboard.set.subheading", "units",
          String.valueOf(p.ranking().entries().size()), "year", String.valueOf(d.year())),
          "class", "sub").nl();
      distribution(p);
      ranking(p);
      groups(p);
      heatMap(p);
      trend(p);
      h.close("section").nl();
    }

    private int tone(Methodology meth, Band b) {
      return RankingHtml.colour(Dashboard.bandPosition(meth, b), meth.bands().size());
    }

    private String x(BigDecimal percent) {
      return Html.coordinate(BigDecimal.valueOf(LEFT).add(Html.scale(percent, PLOT)));
    }

    private void distribution(Part p) {
      Methodology meth = p.methodology();
      h.element("h3", m.get("dashboard.distribution.heading")).nl();
      List<RankEntry> known = p.ranking().entries().stream().filter(e -> e.index() != null)
          .toList();
      // units whose dots would overlap (within 1.5 points) are stacked upwards
      List<Integer> level = new ArrayList<>();
      int highest = 0;
      for (int i = 0; i < known.size(); i++) {
        int lv = 0;
        for (int j = 0; j < i; j++) {
          if (level.get(j) == lv && known.get(j).index().subtract(known.get(i).index()).abs()
              .compareTo(BigDecimal.valueOf(1.5)) < 0) {
            lv++;
            j = -1;
          }
        }
        level.add(lv);
        highest = Math.max(highest, lv);
      }
      int base = 30 + highest * 14;
      int height = base + 40;
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart distribution-chart", "role", "img",
          "width", String.valueOf(WIDTH), "height", String.valueOf(height), "viewBox",
          "0 0 " + WIDTH + " " + height, "aria-label", m.get("dashboard.distribution.heading"))
          .nl();
      BigDecimal upper = BigDecimal.valueOf(100);
      for (Band b : meth.bands()) {
        BigDecimal min = b.minPercent().max(BigDecimal.ZERO);
        if (min.compareTo(upper) < 0) {
          h.open("rect", "class", "zone fill-" + tone(meth, b), "x", x(min), "y", "8",
              "width", Html.coordinate(Html.scale(upper, PLOT).subtract(Html.scale(min, PLOT))),
              "height", String.valueOf(base)).open("title").text(Dashboard.bandName(b, l))
              .close("title").close("rect").nl();
          upper = min;
        }
      }
      h.empty("line", "class", "axis", "x1", x(BigDecimal.ZERO), "x2", x(BigDecimal.valueOf(100)),
          "y1", String.valueOf(base + 8), "y2", String.valueOf(base + 8)).nl();
      for (int t = 0; t <= 100; t += 10) {
        h.element("text", String.valueOf(t), "class", "tick", "x", x(BigDecimal.valueOf(t)),
            "y", String.valueOf(base + 24), "text-anchor", "middle").nl();
      }
      for (int i = 0; i < known.size(); i++) {
        RankEntry e = known.get(i);
        h.open("circle", "class", "dot fill-" + (e.band() == null ? 0 : tone(meth, e.band())),
            "cx", x(e.index()), "cy", String.valueOf(base - level.get(i) * 14), "r", "6",
            "data-unit", e.unit().id(), "data-index", e.index().toPlainString())
            .open("title").text(e.unit().label() + ": " + l.number(e.index())).close("title")
            .close("circle").nl();
      }
      h.close("svg").nl();
      h.element("figcaption", m.get("dashboard.distribution.caption")).nl();
      h.close("figure").nl();
    }

    private void ranking(Part p) {
      Methodology meth = p.methodology();
      h.element("h3", m.get("ranking.html.table.heading")).nl();
      h.open("table", "class", "ranking").open("thead").open("tr")
          .element("th", m.get("column.rank"), "class", "num")
          .element("th", m.get("column.unit")).element("th", m.get("column.region"))
          .element("th", m.get("column.index"), "class", "num")
          .element("th", m.get("column.band"))
          .element("th", m.get("column.change"), "class", "num")
          .close("tr").close("thead").nl().open("tbody").nl();
      for (RankEntry e : p.ranking().entries()) {
        h.open("tr", "data-unit", e.unit().id())
            .element("td", e.ranked() ? String.valueOf(e.rank()) : "—", "class", "num")
            .element("td", e.unit().label(), "class", "name")
            .element("td", e.unit().region().orElse("—"), "class", "name")
            .element("td", number(e.index()), "class", "num");
        h.open("td");
        if (e.band() != null) {
          h.element("span", Dashboard.bandName(e.band(), l), "class", "band tone-"
              + tone(meth, e.band()));
        } else {
          h.text("—");
        }
        h.close("td");
        String change = e.change().map(c -> c > 0 ? m.format("ranking.html.up", "places",
            String.valueOf(c)) : c < 0 ? m.format("ranking.html.down", "places",
            String.valueOf(-c)) : "0").orElse(e.previousRank() == null && p.history().size() > 1
            ? m.get("ranking.html.notInPrevious") : "");
        h.element("td", change, "class", "num").close("tr").nl();
      }
      h.close("tbody").close("table").nl();
    }

    private void groups(Part p) {
      if (p.ranking().byRegion().size() == 1 && p.ranking().byRegion().containsKey("")) {
        return;
      }
      h.element("h3", m.get("ranking.byRegion")).nl();
      h.open("table", "class", "groups").open("thead").open("tr")
          .element("th", m.get("column.region")).element("th", m.get("ranking.units"), "class",
              "num").element("th", m.get("ranking.mean"), "class", "num")
          .close("tr").close("thead").nl().open("tbody").nl();
      p.ranking().byRegion().values().forEach(g -> h.open("tr")
          .element("td", g.region().isEmpty() ? m.get("ranking.noRegion") : g.region(), "class",
              "name")
          .element("td", String.valueOf(g.units()), "class", "num")
          .element("td", l.number(g.mean()), "class", "num").close("tr").nl());
      h.close("tbody").close("table").nl();
    }

    /** The tone of a field's percentage: the bands' palette on fixed steps of the percentage. */
    private static int heat(BigDecimal percent) {
      int p = percent.intValue();
      return p >= 90 ? 0 : p >= 80 ? 1 : p >= 65 ? 2 : p >= 50 ? 3 : 4;
    }

    private void heatMap(Part p) {
      List<Node> fields = Dashboard.fields(p);
      if (fields.isEmpty()) {
        return;
      }
      h.element("h3", m.get("dashboard.heat.heading")).nl();
      int label = 230;
      int cell = (WIDTH - label) / fields.size();
      int row = 24;
      List<RankEntry> entries = p.ranking().entries();
      int height = 24 + entries.size() * row + 4;
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart heat-map", "role", "img", "width",
          String.valueOf(WIDTH), "height", String.valueOf(height), "viewBox",
          "0 0 " + WIDTH + " " + height, "aria-label", m.get("dashboard.heat.heading")).nl();
      for (int f = 0; f < fields.size(); f++) {
        h.open("text", "class", "tick", "x", String.valueOf(label + f * cell + cell / 2), "y",
            "16", "text-anchor", "middle").text(fields.get(f).code()).open("title")
            .text(l.pick(fields.get(f).name())).close("title").close("text").nl();
      }
      for (int u = 0; u < entries.size(); u++) {
        RankEntry e = entries.get(u);
        int y = 24 + u * row;
        h.open("text", "x", "0", "y", String.valueOf(y + 16)).text(Html.shorten(e.unit().label(),
            32)).open("title").text(e.unit().label()).close("title").close("text").nl();
        for (int f = 0; f < fields.size(); f++) {
          BigDecimal pc = Dashboard.fieldPercent(p, fields.get(f).code(), e.unit().id());
          String cx = String.valueOf(label + f * cell);
          h.open("rect", "class", pc == null ? "cell unknown" : "cell fill-" + heat(pc), "x", cx,
              "y", String.valueOf(y), "width", String.valueOf(cell), "height",
              String.valueOf(row), "data-unit", e.unit().id(), "data-field",
              fields.get(f).code(), "data-percent", pc == null ? null : pc.toPlainString())
              .open("title").text(e.unit().label() + " · " + fields.get(f).code() + " "
                  + l.pick(fields.get(f).name()) + ": " + number(pc)).close("title")
              .close("rect").nl();
          h.element("text", pc == null ? "?" : l.number(pc.setScale(0, RoundingMode.HALF_UP)),
              "class", "cell-text" + (pc != null && heat(pc) == 4 ? " light" : ""), "x",
              String.valueOf(label + f * cell + cell / 2), "y", String.valueOf(y + 16)).nl();
        }
      }
      h.close("svg").nl();
      h.element("figcaption", m.get("dashboard.heat.caption")).nl();
      h.close("figure").nl();
      h.open("ul", "class", "legend fields").nl();
      for (Node f : fields) {
        h.element("li", f.code() + ". " + l.pick(f.name())).nl();
      }
      h.close("ul").nl();
    }

    private void trend(Part p) {
      List<Integer> years = new ArrayList<>(p.history().keySet());
      h.element("h3", m.get("dashboard.trends.heading")).nl();
      if (years.size() < 2) {
        h.element("p", m.get("dashboard.trends.oneYear"), "class", "muted").nl();
        return;
      }
      BigDecimal low = BigDecimal.valueOf(100);
      for (Ranking r : p.history().values()) {
        for (RankEntry e : r.entries()) {
          if (e.index() != null) {
            low = low.min(e.index());
          }
        }
      }
      int floor = Math.max(0, low.intValue() / 10 * 10 - 10);
      int top = 10;
      int plotHeight = 200;
      int height = top + plotHeight + 30;
      int step = years.size() == 1 ? 0 : (PLOT - 40) / (years.size() - 1);
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart trend-chart", "role", "img", "width",
          String.valueOf(WIDTH), "height", String.valueOf(height), "viewBox",
          "0 0 " + WIDTH + " " + height, "aria-label", m.get("dashboard.trends.heading")).nl();
      for (int t = floor; t <= 100; t += 10) {
        String y = y(BigDecimal.valueOf(t), floor, top, plotHeight);
        h.empty("line", "class", "grid", "x1", String.valueOf(LEFT + 10), "x2",
            String.valueOf(LEFT + 20 + PLOT - 40), "y1", y, "y2", y).nl();
        h.element("text", String.valueOf(t), "class", "tick", "x", String.valueOf(LEFT),
            "y", y, "text-anchor", "end").nl();
      }
      for (int i = 0; i < years.size(); i++) {
        h.element("text", String.valueOf(years.get(i)), "class", "tick", "x",
            String.valueOf(LEFT + 20 + i * step), "y", String.valueOf(top + plotHeight + 20),
            "text-anchor", "middle").nl();
      }
      List<RankEntry> entries = p.ranking().entries();
      for (int u = 0; u < entries.size(); u++) {
        String id = entries.get(u).unit().id();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
          BigDecimal x = Dashboard.indexIn(p, years.get(i), id);
          if (x != null) {
            points.append(points.length() == 0 ? "" : " ").append(LEFT + 20 + i * step)
                .append(',').append(y(x, floor, top, plotHeight));
          }
        }
        h.open("polyline", "class", "trend line-" + (u % LINES.length), "points",
            points.toString(), "data-unit", id).open("title")
            .text(entries.get(u).unit().label()).close("title").close("polyline").nl();
      }
      StringBuilder mean = new StringBuilder();
      for (int i = 0; i < years.size(); i++) {
        BigDecimal x = p.history().get(years.get(i)).mean().orElse(null);
        if (x != null) {
          mean.append(mean.length() == 0 ? "" : " ").append(LEFT + 20 + i * step).append(',')
              .append(y(x, floor, top, plotHeight));
        }
      }
      h.open("polyline", "class", "trend mean", "points", mean.toString()).open("title")
          .text(m.get("ranking.mean")).close("title").close("polyline").nl();
      h.close("svg").nl();
      h.element("figcaption", m.get("dashboard.trends.caption")).nl();
      h.close("figure").nl();
      h.open("table", "class", "trends").open("thead").open("tr")
          .element("th", m.get("column.unit"));
      years.forEach(y -> h.element("th", String.valueOf(y), "class", "num"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (int u = 0; u < entries.size(); u++) {
        RankEntry e = entries.get(u);
        h.open("tr").open("td", "class", "name").element("span", "", "class", "swatch line-"
            + (u % LINES.length)).text(e.unit().label()).close("td");
        years.forEach(y -> h.element("td", number(Dashboard.indexIn(p, y, e.unit().id())),
            "class", "num"));
        h.close("tr").nl();
      }
      h.open("tr", "class", "total").element("td", m.get("ranking.mean"));
      years.forEach(y -> h.element("td", p.history().get(y).mean().map(l::number)
          .orElse(m.get("value.unknown")), "class", "num"));
      h.close("tr").nl().close("tbody").close("table").nl();
    }

    private static String y(BigDecimal index, int floor, int top, int plotHeight) {
      BigDecimal span = BigDecimal.valueOf(100 - floor);
      BigDecimal v = index.max(BigDecimal.valueOf(floor)).min(BigDecimal.valueOf(100))
          .subtract(BigDecimal.valueOf(floor));
      return Html.coordinate(BigDecimal.valueOf(top + plotHeight).subtract(v.multiply(
          BigDecimal.valueOf(plotHeight)).divide(span, 6, RoundingMode.HALF_UP)));
    }

    private void remediation() {
      h.open("section", "data-role", "remediation").nl();
      h.element("h2", m.format("dashboard.remediation.heading", "year",
          String.valueOf(d.year()))).nl();
      List<Remediation> list = d.remediation();
      if (list.isEmpty()) {
        h.element("p", m.get("dashboard.remediation.none")).nl().close("section").nl();
        return;
      }
      String last = null;
      for (Remediation r : list) {
        String key = Dashboard.alertKey(r.alert());
        if (!key.equals(last)) {
          if (last != null) {
            h.close("tbody").close("table").nl();
          }
          h.element("h3", m.format("dashboard.remediation.alert", "message",
              r.alert().messageText().map(l::pick).orElse(m.get("dashboard.alert")),
              "threshold", l.number(r.alert().belowPercent()))).nl();
          h.open("table", "class", "remediation").open("thead").open("tr")
              .element("th", m.get("dashboard.set")).element("th", m.get("column.unit"))
              .element("th", m.get("column.field"))
              .element("th", m.get("dashboard.percent"), "class", "num")
              .close("tr").close("thead").nl().open("tbody").nl();
          last = key;
        }
        Node field = r.part().methodology().nodes().stream()
            .filter(n -> n.code().equals(r.alert().code())).findFirst().orElse(null);
        h.open("tr", "data-unit", r.card().unit().id())
            .element("td", DashboardTables.title(r.part(), l), "class", "name")
            .element("td", r.card().unit().label(), "class", "name")
            .element("td", r.alert().code() + (field == null ? "" : ". " + l.pick(field.name())),
                "class", "name")
            .element("td", l.number(r.alert().percent()), "class", "num").close("tr").nl();
      }
      h.close("tbody").close("table").nl().close("section").nl();
    }

    private void agencies() {
      h.open("section", "data-role", "agencies").nl();
      h.element("h2", m.format("dashboard.agencies.heading", "year", String.valueOf(d.year())))
          .nl();
      h.element("p", m.get("dashboard.agencies.note"), "class", "sub").nl();
      h.open("table", "class", "agencies").open("thead").open("tr")
          .element("th", m.get("column.leadAgency"))
          .element("th", m.get("column.lost"), "class", "num")
          .element("th", m.get("dashboard.agencies.units"), "class", "num")
          .element("th", m.get("dashboard.agencies.items"), "class", "num")
          .close("tr").close("thead").nl().open("tbody").nl();
      for (AgencyLoss a : d.lossesByAgency()) {
        h.open("tr").element("td", a.agency().isEmpty() ? m.get("deficits.unassigned")
                : a.agency(), "class", "name")
            .element("td", l.number(a.lost()), "class", "num")
            .element("td", String.valueOf(a.units()), "class", "num")
            .element("td", String.valueOf(a.items()), "class", "num").close("tr").nl();
      }
      h.close("tbody").close("table").nl().close("section").nl();
    }
  }
}
