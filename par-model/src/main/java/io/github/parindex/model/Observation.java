package io.github.parindex.model;

import io.github.parindex.model.io.internal.ArrayMap;
import io.github.parindex.model.io.internal.CountMap;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a unit declared for one leaf: exactly one kind of observation.
 *
 * <p>Guarantees: immutable; values are checked when created (a rate and a numerator are at least 0,
 * counts are not negative, a denominator is positive); a rate may exceed 1 (revenue at 112 % of the
 * estimate), and every rule still earns at most the leaf's maximum; decimals are normalised, so
 * {@code rate(0.50)} equals {@code rate(0.5)}. Whether the leaf's rule accepts the kind is decided by
 * the rule.
 */
public sealed interface Observation
    permits Observation.Points, Observation.YesNo, Observation.Rate, Observation.Fraction,
        Observation.Count, Observation.Option, Observation.Responses, Observation.Change,
        Observation.NotApplicable {

  /**
   * The kind of this observation.
   *
   * @return the kind
   */
  ObservationKind kind();

  /**
   * Points set directly, e.g. by the appraiser.
   *
   * @param points the points, at least 0
   * @return the observation
   */
  static Observation points(BigDecimal points) {
    return new Points(points);
  }

  /**
   * A yes/no answer.
   *
   * @param yes the answer
   * @return the observation
   */
  static Observation yes(boolean yes) {
    return yes ? YesNo.YES : YesNo.NO;
  }

  /**
   * A rate.
   *
   * @param rate the rate, at least 0 (above 1 for more than 100 %)
   * @return the observation
   */
  static Observation rate(BigDecimal rate) {
    return new Rate(rate);
  }

  /**
   * A numerator and a denominator.
   *
   * @param numerator the numerator, at least 0 (above the denominator for a rate above 1)
   * @param denominator the denominator, positive
   * @return the observation
   */
  static Observation fraction(BigDecimal numerator, BigDecimal denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * A count.
   *
   * @param count the count, at least 0
   * @return the observation
   */
  static Observation count(long count) {
    return count >= 0 && count < Count.SMALL.length ? Count.SMALL[(int) count] : new Count(count);
  }

  /**
   * A chosen option.
   *
   * @param key the option's key
   * @return the observation
   */
  static Observation option(String key) {
    return new Option(key);
  }

  /**
   * Survey responses.
   *
   * @param counts the count per option key, each at least 0, in order
   * @return the observation
   */
  static Observation responses(Map<String, Long> counts) {
    return new Responses(counts);
  }

  /**
   * A baseline and a current value.
   *
   * @param baseline the baseline, positive
   * @param current the current value, at least 0
   * @return the observation
   */
  static Observation change(BigDecimal baseline, BigDecimal current) {
    return new Change(baseline, current);
  }

  /**
   * The leaf does not apply.
   *
   * @return the observation
   */
  static Observation notApplicable() {
    return NotApplicable.INSTANCE;
  }

  /**
   * Points set directly.
   *
   * @param points the points, at least 0
   */
  record Points(BigDecimal points) implements Observation {
    /**
     * Validates and normalises.
     *
     * @param points the points, at least 0
     */
    public Points {
      points = Decimals.normalize(Objects.requireNonNull(points, "points"));
      if (points.signum() < 0) {
        throw new IllegalArgumentException("points must be at least 0, got " + points);
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.POINTS;
    }
  }

  /**
   * A yes/no answer.
   *
   * @param yes the answer
   */
  record YesNo(boolean yes) implements Observation {
    // The two answers, shared by yes(boolean): a reader makes one per yes/no leaf of every file.
    private static final YesNo YES = new YesNo(true);
    private static final YesNo NO = new YesNo(false);

    @Override
    public ObservationKind kind() {
      return ObservationKind.YES;
    }
  }

  /**
   * A rate of at least 0; 1 is 100 %.
   *
   * @param rate the rate
   */
  record Rate(BigDecimal rate) implements Observation {
    /**
     * Validates and normalises.
     *
     * @param rate the rate, at least 0
     */
    public Rate {
      rate = Decimals.normalize(Objects.requireNonNull(rate, "rate"));
      if (rate.signum() < 0) {
        throw new IllegalArgumentException("a rate must be at least 0, got " + rate.toPlainString());
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.RATE;
    }
  }

  /**
   * A numerator and a denominator, e.g. dossiers settled on time and dossiers received.
   *
   * @param numerator the numerator, at least 0
   * @param denominator the denominator, positive
   */
  record Fraction(BigDecimal numerator, BigDecimal denominator) implements Observation {
    /**
     * Validates and normalises.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     */
    public Fraction {
      numerator = Decimals.normalize(Objects.requireNonNull(numerator, "numerator"));
      denominator = Decimals.normalize(Objects.requireNonNull(denominator, "denominator"));
      if (denominator.signum() <= 0) {
        throw new IllegalArgumentException("the denominator must be positive, got "
            + denominator.toPlainString());
      }
      if (numerator.signum() < 0) {
        throw new IllegalArgumentException("the numerator must be at least 0, got "
            + numerator.toPlainString());
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.NUMERATOR_DENOMINATOR;
    }
  }

  /**
   * A whole count.
   *
   * @param count the count, at least 0
   */
  record Count(long count) implements Observation {
    // Small counts, shared by count(long): most counts in a submission are a handful.
    private static final Count[] SMALL = new Count[64];

    static {
      for (int i = 0; i < SMALL.length; i++) {
        SMALL[i] = new Count(i);
      }
    }

    /**
     * Validates.
     *
     * @param count the count
     */
    public Count {
      if (count < 0) {
        throw new IllegalArgumentException("a count must be at least 0, got " + count);
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.COUNT;
    }
  }

  /**
   * A chosen option.
   *
   * @param key the option's key, not blank
   */
  record Option(String key) implements Observation {
    /**
     * Validates.
     *
     * @param key the key
     */
    public Option {
      if (Objects.requireNonNull(key, "key").isBlank()) {
        throw new IllegalArgumentException("an option key must not be blank");
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.OPTION;
    }
  }

  /**
   * Survey response counts per option.
   *
   * @param counts the counts, each at least 0 and with a positive total, in order
   */
  record Responses(Map<String, Long> counts) implements Observation {
    /**
     * Validates and copies in order.
     *
     * @param counts the counts
     */
    public Responses {
      if (counts instanceof CountMap c) {
        // A reader's counts: immutable, none negative, their total known — kept as they are.
        if (c.total() <= 0) {
          throw new IllegalArgumentException("responses need a positive total");
        }
      } else {
        // A reader's ArrayMap is immutable already: kept as it is, checked without a copy.
        boolean frozen = counts instanceof ArrayMap;
        Map<String, Long> copy = frozen ? counts : new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
          long v = Objects.requireNonNull(e.getValue(), "count");
          if (v < 0) {
            throw new IllegalArgumentException("response count for " + e.getKey()
                + " must be at least 0");
          }
          if (!frozen) {
            copy.put(Objects.requireNonNull(e.getKey(), "key"), v);
          }
          total += v;
        }
        if (total <= 0) {
          throw new IllegalArgumentException("responses need a positive total");
        }
        counts = frozen ? copy : Collections.unmodifiableMap(copy);
      }
    }

    /**
     * The total number of responses.
     *
     * @return the sum of the counts
     * @throws ArithmeticException if the sum does not fit a {@code long}
     */
    public long total() {
      if (counts instanceof CountMap c) {
        return c.total();
      }
      long total = 0;
      for (long c : counts.values()) {
        total = Math.addExact(total, c);
      }
      return total;
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.RESPONSES;
    }
  }

  /**
   * A baseline and a current value, e.g. public-service units in 2021 and now.
   *
   * @param baseline the baseline, positive
   * @param current the current value, at least 0
   */
  record Change(BigDecimal baseline, BigDecimal current) implements Observation {
    /**
     * Validates and normalises.
     *
     * @param baseline the baseline
     * @param current the current value
     */
    public Change {
      baseline = Decimals.normalize(Objects.requireNonNull(baseline, "baseline"));
      current = Decimals.normalize(Objects.requireNonNull(current, "current"));
      if (baseline.signum() <= 0) {
        throw new IllegalArgumentException("the baseline must be positive, got "
            + baseline.toPlainString());
      }
      if (current.signum() < 0) {
        throw new IllegalArgumentException("the current value must be at least 0, got "
            + current.toPlainString());
      }
    }

    @Override
    public ObservationKind kind() {
      return ObservationKind.BASELINE_CURRENT;
    }
  }

  /** The leaf does not apply to the unit. */
  enum NotApplicable implements Observation {
    /** The only instance. */
    INSTANCE;

    @Override
    public ObservationKind kind() {
      return ObservationKind.NOT_APPLICABLE;
    }
  }
}
