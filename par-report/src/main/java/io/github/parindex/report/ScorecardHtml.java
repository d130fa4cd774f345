package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.Alert;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Role;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Status;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.RemainderScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.SourceTotal;
import io.github.parindex.scoring.SumTrace;
import io.github.parindex.scoring.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a scorecard as one self-contained HTML page, for people: to open in a browser, attach to an
 * e-mail or print on A4. The page holds, in order: a header (unit, methodology, year, stage, index,
 * band, total, points per source), raised alerts, a horizontal bar chart of each top-level STANDARD
 * field's percentage of its applicable maximum, the table of every node, the deficits (largest first,
 * with lead agencies, and per lead agency), the reconciliation of reported figures, warnings, and each
 * node's explanation in a collapsible {@code <details>} element.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>Self-contained</b>: the style sheet is inline, the chart is inline SVG drawn here, and the
 *       page has no script and no reference to another file, font or address; it works offline.
 *   <li><b>Well-formed</b>: the markup is XHTML-compatible (every element closed, void elements
 *       written {@code <meta ... />}), so the page parses both as HTML and as XML; every text that
 *       comes from data (names, agencies, messages) is escaped.
 *   <li><b>Exact figures</b>: numbers carry the methodology's decimals ({@code pointDecimals} for
 *       points, {@code indexDecimals} for the index and percents), with a decimal comma in
 *       Vietnamese; an unknown value is written as unknown ("chưa biết"), never as 0, and an index
 *       that cannot be computed says so.
 *   <li><b>Stable hooks</b>: the chart is {@code <svg class="chart field-chart">} with one
 *       {@code <rect class="bar">} per top-level STANDARD node, carrying {@code data-code} and, when
 *       known, {@code data-percent} (the published percentage, with a point); its width is
 *       {@code clamp(percent, 0, 100) × 4} SVG units, the width of its {@code <rect class="track">}
 *       being 400 for 100 %; a bar whose percentage is unknown or not applicable has width 0 and
 *       {@code data-status}. The published index is in the element with {@code data-role="index"},
 *       its value with a point in {@code data-value} (empty when not computed).
 *   <li><b>Deterministic</b>: the same scorecard gives the same bytes (no time stamp, no random
 *       identifier, no dependence on the platform's locale).
 * </ul>
 */
public final class ScorecardHtml {
  /** Width, in SVG units, of a bar at 100 %. */
  static final int PLOT_WIDTH = 400;
  private static final int LABEL_WIDTH = 300;
  private static final int VALUE_WIDTH = 100;
  private static final int ROW_HEIGHT = 28;
  private static final int BAR_HEIGHT = 16;
  private static final int TOP = 22;

  private ScorecardHtml() {}

  /**
   * The page.
   *
   * @param card the scorecard
   * @param language labels and number notation ({@link Language#VI}: Vietnamese labels, decimal
   *     comma)
   * @return the HTML text, ending with a line break
   */
  public static String render(Scorecard card, Language language) {
    return new Writer(card, language).page();
  }

  /**
   * Writes the page as UTF-8.
   *
   * @param card the scorecard
   * @param language labels and number notation
   * @param out the stream; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Scorecard card, Language language, OutputStream out) {
    try {
      out.write(render(card, language).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    private final Scorecard card;
    private final Language l;
    private final Messages m;
    private final Html h;

    Writer(Scorecard card, Language l) {
      this.card = card;
      this.l = l;
      this.m = Messages.of(l);
      this.h = Html.page(l, card.unit().label() + " \u2014 " + l.pick(card.methodology().title())
          + " " + card.year(), "");
    }

    String page() {
      header();
      alerts();
      chart();
      nodes();
      deficits();
      reconciliation();
      warnings();
      explanations();
      h.open("footer").text(m.format("scorecard.html.footer", "methodology",
          card.methodology().id(), "decimals",
          String.valueOf(card.methodology().indexDecimals()))).close("footer").nl();
      return h.end();
    }

    private String num(BigDecimal value) {
      return value == null ? unknownText() : l.number(value);
    }

    private String unknownText() {
      return m.get("value.unknown");
    }

    private void header() {
      h.open("header").nl();
      h.element("h1", card.unit().label()).nl();
      h.open("p", "class", "sub").text(l.pick(card.methodology().title()) + " ("
          + card.methodology().id() + ")").close("p").nl();
      StringBuilder facts = new StringBuilder();
      facts.append(m.format("scorecard.html.yearAndStage", "year", String.valueOf(card.year()),
          "stage", m.code("stage", card.stage())));
      card.unit().level().ifPresent(v -> facts.append(" \u00b7 ")
          .append(m.format("scorecard.html.level", "level", m.code("level", v))));
      card.unit().region().ifPresent(v -> facts.append(" \u00b7 ")
          .append(m.format("scorecard.html.region", "region", v)));
      facts.append(" \u00b7 ").append(m.format("scorecard.html.unitId", "id", card.unit().id()));
      h.open("p", "class", "sub").text(facts.toString()).close("p").nl();
      h.close("header").nl();

      h.open("section", "class", "summary").nl();
      // Index.
      h.open("div", "class", "card").element("div", m.get("column.index"), "class", "label");
      if (card.index().isPresent()) {
        BigDecimal index = card.index().get();
        h.open("div", "class", "value").element("span", l.number(index), "data-role", "index",
            "data-value", index.toPlainString()).text(" %").close("div");
      } else {
        h.open("div", "class", "value unknown").element("span", card.isComplete()
            ? m.get("scorecard.html.noIndex") : m.get("scorecard.html.indexNotComputed"),
            "data-role", "index", "data-value", "").close("div");
        h.element("div", card.isComplete()
            ? m.get("scorecard.html.nothingApplies")
            : m.format("scorecard.html.unknownParts", "codes", String.join(", ", unknownCodes())),
            "class", "note");
      }
      h.close("div").nl();
      // Band.
      h.open("div", "class", "card").element("div", m.get("scorecard.html.band"), "class", "label");
      if (card.band().isPresent()) {
        h.element("div", card.band().get().label().map(l::pick).orElse(card.band().get().code()),
            "class", "value", "data-role", "band", "data-code", card.band().get().code());
        for (io.github.parindex.scoring.AppliedCap c : card.bandCaps()) {
          h.element("div", Caps.sentence(c, m, l), "class", "note", "data-role", "band-cap");
        }
      } else {
        h.element("div", card.index().isPresent() || card.methodology().bands().isEmpty() ? "\u2014"
            : m.get("scorecard.html.bandNotDetermined"), "class",
            card.index().isPresent() ? "value" : "value unknown", "data-role", "band");
      }
      h.close("div").nl();
      // Total.
      h.open("div", "class", "card").element("div", m.get("scorecard.html.totalPoints"),
          "class", "label");
      h.open("div", "class", card.points().isPresent() ? "value" : "value unknown",
          "data-role", "points").text(card.points().map(l::number).orElse(unknownText()))
          .close("div");
      String applicable = l.number(card.applicableMaxPoints());
      h.element("div", card.applicableMaxPoints().compareTo(card.maxPoints()) != 0
          ? m.format("scorecard.html.ofApplicableMaxAndMax", "applicable", applicable, "max",
              l.number(card.maxPoints().setScale(card.methodology().pointDecimals())))
          : m.format("scorecard.html.ofApplicableMax", "applicable", applicable), "class", "note");
      h.close("div").nl();
      // Sources.
      if (card.bySource().size() > 1 || !card.isComplete()) {
        h.open("div", "class", "card").element("div", m.get("scorecard.html.bySource"),
            "class", "label");
        for (SourceTotal t : card.bySource()) {
          h.open("div").text(m.code("source", t.source()) + ": ");
          if (t.points() == null) {
            h.element("span", unknownText(), "class", "unknown");
          } else {
            h.element("b", l.number(t.points()));
          }
          h.text(" / " + l.number(t.applicableMaxPoints())).close("div");
        }
        h.close("div").nl();
      }
      // Bonus and penalty.
      boolean bonus = card.nodes().stream().anyMatch(n -> n.role() == Role.BONUS);
      boolean penalty = card.nodes().stream().anyMatch(n -> n.role() == Role.PENALTY);
      if (bonus || penalty) {
        h.open("div", "class", "card").element("div", m.get("scorecard.html.parts"), "class",
            "label");
        h.element("div", m.format("scorecard.html.standardPoints", "points",
            num(card.standardPoints().orElse(null))));
        if (bonus) {
          h.element("div", m.format("scorecard.html.bonusPoints", "points",
              num(card.bonusPoints().orElse(null))));
        }
        if (penalty) {
          h.element("div", m.format("scorecard.html.penaltyPoints", "points",
              num(card.penaltyPoints().orElse(null))));
        }
        if (card.capped()) {
          h.element("div", m.get("scorecard.html.capped"), "class", "note");
        }
        h.close("div").nl();
      }
      h.close("section").nl();
    }

    private List<String> unknownCodes() {
      return card.warnings().stream().filter(w -> w.kind() == Warning.Kind.UNKNOWN_PARTS)
          .flatMap(w -> w.codes().stream()).toList();
    }

    private String nodeLabel(String code) {
      return code + " " + l.pick(card.node(code).name());
    }

    private void alerts() {
      if (card.alerts().isEmpty()) {
        return;
      }
      h.open("section", "class", "box alerts", "data-role", "alerts").nl();
      h.element("h3", m.get("alerts.heading") + " (" + card.alerts().size() + ")")
          .nl();
      h.open("ul").nl();
      for (RaisedAlert a : card.alerts()) {
        if (a.byBand()) {
          h.open("li", "data-band", a.band()).text(Caps.alertWhat(a, card, m, l)
              + a.messageText().map(x -> " \u2014 " + l.pick(x)).orElse("")).close("li").nl();
          continue;
        }
        h.open("li", "data-code", a.code()).element("b", nodeLabel(a.code())).text(": "
            + l.number(a.percent()) + " % < " + l.number(a.belowPercent()) + " %"
            + a.messageText().map(m -> " \u2014 " + l.pick(m)).orElse("")).close("li").nl();
      }
      h.close("ul").nl().close("section").nl();
    }

    private List<NodeScore> fields() {
      return card.topLevel().stream().filter(n -> n.role() == Role.STANDARD).toList();
    }

    /** The lowest alert threshold of each top-level code that an alert names. */
    private Map<String, BigDecimal> thresholds() {
      Map<String, BigDecimal> out = new java.util.HashMap<>();
      for (Alert a : card.methodology().alerts()) {
        for (String code : a.codes()) {
          out.merge(code, a.belowPercent().orElseThrow(), BigDecimal::max);
        }
      }
      return out;
    }

    private void chart() {
      List<NodeScore> fields = fields();
      h.open("section", "data-role", "chart").nl();
      h.element("h2", m.get("scorecard.html.chart.heading")).nl();
      int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
      int height = TOP + fields.size() * ROW_HEIGHT + 6;
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart field-chart", "role", "img",
          "width", Html.coordinate(width), "height", Html.coordinate(height),
          "viewBox", "0 0 " + width + " " + height, "data-plot-width",
          Html.coordinate(PLOT_WIDTH), "aria-label", m.get("scorecard.html.chart.description"))
          .nl();
      for (int p = 0; p <= 100; p += 25) {
        String x = Html.coordinate(LABEL_WIDTH + p * PLOT_WIDTH / 100);
        h.empty("line", "class", "grid", "x1", x, "x2", x, "y1", "16", "y2",
            Html.coordinate(height - 4));
        h.element("text", p + " %", "class", "tick", "x", x, "y", "12", "text-anchor", "middle")
            .nl();
      }
      Map<String, BigDecimal> thresholds = thresholds();
      java.util.Set<String> raised = new TreeSet<>();
      card.alerts().stream().filter(a -> !a.byBand()).forEach(a -> raised.add(a.code()));
      int row = 0;
      for (NodeScore f : fields) {
        int y = TOP + row * ROW_HEIGHT;
        int barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        int textY = barY + 12;
        String full = nodeLabel(f.code());
        h.open("g", "class", "row", "data-code", f.code()).nl();
        h.open("text", "x", "0", "y", Html.coordinate(textY)).element("title", full)
            .element("tspan", f.code(), "font-weight", "700")
            .text(" " + Html.shorten(l.pick(f.name()), 38)).close("text").nl();
        boolean known = f.percent().isPresent();
        h.empty("rect", "class", known ? "track" : "track unknown", "x",
            Html.coordinate(LABEL_WIDTH), "y", Html.coordinate(barY), "width",
            Html.coordinate(PLOT_WIDTH), "height", Html.coordinate(BAR_HEIGHT)).nl();
        BigDecimal w = known ? Html.scale(f.percent().get(), PLOT_WIDTH) : BigDecimal.ZERO;
        String value = known ? l.number(f.percent().get()) + " %"
            : f.status() == Status.NOT_APPLICABLE ? m.get("value.notApplicable")
            : unknownText();
        h.open("rect", "class", raised.contains(f.code()) ? "bar alert" : "bar", "data-code",
            f.code(), "data-percent", known ? f.percent().get().toPlainString() : null,
            "data-status", known ? null : f.status().name(), "x", Html.coordinate(LABEL_WIDTH),
            "y", Html.coordinate(barY), "width", Html.coordinate(w), "height",
            Html.coordinate(BAR_HEIGHT)).element("title", full + ": " + value).close("rect").nl();
        BigDecimal threshold = thresholds.get(f.code());
        if (threshold != null) {
          String x = Html.coordinate(BigDecimal.valueOf(LABEL_WIDTH)
              .add(Html.scale(threshold, PLOT_WIDTH)));
          h.open("line", "class", "threshold", "data-percent", threshold.toPlainString(), "x1", x,
              "x2", x, "y1", Html.coordinate(barY - 3), "y2",
              Html.coordinate(barY + BAR_HEIGHT + 3)).element("title",
                  m.format("scorecard.html.chart.threshold", "percent", l.number(threshold)))
              .close("line").nl();
        }
        h.element("text", value, "class", known ? "value" : "value unknown", "x",
            Html.coordinate(LABEL_WIDTH + PLOT_WIDTH + 8), "y", Html.coordinate(textY)).nl();
        h.close("g").nl();
        row++;
      }
      h.close("svg").nl();
      h.element("figcaption", thresholds.isEmpty() ? m.get("scorecard.html.chart.caption")
          : m.get("scorecard.html.chart.captionWithThresholds")).nl();
      h.close("figure").nl().close("section").nl();
    }

    private void nodes() {
      h.open("section", "data-role", "nodes").nl();
      h.element("h2", m.get("scorecard.html.nodes.heading")).nl();
      h.open("table", "class", "nodes").nl().open("thead").open("tr");
      h.element("th", m.get("column.code")).element("th", m.get("column.criterion"))
          .element("th", m.get("column.max"), "class", "num")
          .element("th", m.get("column.applicableMax"), "class", "num")
          .element("th", m.get("column.points"), "class", "num")
          .element("th", m.get("column.lost"), "class", "num")
          .element("th", "%", "class", "num")
          .element("th", m.get("column.status"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      List<NodeScore> nodes = card.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        NodeScore n = nodes.get(i);
        row(n);
        if (n.remainder().isPresent() && lastDescendant(nodes, i)) {
          remainderRow(n);
        }
        // A remainder is listed after the node's last descendant.
        for (NodeScore a : closedAncestorsWithRemainder(nodes, i)) {
          remainderRow(a);
        }
      }
      if (card.points().isPresent() || !card.isComplete()) {
        h.open("tr", "class", "total").element("td", "").element("td",
            m.get("scorecard.html.nodes.total"));
        h.element("td", l.number(card.maxPoints().setScale(card.methodology().pointDecimals())),
            "class", "num");
        h.element("td", l.number(card.applicableMaxPoints()), "class", "num");
        cell(card.points().orElse(null));
        cell(card.points().map(p -> card.applicableMaxPoints().subtract(p)).orElse(null));
        cell(card.index().orElse(null));
        h.element("td", "").close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    /** Whether node i has no descendants after it (so its remainder row comes right after). */
    private boolean lastDescendant(List<NodeScore> nodes, int i) {
      return i + 1 >= nodes.size() || nodes.get(i + 1).depth() <= nodes.get(i).depth();
    }

    /**
     * The ancestors of node i (nearest first) that have a remainder and whose subtree ends at node
     * i, so that their remainder rows follow it; a node's own remainder is handled by the caller.
     */
    private List<NodeScore> closedAncestorsWithRemainder(List<NodeScore> nodes, int i) {
      List<NodeScore> out = new ArrayList<>();
      int nextDepth = i + 1 < nodes.size() ? nodes.get(i + 1).depth() : 1;
      String parent = nodes.get(i).parentCode().orElse(null);
      while (parent != null) {
        NodeScore a = card.node(parent);
        if (a.depth() < nextDepth) {
          break;
        }
        if (a.remainder().isPresent()) {
          out.add(a);
        }
        parent = a.parentCode().orElse(null);
      }
      return out;
    }

    private void row(NodeScore n) {
      h.open("tr", "class", "depth-" + Math.min(n.depth(), 6), "data-code", n.code());
      h.element("td", n.code(), "class", "code").element("td", l.pick(n.name()), "class", "name");
      h.element("td", l.number(n.maxPoints()), "class", "num");
      h.element("td", l.number(n.applicableMaxPoints()), "class", "num");
      cell(n.points().orElse(null));
      cell(n.deficit().orElse(null));
      if (n.percent().isPresent()) {
        h.element("td", l.number(n.percent().get()), "class", "num");
      } else {
        h.element("td", n.status() == Status.UNKNOWN ? unknownText() : "\u2014", "class",
            n.status() == Status.UNKNOWN ? "num unknown" : "num");
      }
      h.open("td").element("span", m.code("status", n.status()), "class",
          "status status-" + n.status().name()).close("td");
      h.close("tr").nl();
    }

    private void remainderRow(NodeScore n) {
      RemainderScore r = n.remainder().get();
      h.open("tr", "class", "remainder depth-" + Math.min(n.depth() + 1, 6), "data-code",
          n.code(), "data-remainder", "true");
      h.element("td", n.code(), "class", "code").element("td", m.format(
          "scorecard.html.nodes.remainder", "code", n.code(), "basis",
          m.code("remainderBasis", r.basis())), "class", "name");
      h.element("td", l.number(r.maxPoints()), "class", "num");
      h.element("td", l.number(r.maxPoints()), "class", "num");
      cell(r.points());
      cell(r.deficit().orElse(null));
      h.element("td", "", "class", "num");
      h.open("td").element("span", m.code("status", r.status()), "class",
          "status status-" + r.status().name()).close("td");
      h.close("tr").nl();
    }

    private void cell(BigDecimal value) {
      if (value == null) {
        h.element("td", unknownText(), "class", "num unknown");
      } else {
        h.element("td", l.number(value), "class", "num");
      }
    }

    private void deficits() {
      Deficits d = Deficits.of(card);
      h.open("section", "data-role", "deficits").nl();
      h.element("h2", m.get("scorecard.html.deficits.heading")).nl();
      if (d.items().isEmpty()) {
        h.element("p", m.get("scorecard.html.deficits.none")).nl().close("section").nl();
        return;
      }
      List<String> total = m.around(card.isComplete() ? "scorecard.html.deficits.total"
          : "scorecard.html.deficits.totalKnownParts", "total", "items",
          String.valueOf(d.items().size()));
      h.open("p").text(total.get(0)).element("b", l.number(d.total())).text(total.get(1));
      h.close("p").nl();
      h.open("table", "class", "deficits").nl().open("thead").open("tr");
      h.element("th", m.get("column.code")).element("th", m.get("column.criterion"))
          .element("th", m.get("column.max"), "class", "num")
          .element("th", m.get("column.points"), "class", "num")
          .element("th", m.get("column.lost"), "class", "num")
          .element("th", m.get("column.share"), "class", "num")
          .element("th", m.get("column.leadAgency"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (DeficitItem i : d.items()) {
        h.open("tr", "data-code", i.code(), "data-remainder", i.remainder() ? "true" : null);
        h.element("td", i.code(), "class", "code");
        String name = i.remainder() ? m.format("scorecard.html.deficits.remainder", "name",
            l.pick(i.name())) : l.pick(i.name());
        h.element("td", i.role() == Role.PENALTY ? m.format("scorecard.html.deficits.penalty",
            "name", name) : name);
        h.element("td", l.number(i.maxPoints()), "class", "num");
        h.element("td", l.number(i.points()), "class", "num");
        h.element("td", l.number(i.deficit()), "class", "num");
        h.element("td", l.number(i.sharePercent()), "class", "num");
        h.element("td", i.agency().orElse(m.get("deficits.unassigned")),
            "class", i.agency().isPresent() ? null : "muted");
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl();
      h.element("h3", m.get("deficits.byLeadAgency")).nl();
      h.open("table", "class", "agencies").nl().open("thead").open("tr");
      h.element("th", m.get("column.leadAgency"))
          .element("th", m.get("column.lost"), "class", "num")
          .element("th", m.get("column.share"), "class", "num")
          .element("th", m.get("column.items"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (DeficitGroup g : d.byLeadAgency()) {
        h.open("tr");
        h.element("td", g.key().isEmpty() ? m.get("deficits.unassigned") : g.key(),
            "class", g.key().isEmpty() ? "muted" : null);
        h.element("td", l.number(g.deficit()), "class", "num");
        h.element("td", l.number(g.sharePercent()), "class", "num");
        h.element("td", DeficitsWriter.codes(g, c -> m.format("code.unitemised", "code", c)));
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    private void reconciliation() {
      if (card.reconciliation().isEmpty()) {
        return;
      }
      h.open("section", "data-role", "reconciliation").nl();
      h.element("h2", m.get("reconciliation.heading")).nl();
      h.element("p", m.format("scorecard.html.reconciliation.note", "example",
          l.number(new BigDecimal("9.48")), "tolerance", l.number(new BigDecimal("0.005")))).nl();
      h.open("table", "class", "reconciliation").nl().open("thead").open("tr");
      h.element("th", m.get("column.code"))
          .element("th", m.get("reconciliation.html.reported"), "class", "num")
          .element("th", m.get("reconciliation.html.computed"), "class", "num")
          .element("th", m.get("reconciliation.reportedLost"), "class", "num")
          .element("th", m.get("reconciliation.computedLost"), "class", "num")
          .element("th", m.get("reconciliation.html.unexplained"), "class", "num")
          .element("th", m.get("reconciliation.result"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (Reconciliation r : card.reconciliation()) {
        h.open("tr", "data-code", r.code(), "data-matches", String.valueOf(r.matches()));
        h.element("td", r.code(), "class", "code", "title", l.pick(card.node(r.code()).name()));
        optional(r.reportedPoints());
        optional(r.computedPoints());
        optional(r.reportedDeficit());
        optional(r.computedDeficit());
        optional(r.unexplained());
        h.open("td").element("span", r.matches() ? m.get("reconciliation.matches")
            : m.get("reconciliation.mismatch"), "class", r.matches() ? "match" : "mismatch");
        if (r.chargedToRemainder() != null) {
          h.text(m.format("reconciliation.html.charged", "points",
              l.number(r.chargedToRemainder())));
        }
        h.close("td").close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    private void optional(BigDecimal value) {
      h.element("td", value == null ? "" : l.number(value), "class", "num");
    }

    private void warnings() {
      if (card.warnings().isEmpty()) {
        return;
      }
      h.open("section", "data-role", "warnings").nl();
      h.element("h2", m.get("warnings.heading")).nl();
      h.open("div", "class", "box warnings").open("ul").nl();
      for (Warning w : card.warnings()) {
        h.element("li", l.pick(w.message()), "data-kind", w.kind().name()).nl();
      }
      h.close("ul").close("div").nl().close("section").nl();
    }

    private void explanations() {
      h.open("section", "data-role", "explanations").nl();
      h.element("h2", m.get("scorecard.html.explanations.heading")).nl();
      h.element("p", m.get("scorecard.html.explanations.hint"), "class", "muted screen-only")
          .nl();
      for (NodeScore n : card.nodes()) {
        h.open("details", "data-code", n.code(), "data-leaf", String.valueOf(n.isLeaf())).nl();
        h.open("summary").element("b", n.code()).text(" " + l.pick(n.name()) + " \u2014 "
            + num(n.points().orElse(null)) + " / " + l.number(n.applicableMaxPoints()) + " (")
            .text(m.code("status", n.status())).text(")").close("summary").nl();
        if (n.explanation().isPresent()) {
          leaf(n, n.explanation().get());
        } else if (n.sum().isPresent()) {
          sum(n.sum().get());
        } else {
          h.element("p", m.get("scorecard.html.explanations.unknown"), "class", "unknown").nl();
        }
        h.close("details").nl();
      }
      h.close("section").nl();
    }

    private void leaf(NodeScore n, Explanation x) {
      h.element("p", l.pick(x.sentence())).nl();
      h.open("dl").nl();
      h.element("dt", m.get("column.points")).element("dd", m.format(
          "scorecard.html.explanations.points", "points", num(n.points().orElse(null)),
          "decimals", String.valueOf(card.methodology().pointDecimals()), "rounding",
          m.code("rounding", card.methodology().rounding()))).nl();
      h.element("dt", m.get("scorecard.html.explanations.rule"))
          .element("dd", m.code("rule", x.ruleType())).nl();
      h.element("dt", m.get("scorecard.html.explanations.basis"))
          .element("dd", m.code("basis", x.basis())).nl();
      values(m.get("scorecard.html.explanations.inputs"), x.inputs());
      values(m.get("scorecard.html.explanations.parameters"), x.parameters());
      values(m.get("scorecard.html.explanations.intermediates"), x.intermediates());
      h.close("dl").nl();
    }

    private void values(String title, Map<String, DataValue> values) {
      if (values.isEmpty()) {
        return;
      }
      StringBuilder b = new StringBuilder();
      values.forEach((k, v) -> {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(m.code("datum", k)).append(" = ").append(value(v));
      });
      h.element("dt", title).element("dd", b.toString()).nl();
    }

    private String value(DataValue v) {
      if (v instanceof DataValue.DecimalValue d) {
        return l.number(d.value());
      } else if (v instanceof DataValue.BooleanValue b) {
        return b.value() ? m.get("value.yes") : m.get("value.no");
      } else if (v instanceof DataValue.TextValue t) {
        return t.value();
      } else if (v instanceof DataValue.ListValue list) {
        return "[" + String.join(", ", list.items().stream().map(this::value).toList()) + "]";
      } else if (v instanceof DataValue.MapValue map) {
        List<String> parts = new ArrayList<>();
        map.entries().forEach((k, x) -> parts.add(k + ": " + value(x)));
        return "{" + String.join(", ", parts) + "}";
      }
      return "null";
    }

    private void sum(SumTrace s) {
      List<String> terms = new ArrayList<>();
      for (SumTrace.Term t : s.terms()) {
        String label = t.remainder() ? m.format("code.unitemised", "code", t.code()) : t.code();
        String value = t.points() == null ? unknownText() : !t.applicable()
            ? m.get("value.notApplicable") : l.number(t.points());
        terms.add(label + " (" + value + ")");
      }
      h.element("p", String.join(" + ", terms) + " = " + num(s.points())).nl();
    }
  }
}
