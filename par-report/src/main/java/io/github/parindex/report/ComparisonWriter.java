package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.NodeScore;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Comparison} of two scorecards (A and B, node by node) as a readable text report,
 * JSON or CSV.
 *
 * <p>Deterministic: the same comparison gives the same text, with {@code \n} line ends, whatever
 * the platform. Differences are B − A, exact, signed in the text; an unknown side is written as
 * unknown. Stateless and safe to call from several threads.
 */
public final class ComparisonWriter {
  private ComparisonWriter() {}

  /**
   * A text report: both headers, the change of total and index, then each node that differs, with the
   * second side's explanation of a changed leaf (why the appraiser moved it).
   *
   * @param c the comparison
   * @param l the language of labels, names and numbers
   * @param all whether to list every node, or only the changed ones
   * @return the text, ending with a line break
   */
  public static String text(Comparison c, Language l, boolean all) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    header(out, "A", c.first(), l, m);
    header(out, "B", c.second(), l, m);
    out.append(m.format("comparison.text.change", "points",
        c.pointsDelta().map(d -> signed(d, l)).orElse("—"), "index",
        c.indexDelta().map(d -> signed(d, l)).orElse("—"))).append("\n\n");
    TextTable t = new TextTable(
        new String[] {m.get("column.code"), m.get("column.criterion"), "A", "B",
            "B − A", m.get("comparison.statusA"), m.get("comparison.statusB")},
        new boolean[] {false, false, true, true, true, false, false},
        new int[] {0, 44, 0, 0, 0, 0, 0});
    List<Comparison.Row> rows = all ? c.rows() : c.changed();
    for (Comparison.Row r : rows) {
      t.row(r.code(), l.pick(r.name()), side(r.first(), l), side(r.second(), l),
          r.delta().map(d -> signed(d, l)).orElse(""),
          r.firstStatus().map(s -> m.code("status", s)).orElse(m.get("comparison.absent")),
          r.secondStatus().map(s -> m.code("status", s)).orElse(m.get("comparison.absent")));
    }
    t.appendTo(out);
    boolean why = false;
    for (Comparison.Row r : rows) {
      if (r.matched() && r.changed() && r.second().explanation().isPresent()) {
        if (!why) {
          out.append('\n').append(m.get("comparison.why")).append('\n');
          why = true;
        }
        out.append("- ").append(r.code()).append(": ")
            .append(l.pick(r.second().explanation().get().sentence())).append('\n');
      }
    }
    if (!c.onlyInFirst().isEmpty()) {
      out.append('\n').append(m.format("comparison.onlyInFirst", "codes",
          String.join(", ", c.onlyInFirst()))).append('\n');
    }
    if (!c.onlyInSecond().isEmpty()) {
      out.append('\n').append(m.format("comparison.onlyInSecond", "codes",
          String.join(", ", c.onlyInSecond()))).append('\n');
    }
    return out.toString();
  }

  private static void header(StringBuilder out, String side, Scorecard s, Language l,
      Messages m) {
    out.append(m.format("comparison.text.side", "side", side, "unit", s.unit().label(),
        "methodology", s.methodology().id(), "year", String.valueOf(s.year()), "stage",
        m.code("stageCode", s.stage()), "points",
        s.points().map(l::number).orElse(m.get("value.unknown")), "index",
        s.index().map(l::number).orElse("—"))).append('\n');
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
   * JSON: both headers, the deltas, every row (changed or not) and the codes on one side only,
   * pretty-printed.
   *
   * @param c the comparison
   * @return the text, ending with a line break
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
   * CSV: a header row, then one row per node (changed or not); English column names and codes in
   * every language.
   *
   * @param c the comparison
   * @param l the language of the names
   * @return the text, each row ending with a line break
   */
  public static String csv(Comparison c, Language l) {
    Csv csv = new Csv().row("code", "name", "first_max_points", "first_points", "first_status",
        "second_max_points", "second_points", "second_status", "delta", "changed");
    for (Comparison.Row r : c.rows()) {
      csv.row(r.code(), l.pick(r.name()),
          r.first() == null ? null : r.first().applicableMaxPoints(),
          r.first() == null ? null : r.first().points().orElse(null),
          r.firstStatus().orElse(null),
          r.second() == null ? null : r.second().applicableMaxPoints(),
          r.second() == null ? null : r.second().points().orElse(null),
          r.secondStatus().orElse(null), r.delta().orElse(null), r.changed());
    }
    return csv.toString();
  }

  /**
   * The comparison as a table for a spreadsheet: the columns of {@link #csv} with headings in the
   * language, statuses in words, points with the methodology's point decimals.
   *
   * @param c the comparison
   * @param l the language of headings, names and words
   * @return the table
   */
  public static Table table(Comparison c, Language l) {
    Messages m = Messages.of(l);
    int points = c.second().methodology().pointDecimals();
    Table.Builder t = Table.builder(m.get("table.comparison.sheet"),
        m.format("table.comparison.title", "first", c.first().unit().label(),
            "second", c.second().unit().label()))
        .text(m.get("column.code")).text(m.get("column.criterion"))
        .number(m.get("table.comparison.maxA"), points)
        .number(m.get("table.comparison.pointsA"), points).text(m.get("comparison.statusA"))
        .number(m.get("table.comparison.maxB"), points)
        .number(m.get("table.comparison.pointsB"), points).text(m.get("comparison.statusB"))
        .number(m.get("table.comparison.delta"), points);
    for (Comparison.Row r : c.rows()) {
      t.row(r.code(), l.pick(r.name()),
          r.first() == null ? null : r.first().applicableMaxPoints(),
          r.first() == null ? null : r.first().points().orElse(null),
          r.firstStatus().map(s -> m.code("status", s)).orElse(""),
          r.second() == null ? null : r.second().applicableMaxPoints(),
          r.second() == null ? null : r.second().points().orElse(null),
          r.secondStatus().map(s -> m.code("status", s)).orElse(""), r.delta().orElse(null));
    }
    return t.build();
  }
}
