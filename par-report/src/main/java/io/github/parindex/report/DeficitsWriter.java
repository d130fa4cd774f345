package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes {@link Deficits} (the points lost, largest first, and their groups by field and by lead
 * agency) as a readable text report, JSON or CSV.
 *
 * <p>Deterministic: the same deficits give the same text, with {@code \n} line ends, whatever the
 * platform. Decimals carry the methodology's decimals (points) and index decimals (shares); the text
 * writes them in the language's notation, JSON and CSV in plain notation with a point. Stateless and
 * safe to call from several threads.
 */
public final class DeficitsWriter {
  /** The suffix the engine gives a remainder's code in a deficit group's codes. */
  private static final String UNITEMISED = " (unitemised)";

  private DeficitsWriter() {}

  /**
   * A text report: the total, the items largest first (ties in document order), then the groups by
   * field and by lead agency.
   *
   * @param d the deficits
   * @param l the language of labels, names and numbers
   * @return the text, ending with a line break
   */
  public static String text(Deficits d, Language l) {
    Messages m = Messages.of(l);
    Scorecard card = d.scorecard();
    StringBuilder out = new StringBuilder();
    out.append(m.format("deficits.text.heading", "unit", card.unit().label(), "methodology",
        card.methodology().id(), "year", String.valueOf(card.year()))).append('\n')
        .append(m.format("deficits.text.total", "total", l.number(d.total()))).append("\n\n");
    TextTable t = new TextTable(
        new String[] {m.get("column.code"), m.get("column.criterion"), m.get("column.max"),
            m.get("column.points"), m.get("column.lost"), m.get("column.share"),
            m.get("column.leadAgency")},
        new boolean[] {false, false, true, true, true, true, false},
        new int[] {0, 48, 0, 0, 0, 0, 36});
    for (DeficitItem i : d.items()) {
      t.row(i.remainder() ? m.format("code.unitemised", "code", i.code()) : i.code(),
          l.pick(i.name()), l.number(i.maxPoints()), l.number(i.points()), l.number(i.deficit()),
          l.number(i.sharePercent()), i.agency().orElse("—"));
    }
    t.appendTo(out);
    groups(out, m.get("deficits.byField"), d.byField(), l, m);
    groups(out, m.get("deficits.byLeadAgency"), d.byLeadAgency(), l, m);
    return out.toString();
  }

  private static void groups(StringBuilder out, String title, List<DeficitGroup> groups,
      Language l, Messages m) {
    out.append('\n').append(title).append('\n');
    TextTable t = new TextTable(
        new String[] {"", m.get("column.lost"), m.get("column.share"), m.get("column.items")},
        new boolean[] {false, true, true, false}, new int[] {60, 0, 0, 60});
    for (DeficitGroup g : groups) {
      String label = g.key().isEmpty() ? m.get("deficits.unassigned")
          : g.name() != null ? g.key() + " " + l.pick(g.name()) : g.key();
      t.row(label, l.number(g.deficit()), l.number(g.sharePercent()),
          codes(g, c -> m.format("deficits.text.remainderInGroup", "code", c)));
    }
    t.appendTo(out);
  }

  /**
   * A group's codes, comma-separated, a remainder's code written by {@code remainder} (the engine
   * gives it as {@code "CODE (unitemised)"}).
   */
  static String codes(DeficitGroup g, UnaryOperator<String> remainder) {
    return String.join(", ", g.codes().stream().map(c -> c.endsWith(UNITEMISED)
        ? remainder.apply(c.substring(0, c.length() - UNITEMISED.length())) : c).toList());
  }

  /**
   * JSON: the methodology, year, unit, total, items and groups ({@code byField},
   * {@code byLeadAgency}), pretty-printed; names in both languages.
   *
   * @param d the deficits
   * @return the text, ending with a line break
   */
  public static String json(Deficits d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(bytes, Syntax.JSON)) {
      Scorecard card = d.scorecard();
      e.startObject().field("methodology", card.methodology().id()).field("year", card.year())
          .field("unit", card.unit().id()).field("total", d.total()).startArray("items");
      for (DeficitItem i : d.items()) {
        e.startObject().field("code", i.code()).field("remainder", i.remainder())
            .field("name", i.name()).field("field", i.field())
            .field("leadAgency", i.leadAgency()).field("role", i.role().name())
            .field("maxPoints", i.maxPoints()).field("points", i.points())
            .field("deficit", i.deficit()).field("sharePercent", i.sharePercent())
            .field("status", i.status().name()).endObject();
      }
      e.endArray();
      group(e, "byField", d.byField());
      group(e, "byLeadAgency", d.byLeadAgency());
      e.endObject();
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  private static void group(Emitter e, String name, List<DeficitGroup> groups) {
    e.startArray(name);
    for (DeficitGroup g : groups) {
      e.startObject().field("key", g.key()).field("label", g.label()).field("deficit", g.deficit())
          .field("sharePercent", g.sharePercent()).startArray("codes");
      g.codes().forEach(e::value);
      e.endArray().endObject();
    }
    e.endArray();
  }

  /**
   * CSV: a header row, then one row per item, largest first; English column names and codes in
   * every language.
   *
   * @param d the deficits
   * @param l the language of the names
   * @return the text, each row ending with a line break
   */
  public static String csv(Deficits d, Language l) {
    Csv csv = new Csv().row("code", "remainder", "name", "field", "lead_agency", "role",
        "max_points", "points", "deficit", "share_percent", "status");
    for (DeficitItem i : d.items()) {
      csv.row(i.code(), i.remainder(), l.pick(i.name()), i.field(), i.agency().orElse(""),
          i.role(), i.maxPoints(), i.points(), i.deficit(), i.sharePercent(), i.status());
    }
    return csv.toString();
  }

  /**
   * The deficits as a table for a spreadsheet: the columns of {@link #csv} with headings in the
   * language, statuses and roles in words, points with the methodology's point decimals and shares
   * with its index decimals.
   *
   * @param d the deficits
   * @param l the language of headings, names and words
   * @return the table
   */
  public static Table table(Deficits d, Language l) {
    Messages m = Messages.of(l);
    Scorecard card = d.scorecard();
    int points = card.methodology().pointDecimals();
    Table.Builder t = Table.builder(m.get("table.deficits.sheet"),
        m.format("deficits.text.heading", "unit", card.unit().label(), "methodology",
            l.pick(card.methodology().title()), "year", String.valueOf(card.year())))
        .text(m.get("column.code")).text(m.get("column.criterion")).text(m.get("column.field"))
        .text(m.get("column.leadAgency")).number(m.get("column.max"), points)
        .number(m.get("column.points"), points).number(m.get("column.lost"), points)
        .number(m.get("column.share"), card.methodology().indexDecimals())
        .text(m.get("column.status"));
    for (DeficitItem i : d.items()) {
      t.row(i.remainder() ? m.format("code.unitemised", "code", i.code()) : i.code(),
          l.pick(i.name()), i.field(), i.agency().orElse(""), i.maxPoints(), i.points(),
          i.deficit(), i.sharePercent(), m.code("status", i.status()));
    }
    return t.build();
  }
}
