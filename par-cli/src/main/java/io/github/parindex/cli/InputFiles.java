package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opening input files that are not regular files, and saying why a file cannot be read.
 *
 * <p>A named pipe (FIFO) blocks whoever opens it until something opens it for writing. par opens
 * such a file on a helper thread and waits {@value #OPEN_TIMEOUT_SECONDS} seconds: a pipe that is
 * being written to ({@code <(command)}, {@code mkfifo} with a writer, {@code /dev/stdin}) opens at
 * once and is read as usual; one that nothing writes to is refused ({@code cannot read: nothing is
 * writing to this pipe}) instead of blocking forever, and the helper thread is released by opening
 * the pipe for writing and closing it at once.
 */
final class InputFiles {
  /** How long opening a pipe may wait for a writer. */
  static final int OPEN_TIMEOUT_SECONDS = 5;

  private InputFiles() {}

  /**
   * The submission files of a folder, as {@code --batch FOLDER} and {@code --previous-years DIR}
   * read them: its {@code .json}, {@code .yaml} and {@code .yml} files (not hidden ones, not
   * subfolders), in the order of their names.
   *
   * @param folder the folder
   * @return the files' names
   * @throws IOException if the folder cannot be listed
   */
  static List<String> submissionFiles(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .filter(name -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
          })
          .sorted()
          .toList();
    }
  }

  /**
   * Opens a file that is not a regular file, waiting at most {@link #OPEN_TIMEOUT_SECONDS}.
   *
   * @param path the file
   * @return the stream
   * @throws IOException if it cannot be opened, or nothing writes to it in time
   */
  static InputStream open(Path path) throws IOException {
    FutureTask<InputStream> opening = new FutureTask<>(() -> Files.newInputStream(path));
    Thread thread = new Thread(opening, "par: open " + path.getFileName());
    thread.setDaemon(true);
    thread.start();
    try {
      return opening.get(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      release(path, opening);
      throw new IOException("nothing is writing to this pipe (waited " + OPEN_TIMEOUT_SECONDS
          + " s)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(path, opening);
      throw new InterruptedIOException("interrupted while opening");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    }
  }

  /** Unblocks the helper thread by writing-opening the pipe, and closes what it opened. */
  private static void release(Path path, FutureTask<InputStream> opening) {
    try {
      // opening for writing lets the reader's open return
      Files.newOutputStream(path, StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      // the thread stays parked until the process ends; it is a daemon
    }
    try {
      opening.get(1, TimeUnit.SECONDS).close();
    } catch (Exception e) {
      // nothing more to close
    }
  }

  /**
   * Reads a stream up to a number of bytes.
   *
   * @param in the stream
   * @param limit the most bytes allowed
   * @param file the file as typed, for the problem
   * @return the bytes
   * @throws IOException if the stream fails
   * @throws ValidationException if there are more than {@code limit} bytes
   */
  static byte[] readAtMost(InputStream in, long limit, String file) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > limit) {
      throw new ValidationException(List.of(new Problem(file, "", "the file has more than "
          + limit + " bytes; the limit is " + limit)));
    }
    return bytes;
  }

  /**
   * Why a file cannot be read, in words that name no Java class: {@code no such file},
   * {@code permission denied}, {@code symbolic link loop}, {@code broken symbolic link}, or the
   * system's reason.
   *
   * @param path the file
   * @param e the failure
   * @return the reason
   */
  static String reason(Path path, IOException e) {
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      try {
        path.toRealPath();
      } catch (NoSuchFileException broken) {
        return "broken symbolic link";
      } catch (IOException loop) {
        return "symbolic link loop";
      }
    }
    return e instanceof NoSuchFileException ? "no such file" : systemReason(e);
  }

  /**
   * Why an I/O operation failed, in the system's words ({@code permission denied}, {@code No space
   * left on device}), never a Java class's name.
   *
   * @param e the failure
   * @return the reason
   */
  static String systemReason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
