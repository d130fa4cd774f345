package io.github.parindex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md lists every exported type of the library, one line each: this test finds the
 * exported types on the class path (each par library's module descriptor, unqualified exports only;
 * every package of an automatic module) and compares them with the list, both ways.
 */
class ApiListTest {
  private static final Pattern PACKAGE = Pattern.compile("^### `([\\w.]+)`");
  private static final Pattern TYPE = Pattern.compile("^- `(\\w+)`");
  /** Not library API: the command line, these programs, shared test fixtures. */
  private static final List<String> NOT_LIBRARY = List.of("io.github.parindex.cli",
      "io.github.parindex.examples", "io.github.parindex.scoring.testing");

  @Test
  void architecturePage_listsExactlyTheExportedTypes() throws IOException {
    Set<String> listed = listed();
    Set<String> exported = exported();
    Set<String> unlisted = new TreeSet<>(exported);
    unlisted.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(exported);
    assertTrue(exported.size() > 50, "too few exported types found: " + exported);
    assertEquals(Set.of(), unlisted, "exported but not listed in docs/architecture.md");
    assertEquals(Set.of(), stale, "listed in docs/architecture.md but not exported");
  }

  private static Set<String> listed() throws IOException {
    String page;
    // The page is copied onto the test class path by this module's pom.
    try (InputStream in = ApiListTest.class.getResourceAsStream("/docs/architecture.md")) {
      assertTrue(in != null, "docs/architecture.md is not on the test class path");
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> types = new TreeSet<>();
    String pkg = null;
    for (String line : page.lines().toList()) {
      Matcher p = PACKAGE.matcher(line);
      Matcher t = TYPE.matcher(line);
      if (p.find()) {
        pkg = p.group(1);
      } else if (pkg != null && t.find()) {
        types.add(pkg + "." + t.group(1));
      }
    }
    return types;
  }

  private static Set<String> exported() throws IOException {
    ClassLoader loader = ApiListTest.class.getClassLoader();
    Set<String> types = new TreeSet<>();
    for (URL root : Collections.list(loader.getResources("io/github/parindex/"))) {
      String where = root.toString();
      // Test fixtures, and the command line's jar (shaded: it holds every module again).
      if (where.contains("test-classes") || where.contains("-tests.jar") || where.contains("par-cli")) {
        continue;
      }
      List<String> entries = new ArrayList<>();
      ModuleDescriptor descriptor = read(root, entries);
      TreeMap<String, List<String>> classesByPackage = classes(entries);
      Set<String> packages = descriptor == null ? classesByPackage.keySet() : exports(descriptor);
      for (String pkg : packages) {
        if (!pkg.startsWith("io.github.parindex.") || NOT_LIBRARY.stream().anyMatch(pkg::startsWith)) {
          continue;
        }
        for (String name : classesByPackage.getOrDefault(pkg, List.of())) {
          try {
            Class<?> type = Class.forName(name, false, loader);
            if (Modifier.isPublic(type.getModifiers())) {
              types.add(name);
            }
          } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
          }
        }
      }
    }
    return types;
  }

  /**
   * Adds the entries of the class-path root that holds the URL's io/github/parindex/ folder (a jar
   * or a folder) to the list, and reads its module descriptor.
   *
   * @return the descriptor, or null for an automatic module
   */
  private static ModuleDescriptor read(URL root, List<String> entries) throws IOException {
    if ("jar".equals(root.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          entries.add(e.nextElement().getName());
        }
        JarEntry info = jar.getJarEntry("module-info.class");
        if (info == null) {
          return null;
        }
        try (InputStream in = jar.getInputStream(info)) {
          return ModuleDescriptor.read(in);
        }
      }
    }
    Path base = base(root);
    try (Stream<Path> files = Files.walk(base)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> entries.add(base.relativize(f).toString().replace('\\', '/')));
    }
    Path info = base.resolve("module-info.class");
    if (!Files.isRegularFile(info)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(info)) {
      return ModuleDescriptor.read(in);
    }
  }

  /** Top-level classes of each package among the entries, by package name. */
  private static TreeMap<String, List<String>> classes(List<String> entries) {
    TreeMap<String, List<String>> byPackage = new TreeMap<>();
    for (String entry : entries) {
      if (!entry.endsWith(".class") || entry.contains("$") || entry.endsWith("-info.class")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      int dot = name.lastIndexOf('.');
      byPackage.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(name);
    }
    return byPackage;
  }

  /** The packages a module exports to everyone (its qualified exports are par's own business). */
  private static Set<String> exports(ModuleDescriptor descriptor) {
    Set<String> exported = new TreeSet<>();
    descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .forEach(e -> exported.add(e.source()));
    return exported;
  }

  /** The class-path root (a folder) that holds the io/github/parindex/ folder of the URL. */
  private static Path base(URL root) {
    try {
      return Path.of(root.toURI()).getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException("not a folder: " + root, e));
    }
  }
}
