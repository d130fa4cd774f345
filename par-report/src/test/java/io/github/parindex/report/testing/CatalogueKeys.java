package io.github.parindex.report.testing;

import java.io.IOException;
import java.io.StreamTokenizer;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the message keys a module's writers use, for the tests that keep the message catalogues and
 * the code in step (par-report's {@code MessagesTest}, par-projection's {@code
 * ProjectionMessagesTest}): keys are always written as string literals, so the keys a module uses
 * are the literals of its main sources that look like a key of the catalogue.
 */
public final class CatalogueKeys {
  private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9-]+)+");
  private static final Pattern FAMILY_USE = Pattern.compile("\\.code\\(\\s*\"([A-Za-z]+)\"");
  private static final Pattern INLINE_PAIR = Pattern.compile("\\.label\\(\\s*\"");

  private final List<String> sources = new ArrayList<>();

  private CatalogueKeys(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.add(Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The main sources of the module under test ({@code src/main/java} of the working directory,
   * which is the module's folder when Maven runs its tests).
   *
   * @return the finder
   */
  public static CatalogueKeys ofThisModule() {
    return new CatalogueKeys(Path.of("src/main/java"));
  }

  /** The string literals of a Java source, comments and character literals skipped. */
  static List<String> literals(String source) {
    StreamTokenizer t = new StreamTokenizer(new StringReader(source));
    t.resetSyntax();
    t.whitespaceChars(0, ' ');
    t.quoteChar('"');
    t.quoteChar('\'');
    t.slashSlashComments(true);
    t.slashStarComments(true);
    List<String> out = new ArrayList<>();
    try {
      while (t.nextToken() != StreamTokenizer.TT_EOF) {
        if (t.ttype == '"') {
          out.add(t.sval);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The keys the sources name: every literal shaped like a key ({@code section.name...}) whose
   * first part is the first part of some key of the catalogue, so that a misspelt key is found too.
   *
   * @param catalogue the catalogue's keys
   * @return the keys named, whether or not the catalogue has them
   */
  public Set<String> keysNamed(Set<String> catalogue) {
    Set<String> sections = new TreeSet<>();
    catalogue.forEach(k -> sections.add(k.substring(0, k.indexOf('.'))));
    Set<String> used = new TreeSet<>();
    for (String source : sources) {
      for (String s : literals(source)) {
        if (KEY_LIKE.matcher(s).matches() && sections.contains(s.substring(0, s.indexOf('.')))) {
          used.add(s);
        }
      }
    }
    return used;
  }

  /**
   * The code families the sources name in {@code m.code("family", ...)}.
   *
   * @return the families
   */
  public Set<String> familiesNamed() {
    Set<String> families = new TreeSet<>();
    for (String source : sources) {
      Matcher m = FAMILY_USE.matcher(source);
      while (m.find()) {
        families.add(m.group(1));
      }
    }
    return families;
  }

  /**
   * Whether a source still writes an inline vi/en pair ({@code Language.label("…", "…")}).
   *
   * @return true if one does
   */
  public boolean hasInlinePair() {
    return sources.stream().anyMatch(s -> INLINE_PAIR.matcher(s).find());
  }
}
