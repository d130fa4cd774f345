package io.github.parindex.model.io.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map by text key that keeps insertion order, over two arrays and an open-addressing
 * index: what a reader builds for a submission's observations (about a hundred each) and a survey's
 * responses, in one pass and with one allocation per array, and what the model then keeps as it is
 * instead of copying it into a second map ({@link #copyOf} returns an {@code ArrayMap} unchanged);
 * and what the prepared rules keep of a rule's parameters and an observation's inputs (par-rules).
 *
 * <p>Guarantees: no null key or value; every mutator throws {@link UnsupportedOperationException};
 * equal to any map with the same entries, with the same hash code, as every {@link Map}; lookups take
 * a hash and a probe or two (the index is at most half full), or a scan of at most {@value #SCAN}
 * keys in a map that small, which has no index.
 *
 * @param <V> the values' type
 */
public final class ArrayMap<V> extends AbstractMap<String, V> {
  /** Up to this many entries, keys are scanned: no index to allocate for a survey's few options. */
  static final int SCAN = 8;
  private final String[] keys;
  private final Object[] values;
  private final int size;
  /**
   * Slot by spread hash, holding position + 1; 0 is free. A power of two at least twice the
   * capacity; null while the capacity is at most {@link #SCAN}.
   */
  private final int @Nullable [] index;

  private ArrayMap(String[] keys, Object[] values, int size, int @Nullable [] index) {
    this.keys = keys;
    this.values = values;
    this.size = size;
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
    return new ArrayMap<>(k, v, n, n > SCAN ? index(k, n, n) : null);
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
        new Object[] {Objects.requireNonNull(value, "value")}, 1, null);
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
        2, null);
  }

  /**
   * Collects entries in order, refusing a repeated key; used once.
   *
   * @param <V> the values' type
   */
  public static final class Builder<V> {
    private String[] keys;
    private Object[] values;
    private int size;
    private int @Nullable [] index;

    private Builder(int expected) {
      int capacity = Math.max(4, expected);
      keys = new String[capacity];
      values = new Object[capacity];
      index = capacity <= SCAN ? null : new int[tableSize(capacity)];
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

    private void grow() {
      int capacity = Math.max(4, keys.length * 2);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
      if (capacity > SCAN) {
        index = index(keys, size, capacity);
      }
    }

    /**
     * Removes every entry, keeping the arrays.
     */
    public void clear() {
      Arrays.fill(keys, 0, size, null);
      Arrays.fill(values, 0, size, null);
      if (index != null) {
        Arrays.fill(index, 0);
      }
      size = 0;
    }

    /**
     * The map of the entries put, in order, in arrays of their exact size; the builder is then
     * empty and can be used again (for many small maps, one builder).
     *
     * @return the map; the empty map when nothing was put
     */
    public Map<String, V> take() {
      if (size == 0) {
        return Collections.emptyMap();
      }
      String[] k = Arrays.copyOf(keys, size);
      Object[] v = Arrays.copyOf(values, size);
      int[] copy = size > SCAN ? index(k, size, size) : null;
      clear();
      return new ArrayMap<>(k, v, k.length, copy);
    }

    /**
     * The map of the entries put, in order. The builder must not be used afterwards: the map takes
     * its arrays.
     *
     * @return the map; the empty map when nothing was put
     */
    public Map<String, V> build() {
      if (size == 0) {
        return Collections.emptyMap();
      }
      ArrayMap<V> map = new ArrayMap<>(keys, values, size, index);
      keys = new String[0];
      values = new Object[0];
      index = null;
      size = 0;
      return map;
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

  private int indexOf(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    int[] index = this.index;
    if (index == null) {
      for (int i = 0; i < size; i++) {
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
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Map<?, ?> m) || m.size() != size) {
      return false;
    }
    try {
      for (int i = 0; i < size; i++) {
        if (!values[i].equals(m.get(keys[i]))) {
          return false;
        }
      }
    } catch (ClassCastException | NullPointerException e) {
      return false; // as AbstractMap: a map that cannot hold these keys is not equal
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  // Immutable: every mutator throws, as Collections.unmodifiableMap's do (AbstractMap's defaults
  // would let some through when nothing changes).

  @Override
  public V put(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V remove(@Nullable Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends V> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super V, ? extends V> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V putIfAbsent(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(@Nullable Object key, @Nullable Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String key, V oldValue, V newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V replace(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V computeIfAbsent(String key, Function<? super String, ? extends V> mappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V computeIfPresent(String key,
      BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V compute(String key,
      BiFunction<? super String, ? super @Nullable V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V merge(String key, V value,
      BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }
}
