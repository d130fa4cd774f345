package io.github.parindex.report;

import io.github.parindex.model.Band;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.report.Dashboard.AgencyLoss;
import io.github.parindex.report.Dashboard.Part;
import io.github.parindex.report.Dashboard.Remediation;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * The province's {@link Dashboard} as tables, one per view, for a workbook: the overview of each
 * criteria set, the bands, the rankings, the trends over the years given, the groups, the fields of
 * every unit, the remediation list and the points lost by lead agency. Headings in the language;
 * indices and percentages with each set's index decimals, points with its point decimals (when sets
 * differ in decimals, a column shows the largest and every cell keeps its exact value).
 *
 * <p>Stateless and safe to call from several threads.
 */
public final class DashboardTables {
  private DashboardTables() {}

  /**
   * The tables.
   *
   * @param d the dashboard
   * @param l the language of headings, names and numbers
   * @return the tables, in the order of the HTML page's sections
   */
  public static List<Table> of(Dashboard d, Language l) {
    Messages m = Messages.of(l);
    int index = d.parts().stream().mapToInt(p -> p.methodology().indexDecimals()).max()
        .orElse(2);
    int points = d.parts().stream().mapToInt(p -> p.methodology().pointDecimals()).max()
        .orElse(2);
    String year = String.valueOf(d.year());
    List<Table> out = new ArrayList<>();

    Table.Builder overview = Table.builder(m.get("dashboard.sheet.overview"),
        m.format("dashboard.title", "year", year)).text(m.get("dashboard.set"))
        .number(m.get("ranking.units"), 0).number(m.get("ranking.mean"), index)
        .number(m.get("ranking.median"), index).text(m.get("ranking.best"))
        .text(m.get("ranking.worst"));
    for (Part p : d.parts()) {
      Ranking r = p.ranking();
      overview.row(title(p, l), r.entries().size(), r.mean().orElse(null),
          r.median().orElse(null), r.best().map(b -> b.unit().label()).orElse(""),
          r.worst().map(w -> w.unit().label()).orElse(""));
    }
    out.add(overview.build());

    Table.Builder bands = Table.builder(m.get("dashboard.sheet.bands"),
        m.format("dashboard.bands.heading", "year", year)).text(m.get("dashboard.set"))
        .text(m.get("column.band")).number(m.get("dashboard.bands.from"), index)
        .number(m.get("ranking.units"), 0);
    for (Part p : d.parts()) {
      for (Band b : p.methodology().bands()) {
        int n = (int) p.ranking().entries().stream()
            .filter(e -> e.band() != null && e.band().code().equals(b.code())).count();
        bands.row(title(p, l), Dashboard.bandName(b, l), b.minPercent(), n);
      }
    }
    out.add(bands.build());

    Table.Builder ranks = Table.builder(m.get("table.ranking.sheet"),
        m.format("dashboard.ranking.heading", "year", year)).text(m.get("dashboard.set"))
        .number(m.get("column.rank"), 0).text(m.get("column.unitId")).text(m.get("column.unit"))
        .text(m.get("column.region")).number(m.get("column.points"), points)
        .number(m.get("column.index"), index).text(m.get("column.band"))
        .number(m.get("ranking.html.previousRank"), 0).number(m.get("column.change"), 0);
    for (Part p : d.parts()) {
      for (RankEntry e : p.ranking().entries()) {
        ranks.row(title(p, l), e.ranked() ? e.rank() : null, e.unit().id(),
            e.unit().name().orElse(""), e.unit().region().orElse(""),
            e.scorecard().points().orElse(null), e.index(),
            e.band() == null ? "" : Dashboard.bandName(e.band(), l), e.previousRank(),
            e.change().orElse(null));
      }
    }
    out.add(ranks.build());

    List<Integer> years = d.years();
    Table.Builder trend = Table.builder(m.get("dashboard.sheet.trends"),
        m.get("dashboard.trends.heading")).text(m.get("dashboard.set"))
        .text(m.get("column.unitId")).text(m.get("column.unit"));
    years.forEach(y -> trend.number(m.format("dashboard.indexIn", "year", String.valueOf(y)),
        index));
    for (Part p : d.parts()) {
      List<Object> mean = new ArrayList<>(List.of(title(p, l), "", m.get("ranking.mean")));
      years.forEach(y -> mean.add(p.history().containsKey(y)
          ? p.history().get(y).mean().orElse(null) : null));
      trend.row(mean.toArray());
      for (RankEntry e : p.ranking().entries()) {
        List<Object> row = new ArrayList<>(List.of(title(p, l), e.unit().id(), e.unit().label()));
        years.forEach(y -> row.add(Dashboard.indexIn(p, y, e.unit().id())));
        trend.row(row.toArray());
      }
    }
    out.add(trend.build());

    Table.Builder groups = Table.builder(m.get("dashboard.sheet.groups"),
        m.format("dashboard.groups.heading", "year", year)).text(m.get("dashboard.set"))
        .text(m.get("column.region")).number(m.get("ranking.units"), 0)
        .number(m.get("ranking.mean"), index);
    for (Part p : d.parts()) {
      p.ranking().byRegion().values().forEach(g -> groups.row(title(p, l),
          g.region().isEmpty() ? m.get("ranking.noRegion") : g.region(), g.units(), g.mean()));
    }
    out.add(groups.build());

    Table.Builder fields = Table.builder(m.get("dashboard.sheet.fields"),
        m.format("dashboard.fields.heading", "year", year)).text(m.get("dashboard.set"))
        .text(m.get("column.unit")).text(m.get("column.code")).text(m.get("column.field"))
        .number(m.get("dashboard.percent"), index);
    for (Part p : d.parts()) {
      for (RankEntry e : p.ranking().entries()) {
        for (Node f : Dashboard.fields(p)) {
          fields.row(title(p, l), e.unit().label(), f.code(), l.pick(f.name()),
              Dashboard.fieldPercent(p, f.code(), e.unit().id()));
        }
      }
    }
    out.add(fields.build());

    Table.Builder remediation = Table.builder(m.get("dashboard.sheet.remediation"),
        m.format("dashboard.remediation.heading", "year", year)).text(m.get("dashboard.alert"))
        .number(m.get("dashboard.threshold"), index).text(m.get("dashboard.set"))
        .text(m.get("column.unit")).text(m.get("column.code")).text(m.get("column.criterion"))
        .number(m.get("dashboard.percent"), index);
    for (Remediation r : d.remediation()) {
      Methodology meth = r.part().methodology();
      String name = meth.nodes().stream().filter(n -> n.code().equals(r.alert().code()))
          .findFirst().map(n -> l.pick(n.name())).orElse("");
      remediation.row(r.alert().messageText().map(l::pick).orElse(""), r.alert().belowPercent(),
          title(r.part(), l), r.card().unit().label(), r.alert().code(), name,
          r.alert().percent());
    }
    out.add(remediation.build());

    Table.Builder agencies = Table.builder(m.get("dashboard.sheet.agencies"),
        m.format("dashboard.agencies.heading", "year", year)).text(m.get("column.leadAgency"))
        .number(m.get("column.lost"), points).number(m.get("dashboard.agencies.units"), 0)
        .number(m.get("dashboard.agencies.items"), 0);
    for (AgencyLoss a : d.lossesByAgency()) {
      agencies.row(a.agency().isEmpty() ? m.get("deficits.unassigned") : a.agency(), a.lost(),
          a.units(), a.items());
    }
    out.add(agencies.build());
    return out;
  }

  static String title(Part p, Language l) {
    return l.pick(p.methodology().title());
  }
}
