package io.github.parindex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What some tests need from the system: named pipes, device nodes and small file systems (a tmpfs,
 * to fill a disk). Each returns whether it worked, so that a test can be skipped where the platform
 * does not allow it (not Linux, not root, no mount permission).
 */
final class Platform {
  private Platform() {}

  /**
   * Runs a command.
   *
   * @param command the command and its arguments
   * @return true when it exits 0
   */
  static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Makes a named pipe. */
  static boolean mkfifo(Path path) {
    return run("mkfifo", path.toString());
  }

  /** Makes a character device like /dev/null (1, 3). */
  static boolean mknodNull(Path path) {
    return run("mknod", path.toString(), "c", "1", "3");
  }

  /**
   * Mounts a tmpfs on an empty folder.
   *
   * @param dir the folder
   * @param options e.g. {@code size=16k} or {@code ro}
   * @return true when mounted
   */
  static boolean tmpfs(Path dir, String options) {
    List<String> command = new ArrayList<>(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs",
        dir.toString()));
    return run(command.toArray(String[]::new));
  }

  /** Unmounts a folder, if mounted. */
  static void unmount(Path dir) {
    run("umount", dir.toString());
  }
}
