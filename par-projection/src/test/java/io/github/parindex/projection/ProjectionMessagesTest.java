package io.github.parindex.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.report.internal.Messages;
import io.github.parindex.report.testing.CatalogueKeys;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The projection writers read their labels from par-report's message catalogues: every key this
 * module's sources name is in both languages, and every key under {@code projection.},
 * {@code scenario.} and {@code simulation.} (the keys of this module) is used here. par-report's
 * {@code MessagesTest} checks the catalogues themselves and the other keys.
 */
class ProjectionMessagesTest {
  private static final List<String> OWN = List.of("projection.", "scenario.", "simulation.");

  @Test
  void catalogues_holdEveryKeyTheProjectionWritersUse_andTheirOwnKeysAreUsed() {
    Set<String> catalogue = Messages.of(Language.VI).keys();
    assertEquals(catalogue, Messages.of(Language.EN).keys());
    CatalogueKeys sources = CatalogueKeys.ofThisModule();
    Set<String> used = sources.keysNamed(catalogue);
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(catalogue);
    assertEquals(Set.of(), missing, "keys the projection writers use but the catalogues lack");
    Set<String> unused = new TreeSet<>(catalogue);
    unused.removeIf(k -> OWN.stream().noneMatch(k::startsWith));
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "projection keys of the catalogues no projection writer uses");
    assertTrue(!sources.hasInlinePair(), "an inline vi/en label in the projection writers");
  }
}
