package io.github.parindex.model.io.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map of counts by text key in insertion order: a survey's responses as a reader builds
 * them. The counts are kept in a {@code long[]} — none is boxed until asked for — and the keys in an
 * array that the surveys listing the same keys share (the JSON parser gives the same strings for the
 * same names, so "A", "B", "C", "D" are one array for every survey of a file, and of the next file).
 *
 * <p>Guarantees: no null key, no repeated key; every count at least 0, and their {@link #total()}
 * fits a {@code long}; every mutator throws {@link UnsupportedOperationException}; equal to any map
 * with the same entries (values compared as {@link Long}s), with the same hash code, as every
 * {@link Map}. Lookups scan the keys: a builder makes one of at most {@value #MAX_SIZE} entries.
 */
public final class CountMap extends ReadOnlyMap<Long> {
  /** The most entries a count map holds: a survey has a handful of options, and lookups scan. */
  public static final int MAX_SIZE = 8;
  private final String[] keys;
  private final long[] counts;
  private final long total;

  private CountMap(String[] keys, long[] counts, long total) {
    this.keys = keys;
    this.counts = counts;
    this.total = total;
  }

  /**
   * A builder that makes one map after another ({@link Builder#take()}).
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sum of the counts.
   *
   * @return the total, at least 0
   */
  public long total() {
    return total;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable Long get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : counts[i];
  }

  private int indexOf(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    String[] k = keys;
    for (int i = 0; i < k.length; i++) {
      // The parser's keys are the same strings: compared by identity first, as equals does.
      if (k[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  int slots() {
    return keys.length;
  }

  @Override
  String keyAt(int i) {
    return keys[i];
  }

  @Override
  Long valueAt(int i) {
    return counts[i];
  }

  /**
   * Collects counts in order, refusing a repeated key; made once, used for one map after another.
   */
  public static final class Builder {
    private final String[] keys = new String[MAX_SIZE];
    private final long[] counts = new long[MAX_SIZE];
    private int size;
    private long total;
    /** The keys of the last map taken, kept to be shared by the next map with the same keys. */
    private String[] lastKeys = new String[0];

    private Builder() {}

    /**
     * Adds a count, unless it cannot be kept.
     *
     * @param key the key
     * @param count the count
     * @return false, changing nothing, when the key is already there, the count is negative, the
     *     total would overflow or the map is full ({@value #MAX_SIZE} entries)
     * @throws NullPointerException at a null key
     */
    public boolean put(String key, long count) {
      Objects.requireNonNull(key, "key");
      if (size == MAX_SIZE || count < 0 || total + count < 0) {
        return false;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return false;
        }
      }
      keys[size] = key;
      counts[size++] = count;
      total += count;
      return true;
    }

    /**
     * The map of the counts put, in order; the builder is then empty.
     *
     * @return the map; the empty map when nothing was put
     */
    public Map<String, Long> take() {
      int n = size;
      if (n == 0) {
        return Collections.emptyMap();
      }
      String[] k = lastKeys;
      if (!sameKeys(k, n)) {
        k = Arrays.copyOf(keys, n);
        lastKeys = k;
      }
      CountMap map = new CountMap(k, Arrays.copyOf(counts, n), total);
      Arrays.fill(keys, 0, n, null);
      size = 0;
      total = 0;
      return map;
    }

    private boolean sameKeys(String[] k, int n) {
      if (k.length != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!k[i].equals(keys[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
