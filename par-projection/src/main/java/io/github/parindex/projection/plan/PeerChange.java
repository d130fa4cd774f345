package io.github.parindex.projection.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the peers' published indices are assumed to move before the target year, for rank targets.
 *
 * <p>After a change, each peer's index is rounded exactly (with {@link java.math.BigDecimal}) to the
 * methodology's {@code indexDecimals} with its rounding mode and, when the methodology caps totals,
 * kept within 0 .. 100.
 */
public sealed interface PeerChange permits PeerChange.None, PeerChange.Shift, PeerChange.Normal {

  /**
   * No change: the peers keep their published indices.
   *
   * @return the model
   */
  static PeerChange none() {
    return None.INSTANCE;
  }

  /**
   * Every peer's index moves by {@code delta}.
   *
   * @param delta the change, in index points (may be negative)
   * @return the model
   */
  static PeerChange shift(BigDecimal delta) {
    return new Shift(delta);
  }

  /**
   * Each peer's index moves by an independent normal deviate; the plan is made for the mean change, and
   * the probability that it reaches the rank is estimated over {@code draws} draws.
   *
   * @param mean the mean change
   * @param sd the standard deviation, at least 0
   * @param draws the number of draws, at least 1
   * @param seed the seed; the same seed gives the same result whatever the number of threads
   * @return the model
   */
  static PeerChange normal(BigDecimal mean, BigDecimal sd, int draws, long seed) {
    return new Normal(mean, sd, draws, seed);
  }

  /**
   * The deterministic change the plan is made for: 0, the shift, or the normal model's mean.
   *
   * @return the change
   */
  BigDecimal planningDelta();

  /** No change. */
  enum None implements PeerChange {
    /** The only instance. */
    INSTANCE;

    @Override
    public BigDecimal planningDelta() {
      return BigDecimal.ZERO;
    }
  }

  /**
   * Every peer moves by the same amount.
   *
   * @param delta the change
   */
  record Shift(BigDecimal delta) implements PeerChange {
    /**
     * Validates.
     *
     * @param delta the change
     */
    public Shift {
      Objects.requireNonNull(delta, "delta");
    }

    @Override
    public BigDecimal planningDelta() {
      return delta;
    }
  }

  /**
   * Independent normal changes per peer.
   *
   * @param mean the mean change
   * @param sd the standard deviation, at least 0
   * @param draws the number of draws, at least 1
   * @param seed the seed
   */
  record Normal(BigDecimal mean, BigDecimal sd, int draws, long seed) implements PeerChange {
    /** The most draws accepted. */
    public static final int MAX_DRAWS = 10_000_000;
    /** The draws of the command line and the HTTP service when none are asked for. */
    public static final int DEFAULT_DRAWS = 1000;

    /**
     * Validates.
     *
     * @param mean the mean
     * @param sd the standard deviation
     * @param draws the draws
     * @param seed the seed
     */
    public Normal {
      Objects.requireNonNull(mean, "mean");
      Objects.requireNonNull(sd, "sd");
      if (sd.signum() < 0) {
        throw new IllegalArgumentException("a standard deviation must be at least 0, got "
            + sd.toPlainString());
      }
      if (draws < 1 || draws > MAX_DRAWS) {
        throw new IllegalArgumentException("draws must be from 1 to " + MAX_DRAWS + ", got " + draws);
      }
    }

    @Override
    public BigDecimal planningDelta() {
      return mean;
    }
  }
}
