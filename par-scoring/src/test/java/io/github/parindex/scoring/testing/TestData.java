package io.github.parindex.scoring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data files that the tests of several modules share, each with one home, read from the test
 * class path instead of through a sibling module's directory:
 *
 * <ul>
 *   <li>{@code golden/}: the golden cases and the commune methodology with every rule type
 *       (par-scoring's {@code src/test/resources/golden});
 *   <li>{@code projection/}: the test-98 methodology, submission, options and peers
 *       (par-scoring's {@code src/test/resources/projection});
 *   <li>{@code examples/data/}: the repository's example data ({@code examples/data}, which the
 *       documentation's commands name), copied into par-scoring's test classes by its pom.
 * </ul>
 *
 * <p>In par-scoring's own tests the files are in {@code target/test-classes}; in the tests of the
 * modules above, in par-scoring's test-jar (or its {@code target/test-classes} when the reactor
 * stops before packaging). {@link #path} reads either in place; {@link #directory} gives real files for
 * tests that hand paths to another process.
 */
public final class TestData {
  private static final Path ROOT = root();

  private TestData() {}

  /**
   * The named file or directory of the shared test data, e.g. {@code golden/commune-a} or
   * {@code examples/data/hung-yen-2023.yaml}. The path may live in a zip file system (the
   * test-jar): read it with {@link Files}, never with {@code toFile()}.
   *
   * @param name the name, relative to the root of the test class path, with {@code /} separators
   * @return the path, which exists
   * @throws IllegalArgumentException if there is no such file or directory
   */
  public static Path path(String name) {
    Path p = ROOT.resolve(name);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(
          "no shared test data named " + name + " under " + ROOT.toUri());
    }
    return p;
  }

  /**
   * The named file's bytes.
   *
   * @param name the name, as for {@link #path}
   * @return the bytes
   */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The named file's text, in UTF-8.
   *
   * @param name the name, as for {@link #path}
   * @return the text
   */
  public static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The named directory as real files in the default file system, for tests that pass file names to
   * another process (the command-line jar): the directory itself when the test data are not packed
   * in a jar, else a copy extracted into a temporary directory that is deleted when the JVM exits.
   *
   * @param name the name of a directory, as for {@link #path}
   * @return an absolute, normalized directory with the same files
   */
  public static Path directory(String name) {
    Path source = path(name);
    if (source.getFileSystem() == FileSystems.getDefault()) {
      return source.toAbsolutePath().normalize();
    }
    try {
      Path target = Files.createTempDirectory("par-test-data");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
      copyTree(source, target);
      return target.toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(source)) {
      all = walk.toList();
    }
    for (Path p : all) {
      Path to = target.resolve(source.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(to);
      } else {
        Files.copy(p, to);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary directory left behind is not worth failing a finished test run for.
    }
  }

  /** The root of the test classes holding this class: a directory, or the root of a jar. */
  private static Path root() {
    try {
      URI location = TestData.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      Path p = Path.of(location);
      if (Files.isDirectory(p)) {
        return p;
      }
      URI jar = URI.create("jar:" + location);
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(jar, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(jar);
      }
      return fs.getPath("/");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
