package io.github.parindex.model.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link CountMap} against {@link LinkedHashMap}, the map a survey's responses are otherwise kept in:
 * one builder making map after map, each with the same entries in the same order, the same answers
 * to every query, equal both ways with the same hash code and text; what the builder refuses (a
 * repeated key, a negative count, a total past {@code Long.MAX_VALUE}, a ninth entry) changes nothing.
 */
class CountMapProperties {
  @Property(tries = 300)
  void take_oneBuilderForManyMaps_eachAsLinkedHashMap(
      @ForAll @Size(max = 12) List<@Size(max = 12) List<@StringLength(max = 2) String>> maps,
      @ForAll @Size(min = 1, max = 12) List<@LongRange(min = -2, max = 300) Long> counts) {
    CountMap.Builder b = CountMap.builder();
    int next = 0;
    for (List<String> keys : maps) {
      LinkedHashMap<String, Long> oracle = new LinkedHashMap<>();
      long total = 0;
      for (String key : keys) {
        long count = counts.get(next++ % counts.size());
        boolean keeps = oracle.size() < CountMap.MAX_SIZE && count >= 0 && !oracle.containsKey(key);
        if (keeps) {
          oracle.put(key, count);
          total += count;
        }
        assertEquals(keeps, b.put(key, count), key + "=" + count);
      }
      Map<String, Long> map = b.take();
      assertEquals(oracle, map);
      assertEquals(map, oracle);
      assertEquals(oracle.hashCode(), map.hashCode());
      assertEquals(oracle.toString(), map.toString());
      assertEquals(new ArrayList<>(oracle.keySet()), new ArrayList<>(map.keySet()));
      assertEquals(new ArrayList<>(oracle.entrySet()), new ArrayList<>(map.entrySet()));
      for (String k : keys) {
        assertEquals(oracle.get(k), map.get(k));
        assertEquals(oracle.containsKey(k), map.containsKey(k));
        assertEquals(oracle.get(k + "\u0000"), map.get(k + "\u0000"));
      }
      if (!oracle.isEmpty()) {
        assertEquals(total, ((CountMap) map).total());
      }
    }
  }

  @Example
  void take_sameKeysAsTheMapBefore_sharesItsKeys() {
    CountMap.Builder b = CountMap.builder();
    b.put("A", 3);
    b.put("B", 200);
    CountMap first = (CountMap) b.take();
    b.put(new String("A"), 1);
    b.put("B", 2);
    CountMap second = (CountMap) b.take();

    assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
    assertEquals(Map.of("A", 3L, "B", 200L), first);
    assertEquals(Map.of("A", 1L, "B", 2L), second);
    assertEquals(3, second.total());
  }

  @Example
  void put_pastTheLargestTotal_isRefused() {
    CountMap.Builder b = CountMap.builder();
    assertTrue(b.put("A", Long.MAX_VALUE));
    assertFalse(b.put("B", 1));
    assertTrue(b.put("C", 0));
    assertEquals(Map.of("A", Long.MAX_VALUE, "C", 0L), b.take());
  }

  @Example
  void take_nothing_isTheEmptyMap() {
    assertSame(Collections.emptyMap(), CountMap.builder().take());
  }

  @Example
  void mutators_throw() {
    CountMap.Builder b = CountMap.builder();
    b.put("A", 1);
    Map<String, Long> m = b.take();
    assertThrows(UnsupportedOperationException.class, () -> m.put("B", 2L));
    assertThrows(UnsupportedOperationException.class, () -> m.putIfAbsent("A", 2L));
    assertThrows(UnsupportedOperationException.class, () -> m.remove("Z"));
    assertThrows(UnsupportedOperationException.class, () -> m.merge("A", 2L, Long::sum));
    assertThrows(UnsupportedOperationException.class, m::clear);
    assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().remove());
    assertEquals(Map.of("A", 1L), m);
    assertNull(m.get(null));
    assertFalse(m.containsKey(null));
  }
}
