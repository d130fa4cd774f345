package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.Alert;
import io.github.parindex.model.DataValue;
import io.github.parindex.model.Role;
import io.github.parindex.model.Stage;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.Explanation;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Reconciliation;
import io.github.parindex.scoring.RemainderBasis;
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

  /** The label of a stage. */
  static String stage(Stage s, Language l) {
    return switch (s) {
      case SELF -> l.label("Tự đánh giá", "Self-assessment");
      case APPRAISED -> l.label("Thẩm định", "Appraised");
      case FINAL -> l.label("Chính thức", "Final");
    };
  }

  private static final class Writer {
    private final Scorecard card;
    private final Language l;
    private final Html h;

    Writer(Scorecard card, Language l) {
      this.card = card;
      this.l = l;
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
      h.open("footer").text(l.label(
          "Báo cáo do par tạo ra từ tệp kê khai và bộ tiêu chí " + card.methodology().id()
              + ": điểm được tính chính xác, mỗi tiêu chí làm tròn một lần; chỉ số và tỷ lệ được "
              + "công bố với " + card.methodology().indexDecimals() + " chữ số thập phân.",
          "Report made by par from the submission and the methodology "
              + card.methodology().id() + ": points are exact, each leaf rounded once; the index "
              + "and percentages are published with " + card.methodology().indexDecimals()
              + " decimals.")).close("footer").nl();
      return h.end();
    }

    private String num(BigDecimal value) {
      return value == null ? unknownText() : l.number(value);
    }

    private String unknownText() {
      return l.label("chưa biết", "unknown");
    }

    private void header() {
      h.open("header").nl();
      h.element("h1", card.unit().label()).nl();
      h.open("p", "class", "sub").text(l.pick(card.methodology().title()) + " ("
          + card.methodology().id() + ")").close("p").nl();
      StringBuilder facts = new StringBuilder();
      facts.append(l.label("Năm đánh giá", "Evaluation year")).append(' ').append(card.year())
          .append(" \u00b7 ").append(l.label("Giai đoạn", "Stage")).append(": ")
          .append(stage(card.stage(), l));
      card.unit().level().ifPresent(v -> facts.append(" \u00b7 ").append(l.label("Cấp", "Level"))
          .append(": ").append(v));
      card.unit().region().ifPresent(v -> facts.append(" \u00b7 ")
          .append(l.label("Vùng", "Region")).append(": ").append(v));
      facts.append(" \u00b7 ").append(l.label("Mã đơn vị", "Unit id")).append(": ")
          .append(card.unit().id());
      h.open("p", "class", "sub").text(facts.toString()).close("p").nl();
      h.close("header").nl();

      h.open("section", "class", "summary").nl();
      // Index.
      h.open("div", "class", "card").element("div", l.label("Chỉ số", "Index"), "class", "label");
      if (card.index().isPresent()) {
        BigDecimal index = card.index().get();
        h.open("div", "class", "value").element("span", l.number(index), "data-role", "index",
            "data-value", index.toPlainString()).text(" %").close("div");
      } else {
        h.open("div", "class", "value unknown").element("span", card.isComplete()
            ? l.label("không có", "none") : l.label("chưa tính được", "not computed"),
            "data-role", "index", "data-value", "").close("div");
        h.element("div", card.isComplete()
            ? l.label("Không có tiêu chí nào áp dụng.", "No leaf applies.")
            : l.label("Chưa biết điểm của ", "The points of ") + String.join(", ", unknownCodes())
                + l.label(": chỉ số không được tính (không giả định).",
                    " are unknown: the index is not computed (nothing is assumed)."),
            "class", "note");
      }
      h.close("div").nl();
      // Band.
      h.open("div", "class", "card").element("div", l.label("Xếp nhóm", "Band"), "class", "label");
      if (card.band().isPresent()) {
        h.element("div", card.band().get().label().map(l::pick).orElse(card.band().get().code()),
            "class", "value", "data-role", "band", "data-code", card.band().get().code());
      } else {
        h.element("div", card.index().isPresent() || card.methodology().bands().isEmpty() ? "\u2014"
            : l.label("chưa xác định", "not determined"), "class",
            card.index().isPresent() ? "value" : "value unknown", "data-role", "band");
      }
      h.close("div").nl();
      // Total.
      h.open("div", "class", "card").element("div", l.label("Tổng điểm", "Total points"),
          "class", "label");
      h.open("div", "class", card.points().isPresent() ? "value" : "value unknown",
          "data-role", "points").text(card.points().map(l::number).orElse(unknownText()))
          .close("div");
      h.element("div", l.label("trên tối đa áp dụng ", "of an applicable maximum of ")
          + l.number(card.applicableMaxPoints()) + (card.applicableMaxPoints()
              .compareTo(card.maxPoints()) != 0 ? l.label(" (tối đa ", " (maximum ")
              + l.number(card.maxPoints().setScale(card.methodology().pointDecimals())) + ")"
              : ""), "class", "note");
      h.close("div").nl();
      // Sources.
      if (card.bySource().size() > 1 || !card.isComplete()) {
        h.open("div", "class", "card").element("div", l.label("Theo nguồn điểm", "By source"),
            "class", "label");
        for (SourceTotal t : card.bySource()) {
          h.open("div").text(ScorecardText.sourceName(t, l) + ": ");
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
        h.open("div", "class", "card").element("div", l.label("Điểm chuẩn, cộng, trừ",
            "Standard, bonus, penalty"), "class", "label");
        h.element("div", l.label("Điểm chuẩn: ", "Standard: ")
            + num(card.standardPoints().orElse(null)));
        if (bonus) {
          h.element("div", l.label("Điểm cộng: +", "Bonus: +") + num(card.bonusPoints()
              .orElse(null)));
        }
        if (penalty) {
          h.element("div", l.label("Điểm trừ: \u2212", "Penalty: \u2212")
              + num(card.penaltyPoints().orElse(null)));
        }
        if (card.capped()) {
          h.element("div", l.label("Tổng được giới hạn", "Total clamped"), "class", "note");
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
      h.element("h3", l.label("Cảnh báo ngưỡng", "Alerts") + " (" + card.alerts().size() + ")")
          .nl();
      h.open("ul").nl();
      for (RaisedAlert a : card.alerts()) {
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
          out.merge(code, a.belowPercent(), BigDecimal::max);
        }
      }
      return out;
    }

    private void chart() {
      List<NodeScore> fields = fields();
      h.open("section", "data-role", "chart").nl();
      h.element("h2", l.label("Tỷ lệ điểm đạt theo lĩnh vực", "Points by field")).nl();
      int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
      int height = TOP + fields.size() * ROW_HEIGHT + 6;
      h.open("figure").nl();
      h.open("svg", "xmlns", Html.SVG_NS, "class", "chart field-chart", "role", "img",
          "width", Html.coordinate(width), "height", Html.coordinate(height),
          "viewBox", "0 0 " + width + " " + height, "data-plot-width",
          Html.coordinate(PLOT_WIDTH), "aria-label", l.label(
              "Biểu đồ tỷ lệ điểm đạt so với điểm tối đa áp dụng của từng lĩnh vực",
              "Bar chart of each field's points as a percentage of its applicable maximum"))
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
      card.alerts().forEach(a -> raised.add(a.code()));
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
            : f.status() == Status.NOT_APPLICABLE ? l.label("không áp dụng", "not applicable")
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
                  l.label("Ngưỡng cảnh báo ", "Alert threshold ") + l.number(threshold) + " %")
              .close("line").nl();
        }
        h.element("text", value, "class", known ? "value" : "value unknown", "x",
            Html.coordinate(LABEL_WIDTH + PLOT_WIDTH + 8), "y", Html.coordinate(textY)).nl();
        h.close("g").nl();
        row++;
      }
      h.close("svg").nl();
      StringBuilder caption = new StringBuilder(l.label(
          "Mỗi thanh: điểm đạt của lĩnh vực so với điểm tối đa áp dụng (không tính tiêu chí không "
              + "áp dụng).",
          "Each bar: the field's points as a percentage of its applicable maximum (not-applicable "
              + "leaves left out)."));
      if (!thresholds.isEmpty()) {
        caption.append(l.label(" Vạch đứt đỏ: ngưỡng cảnh báo; thanh đỏ: lĩnh vực dưới ngưỡng.",
            " Dashed red mark: the alert threshold; red bar: a field below it."));
      }
      h.element("figcaption", caption.toString()).nl();
      h.close("figure").nl().close("section").nl();
    }

    private void nodes() {
      h.open("section", "data-role", "nodes").nl();
      h.element("h2", l.label("Bảng điểm", "Scores")).nl();
      h.open("table", "class", "nodes").nl().open("thead").open("tr");
      h.element("th", l.label("Mã", "Code")).element("th", l.label("Tiêu chí", "Criterion"))
          .element("th", l.label("Tối đa", "Max"), "class", "num")
          .element("th", l.label("Tối đa áp dụng", "Applicable max"), "class", "num")
          .element("th", l.label("Điểm", "Points"), "class", "num")
          .element("th", l.label("Bị trừ", "Lost"), "class", "num")
          .element("th", "%", "class", "num")
          .element("th", l.label("Trạng thái", "Status"));
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
            l.label("Tổng điểm", "Total"));
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
      h.open("td").element("span", ScorecardText.status(n.status(), l), "class",
          "status status-" + n.status().name()).close("td");
      h.close("tr").nl();
    }

    private void remainderRow(NodeScore n) {
      RemainderScore r = n.remainder().get();
      h.open("tr", "class", "remainder depth-" + Math.min(n.depth() + 1, 6), "data-code",
          n.code(), "data-remainder", "true");
      h.element("td", n.code(), "class", "code").element("td", l.label(
          "Phần chưa chi tiết hóa của ", "Unitemised remainder of ") + n.code() + " ("
          + remainderBasis(r.basis()) + ")", "class", "name");
      h.element("td", l.number(r.maxPoints()), "class", "num");
      h.element("td", l.number(r.maxPoints()), "class", "num");
      cell(r.points());
      cell(r.deficit().orElse(null));
      h.element("td", "", "class", "num");
      h.open("td").element("span", ScorecardText.status(r.status(), l), "class",
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

    private String remainderBasis(RemainderBasis b) {
      return switch (b) {
        case GIVEN -> l.label("điểm kê khai", "points given");
        case MISSING_FULL -> l.label("không có số liệu: tính đủ điểm",
            "no data: full marks assumed");
        case MISSING_ZERO -> l.label("không có số liệu: 0 điểm", "no data: zero");
        case CHARGED -> l.label("trừ phần bị trừ công bố chưa giải thích",
            "charged with an unexplained reported deficit");
        case NO_BONUS_OR_PENALTY -> l.label("không kê khai", "nothing declared");
        case UNKNOWN -> l.label("chưa biết", "unknown");
      };
    }

    private void deficits() {
      Deficits d = Deficits.of(card);
      h.open("section", "data-role", "deficits").nl();
      h.element("h2", l.label("Điểm bị trừ", "Points lost")).nl();
      if (d.items().isEmpty()) {
        h.element("p", l.label("Không có điểm bị trừ trong các phần đã biết.",
            "No points lost in the known parts.")).nl().close("section").nl();
        return;
      }
      h.open("p").text(l.label("Tổng điểm bị trừ (có thể phục hồi để đạt tối đa): ",
          "Total lost (recoverable to full marks): ")).element("b", l.number(d.total()))
          .text(l.label(" điểm, ", " points, ") + d.items().size()
              + l.label(" mục, lớn nhất trước.", " items, largest first."));
      if (!card.isComplete()) {
        h.text(l.label(" Không gồm các phần chưa biết điểm.", " Parts whose points are unknown "
            + "are left out."));
      }
      h.close("p").nl();
      h.open("table", "class", "deficits").nl().open("thead").open("tr");
      h.element("th", l.label("Mã", "Code")).element("th", l.label("Tiêu chí", "Criterion"))
          .element("th", l.label("Tối đa", "Max"), "class", "num")
          .element("th", l.label("Điểm", "Points"), "class", "num")
          .element("th", l.label("Bị trừ", "Lost"), "class", "num")
          .element("th", l.label("Tỷ trọng %", "Share %"), "class", "num")
          .element("th", l.label("Cơ quan chủ trì", "Lead agency"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (DeficitItem i : d.items()) {
        h.open("tr", "data-code", i.code(), "data-remainder", i.remainder() ? "true" : null);
        h.element("td", i.code(), "class", "code");
        h.element("td", (i.remainder() ? l.label("Phần chưa chi tiết hóa: ", "Unitemised: ") : "")
            + l.pick(i.name()) + (i.role() == Role.PENALTY ? l.label(" (điểm trừ)", " (penalty)")
            : ""));
        h.element("td", l.number(i.maxPoints()), "class", "num");
        h.element("td", l.number(i.points()), "class", "num");
        h.element("td", l.number(i.deficit()), "class", "num");
        h.element("td", l.number(i.sharePercent()), "class", "num");
        h.element("td", i.agency().orElse(l.label("(chưa phân công)", "(unassigned)")),
            "class", i.agency().isPresent() ? null : "muted");
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl();
      h.element("h3", l.label("Theo cơ quan chủ trì", "By lead agency")).nl();
      h.open("table", "class", "agencies").nl().open("thead").open("tr");
      h.element("th", l.label("Cơ quan chủ trì", "Lead agency"))
          .element("th", l.label("Bị trừ", "Lost"), "class", "num")
          .element("th", l.label("Tỷ trọng %", "Share %"), "class", "num")
          .element("th", l.label("Tiêu chí", "Items"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (DeficitGroup g : d.byLeadAgency()) {
        h.open("tr");
        h.element("td", g.key().isEmpty() ? l.label("(chưa phân công)", "(unassigned)") : g.key(),
            "class", g.key().isEmpty() ? "muted" : null);
        h.element("td", l.number(g.deficit()), "class", "num");
        h.element("td", l.number(g.sharePercent()), "class", "num");
        h.element("td", String.join(", ", g.codes().stream().map(c -> c.endsWith(" (unitemised)")
            ? c.substring(0, c.length() - " (unitemised)".length())
                + l.label(" (chưa chi tiết)", " (unitemised)") : c).toList()));
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("section").nl();
    }

    private void reconciliation() {
      if (card.reconciliation().isEmpty()) {
        return;
      }
      h.open("section", "data-role", "reconciliation").nl();
      h.element("h2", l.label("Đối chiếu số liệu công bố", "Reconciliation with reported figures"))
          .nl();
      h.element("p", l.label("Mỗi số công bố được so với số tính được, trong phạm vi độ chính xác "
          + "in của nó (9,48 khớp với mọi giá trị cách nó dưới 0,005).",
          "Each reported figure is compared with the computed one within its own printed "
              + "precision (9.48 matches any value within 0.005 of it).")).nl();
      h.open("table", "class", "reconciliation").nl().open("thead").open("tr");
      h.element("th", l.label("Mã", "Code"))
          .element("th", l.label("Điểm công bố", "Reported points"), "class", "num")
          .element("th", l.label("Điểm tính", "Computed points"), "class", "num")
          .element("th", l.label("Bị trừ công bố", "Reported lost"), "class", "num")
          .element("th", l.label("Bị trừ tính", "Computed lost"), "class", "num")
          .element("th", l.label("Không giải thích được", "Unexplained"), "class", "num")
          .element("th", l.label("Kết quả", "Result"));
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (Reconciliation r : card.reconciliation()) {
        h.open("tr", "data-code", r.code(), "data-matches", String.valueOf(r.matches()));
        h.element("td", r.code(), "class", "code", "title", l.pick(card.node(r.code()).name()));
        optional(r.reportedPoints());
        optional(r.computedPoints());
        optional(r.reportedDeficit());
        optional(r.computedDeficit());
        optional(r.unexplained());
        h.open("td").element("span", r.matches() ? l.label("khớp", "matches")
            : l.label("KHÔNG KHỚP", "MISMATCH"), "class", r.matches() ? "match" : "mismatch");
        if (r.chargedToRemainder() != null) {
          h.text(l.label("; đã trừ vào phần chưa chi tiết hóa ",
              "; charged to the unitemised remainder ") + l.number(r.chargedToRemainder()));
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
      h.element("h2", l.label("Lưu ý", "Warnings")).nl();
      h.open("div", "class", "box warnings").open("ul").nl();
      for (Warning w : card.warnings()) {
        h.element("li", l.pick(w.message()), "data-kind", w.kind().name()).nl();
      }
      h.close("ul").close("div").nl().close("section").nl();
    }

    private void explanations() {
      h.open("section", "data-role", "explanations").nl();
      h.element("h2", l.label("Giải thích cách tính", "How each figure was computed")).nl();
      h.element("p", l.label("Bấm vào một dòng để xem số liệu kê khai, tham số và phép tính.",
          "Open a line to see the declared data, the parameters and the arithmetic."), "class",
          "muted screen-only").nl();
      for (NodeScore n : card.nodes()) {
        h.open("details", "data-code", n.code(), "data-leaf", String.valueOf(n.isLeaf())).nl();
        h.open("summary").element("b", n.code()).text(" " + l.pick(n.name()) + " \u2014 "
            + num(n.points().orElse(null)) + " / " + l.number(n.applicableMaxPoints()) + " (")
            .text(ScorecardText.status(n.status(), l)).text(")").close("summary").nl();
        if (n.explanation().isPresent()) {
          leaf(n, n.explanation().get());
        } else if (n.sum().isPresent()) {
          sum(n.sum().get());
        } else {
          h.element("p", l.label("Điểm chưa biết: không giả định, các tổng phía trên cũng chưa "
              + "biết.", "Points unknown: nothing is assumed, and the totals above are unknown "
              + "too."), "class", "unknown").nl();
        }
        h.close("details").nl();
      }
      h.close("section").nl();
    }

    private void leaf(NodeScore n, Explanation x) {
      h.element("p", l.pick(x.sentence())).nl();
      h.open("dl").nl();
      h.element("dt", l.label("Điểm", "Points")).element("dd", num(n.points().orElse(null))
          + l.label(" (làm tròn một lần: ", " (rounded once: ")
          + card.methodology().pointDecimals() + l.label(" chữ số thập phân, ", " decimals, ")
          + card.methodology().rounding() + ")").nl();
      h.element("dt", l.label("Quy tắc", "Rule")).element("dd", x.ruleType()).nl();
      h.element("dt", l.label("Căn cứ", "Basis")).element("dd", basis(x.basis())).nl();
      values(l.label("Số liệu kê khai", "Declared"), x.inputs());
      values(l.label("Tham số", "Parameters"), x.parameters());
      values(l.label("Giá trị trung gian", "Intermediate values"), x.intermediates());
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
        b.append(k).append(" = ").append(value(v));
      });
      h.element("dt", title).element("dd", b.toString()).nl();
    }

    private String value(DataValue v) {
      if (v instanceof DataValue.DecimalValue d) {
        return l.number(d.value());
      } else if (v instanceof DataValue.BooleanValue b) {
        return b.value() ? l.label("có", "yes") : l.label("không", "no");
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
        String label = t.remainder() ? t.code() + l.label(" (chưa chi tiết)", " (unitemised)")
            : t.code();
        String value = t.points() == null ? unknownText() : !t.applicable()
            ? l.label("không áp dụng", "not applicable") : l.number(t.points());
        terms.add(label + " (" + value + ")");
      }
      h.element("p", String.join(" + ", terms) + " = " + num(s.points())).nl();
    }

    private String basis(Basis b) {
      return switch (b) {
        case RULE -> l.label("theo quy tắc", "by the rule");
        case OVERRIDE -> l.label("điểm do thẩm định quyết định", "the appraiser's points");
        case NOT_APPLICABLE -> l.label("không áp dụng", "not applicable");
        case MISSING_FULL -> l.label("không có số liệu: tính đủ điểm",
            "no observation: full marks assumed");
        case MISSING_ZERO -> l.label("không có số liệu: 0 điểm", "no observation: zero");
        case NO_BONUS_OR_PENALTY -> l.label("không kê khai: không cộng, không trừ",
            "nothing declared: no bonus, no penalty");
      };
    }
  }
}
