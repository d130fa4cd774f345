package io.github.parindex.cli;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.TextTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code par methodologies}: lists the methodologies bundled with par — id, title, evaluation
 * years, whether every point is itemised into leaves, and the itemised share of the maximum — as a
 * table, JSON or CSV.
 */
@Command(name = "methodologies", header = "list the bundled methodologies", description = """
    Lists the methodologies bundled with par: id (for --methodology), title, evaluation
    years, whether the methodology is complete (every point itemised into leaves) and the
    itemised share of its maximum, in percent. An incomplete methodology scores its
    untranscribed points as unitemised remainders.
    """)
final class MethodologiesCommand extends ParCommand {
  private static final String DASH = "\u2013";

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
  }

  @Override
  int run() {
    List<Methodology> all = BundledMethodologies.all();
    switch (format()) {
      case JSON -> out().line(json(all, lang()));
      case CSV -> out().print(csv(all, lang()));
      default -> out().print(table(all, lang()));
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
    String[] header = en ? new String[] {"Id", "Title", "Years", "Complete", "Itemised (%)"}
        : new String[] {"Mã", "Tên", "Năm áp dụng", "Đầy đủ", "Đã chi tiết (%)"};
    TextTable table = new TextTable(header, new boolean[] {false, false, false, false, true},
        new int[5]);
    for (Methodology m : all) {
      boolean complete = m.completeness().isComplete();
      table.row(m.id(), m.title().get(lang), years(m),
          en ? (complete ? "yes" : "no") : (complete ? "có" : "không"),
          // the language's notation (23,25 in Vietnamese), as every readable report writes numbers
          io.github.parindex.model.Language.of(lang).number(m.completeness().itemisedPercent()));
    }
    StringBuilder text = new StringBuilder();
    table.appendTo(text);
    return text.toString();
  }

  private static String json(List<Methodology> all, String lang) {
    return json(json -> {
      json.startObject().startArray("methodologies");
      for (Methodology m : all) {
        json.startObject()
            .field("id", m.id())
            .field("title", m.title().get(lang))
            .field("validFrom", m.validFrom())
            .name("validTo");
        if (m.validTo().isPresent()) {
          json.value(m.validTo().getAsInt());
        } else {
          json.nullValue();
        }
        json.field("years", years(m))
            .field("complete", m.completeness().isComplete())
            .field("itemisedPercent", m.completeness().itemisedPercent())
            .endObject();
      }
      json.endArray().endObject();
    });
  }

  private static String csv(List<Methodology> all, String lang) {
    Csv csv = new Csv().row("id", "title", "validFrom", "validTo", "years", "complete",
        "itemisedPercent");
    for (Methodology m : all) {
      csv.row(m.id(), m.title().get(lang), m.validFrom(),
          m.validTo().isPresent() ? m.validTo().getAsInt() : null, years(m),
          m.completeness().isComplete(), m.completeness().itemisedPercent());
    }
    return csv.toString();
  }
}
