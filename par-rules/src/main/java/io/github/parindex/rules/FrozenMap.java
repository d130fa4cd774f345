package io.github.parindex.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small immutable map that keeps insertion order, backed by two arrays: what explanations hold
 * (inputs, parameters, intermediates — a handful of entries each). Copying one is free, so an
 * {@link Evaluation}'s intermediates and a leaf's parameters pass into every {@link Explanation}
 * without being copied again. Equal to any map with the same entries, like every {@link Map}.
 *
 * @param <V> the values' type
 */
final class FrozenMap<V> extends AbstractMap<String, V> {
  private final String[] keys;
  private final Object[] values;

  private FrozenMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * An immutable copy of a map, in its iteration order; the map itself when it already is one.
   *
   * @param map the map, without null keys or values
   * @param <V> the values' type
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof FrozenMap) {
      return (Map<String, V>) map;
    }
    if (map.isEmpty()) {
      return Map.of();
    }
    String[] k = new String[map.size()];
    Object[] v = new Object[k.length];
    int i = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      k[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return new FrozenMap<>(k, v);
  }

  /**
   * A map of one entry.
   *
   * @param key the key
   * @param value the value
   * @param <V> the values' type
   * @return the map
   */
  static <V> Map<String, V> of(String key, V value) {
    return new FrozenMap<>(new String[] {key}, new Object[] {value});
  }

  /**
   * A map of two entries, in this order.
   *
   * @param k1 the first key
   * @param v1 the first value
   * @param k2 the second key, not the first
   * @param v2 the second value
   * @param <V> the values' type
   * @return the map
   */
  static <V> Map<String, V> of(String k1, V v1, String k2, V v2) {
    return new FrozenMap<>(new String[] {k1, k2}, new Object[] {v1, v2});
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
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  private int indexOf(@Nullable Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= keys.length) {
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
  public void forEach(java.util.function.BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(keys[i]).append('=').append(values[i]);
    }
    return b.append('}').toString();
  }
}
