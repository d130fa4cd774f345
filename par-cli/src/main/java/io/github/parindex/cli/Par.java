package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.RuleRegistry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

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
 *       bad argument (a message and the usage line on standard error), a file with problems, each
 *       printed on its own line as {@code FILE: PATH: message} with PATH a JSON pointer
 *       ({@code /} for the whole document) — on standard error, except for {@code par validate},
 *       whose report is that list and goes to standard output — or an output that cannot be
 *       written; 1 on an internal error ({@code internal error: ...} and a hint to use
 *       {@code --debug});
 *   <li>a Java stack trace is printed only for an internal error, and only with {@code --debug};
 *   <li>rule types are looked up in {@link RuleRegistry#withServiceLoader()}: custom rules come in
 *       through the class path.
 * </ul>
 *
 * <p>Parsing is picocli's ({@link Arguments} adds par's checks and words); help and usage lines are
 * par's own ({@link Help}). Writing is {@link Destination}'s: {@code --out FILE} is replaced
 * atomically, standard output is checked.
 *
 * <p>Embedding: {@link #run(String[], PrintStream, PrintStream)} runs one command line without
 * calling {@link System#exit(int)}; {@link #Par(Path, PrintStream, PrintStream)} also sets the
 * directory that relative file names (and {@code @FILE}s) are resolved against. A {@code Par} may
 * run several command lines, one at a time.
 */
public final class Par {
  private final Path workingDirectory;
  private final PrintStream out;
  private final PrintStream err;
  private final Supplier<List<ParCommand>> commands;

  /** The command line of {@code par} itself, whose subcommands are the commands. */
  @Command(name = "par")
  static final class Root {}

  /**
   * A command line writing to given streams.
   *
   * @param workingDirectory the directory relative file names are resolved against
   * @param out standard output; receives UTF-8 bytes whatever its charset
   * @param err standard error; receives UTF-8 bytes whatever its charset
   */
  public Par(Path workingDirectory, PrintStream out, PrintStream err) {
    this(workingDirectory, out, err, Commands::all);
  }

  /**
   * A command line with given commands, for tests.
   *
   * @param workingDirectory the directory relative file names are resolved against
   * @param out standard output
   * @param err standard error
   * @param commands new instances of the commands for each run, in the order of {@code par --help}
   */
  Par(Path workingDirectory, PrintStream out, PrintStream err,
      Supplier<List<ParCommand>> commands) {
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.commands = Objects.requireNonNull(commands, "commands");
  }

  /**
   * Runs {@code par} and exits the JVM with its exit status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Destination.removeTemporaryFilesOnExit();
    int status = run(args, new Destination.Stdout(new FileOutputStream(FileDescriptor.out)),
        System.err);
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
    List<String> all = List.of(args.clone());
    boolean debug = hasFlag(all, "--debug");
    try {
      return dispatch(all);
    } catch (ValidationException e) {
      StringBuilder text = new StringBuilder();
      for (Problem p : Problems.sorted(e.problems())) {
        text.append(Problems.line(p)).append('\n');
      }
      Utf8.write(err, text.toString());
      return ExitCode.INVALID_INPUT;
    } catch (Destination.StdoutFailure e) {
      Utf8.write(err, "par: cannot write to standard output: " + e.getMessage() + "\n");
      return ExitCode.INVALID_INPUT;
    } catch (Exception | Error e) {
      // Exception covers checked I/O failures too; Error covers stack and memory exhaustion.
      return internalError(e, debug);
    }
  }

  /**
   * The command line of {@code par}: its commands as picocli subcommands, parsed by picocli with
   * {@code @FILE}s of one argument a line, checked by {@link Arguments}.
   *
   * @return a new command line, with new command instances
   */
  CommandLine root() {
    CommandLine root = new CommandLine(new Root());
    for (ParCommand command : commands.get()) {
      CommandLine line = new CommandLine(command);
      line.getCommandSpec().preprocessor(new Arguments());
      root.addSubcommand(line.getCommandSpec().name(), line);
    }
    root.setUseSimplifiedAtFiles(true);
    root.setPosixClusteredShortOptionsAllowed(false);
    return root;
  }

  private int dispatch(List<String> args) throws IOException {
    CommandLine root = root();
    if (args.isEmpty()) {
      return usageError("par: missing command", Help.rootUsage(root),
          "Run 'par --help' for help.");
    }
    String first = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (first) {
      case "--help":
      case "-h":
        return print(Help.overview(Version.get(), root));
      case "--version":
        return print("par " + Version.get() + "\n");
      case "help":
        if (rest.isEmpty()) {
          return print(Help.overview(Version.get(), root));
        }
        return dispatch(List.of(rest.get(0), "--help"));
      default:
        break;
    }
    CommandLine line = root.getSubcommands().get(first);
    if (line == null) {
      String what = first.startsWith("-") ? "unknown option " + first + " (give the command first)"
          : "unknown command '" + first + "'";
      return usageError("par: " + what, Help.rootUsage(root), "Run 'par --help' for help.");
    }
    return run(root, line, rest);
  }

  private int run(CommandLine root, CommandLine line, List<String> args) throws IOException {
    if (hasFlag(args, "--help") || hasFlag(args, "-h")) {
      return print(Help.of(line));
    }
    ParCommand command = line.getCommand();
    Inputs inputs = new Inputs(workingDirectory, new Lazy<>(RuleRegistry::withServiceLoader));
    Destination destination;
    Output output;
    try {
      List<String> all = new ArrayList<>();
      all.add(line.getCommandSpec().name());
      all.addAll(atFilesInWorkingDirectory(args));
      root.parseArgs(all.toArray(String[]::new));
      command.prepare(inputs, err);
      destination = command.outFile() == null ? Destination.stdout(out)
          : Destination.file(command.outFile(), workingDirectory, inputs::isInput, out);
      output = new Output(destination, command.format() == OutputFormat.TEXT);
      command.writeTo(output);
    } catch (ParameterException e) {
      return usageError(line, Arguments.message(e));
    } catch (UsageException e) {
      return usageError(line, e.getMessage());
    }
    int status;
    boolean done = false;
    try {
      status = command.run();
      done = true;
    } catch (UsageException e) {
      return usageError(line, e.getMessage());
    } finally {
      if (output.streaming()) {
        destination.finish(done);
      }
    }
    if (!output.streaming()) {
      destination.write(output.bytes());
    }
    return status;
  }

  /**
   * The arguments with each {@code @FILE} that names a file in the working directory given with its
   * absolute name, so that picocli, which reads {@code @FILE}s from the process's directory, reads
   * it from the working directory.
   */
  private List<String> atFilesInWorkingDirectory(List<String> args) {
    List<String> resolved = new ArrayList<>(args.size());
    for (String arg : args) {
      String replaced = arg;
      if (arg.length() > 1 && arg.charAt(0) == '@') {
        try {
          Path file = workingDirectory.resolve(arg.substring(1));
          if (Files.isRegularFile(file)) {
            replaced = "@" + file.toAbsolutePath();
          }
        } catch (InvalidPathException e) {
          // not a file: picocli takes it as it is
        }
      }
      resolved.add(replaced);
    }
    return resolved;
  }

  /** Whether a flag appears before any {@code --}. */
  private static boolean hasFlag(List<String> args, String flag) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals(flag)) {
        return true;
      }
    }
    return false;
  }

  private int print(String text) {
    Destination.stdout(out).write(text.getBytes(StandardCharsets.UTF_8));
    return ExitCode.OK;
  }

  private int usageError(CommandLine line, String message) {
    String name = line.getCommandSpec().name();
    return usageError("par " + name + ": " + message, Help.usage(line),
        "Run 'par " + name + " --help' for help.");
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
