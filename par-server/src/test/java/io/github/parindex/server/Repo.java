package io.github.parindex.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's files the tests use: examples/data, examples/clients. */
final class Repo {
  private Repo() {}

  /**
   * The repository's root: {@code par.root} when set (failsafe sets it), else the first folder up
   * from the working directory that holds {@code examples/data}.
   *
   * @return the root
   */
  static Path root() {
    String set = System.getProperty("par.root");
    if (set != null) {
      return Path.of(set).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/data"))) {
        return p;
      }
    }
    throw new IllegalStateException("no examples/data above " + Path.of("").toAbsolutePath());
  }

  /**
   * A file of examples/data.
   *
   * @param name the name inside examples/data
   * @return its path
   */
  static Path data(String name) {
    return root().resolve("examples/data").resolve(name);
  }
}
