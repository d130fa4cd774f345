package io.github.parindex.projection.internal;

/**
 * A small, fully specified pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014), so that
 * draws are the same on every Java version and platform. Each draw gets its own generator, derived
 * from (seed, stream, index) alone, so results never depend on which thread computes which draw.
 */
public final class SplitMix64 {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  private SplitMix64(long state) {
    this.state = state;
  }

  /**
   * The generator of one draw.
   *
   * @param seed the user's seed
   * @param stream which sequence of draws (each use in this package has its own)
   * @param index the draw's index
   * @return a generator independent of every other (seed, stream, index)
   */
  public static SplitMix64 of(long seed, long stream, long index) {
    long s = mix(seed ^ mix(stream * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L));
    return new SplitMix64(mix(s + index * GOLDEN));
  }

  /**
   * The SplitMix64 finaliser (variant 13 of Stafford's mixers).
   *
   * @param z the value
   * @return the mixed value
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The next 64 random bits.
   *
   * @return the bits
   */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /**
   * A uniform double in the open interval (0, 1): 53 random bits, centred in their cell.
   *
   * @return the number, never 0 or 1
   */
  public double nextOpenDouble() {
    return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}
