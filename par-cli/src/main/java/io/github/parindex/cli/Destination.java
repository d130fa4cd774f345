package io.github.parindex.cli;

import io.github.parindex.model.ValidationException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Where a command's result goes — standard output, or {@code --out FILE} — and the one way every
 * command writes there, so that a result is never reported as written when it was not, and a file
 * is never left half-written:
 *
 * <ul>
 *   <li><b>A file</b> is written to a temporary file in its folder ({@code .NAME.RANDOM.par-tmp}),
 *       flushed and synced to the disk, then moved over {@code FILE} in one step: a failed or
 *       interrupted run (SIGINT, SIGTERM, SIGHUP — {@link TemporaryFiles} deletes the temporary
 *       file on the way out) leaves the previous file as it was. A symbolic link is written through
 *       (its target is replaced, the link stays); a file that is not a regular file — a device such
 *       as {@code /dev/null}, a named pipe — is written to directly, never replaced.
 *       {@code /dev/stdout} (or any link to this process's descriptor 1) is standard output; a link
 *       to any other open descriptor ({@code /dev/stderr}, {@code /dev/fd/3}, {@code
 *       /proc/self/fd/0}) is refused: see {@link Descriptors}. A file that the command reads is refused. Every failure is a problem at
 *       {@code FILE: /: cannot write: …} (exit 2).
 *   <li><b>Standard output</b> is checked after every write: a full disk ({@code > /dev/full}), a
 *       closed or broken stream is a {@link StdoutFailure}, which {@code par} reports on standard
 *       error with exit 2 instead of exiting 0 with nothing written.
 * </ul>
 *
 * <p>A destination is used once, by one thread: {@link #write(byte[])} for a result held in memory,
 * or {@link #open()} then {@link #finish(boolean)} for a streamed one.
 */
abstract class Destination {
  /** Standard output failed; the message says why. */
  static final class StdoutFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StdoutFailure(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The process's standard output as a {@link PrintStream} that remembers why a write failed (a
   * plain {@code PrintStream} only remembers that one did).
   */
  static final class Stdout extends PrintStream {
    private volatile IOException failure;

    /**
     * Wraps a stream.
     *
     * @param out the stream, e.g. on {@link java.io.FileDescriptor#out}
     */
    Stdout(OutputStream out) {
      super(out, false);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed(e);
      }
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (IOException e) {
        failed(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        failed(e);
      }
    }

    private void failed(IOException e) {
      failure = e;
      setError();
    }
  }

  private Destination() {}

  /**
   * Writes a whole result.
   *
   * @param bytes the result
   * @throws ValidationException if a file cannot be written ({@code FILE: /: cannot write: …})
   * @throws StdoutFailure if standard output fails
   */
  abstract void write(byte[] bytes);

  /**
   * Opens the destination for a streamed result; writes to the stream fail the same way as
   * {@link #write(byte[])}.
   *
   * @return the stream
   */
  abstract OutputStream open();

  /**
   * Ends a streamed result: on success the file takes its place, otherwise the temporary file is
   * deleted and the previous file left as it was.
   *
   * @param success whether the command succeeded
   */
  abstract void finish(boolean success);

  /**
   * Standard output.
   *
   * @param out the stream
   * @return the destination
   */
  static Destination stdout(PrintStream out) {
    return new ToStdout(out);
  }

  /**
   * {@code --out FILE}, checked now: an invalid name or a folder is refused at once.
   *
   * @param label the file as typed
   * @param workingDirectory the directory it is relative to
   * @param isInput whether a file is one of the command's inputs (asked when writing starts)
   * @param stdout standard output, which {@code /dev/stdout} and any other link to descriptor 1
   *     name (see {@link Descriptors})
   * @return the destination
   * @throws ValidationException if FILE cannot be a file, or names a file descriptor other than
   *     standard output
   */
  static Destination file(String label, Path workingDirectory, Predicate<Path> isInput,
      PrintStream stdout) {
    Path path;
    try {
      path = workingDirectory.resolve(label);
    } catch (InvalidPathException e) {
      throw cannotWrite(label, "not a valid file name");
    }
    OptionalLong descriptor = Descriptors.of(path);
    if (descriptor.isPresent()) {
      if (descriptor.getAsLong() == 1) {
        return stdout(stdout);
      }
      throw cannotWrite(label, "names an open file descriptor of a process, not a file;"
          + " give a file name, or /dev/stdout");
    }
    if (Files.isDirectory(path)) {
      throw cannotWrite(label, "is a directory");
    }
    return new ToFile(label, path, isInput);
  }

  /** Installs the removal of temporary files when the JVM is stopped (see {@link TemporaryFiles}). */
  static void removeTemporaryFilesOnExit() {
    TemporaryFiles.install();
  }

  static ValidationException cannotWrite(String label, String why) {
    return Problems.invalid(label, "", "cannot write: " + why);
  }

  /** Why an I/O operation failed, in words that name no Java class. */
  static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such directory" : InputFiles.systemReason(e);
  }

  /** Standard output, checked after every write. */
  private static final class ToStdout extends Destination {
    private final PrintStream out;

    ToStdout(PrintStream out) {
      this.out = out;
    }

    @Override
    void write(byte[] bytes) {
      out.write(bytes, 0, bytes.length);
      check();
    }

    @Override
    OutputStream open() {
      return new OutputStream() {
        @Override
        public void write(int b) {
          out.write(b);
          checkNoFlush();
        }

        @Override
        public void write(byte[] b, int off, int len) {
          out.write(b, off, len);
          checkNoFlush();
        }

        @Override
        public void flush() {
          check();
        }
      };
    }

    @Override
    void finish(boolean success) {
      check();
    }

    /** Flushes, then fails if any write failed. */
    private void check() {
      if (out.checkError()) {
        throw failure();
      }
    }

    /** Fails if a write already failed, without flushing (a batch flushes once, at the end). */
    private void checkNoFlush() {
      if (out instanceof Stdout s && s.failure != null) {
        throw failure();
      }
    }

    private StdoutFailure failure() {
      IOException e = out instanceof Stdout s ? s.failure : null;
      return new StdoutFailure(e == null ? "the stream reports an error" : reason(e));
    }
  }

  /** {@code --out FILE}: a temporary file moved into place, or a device written through. */
  private static final class ToFile extends Destination {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;

    private final String label;
    private final Path path;
    private final Predicate<Path> isInput;
    private Path target;
    private Path temp;
    private FileChannel channel;
    private OutputStream stream;

    ToFile(String label, Path path, Predicate<Path> isInput) {
      this.label = label;
      this.path = path;
      this.isInput = isInput;
    }

    @Override
    void write(byte[] bytes) {
      OutputStream s = open();
      boolean done = false;
      try {
        s.write(bytes);
        done = true;
      } catch (IOException e) {
        throw cannotWrite(label, reason(e));
      } finally {
        finish(done);
      }
    }

    @Override
    OutputStream open() {
      if (stream != null) {
        return stream;
      }
      try {
        boolean through = locate();
        if (through) {
          stream = Files.newOutputStream(target, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
        } else {
          createTemporaryFile();
          stream = Channels.newOutputStream(channel);
        }
      } catch (IOException e) {
        throw cannotWrite(label, reason(e));
      }
      return new FilterOutputStream(stream) {
        @Override
        public void write(byte[] b, int off, int len) {
          try {
            out.write(b, off, len);
          } catch (IOException e) {
            throw cannotWrite(label, reason(e));
          }
        }

        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() {
          try {
            out.flush();
          } catch (IOException e) {
            throw cannotWrite(label, reason(e));
          }
        }

        @Override
        public void close() {
          flush();
        }
      };
    }

    /**
     * Finds what to write to: the file, or the file at the end of its symbolic links; refuses a
     * folder and an input of the command.
     *
     * @return true to write directly (not a regular file), false to replace through a temporary
     *     file
     */
    private boolean locate() throws IOException {
      BasicFileAttributes attributes = attributes(path);
      if (attributes != null && attributes.isOther()) {
        target = path; // a device or a pipe: the system follows its links
        return true;
      }
      if (attributes != null) {
        if (attributes.isDirectory()) {
          throw cannotWrite(label, "is a directory");
        }
        target = path.toRealPath();
        if (isInput.test(target)) {
          throw cannotWrite(label, "it is one of this command's input files; choose another file");
        }
        return false;
      }
      Path p = path.toAbsolutePath();
      for (int links = 0; Files.isSymbolicLink(p); links++) {
        if (links == MAX_LINKS) {
          throw cannotWrite(label, "symbolic link loop");
        }
        p = p.getParent().resolve(Files.readSymbolicLink(p));
      }
      target = p;
      return false;
    }

    /** The attributes of a file, following links; {@code null} if it does not exist. */
    private BasicFileAttributes attributes(Path p) throws IOException {
      try {
        return Files.readAttributes(p, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return null;
      } catch (FileSystemException e) {
        if (Files.isSymbolicLink(p)) {
          throw cannotWrite(label, "symbolic link loop");
        }
        throw e;
      }
    }

    private void createTemporaryFile() throws IOException {
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw cannotWrite(label, "no such directory");
      }
      while (channel == null) {
        // Not Files.createTempFile: its files are private (0600); this one becomes the --out file,
        // which must get the permissions any other new file gets.
        Path candidate = target.resolveSibling("." + target.getFileName() + "."
            + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".par-tmp");
        TemporaryFiles.add(candidate);
        try {
          channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          temp = candidate;
        } catch (FileAlreadyExistsException e) {
          TemporaryFiles.remove(candidate);
        } catch (NoSuchFileException e) {
          // the folder exists (checked above) but takes no new file, e.g. /proc
          TemporaryFiles.remove(candidate);
          throw cannotWrite(label, "no new file can be created in its folder");
        } catch (IOException e) {
          TemporaryFiles.remove(candidate);
          throw e;
        }
      }
    }

    @Override
    void finish(boolean success) {
      if (stream == null) {
        return;
      }
      try {
        if (temp == null) {
          stream.close();
          return;
        }
        if (!success) {
          channel.close();
          return;
        }
        channel.force(true);
        channel.close();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          copyPermissions(target, temp);
        }
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.getParent());
      } catch (IOException e) {
        throw cannotWrite(label, reason(e));
      } finally {
        if (temp != null) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException e) {
            // left for the shutdown hook
          }
          TemporaryFiles.remove(temp);
        }
      }
    }

    /** Keeps the permissions of the file being replaced (best effort: POSIX systems only). */
    private static void copyPermissions(Path from, Path to) {
      try {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      } catch (IOException | UnsupportedOperationException e) {
        // the new file keeps the default permissions
      }
    }

    /** Syncs the folder, so that the move itself survives a crash (where the system allows it). */
    private static void syncFolder(Path dir) {
      if (dir == null) {
        return;
      }
      try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
        folder.force(true);
      } catch (IOException | UnsupportedOperationException e) {
        // not every system can sync a folder
      }
    }
  }
}
