package io.github.parindex.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Language;
import io.github.parindex.report.testing.CatalogueKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two message catalogues hold the same keys, well-formed values with the same placeholders, and
 * exactly the keys par-report's writers use: a key the code names but a catalogue lacks, or a key no
 * writer names, fails the build. par-projection's keys (under {@code projection.}, {@code scenario.},
 * {@code simulation.}) are checked against its own sources by its {@code ProjectionMessagesTest};
 * par-cli's (under {@code cli.}: the batch's text and workbook) are read by par-cli alone.
 *
 * <p>The keys a writer uses are the string literals of this module's main sources that name a key
 * (keys are always written as literals: {@link CatalogueKeys}), and, for each code family the sources
 * name in {@code m.code("family", ...)}, the family's keys.
 */
class MessagesTest {
  private static final Pattern LINE = Pattern.compile("([A-Za-z0-9_.-]+) = (.*)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
  private static final List<String> PROJECTION_PREFIXES = List.of("projection.", "scenario.",
      "simulation.", "cli.");

  /** A catalogue file's entries in file order, failing on a malformed line or a repeated key. */
  private static Map<String, String> entries(Language language) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = Messages.class.getResourceAsStream(Messages.fileName(language))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int number = 0;
      for (String line : text.split("\n", -1)) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Matcher m = LINE.matcher(line);
        assertTrue(m.matches(), Messages.fileName(language) + ":" + number + ": not 'key = value'");
        assertTrue(out.put(m.group(1), m.group(2)) == null,
            Messages.fileName(language) + ":" + number + ": key " + m.group(1) + " repeated");
      }
    }
    return out;
  }

  private static Set<String> placeholders(String value) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static boolean projection(String key) {
    return PROJECTION_PREFIXES.stream().anyMatch(key::startsWith);
  }

  @Test
  void catalogues_sameKeysWellFormedValuesSamePlaceholders() throws IOException {
    Map<String, String> vi = entries(Language.VI);
    Map<String, String> en = entries(Language.EN);
    Set<String> onlyVi = new TreeSet<>(vi.keySet());
    onlyVi.removeAll(en.keySet());
    Set<String> onlyEn = new TreeSet<>(en.keySet());
    onlyEn.removeAll(vi.keySet());
    assertEquals(Set.of(), onlyVi, "keys only in the Vietnamese catalogue");
    assertEquals(Set.of(), onlyEn, "keys only in the English catalogue");
    assertEquals(new ArrayList<>(vi.keySet()), new ArrayList<>(en.keySet()),
        "the catalogues list their keys in different orders");
    for (String key : vi.keySet()) {
      for (String value : List.of(vi.get(key), en.get(key))) {
        assertTrue(!value.isEmpty() && value.equals(value.strip()), key + ": empty, or "
            + "starting or ending with a space");
        assertTrue(Normalizer.isNormalized(value, Normalizer.Form.NFC), key + ": not NFC");
        assertTrue(value.indexOf('\\') < 0, key + ": a backslash (Properties would read it as an "
            + "escape)");
        assertTrue(value.indexOf('\uFDD0') < 0, key + ": U+FDD0, which Messages.around cuts at");
        String rest = PLACEHOLDER.matcher(value).replaceAll("");
        assertTrue(rest.indexOf('{') < 0 && rest.indexOf('}') < 0, key + ": a brace outside a "
            + "placeholder");
      }
      assertEquals(placeholders(vi.get(key)), placeholders(en.get(key)),
          key + ": the languages have different placeholders");
    }
    // The loader reads what the file says, no more, no less.
    assertEquals(vi.keySet(), Messages.of(Language.VI).keys());
    assertEquals(en.keySet(), Messages.of(Language.EN).keys());
    for (String key : vi.keySet()) {
      assertEquals(vi.get(key), Messages.of(Language.VI).format(key, placeholderValues(vi.get(key))),
          key);
    }
  }

  /** Each placeholder replaced by itself, written back: the value unchanged. */
  private static String[] placeholderValues(String value) {
    List<String> pairs = new ArrayList<>();
    for (String name : placeholders(value)) {
      pairs.add(name);
      pairs.add("{" + name + "}");
    }
    return pairs.toArray(String[]::new);
  }

  @Test
  void catalogues_holdEveryKeyTheWritersUse_andNoOther() {
    Set<String> catalogue = Messages.of(Language.VI).keys();
    CatalogueKeys sources = CatalogueKeys.ofThisModule();
    Set<String> used = sources.keysNamed(catalogue);
    assertEquals(Messages.codeFamilies().keySet(), sources.familiesNamed(),
        "code families declared by Messages and used by the writers differ");
    for (Map.Entry<String, List<String>> f : Messages.codeFamilies().entrySet()) {
      f.getValue().forEach(code -> used.add(f.getKey() + "." + code));
    }
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(catalogue);
    assertEquals(Set.of(), missing, "keys the writers use but the catalogues lack");
    Set<String> unused = new TreeSet<>(catalogue);
    unused.removeIf(MessagesTest::projection);
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys of the catalogues no writer of par-report uses");
    // Language.label(vi, en) is what the catalogues replace.
    assertTrue(!sources.hasInlinePair(), "an inline vi/en label in par-report's writers");
  }

  @Test
  void format_replacesEachPlaceholderWithTheTextGiven() {
    Messages vi = Messages.of(Language.VI);
    // 9,48 and 0,005: numbers arrive written in the language's notation, and stay as given.
    assertEquals("Mỗi số công bố được so với số tính được, trong phạm vi độ chính xác in của nó "
        + "(9,48 khớp với mọi giá trị cách nó dưới 0,005).",
        vi.format("scorecard.html.reconciliation.note", "example", "9,48", "tolerance", "0,005"));
    // A value holding braces or a placeholder's name is not read again.
    assertEquals("Chỉ có ở A: {codes}, $1", vi.format("comparison.onlyInFirst", "codes",
        "{codes}, $1"));
    assertEquals("Only in B: 1.2, 3", Messages.of(Language.EN).format("comparison.onlyInSecond",
        "codes", "1.2, 3"));
  }

  @Test
  void format_refusesAMissingOrAnUnexpectedPlaceholder_andAnUnknownKey() {
    Messages en = Messages.of(Language.EN);
    assertThrows(IllegalArgumentException.class, () -> en.format("comparison.onlyInFirst"));
    assertThrows(IllegalArgumentException.class,
        () -> en.format("comparison.onlyInFirst", "codes", "1", "other", "2"));
    assertThrows(IllegalArgumentException.class, () -> en.format("comparison.onlyInFirst", "x"));
    assertThrows(IllegalArgumentException.class, () -> en.get("no.such.key"));
    // A sentence with placeholders is not a plain label.
    assertThrows(IllegalArgumentException.class, () -> en.get("comparison.onlyInFirst"));
  }

  @Test
  void around_cutsTheSentenceAtThePlaceholder() {
    assertEquals(List.of("Total lost (recoverable to full marks): ", " points, 3 items, largest "
        + "first."), Messages.of(Language.EN).around("scorecard.html.deficits.total", "total",
            "items", "3"));
    assertThrows(IllegalArgumentException.class, () -> Messages.of(Language.EN)
        .around("comparison.onlyInFirst", "nothing", "codes", "1"));
  }

  @Test
  void code_closedFamiliesRefuseAnUnknownCode_openFamiliesFallBackToTheCode() {
    Messages vi = Messages.of(Language.VI);
    assertEquals("đạt một phần", vi.code("status", io.github.parindex.rules.Status.PARTIAL));
    assertEquals("Thẩm định", vi.code("stage", io.github.parindex.model.Stage.APPRAISED));
    assertEquals("Thẩm định", vi.code("stageCode", io.github.parindex.model.Stage.APPRAISED));
    assertEquals("làm tròn (từ 5 trở lên làm tròn lên)",
        vi.code("rounding", java.math.RoundingMode.HALF_UP));
    // A rounding mode no methodology may declare.
    assertThrows(IllegalArgumentException.class,
        () -> vi.code("rounding", java.math.RoundingMode.CEILING));
    assertThrows(IllegalArgumentException.class,
        () -> vi.code("status", io.github.parindex.model.Stage.SELF));
    assertEquals("Tính theo tỷ lệ", vi.code("rule", "rate-linear"));
    assertEquals("my-own-rule", vi.code("rule", "my-own-rule"));
    assertEquals("WARD", vi.code("level", "WARD"));
    assertThrows(IllegalArgumentException.class, () -> vi.code("status", "FULL"));
    assertTrue(Messages.of(Language.EN) == Messages.of(Language.EN));
  }
}
