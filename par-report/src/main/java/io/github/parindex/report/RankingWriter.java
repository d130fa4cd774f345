package io.github.parindex.report;

import io.github.parindex.model.Language;
import io.github.parindex.model.io.internal.Emitter;
import io.github.parindex.model.io.internal.ModelParts;
import io.github.parindex.model.io.Syntax;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.report.internal.TextTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a {@link Ranking} as text, JSON or CSV. */
public final class RankingWriter {
  private RankingWriter() {}

  /**
   * A text table: rank, unit, index, band, gap to the unit above, rank change; then statistics.
   *
   * @param r the ranking
   * @param l the language
   * @return the text
   */
  public static String text(Ranking r, Language l) {
    StringBuilder out = new StringBuilder();
    out.append(l.pick(r.methodology().title())).append(" (").append(r.methodology().id())
        .append(") · ").append(l.label("Năm đánh giá", "Evaluation year")).append(' ')
        .append(r.year()).append("\n\n");
    TextTable t = new TextTable(
        new String[] {l.label("Hạng", "Rank"), l.label("Đơn vị", "Unit"),
            l.label("Chỉ số", "Index"), l.label("Nhóm", "Band"),
            l.label("Cách đơn vị trên", "Gap above"), l.label("Thay đổi", "Change")},
        new boolean[] {true, false, true, false, true, true}, new int[] {0, 40, 0, 20, 0, 0});
    for (RankEntry e : r.entries()) {
      t.row(e.ranked() ? String.valueOf(e.rank()) : "—", e.unit().label(),
          e.index() == null ? l.label("chưa biết", "unknown") : l.number(e.index()),
          e.band() == null ? "—" : e.band().label().map(l::pick).orElse(e.band().code()),
          e.gapToAbove() == null ? "" : l.number(e.gapToAbove()),
          e.change().map(RankingWriter::signed).orElse(""));
    }
    t.appendTo(out);
    out.append('\n');
    r.mean().ifPresent(m -> out.append(l.label("Trung bình", "Mean")).append(": ")
        .append(l.number(m)).append('\n'));
    r.median().ifPresent(m -> out.append(l.label("Trung vị", "Median")).append(": ")
        .append(l.number(m)).append('\n'));
    r.best().ifPresent(b -> out.append(l.label("Cao nhất", "Best")).append(": ")
        .append(b.unit().label()).append(" (").append(l.number(b.index())).append(")\n"));
    r.worst().ifPresent(w -> out.append(l.label("Thấp nhất", "Worst")).append(": ")
        .append(w.unit().label()).append(" (").append(l.number(w.index())).append(")\n"));
    if (r.byRegion().size() > 1 || !r.byRegion().containsKey("")) {
      out.append('\n').append(l.label("Trung bình theo vùng", "Mean by region")).append('\n');
      TextTable regions = new TextTable(new String[] {l.label("Vùng", "Region"),
          l.label("Số đơn vị", "Units"), l.label("Trung bình", "Mean")},
          new boolean[] {false, true, true}, new int[3]);
      r.byRegion().values().forEach(m -> regions.row(m.region().isEmpty()
          ? l.label("(không rõ)", "(none)") : m.region(), String.valueOf(m.units()),
          l.number(m.mean())));
      regions.appendTo(out);
    }
    return out.toString();
  }

  static String signed(int change) {
    return change > 0 ? "+" + change : String.valueOf(change);
  }

  /**
   * JSON: the entries, statistics, ranks per field and means per region.
   *
   * @param r the ranking
   * @return the text
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
   * CSV: one row per unit, with each field's published percentage and rank.
   *
   * @param r the ranking
   * @return the text
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
      List<String> row = new ArrayList<>(List.of(x.ranked() ? String.valueOf(x.rank()) : "",
          x.unit().id(), x.unit().name().orElse(""), x.unit().region().orElse(""),
          Csv.num(x.scorecard().points().orElse(null)), Csv.num(x.index()),
          x.band() == null ? "" : x.band().code(), Csv.num(x.gapToAbove()),
          x.previousRank() == null ? "" : String.valueOf(x.previousRank()),
          x.change().map(String::valueOf).orElse("")));
      for (List<Ranking.FieldRank> field : r.byField().values()) {
        Ranking.FieldRank fr = field.stream().filter(f -> f.unitId().equals(x.unit().id()))
            .findFirst().orElseThrow();
        row.add(Csv.num(fr.percent()));
        row.add(fr.rank() > 0 ? String.valueOf(fr.rank()) : "");
      }
      csv.row(row);
    }
    return csv.toString();
  }
}
