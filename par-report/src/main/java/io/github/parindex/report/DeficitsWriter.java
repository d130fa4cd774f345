package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.DeficitItem;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes {@link Deficits} as text, JSON or CSV. */
public final class DeficitsWriter {
  private DeficitsWriter() {}

  /**
   * A text report: the items, largest first, then the groups by field and by lead agency.
   *
   * @param d the deficits
   * @param l the language
   * @return the text
   */
  public static String text(Deficits d, Language l) {
    Scorecard card = d.scorecard();
    StringBuilder out = new StringBuilder();
    out.append(l.label("Điểm bị trừ", "Deficits")).append(": ").append(card.unit().label())
        .append(" · ").append(card.methodology().id()).append(" · ").append(card.year())
        .append('\n').append(l.label("Tổng điểm bị trừ (có thể phục hồi để đạt tối đa)",
            "Total lost (recoverable to full marks)")).append(": ").append(l.number(d.total()))
        .append("\n\n");
    TextTable t = new TextTable(
        new String[] {l.label("Mã", "Code"), l.label("Tiêu chí", "Criterion"),
            l.label("Tối đa", "Max"), l.label("Điểm", "Points"), l.label("Bị trừ", "Lost"),
            l.label("Tỷ trọng %", "Share %"), l.label("Cơ quan chủ trì", "Lead agency")},
        new boolean[] {false, false, true, true, true, true, false},
        new int[] {0, 48, 0, 0, 0, 0, 36});
    for (DeficitItem i : d.items()) {
      t.row(i.remainder() ? i.code() + l.label(" (chưa chi tiết)", " (unitemised)") : i.code(),
          l.pick(i.name()), l.number(i.maxPoints()), l.number(i.points()), l.number(i.deficit()),
          l.number(i.sharePercent()), i.agency().orElse("—"));
    }
    t.appendTo(out);
    groups(out, l.label("Theo lĩnh vực", "By field"), d.byField(), l);
    groups(out, l.label("Theo cơ quan chủ trì", "By lead agency"), d.byLeadAgency(), l);
    return out.toString();
  }

  private static void groups(StringBuilder out, String title, List<DeficitGroup> groups,
      Language l) {
    out.append('\n').append(title).append('\n');
    TextTable t = new TextTable(
        new String[] {"", l.label("Bị trừ", "Lost"), l.label("Tỷ trọng %", "Share %"),
            l.label("Tiêu chí", "Items")},
        new boolean[] {false, true, true, false}, new int[] {60, 0, 0, 60});
    for (DeficitGroup g : groups) {
      String label = g.key().isEmpty() ? l.label("(chưa phân công)", "(unassigned)")
          : g.name() != null ? g.key() + " " + l.pick(g.name()) : g.key();
      t.row(label, l.number(g.deficit()), l.number(g.sharePercent()), String.join(", ", g.codes()));
    }
    t.appendTo(out);
  }

  /**
   * JSON: the items, the total and the groups.
   *
   * @param d the deficits
   * @return the text
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
   * CSV: one row per item, largest first.
   *
   * @param d the deficits
   * @param l the language of names
   * @return the text
   */
  public static String csv(Deficits d, Language l) {
    Csv csv = new Csv().row("code", "remainder", "name", "field", "lead_agency", "role",
        "max_points", "points", "deficit", "share_percent", "status");
    for (DeficitItem i : d.items()) {
      csv.row(i.code(), String.valueOf(i.remainder()), l.pick(i.name()), i.field(),
          i.agency().orElse(""), i.role().name(), Csv.num(i.maxPoints()), Csv.num(i.points()),
          Csv.num(i.deficit()), Csv.num(i.sharePercent()), i.status().name());
    }
    return csv.toString();
  }
}
