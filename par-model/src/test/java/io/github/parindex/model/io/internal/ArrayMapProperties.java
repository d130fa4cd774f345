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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link ArrayMap} against {@link LinkedHashMap}, the map it replaces on the reading path: the same
 * entries in the same order, the same answers to every query, equal both ways with the same hash
 * code; a repeated key refused by the builder where LinkedHashMap#putIfAbsent keeps the first.
 */
class ArrayMapProperties {
  @Property(tries = 300)
  void behavesAsLinkedHashMap_anyKeys(
      @ForAll @Size(max = 300) List<@StringLength(max = 3) String> keys,
      @ForAll @IntRange(min = 0, max = 400) int expected) {
    LinkedHashMap<String, Integer> oracle = new LinkedHashMap<>();
    ArrayMap.Builder<Integer> b = ArrayMap.builder(expected);
    for (int i = 0; i < keys.size(); i++) {
      boolean fresh = oracle.putIfAbsent(keys.get(i), i) == null;
      assertEquals(fresh, b.put(keys.get(i), i), keys.get(i));
    }
    Map<String, Integer> map = b.build();
    assertEquals(oracle, map);
    assertEquals(map, oracle);
    assertEquals(oracle.hashCode(), map.hashCode());
    assertEquals(oracle.toString(), map.toString());
    assertEquals(new ArrayList<>(oracle.keySet()), new ArrayList<>(map.keySet()));
    assertEquals(new ArrayList<>(oracle.values()), new ArrayList<>(map.values()));
    List<String> visited = new ArrayList<>();
    map.forEach((k, v) -> {
      visited.add(k);
      assertEquals(oracle.get(k), v);
    });
    assertEquals(new ArrayList<>(oracle.keySet()), visited);
    for (String k : keys) {
      assertEquals(oracle.get(k), map.get(k));
      assertTrue(map.containsKey(k));
      String other = k + "\u0000";
      assertEquals(oracle.containsKey(other), map.containsKey(other));
      assertEquals(oracle.get(other), map.get(other));
    }
    assertEquals(oracle.size(), map.size());
    assertSame(map, ArrayMap.copyOf(map));
    assertEquals(oracle, ArrayMap.copyOf(oracle));
  }

  /**
   * Maps built one after another, each like the one before ({@link ArrayMap#builder(ArrayMap.Shape,
   * int)}): keys in the order of the earlier ones with some left out (the reading path's case), in
   * another order, repeated or new, as the same strings or as equal ones — each map as the
   * LinkedHashMap of the same puts.
   */
  @Property(tries = 300)
  void builderLike_mapsOneAfterAnother_eachAsLinkedHashMap(
      @ForAll @Size(max = 10) List<@Size(max = 40) List<@IntRange(min = 0, max = 30) Integer>> maps,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 2) Integer> modes) {
    String[] same = new String[31];
    for (int i = 0; i < same.length; i++) {
      same[i] = "k" + i;
    }
    ArrayMap.Shape like = null;
    for (int m = 0; m < maps.size(); m++) {
      int mode = modes.get(m % modes.size());
      List<Integer> picks = maps.get(m);
      if (mode == 0) {
        // In the earlier order, some left out: ascending and distinct.
        picks = picks.stream().distinct().sorted().toList();
      }
      LinkedHashMap<String, Integer> oracle = new LinkedHashMap<>();
      ArrayMap.Builder<Integer> b = ArrayMap.builder(like, 4);
      for (int i = 0; i < picks.size(); i++) {
        String key = mode == 2 ? new String("k" + picks.get(i)) : same[picks.get(i)];
        assertEquals(oracle.putIfAbsent(key, i) == null, b.put(key, i), key);
      }
      Map<String, Integer> map = b.build();
      assertEquals(oracle, map);
      assertEquals(map, oracle);
      assertEquals(oracle.hashCode(), map.hashCode());
      assertEquals(oracle.toString(), map.toString());
      assertEquals(oracle.size(), map.size());
      assertEquals(oracle.isEmpty(), map.isEmpty());
      assertEquals(new ArrayList<>(oracle.keySet()), new ArrayList<>(map.keySet()));
      assertEquals(new ArrayList<>(oracle.values()), new ArrayList<>(map.values()));
      List<String> visited = new ArrayList<>();
      map.forEach((k, v) -> visited.add(k + "=" + v));
      List<String> expected = new ArrayList<>();
      oracle.forEach((k, v) -> expected.add(k + "=" + v));
      assertEquals(expected, visited);
      for (String k : same) {
        assertEquals(oracle.get(k), map.get(k), k);
        assertEquals(oracle.containsKey(k), map.containsKey(k), k);
      }
      if (!map.isEmpty()) {
        like = b.shape();
      }
    }
  }

  @Example
  void builderLike_keysInTheEarlierOrder_shareTheEarlierKeys() {
    ArrayMap.Builder<Integer> first = ArrayMap.builder(null, 4);
    for (String k : List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4")) {
      first.put(k, 1);
    }
    first.build();
    ArrayMap.Builder<Integer> next = ArrayMap.builder(first.shape(), 4);
    for (String k : List.of("1.1", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.4")) {
      next.put(k, 2);
    }
    Map<String, Integer> map = next.build();

    assertSame(first.shape(), next.shape());
    assertEquals(8, map.size());
    assertNull(map.get("1.2"));
    assertFalse(map.containsKey("3.3"));
    assertEquals("{1.1=2, 1.3=2, 2.1=2, 2.2=2, 2.3=2, 3.1=2, 3.2=2, 3.4=2}", map.toString());
  }

  @Example
  void builderLike_aFewOfManyKeys_holdsOnlyThoseAndFindsNoOther() {
    ArrayMap.Builder<Integer> wide = ArrayMap.builder(null, 4);
    for (int i = 0; i < 10_000; i++) {
      wide.put("k" + i, i);
    }
    wide.build();
    ArrayMap.Builder<Integer> first = ArrayMap.builder(wide.shape(), 4);
    first.put("k0", 0);
    first.put("k1", 1);
    first.put("k2", 2);
    Map<String, Integer> firstThree = first.build();
    ArrayMap.Builder<Integer> far = ArrayMap.builder(wide.shape(), 4);
    far.put("k5", 5);
    far.put("k9000", 9000);
    Map<String, Integer> spread = far.build();

    assertEquals(Map.of("k0", 0, "k1", 1, "k2", 2), firstThree);
    assertNull(firstThree.get("k9999"));
    assertFalse(firstThree.containsKey("k3"));
    assertEquals("{k5=5, k9000=9000}", spread.toString());
    assertNull(spread.get("k6"));
    assertSame(wide.shape(), first.shape());
    assertSame(wide.shape(), far.shape());
  }

  @Example
  void build_nothing_isTheEmptyMap() {
    assertSame(Collections.emptyMap(), ArrayMap.builder(10).build());
    assertSame(Collections.emptyMap(), ArrayMap.copyOf(new LinkedHashMap<String, String>()));
  }

  @Example
  void get_null_isAbsent() {
    ArrayMap.Builder<String> small = ArrayMap.builder(2);
    small.put("a", "1");
    ArrayMap.Builder<String> large = ArrayMap.builder(100);
    large.put("a", "1");
    for (Map<String, String> m : List.of(small.build(), large.build())) {
      assertNull(m.get(null));
      assertFalse(m.containsKey(null));
    }
  }

  @Example
  void mutators_throw() {
    ArrayMap.Builder<String> b = ArrayMap.builder(2);
    b.put("a", "1");
    Map<String, String> m = b.build();
    assertThrows(UnsupportedOperationException.class, () -> m.put("b", "2"));
    assertThrows(UnsupportedOperationException.class, () -> m.putIfAbsent("a", "2"));
    assertThrows(UnsupportedOperationException.class, () -> m.remove("z"));
    assertThrows(UnsupportedOperationException.class, () -> m.merge("a", "2", (x, y) -> y));
    assertThrows(UnsupportedOperationException.class, () -> m.computeIfAbsent("a", k -> "x"));
    assertThrows(UnsupportedOperationException.class, () -> m.replaceAll((k, v) -> v));
    assertThrows(UnsupportedOperationException.class, m::clear);
    assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().remove());
    assertEquals(Map.of("a", "1"), m);
  }

  @Example
  void put_null_throws() {
    ArrayMap.Builder<String> b = ArrayMap.builder(2);
    assertThrows(NullPointerException.class, () -> b.put("a", null));
    assertThrows(NullPointerException.class, () -> b.put(null, "1"));
    ArrayMap.Builder<String> large = ArrayMap.builder(100);
    assertThrows(NullPointerException.class, () -> large.put(null, "1"));
  }

  // of(…), for the prepared rules' inputs (these were FrozenMapTest's, in par-rules, before the
  // rules took this map instead of their own copy of it)

  @Example
  void of_twoEntries_keepsTheirOrderAndValues() {
    Map<String, String> f = ArrayMap.of("rate", "0.9", "target", "1");

    assertEquals(List.of(Map.entry("rate", "0.9"), Map.entry("target", "1")),
        new ArrayList<>(f.entrySet()));
    assertEquals("{rate=0.9, target=1}", f.toString());
    assertEquals("1", f.get("target"));
    assertTrue(f.containsKey("rate"));
    // "rate".hashCode() ^ "0.9".hashCode() + "target".hashCode() ^ "1".hashCode(), as Map specifies
    assertEquals(("rate".hashCode() ^ "0.9".hashCode()) + ("target".hashCode() ^ "1".hashCode()),
        f.hashCode());
    assertThrows(IllegalArgumentException.class, () -> ArrayMap.of("a", 1, "a", 2));
  }

  @Example
  void copyOf_arrayMapOrEmpty_isNotCopied_andLaterChangesToASourceAreNotSeen() {
    Map<String, Integer> f = ArrayMap.of("a", 1);
    assertSame(f, ArrayMap.copyOf(f));
    assertEquals(Map.of(), ArrayMap.copyOf(new LinkedHashMap<String, Integer>()));

    Map<String, Integer> source = new LinkedHashMap<>(Map.of("a", 1));
    Map<String, Integer> copy = ArrayMap.copyOf(source);
    source.put("b", 2);
    assertEquals(Map.of("a", 1), copy);
  }

  @Example
  void iterator_pastTheLastEntry_throwsNoSuchElement() {
    java.util.Iterator<Map.Entry<String, Integer>> it = ArrayMap.of("a", 1).entrySet().iterator();

    assertTrue(it.hasNext());
    assertEquals(Map.entry("a", 1), it.next());
    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }

  @Example
  void of_changes_areRefused() {
    Map<String, Integer> f = ArrayMap.of("a", 1, "b", 2);

    assertThrows(UnsupportedOperationException.class, () -> f.put("c", 3));
    assertThrows(UnsupportedOperationException.class, () -> f.remove("a"));
    assertThrows(UnsupportedOperationException.class, f::clear);
    assertThrows(UnsupportedOperationException.class,
        () -> f.entrySet().iterator().next().setValue(5));
    assertEquals(Map.of("a", 1, "b", 2), f);
  }
}
