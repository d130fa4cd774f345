package io.github.parindex.cli;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code par methodologies}: lists the methodologies bundled with par — id, title, evaluation
 * years, whether every point is itemised into leaves, and the itemised share of the maximum — as a
 * table, JSON or CSV.
 */
final class MethodologiesCommand implements Command {
  private static final String DASH = "\u2013";

  /** Creates the command. */
  MethodologiesCommand() {}

  @Override
  public String name() {
    return "methodologies";
  }

  @Override
  public String summary() {
    return "list the bundled methodologies";
  }

  @Override
  public String description() {
    return "Lists the methodologies bundled with par: id (for --methodology), title, evaluation\n"
        + "years, whether the methodology is complete (every point itemised into leaves) and the\n"
        + "itemised share of its maximum, in percent. An incomplete methodology scores its\n"
        + "untranscribed points as unitemised remainders.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.none();
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
  }

  @Override
  public int run(Invocation invocation) {
    List<Methodology> all = BundledMethodologies.all();
    String lang = invocation.lang();
    switch (invocation.format()) {
      case JSON:
        invocation.out().line(json(all, lang));
        break;
      case CSV:
        invocation.out().print(csv(all, lang));
        break;
      default:
        invocation.out().print(table(all, lang));
    }
    return ExitCode.OK;
  }

  /**
   * The evaluation years, e.g. {@code 2022–} or {@code 2017–2019}.
   *
   * @param m the methodology
   * @return the years
   */
  static String years(Methodology m) {
    return m.validFrom() + DASH + (m.validTo().isPresent() ? m.validTo().getAsInt() + "" : "");
  }

  private static String table(List<Methodology> all, String lang) {
    boolean en = lang.equals("en");
    TextTable table = new TextTable(en
        ? List.of("Id", "Title", "Years", "Complete", "Itemised (%)")
        : List.of("Mã", "Tên", "Năm áp dụng", "Đầy đủ", "Đã chi tiết (%)"),
        List.of(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
            TextTable.Align.LEFT, TextTable.Align.RIGHT));
    for (Methodology m : all) {
      boolean complete = m.completeness().isComplete();
      table.row(List.of(m.id(), m.title().get(lang), years(m),
          en ? (complete ? "yes" : "no") : (complete ? "có" : "không"),
          m.completeness().itemisedPercent().toPlainString()));
    }
    return table.render();
  }

  private static String json(List<Methodology> all, String lang) {
    JsonWriter json = new JsonWriter().beginObject().name("methodologies").beginArray();
    for (Methodology m : all) {
      json.beginObject()
          .name("id").value(m.id())
          .name("title").value(m.title().get(lang))
          .name("validFrom").value(m.validFrom())
          .name("validTo");
      if (m.validTo().isPresent()) {
        json.value(m.validTo().getAsInt());
      } else {
        json.nullValue();
      }
      json.name("years").value(years(m))
          .name("complete").value(m.completeness().isComplete())
          .name("itemisedPercent").value(m.completeness().itemisedPercent())
          .endObject();
    }
    return json.endArray().endObject().toString();
  }

  private static String csv(List<Methodology> all, String lang) {
    StringBuilder text = new StringBuilder(Csv.record(List.of("id", "title", "validFrom", "validTo",
        "years", "complete", "itemisedPercent")));
    for (Methodology m : all) {
      text.append(Csv.record(List.of(m.id(), m.title().get(lang), m.validFrom() + "",
          m.validTo().isPresent() ? m.validTo().getAsInt() + "" : "", years(m),
          m.completeness().isComplete() + "", m.completeness().itemisedPercent().toPlainString())));
    }
    return text.toString();
  }
}
