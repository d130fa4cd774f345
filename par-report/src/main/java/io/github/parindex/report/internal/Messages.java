package io.github.parindex.report.internal;

import io.github.parindex.model.Language;
import io.github.parindex.model.Source;
import io.github.parindex.model.Stage;
import io.github.parindex.rules.Basis;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.rules.Status;
import io.github.parindex.scoring.RemainderBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report labels of one language: every word a reader of a text or HTML report sees that does not
 * come from the data, read from one message catalogue per language, {@code messages_vi.properties}
 * and {@code messages_en.properties} beside this class.
 *
 * <p>The catalogues are {@link Properties} files read as UTF-8 text from this module (not through
 * {@code ResourceBundle}: no locale fallback, no class-path search, nothing that depends on the
 * platform's locale). Both hold exactly the same keys; the build checks that every key a writer uses
 * is in both and that no key is unused ({@code MessagesTest} in par-report, {@code
 * ProjectionMessagesTest} in par-projection). Keys are named for what they label
 * ({@code column.lost}, {@code scorecard.html.yearAndStage}); keys read by par-projection's writers start
 * with {@code projection.}, {@code scenario.} or {@code simulation.}.
 *
 * <p><b>Placeholders.</b> A value may hold placeholders {@code {name}} (a letter, then letters and
 * digits), replaced by {@link #format(String, String...)} with texts the caller gives. Nothing else is
 * interpreted: no number or date formatting, no quoting rules, no plural forms. Numbers are formatted
 * by the caller in the language's notation ({@link Language#number}) before they are substituted, so
 * a decimal is written exactly as everywhere else in the report. A value never starts or ends with a
 * space (a Properties file would hide one); spacing around a value belongs in the value, with a
 * placeholder for what it surrounds.
 *
 * <p><b>Codes.</b> A value of a closed set (a status, a stage, a source, a basis, a rounding mode) is
 * written through {@link #code(String, Enum)} with the key {@code family.NAME}, so every word of a
 * report comes from the catalogue even where today's output prints the code itself. Open sets
 * (unit levels, rule types: a methodology may name its own) go through {@link #code(String, String)},
 * which falls back to the code when the catalogue has no entry for it.
 *
 * <p>Immutable and safe to share between threads; each language's catalogue is read once.
 */
public final class Messages {
  /**
   * The families of codes: for each, the codes the catalogue must hold. Closed families (every
   * constant of an enum) refuse a code they lack; open families (listed in {@link #OPEN}) fall back
   * to the code.
   */
  private static final Map<String, List<String>> FAMILIES = families();
  private static final Set<String> OPEN = Set.of("level", "rule", "datum");
  private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);
  /** Marks the cut of {@link #around}: a character no catalogue value holds (a noncharacter). */
  private static final String CUT = "\uFDD0";

  private final Language language;
  private final Map<String, String> values;

  private Messages(Language language, Map<String, String> values) {
    this.language = language;
    this.values = values;
  }

  private static Map<String, List<String>> families() {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("status", names(Status.values()));
    f.put("stage", names(Stage.values()));
    // The stage as today's text reports print it (the code).
    f.put("stageCode", names(Stage.values()));
    f.put("source", names(Source.values()));
    f.put("basis", names(Basis.values()));
    // The stages of the assessment cycle and the council's decisions on evidence (CYCLE.md).
    f.put("cycleStage", names(io.github.parindex.model.CycleStage.values()));
    f.put("evidenceStatus", names(io.github.parindex.model.EvidenceStatus.values()));
    f.put("remainderBasis", names(RemainderBasis.values()));
    // The rounding modes a methodology may declare (docs/formats.md).
    f.put("rounding", List.of("HALF_UP", "HALF_EVEN", "DOWN"));
    // The unit levels docs/formats.md names; a file may use others, written as they are.
    f.put("level", List.of("PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE"));
    // The built-in rule types; a methodology's own rule types are written as they are.
    f.put("rule", List.copyOf(RuleRegistry.builtIn().types()));
    // The names of an explanation's inputs, parameters and intermediate values that the built-in
    // rules use; a methodology's own rules may use others, written as they are.
    f.put("datum", List.of("yes", "rate", "numerator", "denominator", "count", "points", "option",
        "options", "responses", "baseline", "current", "notApplicable", "target", "floor", "bands",
        "min", "perItem", "perItemPercent", "freeItems", "band", "bandMin", "chargedItems",
        "deducted", "percent", "reduction", "share", "total", "weighted"));
    return Collections.unmodifiableMap(f);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * The catalogue of a language, read on first use.
   *
   * @param language the language
   * @return its catalogue, the same instance on every call
   * @throws IllegalStateException if the catalogue cannot be read (a broken build)
   */
  public static Messages of(Language language) {
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(language, l -> new Messages(l, load(l)));
    }
  }

  /**
   * The file name of a language's catalogue, beside this class.
   *
   * @param language the language
   * @return {@code messages_vi.properties} or {@code messages_en.properties}
   */
  static String fileName(Language language) {
    return "messages_" + (language == Language.EN ? "en" : "vi") + ".properties";
  }

  private static Map<String, String> load(Language language) {
    String name = fileName(language);
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message catalogue " + name + " is missing");
      }
      // Malformed UTF-8 is an error, never a replacement character in a report.
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
      Properties p = new Properties();
      p.load(reader);
      Map<String, String> values = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      return Collections.unmodifiableMap(values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalogue " + name, e);
    }
  }

  /**
   * The language of this catalogue.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Every key of this catalogue, in key order.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(values.keySet()));
  }

  /**
   * The families of codes and, for each, the codes the catalogue must hold as {@code family.CODE};
   * for the build's coverage tests.
   *
   * @return family name to codes, in a fixed order
   */
  static Map<String, List<String>> codeFamilies() {
    return FAMILIES;
  }

  /**
   * A label without placeholders.
   *
   * @param key the key
   * @return the label
   * @throws IllegalArgumentException if the catalogue has no such key, or its value has
   *     placeholders
   */
  public String get(String key) {
    String value = value(key);
    if (value.indexOf('{') >= 0) {
      throw new IllegalArgumentException("message '" + key + "' has placeholders: use format");
    }
    return value;
  }

  /**
   * A sentence with its placeholders replaced.
   *
   * @param key the key
   * @param namesAndValues placeholder names and the texts that replace them, in pairs
   * @return the sentence
   * @throws IllegalArgumentException if the key is unknown, a placeholder has no value, or a value
   *     is given for a placeholder the sentence does not have
   */
  public String format(String key, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("placeholder names and values come in pairs");
    }
    String template = value(key);
    StringBuilder out = new StringBuilder(template.length() + 32);
    boolean[] used = new boolean[namesAndValues.length / 2];
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("message '" + key + "': '{' without '}'");
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      int at = -1;
      for (int p = 0; p < used.length; p++) {
        if (namesAndValues[2 * p].equals(name)) {
          at = p;
          break;
        }
      }
      if (at < 0) {
        throw new IllegalArgumentException("message '" + key + "': no value for {" + name + "}");
      }
      used[at] = true;
      out.append(namesAndValues[2 * at + 1]);
      i = close + 1;
    }
    for (int p = 0; p < used.length; p++) {
      if (!used[p]) {
        throw new IllegalArgumentException("message '" + key + "' has no placeholder {"
            + namesAndValues[2 * p] + "}");
      }
    }
    return out.toString();
  }

  /**
   * A sentence cut around one of its placeholders, for a writer that puts markup there (a number
   * in bold): the text before the placeholder and the text after it, the other placeholders
   * replaced.
   *
   * @param key the key
   * @param name the placeholder to cut around
   * @param namesAndValues the other placeholders' names and values, in pairs
   * @return two texts: before and after the placeholder
   * @throws IllegalArgumentException as {@link #format}, or if the sentence lacks the placeholder
   */
  public List<String> around(String key, String name, String... namesAndValues) {
    String[] all = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
    all[namesAndValues.length] = name;
    all[namesAndValues.length + 1] = CUT;
    String text = format(key, all);
    int at = text.indexOf(CUT);
    if (at < 0 || text.indexOf(CUT, at + 1) >= 0) {
      throw new IllegalArgumentException("message '" + key + "' must have {" + name + "} once");
    }
    return List.of(text.substring(0, at), text.substring(at + CUT.length()));
  }

  /**
   * The label of a value of a closed set, the key {@code family.NAME}.
   *
   * @param family the family ({@link #codeFamilies()})
   * @param value the value
   * @return its label
   * @throws IllegalArgumentException if the family is unknown or the value not among its codes
   */
  public String code(String family, Enum<?> value) {
    List<String> codes = FAMILIES.get(family);
    if (codes == null || !codes.contains(value.name())) {
      throw new IllegalArgumentException("no code " + value.name() + " in family '" + family + "'");
    }
    return get(family + "." + value.name());
  }

  /**
   * The label of a code of an open set (a unit level, a rule type), or the code itself when the
   * catalogue has none for it (a methodology's own rule type, a level not listed in docs).
   *
   * @param family {@code level} or {@code rule}
   * @param code the code, as the data writes it
   * @return its label
   * @throws IllegalArgumentException if the family is not an open one
   */
  public String code(String family, String code) {
    if (!OPEN.contains(family)) {
      throw new IllegalArgumentException("family '" + family + "' is not an open set");
    }
    String value = values.get(family + "." + code);
    return value == null ? code : value;
  }

  private String value(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no message '" + key + "' in " + fileName(language));
    }
    return value;
  }
}
