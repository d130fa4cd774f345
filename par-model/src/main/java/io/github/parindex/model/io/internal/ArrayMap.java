package io.github.parindex.model.io.internal;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map by text key that keeps insertion order, over two arrays and an open-addressing
 * index: what a reader builds for a submission's observations (about a hundred each), in one pass
 * and with one allocation per array (a survey's responses are a {@link CountMap}), and what the model
 * then keeps as it is instead of copying it into a second map ({@link #copyOf} returns an
 * {@code ArrayMap} unchanged); and what the prepared rules keep of a rule's parameters and an
 * observation's inputs (par-rules).
 *
 * <p>Maps built one after another with the same keys — the observations of one methodology's
 * submissions, each listing its leaves in the methodology's order, some left out — share their keys
 * and index ({@link #builder(Shape, int)}): such a map's keys are the shared ones, and a key it does
 * not have is a slot without a value.
 *
 * <p>Guarantees: no null key or value; every mutator throws {@link UnsupportedOperationException};
 * equal to any map with the same entries, with the same hash code, as every {@link Map}; lookups take
 * a hash and a probe or two (the index is at most half full), or a scan of at most {@value #SCAN}
 * keys in a map that small, which has no index.
 *
 * @param <V> the values' type
 */
public final class ArrayMap<V> extends ReadOnlyMap<V> {
  /** Up to this many entries, keys are scanned: no index to allocate for a map of a few entries. */
  static final int SCAN = 8;
  private final String[] keys;
  /** The value of each slot; null in a slot whose (shared) key this map does not have. */
  private final @Nullable Object[] values;
  /** The number of entries. */
  private final int size;
  /**
   * The number of slots: {@link #size} unless the keys are shared, then up to the last entry's (the
   * shared keys and index may go on past it).
   */
  private final int slots;
  /**
   * Slot by spread hash, holding position + 1; 0 is free. A power of two at least twice the
   * capacity; null while the capacity is at most {@link #SCAN}.
   */
  private final int @Nullable [] index;

  private ArrayMap(String[] keys, @Nullable Object[] values, int size, int slots,
      int @Nullable [] index) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.slots = slots;
    this.index = index;
  }

  /**
   * A builder.
   *
   * @param expected how many entries are expected (a hint: the builder grows as needed)
   * @param <V> the values' type
   * @return an empty builder
   */
  public static <V> Builder<V> builder(int expected) {
    return new Builder<>(expected);
  }

  /**
   * An immutable copy of a map, in its iteration order: the map itself when it is an {@code ArrayMap},
   * the empty map when it is empty.
   *
   * @param map the map, without null keys or values
   * @param <V> the values' type
   * @return the copy
   * @throws NullPointerException at a null key or value
   */
  @SuppressWarnings("unchecked")
  public static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof ArrayMap) {
      return (Map<String, V>) map;
    }
    int n = map.size();
    if (n == 0) {
      return Collections.emptyMap();
    }
    // A map's keys are distinct: exact arrays, no check for a repeated key (the explanations of
    // every traced node are copied this way, so the copy is kept as cheap as an array copy).
    String[] k = new String[n];
    Object[] v = new Object[n];
    int i = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      if (i == n) {
        throw new java.util.ConcurrentModificationException("the map grew while copied");
      }
      k[i] = Objects.requireNonNull(e.getKey(), "key");
      v[i++] = Objects.requireNonNull(e.getValue(), "value");
    }
    if (i != n) {
      throw new java.util.ConcurrentModificationException("the map shrank while copied");
    }
    return new ArrayMap<>(k, v, n, n, n > SCAN ? index(k, n, n) : null);
  }

  /**
   * A map of one entry.
   *
   * @param key the key
   * @param value the value
   * @param <V> the values' type
   * @return the map
   * @throws NullPointerException at a null key or value
   */
  public static <V> Map<String, V> of(String key, V value) {
    return new ArrayMap<>(new String[] {Objects.requireNonNull(key, "key")},
        new Object[] {Objects.requireNonNull(value, "value")}, 1, 1, null);
  }

  /**
   * A map of two entries, in this order.
   *
   * @param k1 the first key
   * @param v1 its value
   * @param k2 the second key, another than the first
   * @param v2 its value
   * @param <V> the values' type
   * @return the map
   * @throws NullPointerException at a null key or value
   * @throws IllegalArgumentException when the keys are equal
   */
  public static <V> Map<String, V> of(String k1, V v1, String k2, V v2) {
    if (k1.equals(k2)) {
      throw new IllegalArgumentException("repeated key " + k1);
    }
    return new ArrayMap<>(new String[] {k1, Objects.requireNonNull(k2, "key")},
        new Object[] {Objects.requireNonNull(v1, "value"), Objects.requireNonNull(v2, "value")},
        2, 2, null);
  }

  /**
   * A builder that expects the keys of earlier maps, in their order — the codes of the next
   * submission of one methodology. While each key comes after the one before among the expected
   * keys (some may be left out), an entry costs a comparison with the next expected key (the
   * parser gives the same strings, so a comparison of references) and the map built shares the
   * expected keys and their index; at the first key that does not, the builder goes on as
   * {@link #builder(int)}'s. Either way the map is the same.
   *
   * @param like the keys expected ({@link Builder#shape()} of an earlier builder), or null for none
   * @param expected how many entries are expected (a hint: the builder grows as needed)
   * @param <V> the values' type
   * @return an empty builder
   */
  public static <V> Builder<V> builder(@Nullable Shape like, int expected) {
    return like == null ? new Builder<>(expected) : new Builder<>(like, expected);
  }

  /**
   * Keys in order, distinct, with their index: immutable, shared by the maps built like them
   * ({@link #builder(Shape, int)}).
   */
  public static final class Shape {
    private final String[] keys;
    private final int slots;
    private final int @Nullable [] index;

    private Shape(String[] keys, int slots, int @Nullable [] index) {
      this.keys = keys;
      this.slots = slots;
      this.index = index;
    }

    /** The slot of a key, or -1. */
    private int slotOf(String key) {
      return ArrayMap.slotOf(keys, slots, index, key);
    }
  }

  /**
   * Collects entries in order, refusing a repeated key; used once.
   *
   * @param <V> the values' type
   */
  public static final class Builder<V> {
    private String[] keys;
    private @Nullable Object[] values;
    private int size;
    private int @Nullable [] index;
    /** The keys followed, else null (then keys and index are the builder's own). */
    private @Nullable Shape like;
    /** The keys the builder was given to follow. */
    private final @Nullable Shape given;
    /** How many entries are expected. */
    private final int expected;
    /** The slot after the last entry's, while following. */
    private int next;
    /** The keys to build the next map like, once built. */
    private @Nullable Shape built;

    private Builder(int expected) {
      int capacity = Math.max(4, expected);
      keys = new String[capacity];
      values = new Object[capacity];
      index = capacity <= SCAN ? null : new int[tableSize(capacity)];
      given = null;
      this.expected = capacity;
    }

    private Builder(Shape like, int expected) {
      this.like = like;
      this.given = like;
      this.expected = Math.max(4, expected);
      keys = like.keys; // read, never written, while following
      // Slots up to the last one used: a map of a few of many expected keys holds no more.
      values = new Object[Math.min(like.slots, this.expected)];
    }

    /**
     * Adds an entry, unless its key is already there.
     *
     * @param key the key
     * @param value the value
     * @return false, changing nothing, when the key is already there
     * @throws NullPointerException at a null key or value
     */
    public boolean put(String key, V value) {
      Objects.requireNonNull(value, "value");
      Shape l = like;
      if (l != null) {
        int slot = next < l.slots && l.keys[next] == key ? next : l.slotOf(key);
        // A key after the last one put is not a repeat: the expected keys are distinct.
        if (slot >= next) {
          if (slot >= values.length) {
            values = Arrays.copyOf(values, Math.min(l.slots, Math.max(slot + 1, values.length * 2)));
          }
          values[slot] = value;
          next = slot + 1;
          size++;
          return true;
        }
        // Unknown, out of order or repeated: the builder's own arrays from here.
        leave(l);
      }
      int[] index = this.index;
      if (index == null) {
        for (int i = 0; i < size; i++) {
          if (keys[i].equals(key)) {
            return false;
          }
        }
        if (size == keys.length) {
          grow();
          return put(key, value);
        }
        keys[size] = Objects.requireNonNull(key, "key");
        values[size++] = value;
        return true;
      }
      int mask = index.length - 1;
      int slot = spread(key.hashCode()) & mask;
      for (int p; (p = index[slot]) != 0; slot = (slot + 1) & mask) {
        if (keys[p - 1].equals(key)) {
          return false;
        }
      }
      if (size == keys.length) {
        grow();
        index = this.index;
        mask = index.length - 1;
        slot = spread(key.hashCode()) & mask;
        while (index[slot] != 0) {
          slot = (slot + 1) & mask;
        }
      }
      keys[size] = key;
      values[size] = value;
      index[slot] = ++size;
      return true;
    }

    /** Stops following: the entries put so far in the builder's own arrays, without holes. */
    private void leave(Shape l) {
      like = null;
      int capacity = Math.max(expected, size * 2);
      String[] k = new String[capacity];
      Object[] v = new Object[capacity];
      int n = 0;
      for (int slot = 0; slot < next; slot++) {
        if (values[slot] != null) {
          k[n] = l.keys[slot];
          v[n++] = values[slot];
        }
      }
      keys = k;
      values = v;
      index = capacity <= SCAN ? null : index(k, n, capacity);
    }

    private void grow() {
      int capacity = Math.max(4, keys.length * 2);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
      if (capacity > SCAN) {
        index = index(keys, size, capacity);
      }
    }

    /**
     * The map of the entries put, in order. The builder must not be used afterwards: the map takes
     * its arrays.
     *
     * @return the map; the empty map when nothing was put
     */
    public Map<String, V> build() {
      if (size == 0) {
        built = given;
        return Collections.emptyMap();
      }
      if (like != null && size * 2 < next) {
        // More holes than entries: the map gets keys of its own rather than hold the holes.
        leave(like);
      }
      Shape l = like;
      ArrayMap<V> map;
      if (l != null) {
        map = new ArrayMap<>(l.keys, values, size, next, l.index);
        built = l;
      } else {
        map = new ArrayMap<>(keys, values, size, size, index);
        // The keys to follow next: the wider of those given and this map's.
        built = given != null && given.slots >= size ? given : new Shape(keys, size, index);
      }
      like = null;
      keys = new String[0];
      values = new Object[0];
      index = null;
      size = 0;
      return map;
    }

    /**
     * The keys to build the next map like ({@link ArrayMap#builder(Shape, int)}): those given when
     * this map's keys followed them or were fewer, else this map's.
     *
     * @return the keys and their index
     * @throws IllegalStateException before the map is built
     */
    public Shape shape() {
      Shape b = built;
      if (b == null) {
        throw new IllegalStateException("no map built, or an empty one without keys to follow");
      }
      return b;
    }
  }

  /** A new index of the first {@code size} keys, for arrays of the given capacity. */
  private static int[] index(String[] keys, int size, int capacity) {
    int[] index = new int[tableSize(capacity)];
    int mask = index.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(keys[i].hashCode()) & mask;
      while (index[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      index[slot] = i + 1;
    }
    return index;
  }

  private static int tableSize(int capacity) {
    return Integer.highestOneBit(capacity * 2 - 1) << 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The slot of a key among the first {@code slots} keys, or -1. */
  private static int slotOf(String[] keys, int slots, int @Nullable [] index, Object key) {
    if (index == null) {
      for (int i = 0; i < slots; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    int mask = index.length - 1;
    for (int slot = spread(key.hashCode()) & mask, p; (p = index[slot]) != 0;
        slot = (slot + 1) & mask) {
      if (keys[p - 1].equals(key)) {
        return p - 1;
      }
    }
    return -1;
  }

  private int indexOf(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    // With shared keys, the index also finds keys past this map's last slot.
    int slot = slotOf(keys, slots, index, key);
    return slot >= 0 && slot < slots && values[slot] != null ? slot : -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  int slots() {
    return slots;
  }

  @Override
  String keyAt(int i) {
    return keys[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  @Nullable V valueAt(int i) {
    return (V) values[i];
  }
}
