package io.github.parindex.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What par adds to picocli's parsing, so that every command line is read and refused as par has
 * always documented: checks run on the arguments (after {@code @FILE}s are expanded) before picocli
 * assigns them, and picocli's refusals are put in par's words.
 *
 * <p>Before picocli, in the order given and up to {@code --}: an unknown option is refused ({@code
 * unknown option --nope}), a flag given a value ({@code --all=yes}) too; an option's value cannot
 * be empty, nor start with {@code --} unless written {@code --name=value}; a flag given twice counts
 * once. picocli then refuses an option given twice, a missing required option or argument, an extra
 * argument, a value its converter refuses and a misuse of an exclusive group;
 * {@link #message(ParameterException)} says each in par's words.
 */
final class Arguments implements IParameterPreprocessor {
  /** A refusal in par's words, thrown before picocli assigns anything. */
  static final class Refused extends ParameterException {
    private static final long serialVersionUID = 1L;

    Refused(CommandLine line, String message) {
      super(line, message);
    }
  }

  @Override
  public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec,
      Map<String, Object> info) {
    // The stack holds the arguments last first.
    Set<String> flagsSeen = new HashSet<>();
    List<Integer> repeatedFlags = new ArrayList<>();
    for (int i = args.size() - 1; i >= 0; i--) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("-") || !arg.startsWith("-")) {
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      OptionSpec option = spec.findOption(name);
      if (option == null || !name.equals(option.longestName()) && !name.equals("-h")) {
        throw new Refused(spec.commandLine(), "unknown option " + name);
      }
      if (option.arity().max() == 0) {
        if (eq >= 0) {
          throw new Refused(spec.commandLine(), "option " + name + " takes no value");
        }
        if (!flagsSeen.add(option.longestName())) {
          repeatedFlags.add(i);
        }
        continue;
      }
      String value = eq >= 0 ? arg.substring(eq + 1) : i > 0 ? args.get(i - 1) : null;
      if (value == null || value.isEmpty() || eq < 0 && value.startsWith("--")) {
        throw new Refused(spec.commandLine(), "option " + name + " needs a value ("
            + option.paramLabel() + ")");
      }
      if (eq < 0) {
        i--;
      }
    }
    // a flag given twice counts once: picocli would refuse it as overwritten
    for (int index : repeatedFlags) {
      args.remove(index);
    }
    return false;
  }

  /**
   * A refusal of picocli's, or par's own, in par's words.
   *
   * @param e the refusal
   * @return the message, without the command's name
   */
  static String message(ParameterException e) {
    CommandLine line = e.getCommandLine();
    ParCommand command = line.getCommand();
    if (e instanceof Refused) {
      return e.getMessage();
    }
    if (e instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec spec
        && spec.group() == null) {
      return "option " + spec.longestName() + " is given more than once";
    }
    if (e instanceof MutuallyExclusiveArgsException || e instanceof MaxValuesExceededException
        || e instanceof OverwrittenOptionException) {
      return command.groupMessage() != null ? command.groupMessage() : e.getMessage();
    }
    if (e instanceof MissingParameterException m) {
      for (ArgSpec a : m.getMissing()) {
        if (a instanceof OptionSpec o) {
          if (o.group() != null && command.groupMessage() != null) {
            return command.groupMessage();
          }
          return "missing " + Help.synopsis(o);
        }
      }
      String positionals = Help.positionals(line.getCommandSpec());
      return "missing " + (positionals.isEmpty() ? "arguments" : positionals);
    }
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      // unknown options were refused before picocli: what is left over is an extra argument
      return "unexpected argument '" + u.getUnmatched().get(0) + "'";
    }
    if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() instanceof OptionSpec o) {
      return o.longestName() + " " + t.getMessage();
    }
    return e.getMessage();
  }
}
