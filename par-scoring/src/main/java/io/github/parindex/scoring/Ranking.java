package io.github.parindex.scoring;

import io.github.parindex.model.Band;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A ranking of units scored with one methodology for one year, decided on published (rounded)
 * indices: competition ranks (1, 2, 2, 4), ties listed by unit id; mean, median, best and worst; the gap
 * to the unit above; rank changes against a previous set; ranks per field (component indices); and means
 * per region.
 *
 * <p>Units whose index is unknown are listed after the ranked ones, unranked. Means and medians are of
 * published indices, rounded to the methodology's index decimals with its rounding mode.
 *
 * <p>Guarantees: immutable; the same scorecards in any order give the same ranking. The rankings per
 * field are built the first time {@link #byField()} is asked for (then kept).
 */
public final class Ranking {
  private final Methodology methodology;
  private final int year;
  private final List<RankEntry> entries;
  /** The scorecards by unit id: ties are listed in this order. */
  private final List<Scorecard> byId;
  /** The rankings per field, built on first use. */
  private volatile @Nullable Map<String, List<FieldRank>> byField;
  private final Map<String, RegionMean> byRegion;

  /**
   * One unit's component index and rank in one field.
   *
   * @param unitId the unit's id
   * @param percent the field's published percentage, or {@code null} when unknown or not applicable
   * @param rank the competition rank, or 0 when not ranked
   */
  public record FieldRank(String unitId, @Nullable BigDecimal percent, int rank) {}

  /**
   * The mean index of the units of one region.
   *
   * @param region the region ("" when units have none)
   * @param units the number of ranked units
   * @param mean the mean published index
   */
  public record RegionMean(String region, int units, BigDecimal mean) {}

  private Ranking(List<Scorecard> cards, Map<String, Integer> previousRanks) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("a ranking needs at least one scorecard");
    }
    this.methodology = cards.get(0).methodology();
    this.year = cards.get(0).year();
    Map<String, Scorecard> byUnit = new HashMap<>();
    for (Scorecard c : cards) {
      if (!c.methodology().id().equals(methodology.id()) || c.year() != year) {
        throw new IllegalArgumentException("cannot rank " + c.unit().id() + " (" + c.methodology()
            .id() + ", " + c.year() + ") with units scored by " + methodology.id() + " for " + year);
      }
      if (byUnit.put(c.unit().id(), c) != null) {
        throw new IllegalArgumentException("unit " + c.unit().id() + " appears twice");
      }
    }
    // Ties are listed by unit id: sort by id once, then each ranking sorts stably by value
    List<Scorecard> sorted = new ArrayList<>(cards);
    sorted.sort(Comparator.comparing(c -> c.unit().id()));
    this.byId = sorted;
    this.entries = rank(byId, Scorecard::index, previousRanks);
    Map<String, List<BigDecimal>> regions = new TreeMap<>();
    for (RankEntry e : entries) {
      if (e.ranked()) {
        regions.computeIfAbsent(e.unit().region().orElse(""), k -> new ArrayList<>())
            .add(e.index());
      }
    }
    Map<String, RegionMean> means = new LinkedHashMap<>();
    regions.forEach((region, values) -> means.put(region,
        new RegionMean(region, values.size(), mean(values))));
    this.byRegion = java.util.Collections.unmodifiableMap(means);
  }

  /**
   * Ranks scorecards on a value: highest first, ties (equal values) in the order given, unknown
   * values last.
   *
   * @param byId the scorecards, by unit id
   * @param value the value of a scorecard
   * @param previous previous ranks by unit id
   * @return the entries, in rank order
   */
  private List<RankEntry> rank(List<Scorecard> byId,
      Function<Scorecard, Optional<BigDecimal>> value, Map<String, Integer> previous) {
    int n = byId.size();
    BigDecimal[] values = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      values[i] = value.apply(byId.get(i)).orElse(null);
    }
    int[] order = descending(values);
    boolean anyPrevious = !previous.isEmpty();
    List<RankEntry> out = new ArrayList<>(n);
    BigDecimal previousValue = null;
    int rank = 0;
    BigDecimal higher = null;
    BigDecimal current = null;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      Scorecard c = byId.get(i);
      BigDecimal v = values[i];
      if (v == null) {
        out.add(new RankEntry(c.unit(), null, 0, null, null,
            anyPrevious ? previous.get(c.unit().id()) : null, c));
        continue;
      }
      if (previousValue == null || v.compareTo(previousValue) != 0) {
        rank = k + 1;
        higher = current;
        current = v;
      }
      previousValue = v;
      BigDecimal gap = higher == null ? null : higher.subtract(v);
      out.add(new RankEntry(c.unit(), v, rank, c.band().orElse(null), gap,
          anyPrevious ? previous.get(c.unit().id()) : null, c));
    }
    return List.copyOf(out);
  }

  /**
   * Positions sorted by value, highest first, equal values in position order, nulls last. Published
   * values share one scale, so they usually sort as {@code long} keys (value, then position); other
   * values sort with a comparator, to the same order.
   */
  static int[] descending(@Nullable BigDecimal[] values) {
    int n = values.length;
    int known = 0;
    int scale = 0;
    long max = Long.MIN_VALUE;
    long[] unscaled = new long[n];
    boolean fast = true;
    for (int i = 0; i < n && fast; i++) {
      BigDecimal v = values[i];
      if (v == null) {
        continue;
      }
      if (known++ == 0) {
        scale = v.scale();
      }
      if (v.scale() != scale || v.precision() > 17) {
        fast = false;
        break;
      }
      unscaled[i] = v.scaleByPowerOfTen(scale).longValueExact();
      max = Math.max(max, unscaled[i]);
    }
    int[] order = new int[n];
    if (fast) {
      try {
        long[] keys = new long[known];
        int k = 0;
        for (int i = 0; i < n; i++) {
          if (values[i] != null) {
            keys[k++] = Math.addExact(Math.multiplyExact(Math.subtractExact(max, unscaled[i]),
                (long) n), i);
          }
        }
        java.util.Arrays.sort(keys);
        for (k = 0; k < known; k++) {
          order[k] = (int) (keys[k] % n);
        }
        for (int i = 0; i < n; i++) {
          if (values[i] == null) {
            order[k++] = i;
          }
        }
        return order;
      } catch (ArithmeticException e) {
        // values too far apart for long keys
      }
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    java.util.Arrays.sort(boxed, Comparator.comparing((Integer i) -> values[i],
        Comparator.nullsLast(Comparator.reverseOrder())));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /**
   * Ranks scorecards.
   *
   * @param cards scorecards of one methodology and year, one per unit
   * @return the ranking, the same whatever the order of the scorecards
   * @throws IllegalArgumentException if the cards mix methodologies or years, or repeat a unit
   */
  public static Ranking of(List<Scorecard> cards) {
    return new Ranking(cards, Map.of());
  }

  /**
   * Ranks scorecards and compares with a previous year's set.
   *
   * @param cards scorecards of one methodology and year, one per unit
   * @param previous the previous year's scorecards (any methodology), one per unit
   * @return the ranking, with rank changes for units present in both sets
   * @throws IllegalArgumentException if either set mixes methodologies or years, or repeats a unit
   */
  public static Ranking of(List<Scorecard> cards, List<Scorecard> previous) {
    Map<String, Integer> ranks = new HashMap<>();
    for (RankEntry e : of(previous).entries()) {
      if (e.ranked()) {
        ranks.put(e.unit().id(), e.rank());
      }
    }
    return new Ranking(cards, ranks);
  }

  /**
   * The methodology.
   *
   * @return the methodology every ranked scorecard was scored with
   */
  public Methodology methodology() {
    return methodology;
  }

  /**
   * The evaluation year.
   *
   * @return the year every ranked scorecard is for
   */
  public int year() {
    return year;
  }

  /**
   * The units, by rank then unit id; unranked units last.
   *
   * @return one entry per unit: ranked units by rank, ties by unit id, then the unranked;
   *     unmodifiable
   */
  public List<RankEntry> entries() {
    return entries;
  }

  /**
   * The ranked units' published indices.
   *
   * @return the indices, highest first
   */
  public List<BigDecimal> indices() {
    return entries.stream().filter(RankEntry::ranked).map(RankEntry::index).toList();
  }

  /**
   * The mean published index.
   *
   * @return the mean, rounded to the index decimals; empty when no unit is ranked
   */
  public Optional<BigDecimal> mean() {
    List<BigDecimal> v = indices();
    return v.isEmpty() ? Optional.empty() : Optional.of(mean(v));
  }

  private BigDecimal mean(List<BigDecimal> values) {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), methodology.indexDecimals(),
        methodology.rounding());
  }

  /**
   * The median published index (the mean of the middle two for an even count).
   *
   * @return the median, rounded to the index decimals; empty when no unit is ranked
   */
  public Optional<BigDecimal> median() {
    List<BigDecimal> v = indices();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int n = v.size();
    if (n % 2 == 1) {
      return Optional.of(v.get(n / 2));
    }
    return Optional.of(mean(List.of(v.get(n / 2 - 1), v.get(n / 2))));
  }

  /**
   * The best ranked unit.
   *
   * @return the first entry; empty when no unit is ranked
   */
  public Optional<RankEntry> best() {
    return entries.stream().filter(RankEntry::ranked).findFirst();
  }

  /**
   * The worst ranked unit (the last listed among those tied for last).
   *
   * @return the entry; empty when no unit is ranked
   */
  public Optional<RankEntry> worst() {
    return entries.stream().filter(RankEntry::ranked).reduce((a, b) -> b);
  }

  /**
   * A unit's entry.
   *
   * @param unitId the unit's id
   * @return the entry, if the unit is in the ranking
   */
  public Optional<RankEntry> entry(String unitId) {
    return entries.stream().filter(e -> e.unit().id().equals(unitId)).findFirst();
  }

  /**
   * Ranks per top-level STANDARD node (component indices), by code.
   *
   * @return for each field code, its ranking
   */
  public Map<String, List<FieldRank>> byField() {
    Map<String, List<FieldRank>> fields = byField;
    if (fields == null) {
      Map<String, List<FieldRank>> built = new LinkedHashMap<>();
      for (NodeScore top : byId.get(0).topLevel()) {
        if (top.role() != Role.STANDARD) {
          continue;
        }
        String code = top.code();
        List<RankEntry> ranked = rank(byId, c -> c.percent(code), Map.of());
        List<FieldRank> list = new ArrayList<>(ranked.size());
        for (RankEntry e : ranked) {
          list.add(new FieldRank(e.unit().id(), e.index(), e.rank()));
        }
        built.put(code, List.copyOf(list));
      }
      fields = java.util.Collections.unmodifiableMap(built);
      byField = fields;
    }
    return fields;
  }

  /**
   * Mean published index per region, by region name.
   *
   * @return for each region in alphabetical order, its number of ranked units and their mean
   *     published index; unmodifiable
   */
  public Map<String, RegionMean> byRegion() {
    return byRegion;
  }

  /**
   * The band of a published index under this ranking's methodology.
   *
   * @param index a published index
   * @return the band, if any
   */
  public Optional<Band> bandOf(BigDecimal index) {
    return Optional.ofNullable(Grading.band(methodology, index));
  }

}
