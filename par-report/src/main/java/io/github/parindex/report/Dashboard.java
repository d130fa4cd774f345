package io.github.parindex.report;

import io.github.parindex.model.Band;
import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Node;
import io.github.parindex.scoring.DeficitGroup;
import io.github.parindex.scoring.Deficits;
import io.github.parindex.scoring.RaisedAlert;
import io.github.parindex.scoring.RankEntry;
import io.github.parindex.scoring.Ranking;
import io.github.parindex.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The province's dashboard for one year: every unit of every criteria set given (departments and
 * communes side by side, each ranked within its own set), the trend of every unit over every year
 * given, the groups the data names ({@code region}: a cluster, a bloc), the bands, the remediation
 * list by alert and the points lost by lead agency across the province.
 *
 * <p>Built from scorecards of any years and criteria sets: those of the dashboard's year are the
 * year's results, the others its history. Each set is ranked with {@link Ranking} (rank changes
 * against the year before, when given); nothing is computed here that the engine does not compute —
 * the dashboard only gathers. Written by {@link DashboardHtml} (one self-contained page) and as
 * {@link Table}s ({@link DashboardTables}, one sheet per view).
 *
 * <p>Immutable and safe to share.
 */
public final class Dashboard {
  /**
   * One criteria set's part of the dashboard.
   *
   * @param methodology the criteria set
   * @param ranking the dashboard year's ranking, with rank changes against the year before when its
   *     results were given
   * @param history the ranking of every year given, the dashboard's year included, oldest first
   * @param cards the dashboard year's scorecards, in ranking order
   */
  record Part(Methodology methodology, Ranking ranking, SortedMap<Integer, Ranking> history,
      List<Scorecard> cards) {}

  /**
   * A unit that raised an alert.
   *
   * @param part the unit's set
   * @param card the unit's scorecard
   * @param alert the alert raised
   */
  record Remediation(Part part, Scorecard card, RaisedAlert alert) {}

  /**
   * Points lost across the province under one lead agency.
   *
   * @param agency the lead agency, empty when no agency is named
   * @param lost the points lost, summed over every unit of every set
   * @param units how many units lost points under it
   * @param items how many criteria (per unit) lost points under it
   */
  record AgencyLoss(String agency, BigDecimal lost, int units, int items) {}

  private final int year;
  private final List<Part> parts;

  private Dashboard(int year, List<Part> parts) {
    this.year = year;
    this.parts = List.copyOf(parts);
  }

  /**
   * The dashboard of a year.
   *
   * @param year the year
   * @param scorecards the scorecards of every set and year; sets appear in the order of their first
   *     scorecard; one scorecard per unit, set and year
   * @return the dashboard
   * @throws IllegalArgumentException if a set has no scorecard of {@code year}, or a unit has two
   *     scorecards of one set and year
   */
  public static Dashboard of(int year, List<Scorecard> scorecards) {
    Map<String, List<Scorecard>> bySet = new LinkedHashMap<>();
    for (Scorecard c : scorecards) {
      bySet.computeIfAbsent(c.methodology().id(), k -> new ArrayList<>()).add(c);
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, List<Scorecard>> set : bySet.entrySet()) {
      SortedMap<Integer, List<Scorecard>> years = new TreeMap<>();
      for (Scorecard c : set.getValue()) {
        years.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c);
      }
      List<Scorecard> current = years.get(year);
      if (current == null) {
        throw new IllegalArgumentException("criteria set " + set.getKey() + " has results of "
            + years.keySet() + " but none of " + year);
      }
      SortedMap<Integer, Ranking> history = new TreeMap<>();
      years.forEach((y, cards) -> history.put(y, Ranking.of(cards)));
      List<Scorecard> before = years.get(year - 1);
      Ranking ranking = before == null ? Ranking.of(current) : Ranking.of(current, before);
      List<Scorecard> ordered = ranking.entries().stream().map(RankEntry::scorecard).toList();
      parts.add(new Part(ranking.methodology(), ranking, history, ordered));
    }
    return new Dashboard(year, parts);
  }

  /**
   * The year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * How many criteria sets the dashboard shows.
   *
   * @return the number of sets, at least 1
   */
  public int sets() {
    return parts.size();
  }

  List<Part> parts() {
    return parts;
  }

  /** Every year of the history of any set, oldest first. */
  List<Integer> years() {
    return parts.stream().flatMap(p -> p.history().keySet().stream()).distinct().sorted()
        .toList();
  }

  /** The units that raised an alert: by alert (the methodology's order), then set, then rank. */
  List<Remediation> remediation() {
    List<Remediation> out = new ArrayList<>();
    for (Part p : parts) {
      for (Scorecard c : p.cards()) {
        for (RaisedAlert a : c.alerts()) {
          out.add(new Remediation(p, c, a));
        }
      }
    }
    Comparator<Remediation> order = Comparator.comparing((Remediation r) -> alertKey(r.alert()));
    out.sort(order);
    return out;
  }

  /** An alert's identity across units and sets: its message and threshold. */
  static String alertKey(RaisedAlert a) {
    return a.messageText().map(t -> t.vi()).orElse("") + "\u0000" + a.belowPercent()
        .stripTrailingZeros().toPlainString();
  }

  /** Points lost by lead agency, across every unit of every set; largest first. */
  List<AgencyLoss> lossesByAgency() {
    Map<String, BigDecimal> lost = new LinkedHashMap<>();
    Map<String, Integer> units = new LinkedHashMap<>();
    Map<String, Integer> items = new LinkedHashMap<>();
    for (Part p : parts) {
      for (Scorecard c : p.cards()) {
        for (DeficitGroup g : Deficits.of(c).byLeadAgency()) {
          if (g.deficit().signum() == 0) {
            continue;
          }
          lost.merge(g.key(), g.deficit(), BigDecimal::add);
          units.merge(g.key(), 1, Integer::sum);
          items.merge(g.key(), g.codes().size(), Integer::sum);
        }
      }
    }
    List<AgencyLoss> out = new ArrayList<>();
    lost.forEach((k, v) -> out.add(new AgencyLoss(k, v, units.get(k), items.get(k))));
    out.sort(Comparator.comparing(AgencyLoss::lost).reversed()
        .thenComparing(AgencyLoss::agency));
    return out;
  }

  /** The top-level STANDARD fields of a set, as its ranking ranks them. */
  static List<Node> fields(Part p) {
    List<Node> out = new ArrayList<>();
    for (String code : p.ranking().byField().keySet()) {
      p.methodology().nodes().stream().filter(n -> n.code().equals(code)).findFirst()
          .ifPresent(out::add);
    }
    return out;
  }

  /** A field's percentage for a unit, or null when unknown. */
  static BigDecimal fieldPercent(Part p, String field, String unitId) {
    return p.ranking().byField().get(field).stream().filter(f -> f.unitId().equals(unitId))
        .findFirst().map(Ranking.FieldRank::percent).orElse(null);
  }

  /** A unit's index in a year of its set's history, or null. */
  static BigDecimal indexIn(Part p, int year, String unitId) {
    Ranking r = p.history().get(year);
    return r == null ? null : r.entry(unitId).map(RankEntry::index).orElse(null);
  }

  /** A band's name in a language. */
  static String bandName(Band b, Language l) {
    return b.label().map(l::pick).orElse(b.code());
  }

  /** The position of a band in its methodology, from the highest. */
  static int bandPosition(Methodology m, Band b) {
    List<Band> bands = m.bands();
    for (int i = 0; i < bands.size(); i++) {
      if (Objects.equals(bands.get(i).code(), b.code())) {
        return i;
      }
    }
    return -1;
  }
}
