package io.github.parindex.rules.builtin;

import io.github.parindex.model.DataValue;
import io.github.parindex.rules.Parameters;
import io.github.parindex.rules.Ratio;
import io.github.parindex.rules.internal.Fixed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code bands} parameter of {@code rate-bands} and {@code count-bands}: a non-empty list of
 * {@code {min, percent}}, {@code min} strictly descending, the last {@code min} 0.
 */
final class Bands {
  /**
   * One band.
   *
   * @param position the band's position, from 1
   * @param min the least amount in the band
   * @param percent the percent of the maximum it earns
   */
  record Band(int position, BigDecimal min, BigDecimal percent) {}

  private Bands() {}

  /**
   * Reads and checks the bands.
   *
   * @param p the rule's parameters
   * @param whole true when {@code min} must be a whole number of at least 0 (counts); false when it
   *     is a rate of at least 0 (above 1 for more than 100 %, CYCLE.md §1)
   * @return the bands, or {@code null} after recording a problem
   */
  static @Nullable List<Band> read(Parameters p, boolean whole) {
    Optional<DataValue> raw = p.raw("bands");
    List<Parameters> items = p.objects("bands");
    if (raw.isEmpty() || !(raw.get() instanceof DataValue.ListValue list)) {
      return null;
    }
    if (list.items().isEmpty()) {
      p.problem("/bands", "expected at least one band, such as [{\"min\": 0, \"percent\": 0}]");
      return null;
    }
    // objects() skips items that are not objects (after reporting them): keep each band's position
    boolean ok = list.items().size() == items.size();
    List<Band> bands = new ArrayList<>();
    BigDecimal previous = null;
    int next = 0;
    for (int i = 0; i < list.items().size(); i++) {
      if (!(list.items().get(i) instanceof DataValue.MapValue)) {
        previous = null;
        continue;
      }
      Parameters item = items.get(next++);
      BigDecimal min = whole ? Checks.wholeAtLeastZero(item, "min", null)
          : Checks.atLeastZero(item, "min", null);
      BigDecimal percent = Checks.percent(item, "percent");
      if (min != null && previous != null && min.compareTo(previous) >= 0) {
        item.problem("/min", "bands must be ordered with strictly descending min: "
            + min.toPlainString() + " is not below " + previous.toPlainString());
        ok = false;
      }
      if (min != null && i == list.items().size() - 1 && min.signum() != 0) {
        item.problem("/min", "the last band's min must be 0, so that every "
            + (whole ? "count" : "rate") + " falls in a band; got " + min.toPlainString());
        ok = false;
      }
      if (min != null && percent != null) {
        bands.add(new Band(i + 1, min, percent));
      } else {
        ok = false;
      }
      previous = min;
    }
    return ok ? List.copyOf(bands) : null;
  }

  /**
   * The first band whose {@code min} the amount reaches.
   *
   * @param bands checked bands, the last with min 0
   * @param reaches whether the amount is at least a band's min
   * @return the band
   */
  static Band first(List<Band> bands, Predicate<BigDecimal> reaches) {
    for (Band b : bands) {
      if (reaches.test(b.min())) {
        return b;
      }
    }
    throw new IllegalStateException("no band with min 0");
  }

  /**
   * What the evaluations of one band share, built once: its points, intermediates and the end of
   * its sentences, after the amount ("... falls in band 2 (from 0.9): 50 % of 2 = 1").
   */
  static final class Prepared {
    final Ratio points;
    final BigDecimal position;
    final BigDecimal min;
    final BigDecimal percent;
    final BigDecimal share;
    final String vi;
    final String en;

    /**
     * A band of counts ({@code count-bands}): its threshold shown as a number.
     */
    Prepared(Bands.Band band, BigDecimal max) {
      this(band, max, Text.en(band.min()));
    }

    /**
     * A band of rates ({@code rate-bands}): its threshold shown as a percentage ("từ 110 %").
     */
    static Prepared ofRate(Bands.Band band, BigDecimal max) {
      return new Prepared(band, max, Text.exactPercent(band.min()).en());
    }

    private Prepared(Bands.Band band, BigDecimal max, String minEn) {
      Ratio shareRatio = Ratio.of(band.percent(), Checks.HUNDRED);
      points = shareRatio.multiply(max);
      position = BigDecimal.valueOf(band.position());
      min = band.min();
      percent = band.percent();
      share = shareRatio.toDecimal(Text.SHOWN);
      vi = " thuộc mức " + band.position() + " (từ " + minEn.replace('.', ',') + "): "
          + Text.vi(band.percent()) + " % × " + Text.vi(max) + " = " + Text.vi(points);
      en = " falls in band " + band.position() + " (from " + minEn + "): "
          + Text.en(band.percent()) + " % of " + Text.en(max) + " = " + Text.en(points);
    }
  }

  /**
   * The bands in fixed point, for the kernels of {@code rate-bands} and {@code count-bands}: each
   * {@code min} as an unscaled value and its scale, each band's points rounded once from the rule's
   * own exact points.
   */
  static final class Table {
    private final long[] minUnscaled;
    private final int[] minScale;
    private final long[] points;

    /**
     * Builds the table.
     *
     * @param bands the checked bands
     * @param prepared each band's prepared evaluation, by position
     * @param at the leaf in fixed point
     * @throws ArithmeticException if a number does not fit
     */
    Table(List<Band> bands, Prepared[] prepared, Kernels.At at) {
      int n = bands.size();
      minUnscaled = new long[n];
      minScale = new int[n];
      points = new long[n];
      for (int i = 0; i < n; i++) {
        BigDecimal min = Kernels.nonNegativeScale(bands.get(i).min().stripTrailingZeros());
        minUnscaled[i] = Fixed.unscaled(min);
        minScale[i] = min.scale();
        points[i] = at.rounded(prepared[i].points);
      }
    }

    /**
     * The points of the first band whose {@code min} an amount reaches.
     *
     * @param num the amount's numerator
     * @param den its denominator, positive
     * @return the band's points × 10^scale
     * @throws ArithmeticException on overflow
     */
    long points(long num, long den) {
      for (int i = 0; i < points.length; i++) {
        if (Kernels.atLeast(num, den, minUnscaled[i], minScale[i])) {
          return points[i];
        }
      }
      throw new IllegalStateException("no band with min 0");
    }
  }
}
