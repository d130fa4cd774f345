package io.github.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link FrozenMap} against {@link LinkedHashMap}, the independent oracle: the same entries in the same
 * order, and {@link Map}'s contract for equality, hash code and text.
 */
class FrozenMapTest {
  @Provide
  Arbitrary<Map<String, Integer>> maps() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3),
        Arbitraries.integers().between(-5, 5)).ofMaxSize(7).map(LinkedHashMap::new);
  }

  @Property(tries = 300)
  void copyOf_randomMap_behavesLikeTheLinkedHashMapItCopies(@ForAll("maps") Map<String, Integer> m) {
    Map<String, Integer> f = FrozenMap.copyOf(m);

    assertEquals(m.size(), f.size());
    assertEquals(new ArrayList<>(m.entrySet()), new ArrayList<>(f.entrySet()), "entries in order");
    List<String> visited = new ArrayList<>();
    f.forEach((k, v) -> {
      visited.add(k);
      assertEquals(m.get(k), v, k);
    });
    assertEquals(new ArrayList<>(m.keySet()), visited, "forEach in order");
    for (String k : m.keySet()) {
      assertTrue(f.containsKey(k), k);
      assertEquals(m.get(k), f.get(k), k);
    }
    assertFalse(f.containsKey("absent-key"));
    assertNull(f.get("absent-key"));
    assertEquals(m, f);
    assertEquals(f, m);
    assertEquals(m.hashCode(), f.hashCode(), "Map's hash code: the sum of key ^ value");
    assertEquals(m.toString(), f.toString());
  }

  @Test
  void of_twoEntries_keepsTheirOrderAndValues() {
    Map<String, String> f = FrozenMap.of("rate", "0.9", "target", "1");

    assertEquals(List.of(Map.entry("rate", "0.9"), Map.entry("target", "1")),
        new ArrayList<>(f.entrySet()));
    assertEquals("{rate=0.9, target=1}", f.toString());
    assertEquals("1", f.get("target"));
    assertTrue(f.containsKey("rate"));
    // "rate".hashCode() ^ "0.9".hashCode() + "target".hashCode() ^ "1".hashCode(), as Map specifies
    assertEquals(("rate".hashCode() ^ "0.9".hashCode()) + ("target".hashCode() ^ "1".hashCode()),
        f.hashCode());
  }

  @Test
  void copyOf_frozenOrEmpty_isNotCopied() {
    Map<String, Integer> f = FrozenMap.of("a", 1);

    assertSame(f, FrozenMap.copyOf(f));
    assertEquals(Map.of(), FrozenMap.copyOf(new LinkedHashMap<String, Integer>()));
  }

  @Test
  void copyOf_laterChangesToTheSource_areNotSeen() {
    Map<String, Integer> source = new LinkedHashMap<>(Map.of("a", 1));
    Map<String, Integer> f = FrozenMap.copyOf(source);

    source.put("b", 2);

    assertEquals(Map.of("a", 1), f);
  }

  @Test
  void iterator_pastTheLastEntry_throwsNoSuchElement() {
    Iterator<Map.Entry<String, Integer>> it = FrozenMap.of("a", 1).entrySet().iterator();

    assertTrue(it.hasNext());
    assertEquals(Map.entry("a", 1), it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void changes_areRefused() {
    Map<String, Integer> f = FrozenMap.of("a", 1, "b", 2);

    assertThrows(UnsupportedOperationException.class, () -> f.put("c", 3));
    assertThrows(UnsupportedOperationException.class, () -> f.remove("a"));
    assertThrows(UnsupportedOperationException.class, f::clear);
    assertThrows(UnsupportedOperationException.class,
        () -> f.entrySet().iterator().next().setValue(5));
    assertEquals(Map.of("a", 1, "b", 2), f);
  }
}
