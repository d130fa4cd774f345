package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.report.internal.Csv;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Ranking} as a readable text report, JSON or CSV.
 *
 * <p>Deterministic: the same ranking gives the same text, with {@code \n} line ends, whatever the
 * platform. Ranks are competition ranks on published indices; units whose index is unknown come last,
 * unranked, written as unknown (never as 0). Stateless and safe to call from several threads.
 */
public final class RankingWriter {
  private RankingWriter() {}

  /**
   * A text report: the table of rank, unit, index, band, gap to the unit above and rank change; then
   * mean, median, best and worst, and the means per region when units name a region.
   *
   * @param r the ranking
   * @param l the language of labels, names and numbers
   * @return the text, ending with a line break
   */
  public static String text(Ranking r, Language l) {
    Messages m = Messages.of(l);
    StringBuilder out = new StringBuilder();
    out.append(m.format("ranking.text.heading", "title", l.pick(r.methodology().title()), "id",
        r.methodology().id(), "year", String.valueOf(r.year()))).append("\n\n");
    TextTable t = new TextTable(
        new String[] {m.get("column.rank"), m.get("column.unit"), m.get("column.index"),
            m.get("column.band"), m.get("ranking.text.gapAbove"), m.get("column.change")},
        new boolean[] {true, false, true, false, true, true}, new int[] {0, 40, 0, 0, 0, 0});
    // the band's name is never cut: officials read it as the result (Hoàn thành tốt nhiệm vụ)
    for (RankEntry e : r.entries()) {
      t.row(e.ranked() ? String.valueOf(e.rank()) : "—", e.unit().label(),
          e.index() == null ? m.get("value.unknown") : l.number(e.index()),
          e.band() == null ? "—" : e.band().label().map(l::pick).orElse(e.band().code()),
          e.gapToAbove() == null ? "" : l.number(e.gapToAbove()),
          e.change().map(RankingWriter::signed).orElse(""));
    }
    t.appendTo(out);
    out.append('\n');
    r.mean().ifPresent(x -> out.append(m.get("ranking.mean")).append(": ")
        .append(l.number(x)).append('\n'));
    r.median().ifPresent(x -> out.append(m.get("ranking.median")).append(": ")
        .append(l.number(x)).append('\n'));
    r.best().ifPresent(b -> out.append(m.get("ranking.best")).append(": ")
        .append(b.unit().label()).append(" (").append(l.number(b.index())).append(")\n"));
    r.worst().ifPresent(w -> out.append(m.get("ranking.worst")).append(": ")
        .append(w.unit().label()).append(" (").append(l.number(w.index())).append(")\n"));
    if (r.byRegion().size() > 1 || !r.byRegion().containsKey("")) {
      out.append('\n').append(m.get("ranking.byRegion")).append('\n');
      TextTable regions = new TextTable(new String[] {m.get("column.region"),
          m.get("ranking.units"), m.get("ranking.mean")},
          new boolean[] {false, true, true}, new int[3]);
      r.byRegion().values().forEach(x -> regions.row(x.region().isEmpty()
          ? m.get("ranking.noRegion") : x.region(), String.valueOf(x.units()),
          l.number(x.mean())));
      regions.appendTo(out);
    }
    return out.toString();
  }

  static String signed(int change) {
    return change > 0 ? "+" + change : String.valueOf(change);
  }

  /**
   * JSON: the units in ranking order, the statistics, the ranks per field and the means per region,
   * pretty-printed; decimals in plain notation, unknown values {@code null}.
   *
   * @param r the ranking
   * @return the text, ending with a line break
   */
  public static String json(Ranking r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Emitter e = Emitter.open(bytes, Syntax.JSON)) {
      e.startObject().field("methodology", r.methodology().id()).field("year", r.year());
      e.startArray("units");
      for (RankEntry x : r.entries()) {
        e.startObject();
        e.name("rank");
        if (x.ranked()) {
          e.value(x.rank());
        } else {
          e.nullValue();
        }
        ModelParts.writeUnit(x.unit(), e);
        e.field("index", x.index());
        e.field("points", x.scorecard().points().orElse(null));
        e.field("band", x.band() == null ? null : x.band().code());
        e.field("gapToAbove", x.gapToAbove());
        e.name("previousRank");
        if (x.previousRank() == null) {
          e.nullValue();
        } else {
          e.value(x.previousRank());
        }
        e.name("change");
        if (x.change().isPresent()) {
          e.value(x.change().get());
        } else {
          e.nullValue();
        }
        e.endObject();
      }
      e.endArray();
      e.field("mean", r.mean().orElse(null)).field("median", r.median().orElse(null));
      e.field("best", r.best().map(b -> b.unit().id()).orElse(null));
      e.field("worst", r.worst().map(w -> w.unit().id()).orElse(null));
      e.startObject("byField");
      for (Map.Entry<String, List<Ranking.FieldRank>> f : r.byField().entrySet()) {
        e.startArray(f.getKey());
        for (Ranking.FieldRank fr : f.getValue()) {
          e.startObject().field("unit", fr.unitId()).field("percent", fr.percent());
          e.name("rank");
          if (fr.rank() > 0) {
            e.value(fr.rank());
          } else {
            e.nullValue();
          }
          e.endObject();
        }
        e.endArray();
      }
      e.endObject();
      e.startArray("byRegion");
      for (Ranking.RegionMean m : r.byRegion().values()) {
        e.startObject().field("region", m.region()).field("units", m.units())
            .field("mean", m.mean()).endObject();
      }
      e.endArray();
      e.endObject();
    }
    return bytes.toString(StandardCharsets.UTF_8) + "\n";
  }

  /**
   * CSV: a header row, then one row per unit in ranking order, with each field's published
   * percentage and rank; empty cells for unknown values.
   *
   * @param r the ranking
   * @return the text, each row ending with a line break
   */
  public static String csv(Ranking r) {
    List<String> header = new ArrayList<>(List.of("rank", "unit", "name", "region", "points",
        "index", "band", "gap_to_above", "previous_rank", "change"));
    for (String code : r.byField().keySet()) {
      header.add("field_" + code + "_percent");
      header.add("field_" + code + "_rank");
    }
    Csv csv = new Csv().row(header);
    for (RankEntry x : r.entries()) {
      List<Object> row = new ArrayList<>(Arrays.asList(x.ranked() ? x.rank() : null,
          x.unit().id(), x.unit().name().orElse(""), x.unit().region().orElse(""),
          x.scorecard().points().orElse(null), x.index(),
          x.band() == null ? "" : x.band().code(), x.gapToAbove(), x.previousRank(),
          x.change().orElse(null)));
      for (List<Ranking.FieldRank> field : r.byField().values()) {
        Ranking.FieldRank fr = field.stream().filter(f -> f.unitId().equals(x.unit().id()))
            .findFirst().orElseThrow();
        row.add(fr.percent());
        row.add(fr.rank() > 0 ? fr.rank() : null);
      }
      csv.row(row);
    }
    return csv.toString();
  }

  /**
   * The ranking as a table for a spreadsheet: the columns of {@link #csv} with headings in the
   * language, the band's label, indices and field percentages with the methodology's index
   * decimals, points with its point decimals.
   *
   * @param r the ranking
   * @param l the language of headings and labels
   * @return the table
   */
  public static Table table(Ranking r, Language l) {
    Messages m = Messages.of(l);
    int index = r.methodology().indexDecimals();
    Table.Builder t = Table.builder(m.get("table.ranking.sheet"),
        m.format("ranking.html.title", "title", l.pick(r.methodology().title()),
            "year", String.valueOf(r.year())))
        .number(m.get("column.rank"), 0).text(m.get("column.unitId")).text(m.get("column.unit"))
        .text(m.get("column.region")).number(m.get("column.points"),
            r.methodology().pointDecimals())
        .number(m.get("column.index"), index).text(m.get("column.band"))
        .number(m.get("ranking.text.gapAbove"), index)
        .number(m.get("ranking.html.previousRank"), 0).number(m.get("column.change"), 0);
    for (String code : r.byField().keySet()) {
      t.number(m.format("column.fieldPercent", "code", code), index)
          .number(m.format("column.fieldRank", "code", code), 0);
    }
    for (RankEntry x : r.entries()) {
      List<Object> row = new ArrayList<>(Arrays.asList(x.ranked() ? x.rank() : null,
          x.unit().id(), x.unit().name().orElse(""), x.unit().region().orElse(""),
          x.scorecard().points().orElse(null), x.index(),
          x.band() == null ? "" : x.band().label().map(l::pick).orElse(x.band().code()),
          x.gapToAbove(), x.previousRank(), x.change().orElse(null)));
      for (List<Ranking.FieldRank> field : r.byField().values()) {
        Ranking.FieldRank fr = field.stream().filter(f -> f.unitId().equals(x.unit().id()))
            .findFirst().orElseThrow();
        row.add(fr.percent());
        row.add(fr.rank() > 0 ? fr.rank() : null);
      }
      t.row(row.toArray());
    }
    return t.build();
  }
}
