package io.github.parindex.cli;

import io.github.parindex.model.BundledMethodologies;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.rules.PreparedRules;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the files named on the command line. Every problem it reports names the file as the user
 * typed it (relative paths stay relative), and a file that cannot be read is a problem at {@code /}
 * ({@code FILE: /: cannot read: no such file}), never an exception of another kind.
 *
 * <p>The methods for other commands ({@link #prepare(String)}, {@link #submission(String,
 * PreparedRules)}, {@link #bundledFor(Submission, String)}) throw a {@link ValidationException}
 * listing every problem; {@code validate} uses the smaller steps to collect problems file by file.
 */
final class Inputs {
  private final Path workingDirectory;
  private final Supplier<RuleRegistry> registry;
  private final ParReader reader = ParReader.standard();
  private final Set<Path> read = new LinkedHashSet<>();
  private final Map<Path, Object> streamed = new HashMap<>();

  /**
   * Inputs relative to a directory.
   *
   * @param workingDirectory the directory relative file names are resolved against
   * @param registry the rule registry, created when first needed
   */
  Inputs(Path workingDirectory, Supplier<RuleRegistry> registry) {
    this.workingDirectory = workingDirectory;
    this.registry = registry;
  }

  /**
   * The rule registry: built-in types plus those found by {@link java.util.ServiceLoader}.
   *
   * @return the registry
   */
  RuleRegistry registry() {
    return registry.get();
  }

  /**
   * A file name resolved against the working directory.
   *
   * @param file the file as typed
   * @return the path
   * @throws ValidationException if the name is not a valid path
   */
  Path resolve(String file) {
    try {
      return workingDirectory.resolve(file);
    } catch (InvalidPathException e) {
      throw Problems.invalid(file, "", "cannot read: not a valid file name");
    }
  }

  /**
   * A file's bytes, refusing files above the reader's size limit. A file that is not a regular file
   * (a named pipe, {@code /dev/stdin}) is read as a stream, up to the same limit; one that nothing
   * writes to is given up on after {@link InputFiles#OPEN_TIMEOUT_SECONDS} seconds instead of
   * blocking forever.
   *
   * @param file the file as typed
   * @return the bytes
   * @throws ValidationException if the file does not exist, cannot be read or is too large
   */
  byte[] read(String file) {
    Path path = resolve(file);
    if (Files.isDirectory(path)) {
      throw Problems.invalid(file, "", "cannot read: is a directory");
    }
    try {
      noteInput(path);
      if (Files.isRegularFile(path) || !Files.exists(path)) {
        return reader.bytes(path); // a missing file or a link loop fails here, with its reason
      }
      // a pipe can be read once: what it gave, or why not, is kept for the rest of the command
      Object kept = streamed.get(path);
      if (kept == null) {
        try (InputStream in = InputFiles.open(path)) {
          kept = InputFiles.readAtMost(in, reader.limits().maxBytes(), file);
        } catch (IOException e) {
          kept = e;
        }
        streamed.put(path, kept);
      }
      if (kept instanceof IOException e) {
        throw e;
      }
      return (byte[]) kept;
    } catch (ValidationException e) {
      throw new ValidationException(Problems.in(file, e.problems()));
    } catch (IOException e) {
      throw Problems.invalid(file, "", "cannot read: " + InputFiles.reason(path, e));
    }
  }

  /**
   * Opens a file to read it as a stream (a JSON Lines batch), the way {@link #read(String)} opens
   * files.
   *
   * @param file the file as typed
   * @return the stream
   * @throws ValidationException if the file cannot be opened
   */
  InputStream open(String file) {
    Path path = resolve(file);
    try {
      noteInput(path);
      return Files.isRegularFile(path) || !Files.exists(path) ? Files.newInputStream(path)
          : InputFiles.open(path);
    } catch (IOException e) {
      throw Problems.invalid(file, "", "cannot read: " + InputFiles.reason(path, e));
    }
  }

  /**
   * Notes a file or folder the command reads, so that {@code --out} cannot name it.
   *
   * @param path the file
   */
  void noteInput(Path path) {
    read.add(path.toAbsolutePath().normalize());
  }

  /**
   * Whether a file is one the command reads (or a file inside a folder it reads).
   *
   * @param file an existing file
   * @return true if it is one of the inputs noted so far
   */
  boolean isInput(Path file) {
    for (Path input : read) {
      try {
        if (Files.exists(input) && (Files.isSameFile(input, file)
            || Files.isDirectory(input) && file.toRealPath().startsWith(input.toRealPath()))) {
          return true;
        }
      } catch (IOException e) {
        // an input that is gone is not the output
      }
    }
    return false;
  }

  /**
   * The {@code format} a file declares.
   *
   * @param file the file as typed
   * @param content its bytes
   * @return the format, if the document is an object with a text {@code format}
   * @throws ValidationException if the document cannot be parsed
   */
  Optional<String> formatOf(String file, byte[] content) {
    return Problems.placed(file, () -> reader.formatOf(content, file));
  }

  /**
   * Reads a methodology file.
   *
   * @param file the file as typed
   * @param content its bytes
   * @return the methodology
   * @throws ValidationException listing every problem of the file (not of its rules)
   */
  Methodology methodology(String file, byte[] content) {
    return Problems.placed(file, () -> reader.readMethodology(content, file));
  }

  /**
   * Reads a submission file.
   *
   * @param file the file as typed
   * @param content its bytes
   * @return the submission
   * @throws ValidationException listing every problem of the file
   */
  Submission submission(String file, byte[] content) {
    return Problems.placed(file, () -> reader.readSubmission(content, file));
  }

  /**
   * Reads an assessment record file ({@code par-assessment/1}).
   *
   * @param file the file as typed
   * @param content its bytes
   * @return the record
   * @throws ValidationException listing every problem of the file
   */
  io.github.parindex.model.Assessment assessment(String file, byte[] content) {
    return Problems.placed(file, () -> reader.readAssessment(content, file));
  }

  /**
   * Reads an assessment record file for the methodology it is assessed against: its problems
   * against the methodology's tree (an unknown leaf) come with those of the file and the record.
   *
   * @param file the file as typed
   * @param content its bytes
   * @param methodology the methodology
   * @return the record
   * @throws ValidationException listing every problem of the file
   */
  io.github.parindex.model.Assessment assessment(String file, byte[] content,
      Methodology methodology) {
    return Problems.placed(file, () -> reader.readAssessment(content, file, methodology));
  }

  /**
   * Finds the methodology of {@code --methodology M}: the file {@code M} if it exists, else the
   * bundled methodology of id {@code M}.
   *
   * @param fileOrId the value as typed
   * @return where the methodology comes from
   * @throws ValidationException if there is neither such a file nor such a bundled methodology
   */
  MethodologySource locate(String fileOrId) {
    Path path = null;
    try {
      path = workingDirectory.resolve(fileOrId);
    } catch (InvalidPathException e) {
      // not a file name: perhaps an id
    }
    if (path != null && (Files.exists(path) || Files.isSymbolicLink(path))) {
      return MethodologySource.file(fileOrId, path);
    }
    Optional<Methodology> bundled = BundledMethodologies.find(fileOrId);
    if (bundled.isPresent()) {
      return MethodologySource.bundled(bundled.get());
    }
    throw Problems.invalid(fileOrId, "", "cannot read: no such file, nor a bundled methodology"
        + " (bundled: " + String.join(", ", BundledMethodologies.ids()) + ")");
  }

  /**
   * Reads a located methodology; a bundled one is already read. A file that declares another format
   * (a submission given as methodology, say) is one problem at {@code /format}.
   *
   * @param source where it comes from
   * @return the methodology
   * @throws ValidationException listing every problem of the file (not of its rules)
   */
  Methodology load(MethodologySource source) {
    if (source.bundled() != null) {
      return source.bundled();
    }
    String file = source.label();
    byte[] content = read(file);
    Optional<String> format = formatOf(file, content);
    if (format.isPresent() && !format.get().equals(Methodology.FORMAT)) {
      throw Problems.invalid(file, "/format", "expected \"" + Methodology.FORMAT + "\", got \""
          + format.get() + "\"");
    }
    return methodology(file, content);
  }

  /**
   * Prepares a methodology's rules.
   *
   * @param methodology the methodology
   * @param label the name its problems are reported under
   * @return the prepared rules
   * @throws ValidationException listing every rule problem (unknown types, bad parameters)
   */
  PreparedRules prepare(Methodology methodology, String label) {
    try {
      return registry().prepare(methodology);
    } catch (ValidationException e) {
      throw new ValidationException(Problems.in(label, e.problems()));
    }
  }

  /**
   * Locates, reads and prepares the methodology of {@code --methodology M}.
   *
   * @param fileOrId a file, or the id of a bundled methodology
   * @return the prepared rules, with their methodology
   * @throws ValidationException listing every problem of the file and of its rules
   */
  PreparedRules prepare(String fileOrId) {
    MethodologySource source = locate(fileOrId);
    return prepare(load(source), source.label());
  }

  /**
   * The bundled methodology a submission names, for when no {@code --methodology} is given.
   *
   * @param submission the submission
   * @param file the submission's file as typed
   * @return where the methodology comes from
   * @throws ValidationException at {@code /methodology} if no bundled methodology has that id
   */
  MethodologySource bundledFor(Submission submission, String file) {
    return BundledMethodologies.find(submission.methodology()).map(MethodologySource::bundled)
        .orElseThrow(() -> Problems.invalid(file, "/methodology", "no bundled methodology has id '"
            + submission.methodology() + "' (bundled: " + String.join(", ",
            BundledMethodologies.ids()) + "); give its file with --methodology FILE"));
  }

  /**
   * Reads a submission and checks it against prepared rules.
   *
   * @param file the file as typed
   * @param rules the methodology's prepared rules
   * @return the submission, ready to score
   * @throws ValidationException listing every problem of the file and against the methodology
   */
  Submission submission(String file, PreparedRules rules) {
    Submission submission = submission(file, read(file));
    List<Problem> problems = rules.check(submission);
    if (!problems.isEmpty()) {
      throw new ValidationException(Problems.in(file, problems));
    }
    return submission;
  }

  /**
   * The reader of par's formats, whose limits every file of the command line is read with.
   *
   * @return the reader
   */
  ParReader reader() {
    return reader;
  }
}
