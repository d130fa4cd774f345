package io.github.parindex.model.io.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the readers' maps ({@link ArrayMap}, {@link CountMap}) share: entries kept in slots in
 * insertion order, read through {@link #keyAt}/{@link #valueAt}, a slot without a value holding no
 * entry; iteration, equality and hash code as every {@link Map}'s; and every mutator throwing {@link UnsupportedOperationException}, as
 * {@code Collections.unmodifiableMap}'s do — also those of {@link Map}'s defaults that would let a
 * call through when nothing changes.
 *
 * @param <V> the values' type
 */
abstract class ReadOnlyMap<V> extends AbstractMap<String, V> {
  ReadOnlyMap() {}

  /** The number of slots: the entries are in slots 0 to {@code slots() - 1}, in order. */
  abstract int slots();

  /** The key of a slot that holds an entry. */
  abstract String keyAt(int slot);

  /** The value of a slot, or null when the slot holds no entry. */
  abstract @Nullable V valueAt(int slot);

  /** The first slot from {@code slot} on that holds an entry, or {@link #slots()}. */
  private int entryFrom(int slot) {
    int n = slots();
    while (slot < n && valueAt(slot) == null) {
      slot++;
    }
    return slot;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return ReadOnlyMap.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next = entryFrom(0);

          @Override
          public boolean hasNext() {
            return next < slots();
          }

          @Override
          public Map.Entry<String, V> next() {
            if (next >= slots()) {
              throw new NoSuchElementException();
            }
            int i = next;
            next = entryFrom(i + 1);
            return new AbstractMap.SimpleImmutableEntry<>(keyAt(i), valueAt(i));
          }
        };
      }
    };
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0, n = slots(); i < n; i++) {
      V v = valueAt(i);
      if (v != null) {
        action.accept(keyAt(i), v);
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
      return false;
    }
    try {
      for (int i = 0, n = slots(); i < n; i++) {
        V v = valueAt(i);
        if (v != null && !v.equals(m.get(keyAt(i)))) {
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
    for (int i = 0, n = slots(); i < n; i++) {
      V v = valueAt(i);
      if (v != null) {
        h += keyAt(i).hashCode() ^ v.hashCode();
      }
    }
    return h;
  }

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
