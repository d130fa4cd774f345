package io.github.parindex.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The destination of a command that streams its output: standard output, or a temporary file beside
 * {@code --out FILE} that replaces it only when the command succeeds and is deleted otherwise.
 */
final class StreamedOutput {
  private final Path file;
  private final PrintStream stdout;
  private Path temp;
  private OutputStream stream;

  /**
   * Creates the destination.
   *
   * @param file the {@code --out} file, or {@code null} for standard output
   * @param stdout standard output
   */
  StreamedOutput(Path file, PrintStream stdout) {
    this.file = file;
    this.stdout = stdout;
  }

  /**
   * Opens the destination (once).
   *
   * @return the stream
   * @throws IOException if the temporary file cannot be created
   */
  OutputStream open() throws IOException {
    if (stream == null) {
      if (file == null) {
        stream = new FilterOutputStream(stdout) {
          @Override
          public void write(byte[] b, int off, int len) {
            stdout.write(b, off, len);
          }

          @Override
          public void close() {
            stdout.flush();
          }
        };
      } else {
        Path dir = file.toAbsolutePath().getParent();
        // Not Files.createTempFile: its files are private (0600); this one becomes the --out file,
        // which must get the permissions any other output file gets.
        SecureRandom random = new SecureRandom();
        while (stream == null) {
          Path candidate = dir.resolve("." + file.getFileName() + "."
              + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + ".par-tmp");
          try {
            stream = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
            temp = candidate;
          } catch (FileAlreadyExistsException e) {
            // another name
          }
        }
      }
    }
    return stream;
  }

  /**
   * Closes the destination; on success moves the temporary file over the {@code --out} file, otherwise
   * deletes it.
   *
   * @param success whether the command succeeded
   * @param label the {@code --out} value, for messages
   */
  void finish(boolean success, String label) {
    if (stream == null) {
      return;
    }
    try {
      stream.close();
      if (temp != null) {
        if (success) {
          try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
          }
        } else {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw Problems.invalid(label, "", "cannot write: " + e.getMessage());
    }
  }
}
