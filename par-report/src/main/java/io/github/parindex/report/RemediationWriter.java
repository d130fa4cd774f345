package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.Remediation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Who must file a remediation plan ({@link Remediation}) as text in the catalogue's words, as JSON
 * ({@code par-remediation/1}), as CSV with one row per cause (a node under its threshold, or the
 * band), or as a {@link Table} of the same rows for a spreadsheet.
 *
 * <p>Guarantees: the same list gives byte-identical output; decimals are written exactly.
 */
public final class RemediationWriter {
  /** The JSON format name. */
  public static final String FORMAT = "par-remediation/1";

  private RemediationWriter() {}

  /**
   * As readable text.
   *
   * @param r the list
   * @param l the language
   * @return the text, ending with a line break
   */
  public static String text(Remediation r, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    for (Remediation.Group g : r.alerts()) {
      out.append(m.format("remediation.text.alert", "id", label(r, g, m), "count",
          String.valueOf(g.units().size())));
      g.messageText().ifPresent(x -> out.append(" \u2014 ").append(l.pick(x)));
      out.append('\n');
      if (g.units().isEmpty()) {
        out.append("  ").append(m.get("remediation.text.none")).append('\n');
      }
      for (Remediation.UnitEntry u : g.units()) {
        List<String> causes = new ArrayList<>();
        for (RaisedAlert a : u.causes()) {
          causes.add(a.byBand() ? m.format("alerts.text.band", "band", Caps.band(r.methodology(), a.band(), l))
              : a.code() + " " + l.number(a.percent()) + " % < " + l.number(a.belowPercent())
                  + " %");
        }
        out.append("- ").append(u.unit().label()).append(" (").append(u.unit().id())
            .append(") · ").append(u.index() == null ? "—" : l.number(u.index()) + " %")
            .append(" · ").append(u.band() == null ? "—" : Caps.band(u.band(), l))
            .append(": ").append(String.join("; ", causes)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * As pretty-printed JSON ({@code par-remediation/1}).
   *
   * @param r the list
   * @return the text, ending with a line break
   */
  public static String json(Remediation r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(out, Syntax.JSON)) {
      e.startObject().field("format", FORMAT).field("methodology", r.methodology().id());
      e.startArray("alerts");
      for (Remediation.Group g : r.alerts()) {
        e.startObject().field("id", g.id()).field("generatedId", g.generated());
        g.messageText().ifPresent(x -> e.field("message", x));
        e.startArray("units");
        for (Remediation.UnitEntry u : g.units()) {
          e.startObject();
          ModelParts.writeUnit(u.unit(), e);
          e.field("index", u.index()).field("band", u.band() == null ? null : u.band().code());
          e.startArray("causes");
          for (RaisedAlert a : u.causes()) {
            e.startObject();
            if (a.byBand()) {
              e.field("band", a.band());
            } else {
              e.field("code", a.code()).field("percent", a.percent())
                  .field("belowPercent", a.belowPercent());
            }
            e.endObject();
          }
          e.endArray().endObject();
        }
        e.endArray().endObject();
      }
      e.endArray().endObject();
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  /**
   * As CSV: one row per cause, with the header {@code alert, unit, name, index, band, cause_code,
   * cause_percent, below_percent, cause_band}.
   *
   * @param r the list
   * @return the text, each row ending with a line break
   */
  public static String csv(Remediation r) {
    Csv csv = new Csv().row(List.of("alert", "unit", "name", "index", "band", "cause_code",
        "cause_percent", "below_percent", "cause_band"));
    for (Remediation.Group g : r.alerts()) {
      for (Remediation.UnitEntry u : g.units()) {
        for (RaisedAlert a : u.causes()) {
          csv.row(g.id(), u.unit().id(), u.unit().name().orElse(""), u.index(),
              u.band() == null ? "" : u.band().code(), a.code() == null ? "" : a.code(),
              a.percent(), a.belowPercent(), a.band() == null ? "" : a.band());
        }
      }
    }
    return csv.toString();
  }

  /**
   * The list as a table for a spreadsheet: one row per cause, as {@link #csv}, with headings in the
   * language, the alert's message, the band's label, and indices and percentages with the
   * methodology's index decimals.
   *
   * @param r the list
   * @param l the language of headings and words
   * @return the table
   */
  public static Table table(Remediation r, Language l) {
    Messages m = Messages.of(l);
    int decimals = r.methodology().indexDecimals();
    Table.Builder t = Table.builder(m.get("table.remediation.sheet"), m.format(
        "table.remediation.title", "methodology", l.pick(r.methodology().title())))
        .text(m.get("dashboard.alert")).text(m.get("table.remediation.message"))
        .text(m.get("column.unitId")).text(m.get("column.unit"))
        .number(m.get("column.index"), decimals).text(m.get("column.band"))
        .text(m.get("column.code")).number(m.get("table.remediation.percent"), decimals)
        .number(m.get("dashboard.threshold"), decimals)
        .text(m.get("table.remediation.byBand"));
    for (Remediation.Group g : r.alerts()) {
      String message = g.messageText().map(l::pick).orElse("");
      for (Remediation.UnitEntry u : g.units()) {
        String band = u.band() == null ? "" : Caps.band(u.band(), l);
        for (RaisedAlert a : u.causes()) {
          t.row(label(r, g, m), message, u.unit().id(), u.unit().label(), u.index(), band,
              a.code() == null ? "" : a.code(), a.percent(), a.belowPercent(),
              a.byBand() ? Caps.band(r.methodology(), a.band(), l) : "");
        }
      }
    }
    return t.build();
  }

  /**
   * A group's label as a reader sees it: an alert's own id as the methodology writes it; the label
   * par generates for an alert without one ({@code alert-2}, which JSON and CSV keep for programs)
   * in the language's words ("Cảnh báo 2").
   */
  private static String label(Remediation r, Remediation.Group g, Messages m) {
    if (g.generated()) {
      for (int i = 0; i < r.methodology().alerts().size(); i++) {
        if (Remediation.label(r.methodology(), i).equals(g.id())) {
          return m.format("remediation.text.generated", "number", String.valueOf(i + 1));
        }
      }
    }
    return g.id();
  }
}
