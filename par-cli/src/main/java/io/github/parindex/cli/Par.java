package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code par} command line: {@code par COMMAND [options] [arguments]}.
 *
 * <p>Contract, for every command:
 *
 * <ul>
 *   <li>the result goes to standard output, or to {@code --out FILE}; all output, on both streams,
 *       is UTF-8 with {@code \n} line ends, whatever the platform's charset, locale or line
 *       separator, and the same inputs give the same bytes;
 *   <li>exit status 0 on success; 2 on invalid input: an unknown command or option, a missing or
 *       bad argument (a message and the usage line on standard error), or a file with problems,
 *       each printed on its own line as {@code FILE: PATH: message} with PATH a JSON pointer
 *       ({@code /} for the whole document) — on standard error, except for {@code par validate},
 *       whose report is that list and goes to standard output; 1 on an internal error
 *       ({@code internal error: ...} and a hint to use {@code --debug});
 *   <li>a Java stack trace is printed only for an internal error, and only with {@code --debug};
 *   <li>rule types are looked up in {@link RuleRegistry#withServiceLoader()}: custom rules come in
 *       through the class path.
 * </ul>
 *
 * <p>Embedding: {@link #run(String[], PrintStream, PrintStream)} runs one command line without
 * calling {@link System#exit(int)}; {@link #Par(Path, PrintStream, PrintStream)} also sets the
 * directory that relative file names are resolved against.
 */
public final class Par {
  private final Path workingDirectory;
  private final PrintStream out;
  private final PrintStream err;
  private final List<Command> commands;

  /**
   * A command line writing to given streams.
   *
   * @param workingDirectory the directory relative file names are resolved against
   * @param out standard output; receives UTF-8 bytes whatever its charset
   * @param err standard error; receives UTF-8 bytes whatever its charset
   */
  public Par(Path workingDirectory, PrintStream out, PrintStream err) {
    this(workingDirectory, out, err, Commands.all());
  }

  /**
   * A command line with given commands, for tests.
   *
   * @param workingDirectory the directory relative file names are resolved against
   * @param out standard output
   * @param err standard error
   * @param commands the commands, in the order of {@code par --help}
   */
  Par(Path workingDirectory, PrintStream out, PrintStream err, List<Command> commands) {
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.commands = List.copyOf(commands);
  }

  /**
   * Runs {@code par} and exits the JVM with its exit status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.exit(status);
  }

  /**
   * Runs one command line in the current directory.
   *
   * @param args the command line, e.g. {@code validate file.json}
   * @param out standard output
   * @param err standard error
   * @return the exit status: 0 success, 2 invalid input, 1 internal error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new Par(Path.of("").toAbsolutePath(), out, err).run(args);
  }

  /**
   * Runs one command line.
   *
   * @param args the command line, e.g. {@code validate file.json}
   * @return the exit status: 0 success, 2 invalid input, 1 internal error
   */
  public int run(String... args) {
    List<String> all = Arrays.asList(args.clone());
    boolean debug = CommandLine.hasFlag(all, "--debug");
    try {
      return dispatch(all);
    } catch (ValidationException e) {
      StringBuilder text = new StringBuilder();
      for (Problem p : Problems.sorted(e.problems())) {
        text.append(Problems.line(p)).append('\n');
      }
      Utf8.write(err, text.toString());
      return ExitCode.INVALID_INPUT;
    } catch (Exception | Error e) {
      // Exception covers checked I/O failures too; Error covers stack and memory exhaustion.
      return internalError(e, debug);
    }
  }

  private int dispatch(List<String> args) throws IOException {
    if (args.isEmpty()) {
      return usageError("par: missing command", Help.usage(commands),
          "Run 'par --help' for help.");
    }
    String first = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (first) {
      case "--help":
      case "-h":
        Utf8.write(out, Help.overview(Version.get(), commands));
        return ExitCode.OK;
      case "--version":
        Utf8.write(out, "par " + Version.get() + "\n");
        return ExitCode.OK;
      case "help":
        if (rest.isEmpty()) {
          Utf8.write(out, Help.overview(Version.get(), commands));
          return ExitCode.OK;
        }
        return dispatch(List.of(rest.get(0), "--help"));
      default:
        break;
    }
    Optional<Command> command =
        commands.stream().filter(c -> c.name().equals(first)).findFirst();
    if (command.isEmpty()) {
      String what = first.startsWith("-") ? "unknown option " + first + " (give the command first)"
          : "unknown command '" + first + "'";
      return usageError("par: " + what, Help.usage(commands), "Run 'par --help' for help.");
    }
    return run(command.get(), rest);
  }

  private int run(Command command, List<String> args) throws IOException {
    if (CommandLine.asksForHelp(args)) {
      Utf8.write(out, Help.of(command));
      return ExitCode.OK;
    }
    CommandLine line;
    try {
      line = CommandLine.parse(command, args);
    } catch (UsageException e) {
      return usageError(command, e);
    }
    Inputs inputs = new Inputs(workingDirectory, new Lazy<>(RuleRegistry::withServiceLoader));
    StreamedOutput sink = new StreamedOutput(line.out().map(this::outputPath).orElse(null), out);
    Invocation invocation = new Invocation(command, line, inputs, err, new Output(sink::open));
    int status;
    boolean done = false;
    try {
      status = command.run(invocation);
      done = true;
    } catch (UsageException e) {
      return usageError(command, e);
    } finally {
      if (invocation.out().streaming()) {
        sink.finish(done, line.out().orElse(""));
      }
    }
    if (invocation.out().streaming()) {
      return status;
    }
    byte[] bytes = invocation.out().bytes();
    if (line.out().isPresent()) {
      write(line.out().get(), bytes);
    } else {
      out.write(bytes, 0, bytes.length);
      out.flush();
    }
    return status;
  }

  private Path outputPath(String file) {
    try {
      Path path = workingDirectory.resolve(file);
      if (Files.isDirectory(path)) {
        throw Problems.invalid(file, "", "cannot write: is a directory");
      }
      return path;
    } catch (InvalidPathException e) {
      throw Problems.invalid(file, "", "cannot write: not a valid file name");
    }
  }

  private void write(String file, byte[] bytes) {
    Path path;
    try {
      path = workingDirectory.resolve(file);
    } catch (InvalidPathException e) {
      throw Problems.invalid(file, "", "cannot write: not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw Problems.invalid(file, "", "cannot write: is a directory");
    }
    try {
      Files.write(path, bytes);
    } catch (NoSuchFileException e) {
      throw Problems.invalid(file, "", "cannot write: no such directory");
    } catch (AccessDeniedException e) {
      throw Problems.invalid(file, "", "cannot write: permission denied");
    } catch (IOException e) {
      throw Problems.invalid(file, "", "cannot write: " + e.getMessage());
    }
  }

  private int usageError(Command command, UsageException e) {
    return usageError("par " + command.name() + ": " + e.getMessage(), Help.usage(command),
        "Run 'par " + command.name() + " --help' for help.");
  }

  private int usageError(String message, String usage, String hint) {
    Utf8.write(err, message + "\n" + usage + "\n" + hint + "\n");
    return ExitCode.INVALID_INPUT;
  }

  private int internalError(Throwable e, boolean debug) {
    StringBuilder text = new StringBuilder("internal error: ").append(Problems.oneLine(
        String.valueOf(e))).append('\n');
    if (debug) {
      StringWriter trace = new StringWriter();
      try (PrintWriter w = new PrintWriter(trace)) {
        e.printStackTrace(w);
      }
      text.append(trace.toString().replace("\r\n", "\n").replace('\r', '\n'));
    } else {
      text.append("Run again with --debug to see the stack trace, and please report it.\n");
    }
    Utf8.write(err, text.toString());
    return ExitCode.INTERNAL_ERROR;
  }
}
