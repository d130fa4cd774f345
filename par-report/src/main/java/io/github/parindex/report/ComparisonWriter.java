package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a {@link Comparison} as text, JSON or CSV. */
public final class ComparisonWriter {
  private ComparisonWriter() {}

  /**
   * A text report: both headers, the change of total and index, then each node that differs, with the
   * second side's explanation of a changed leaf (why the appraiser moved it).
   *
   * @param c the comparison
   * @param l the language
   * @param all whether to list every node, or only the changed ones
   * @return the text
   */
  public static String text(Comparison c, Language l, boolean all) {
    StringBuilder out = new StringBuilder();
    header(out, "A", c.first(), l);
    header(out, "B", c.second(), l);
    out.append(l.label("Thay đổi tổng điểm (B − A)", "Change of total (B − A)")).append(": ")
        .append(c.pointsDelta().map(d -> signed(d, l)).orElse("—")).append(" · ")
        .append(l.label("thay đổi chỉ số", "change of index")).append(": ")
        .append(c.indexDelta().map(d -> signed(d, l)).orElse("—")).append("\n\n");
    TextTable t = new TextTable(
        new String[] {l.label("Mã", "Code"), l.label("Tiêu chí", "Criterion"), "A", "B",
            "B − A", l.label("Trạng thái A", "Status A"), l.label("Trạng thái B", "Status B")},
        new boolean[] {false, false, true, true, true, false, false},
        new int[] {0, 44, 0, 0, 0, 0, 0});
    List<Comparison.Row> rows = all ? c.rows() : c.changed();
    for (Comparison.Row r : rows) {
      t.row(r.code(), l.pick(r.name()), side(r.first(), l), side(r.second(), l),
          r.delta().map(d -> signed(d, l)).orElse(""),
          r.firstStatus().map(s -> ScorecardText.status(s, l)).orElse(l.label("(không có)", "(absent)")),
          r.secondStatus().map(s -> ScorecardText.status(s, l)).orElse(l.label("(không có)",
              "(absent)")));
    }
    t.appendTo(out);
    boolean why = false;
    for (Comparison.Row r : rows) {
      if (r.matched() && r.changed() && r.second().explanation().isPresent()) {
        if (!why) {
          out.append('\n').append(l.label("Giải thích (B)", "Why (B)")).append('\n');
          why = true;
        }
        out.append("- ").append(r.code()).append(": ")
            .append(l.pick(r.second().explanation().get().sentence())).append('\n');
      }
    }
    if (!c.onlyInFirst().isEmpty()) {
      out.append('\n').append(l.label("Chỉ có ở A", "Only in A")).append(": ")
          .append(String.join(", ", c.onlyInFirst())).append('\n');
    }
    if (!c.onlyInSecond().isEmpty()) {
      out.append('\n').append(l.label("Chỉ có ở B", "Only in B")).append(": ")
          .append(String.join(", ", c.onlyInSecond())).append('\n');
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String side, Scorecard s, Language l) {
    out.append(side).append(": ").append(s.unit().label()).append(" · ").append(s.methodology().id())
        .append(" · ").append(s.year()).append(" · ").append(s.stage()).append(" · ")
        .append(l.label("tổng", "total")).append(' ')
        .append(s.points().map(l::number).orElse(l.label("chưa biết", "unknown")))
        .append(" · ").append(l.label("chỉ số", "index")).append(' ')
        .append(s.index().map(l::number).orElse("—")).append('\n');
  }

  private static String side(NodeScore n, Language l) {
    if (n == null) {
      return "";
    }
    return n.points().map(l::number).orElse("?") + " / " + l.number(n.applicableMaxPoints());
  }

  private static String signed(BigDecimal d, Language l) {
    return (d.signum() > 0 ? "+" : "") + l.number(d);
  }

  /**
   * JSON: both headers, the deltas, every row and the codes on one side only.
   *
   * @param c the comparison
   * @return the text
   */
  public static String json(Comparison c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(bytes, Syntax.JSON)) {
      e.startObject();
      card(e, "first", c.first());
      card(e, "second", c.second());
      e.field("sameMethodology", c.sameMethodology());
      e.field("pointsDelta", c.pointsDelta().orElse(null));
      e.field("indexDelta", c.indexDelta().orElse(null));
      e.startArray("rows");
      for (Comparison.Row r : c.rows()) {
        e.startObject().field("code", r.code()).field("name", r.name());
        node(e, "first", r.first());
        node(e, "second", r.second());
        e.field("delta", r.delta().orElse(null)).field("changed", r.changed()).endObject();
      }
      e.endArray();
      e.startArray("onlyInFirst");
      c.onlyInFirst().forEach(e::value);
      e.endArray().startArray("onlyInSecond");
      c.onlyInSecond().forEach(e::value);
      e.endArray().endObject();
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void card(Emitter e, String name, Scorecard s) {
    e.startObject(name).field("methodology", s.methodology().id()).field("year", s.year())
        .field("unit", s.unit().id()).field("stage", s.stage().name())
        .field("points", s.points().orElse(null)).field("index", s.index().orElse(null))
        .field("band", s.band().map(b -> b.code()).orElse(null)).endObject();
  }

  private static void node(Emitter e, String name, NodeScore n) {
    e.name(name);
    if (n == null) {
      e.nullValue();
      return;
    }
    e.startObject().field("maxPoints", n.maxPoints())
        .field("applicableMaxPoints", n.applicableMaxPoints())
        .field("points", n.points().orElse(null)).field("status", n.status().name())
        .field("basis", n.explanation().map(x -> x.basis().name()).orElse(null));
    n.explanation().ifPresent(x -> e.field("explanation", x.sentence()));
    e.endObject();
  }

  /**
   * CSV: one row per node.
   *
   * @param c the comparison
   * @param l the language of names
   * @return the text
   */
  public static String csv(Comparison c, Language l) {
    Csv csv = new Csv().row("code", "name", "first_max_points", "first_points", "first_status",
        "second_max_points", "second_points", "second_status", "delta", "changed");
    for (Comparison.Row r : c.rows()) {
      csv.row(r.code(), l.pick(r.name()),
          r.first() == null ? "" : Csv.num(r.first().applicableMaxPoints()),
          r.first() == null ? "" : Csv.num(r.first().points().orElse(null)),
          r.firstStatus().map(Enum::name).orElse(""),
          r.second() == null ? "" : Csv.num(r.second().applicableMaxPoints()),
          r.second() == null ? "" : Csv.num(r.second().points().orElse(null)),
          r.secondStatus().map(Enum::name).orElse(""), Csv.num(r.delta().orElse(null)),
          String.valueOf(r.changed()));
    }
    return csv.toString();
  }
}
