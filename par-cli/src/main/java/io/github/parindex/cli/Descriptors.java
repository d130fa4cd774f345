package io.github.parindex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a path names one of this process's open file descriptors — {@code /dev/stdout},
 * {@code /dev/fd/N}, {@code /proc/self/fd/N}, or a link to one of them.
 *
 * <p>Why it matters: such a path is a link to whatever the descriptor holds, and it cannot be
 * replaced like a file. When standard output is closed ({@code >&-}) the JVM reuses descriptor 1
 * for a file it opens itself, such as the Java runtime's own {@code lib/modules}; following
 * {@code /dev/stdout} to that file and replacing it would destroy it. So descriptor 1 is standard
 * output (checked like any standard output) and every other descriptor is refused.
 */
final class Descriptors {
  private static final int MAX_LINKS = 40;
  // /proc/<pid>/fd/N, /proc/<pid>/task/<tid>/fd/N, and the self / thread-self forms.
  private static final Pattern FD = Pattern.compile(
      "/proc/(self|thread-self|\\d+)(?:/task/\\d+)?/fd/(\\d{1,9})");

  private Descriptors() {}

  /**
   * The descriptor of this process that a path names, through any symbolic links of its folders
   * and of itself.
   *
   * @param path the path, absolute or relative to the working directory
   * @return the descriptor; -1 for another process's; empty if the path names no descriptor (a
   *     path that cannot be examined names none)
   */
  static OptionalLong of(Path path) {
    long self = ProcessHandle.current().pid();
    Path p = path.toAbsolutePath().normalize();
    for (int links = 0; links <= MAX_LINKS; links++) {
      Path parent = p.getParent();
      Path name = p.getFileName();
      if (parent != null && name != null && Files.exists(parent)) {
        try {
          p = parent.toRealPath().resolve(name);
        } catch (IOException e) {
          return OptionalLong.empty();
        }
      }
      Matcher m = FD.matcher(p.toString());
      if (m.matches()) {
        String pid = m.group(1);
        boolean ours = pid.equals("self") || pid.equals("thread-self")
            || pid.equals(Long.toString(self));
        // Another process's descriptor is not ours to write through either: refused as ours is.
        return OptionalLong.of(ours ? Long.parseLong(m.group(2)) : -1);
      }
      if (!Files.isSymbolicLink(p)) {
        return OptionalLong.empty();
      }
      try {
        p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
      } catch (IOException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }
}
