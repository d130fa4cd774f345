/**
 * The {@code par} command line. {@link io.github.parindex.cli.Par} is the entry point (and the jar's
 * main class); everything else is package-private.
 *
 * <p>How it fits together: each command is a {@code ParCommand} annotated for picocli (its typed
 * options and arguments as fields; the shared {@code --format}, {@code --out}, {@code --lang},
 * {@code --debug}, {@code --help} from the {@code SharedOptions} mixin). {@code Par} makes the
 * commands picocli subcommands of {@code par}, parses a command line into a fresh command
 * ({@code Arguments} adds par's checks and puts picocli's refusals in par's words; {@code Help}
 * renders par's help and usage lines from picocli's model), then runs it: the command reads with
 * {@code Inputs}, which labels every problem with the file as the user typed it, and writes to an
 * {@code Output}, which {@code Destination} sends to standard output (checked) or {@code --out FILE}
 * (atomically). Failures map to exit codes: a refusal of the command line, a {@code UsageException}
 * or a {@link io.github.parindex.model.ValidationException} to 2, anything else to 1. CSV and text
 * tables come from par-report's internal writers, JSON from {@code Emitter}.
 *
 * <p>To add a command (e.g. {@code score}):
 *
 * <ol>
 *   <li>write {@code @Command(name = "score", header = "...", description = "...") final class
 *       ScoreCommand extends ParCommand}, with its options as annotated fields ({@code @Option(names
 *       = "--methodology", paramLabel = "M", description = METHODOLOGY) String methodology;}, a
 *       {@code converter} from {@code Values} for typed values) and its formats;
 *   <li>in {@code run()}, read inputs with {@code inputs()} (which throw a
 *       {@code ValidationException} listing every problem), write the result to {@code out()} in
 *       {@code format()} and return {@code ExitCode.OK};
 *   <li>add its constructor to {@code Commands.all()};
 *   <li>test it in-process with {@code new Par(dir, out, err).run(args)}, and add its documented lines
 *       to {@code docs/corpus/commands.txt}.
 * </ol>
 */
package io.github.parindex.cli;
