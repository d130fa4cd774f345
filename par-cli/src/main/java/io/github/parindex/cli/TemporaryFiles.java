package io.github.parindex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of {@code --out} being written, deleted by a shutdown hook when the JVM is
 * stopped before they are moved into place — by SIGINT (Ctrl-C), SIGTERM or SIGHUP, which run the
 * JVM's shutdown hooks — so that an interrupted run leaves no hidden file behind. (SIGKILL runs
 * nothing: such a file is named {@code .NAME.RANDOM.par-tmp} and can be deleted by hand.)
 */
final class TemporaryFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean installed;

  private TemporaryFiles() {}

  /** Installs the shutdown hook, once. */
  static synchronized void install() {
    if (!installed) {
      Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteAll,
          "par: delete temporary files"));
      installed = true;
    }
  }

  /**
   * Notes a temporary file, before it is created.
   *
   * @param file the file
   */
  static void add(Path file) {
    install();
    LIVE.add(file);
  }

  /**
   * Forgets a temporary file moved into place or deleted.
   *
   * @param file the file
   */
  static void remove(Path file) {
    LIVE.remove(file);
  }

  /**
   * The temporary files not yet moved into place or deleted.
   *
   * @return a copy
   */
  static Set<Path> live() {
    return Set.copyOf(LIVE);
  }

  /** Deletes every temporary file still there: what the shutdown hook runs. */
  static void deleteAll() {
    for (Path file : LIVE) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // nothing more can be done on the way out
      }
      LIVE.remove(file);
    }
  }
}
