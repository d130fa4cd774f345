/**
 * The {@code par} command line. {@link io.github.parindex.cli.Par} is the entry point (and the jar's
 * main class); everything else is package-private.
 *
 * <p>How it fits together: {@code Par} picks the {@code Command} by name from {@code Commands},
 * parses its arguments into a {@code CommandLine} (options declared by the command plus the shared
 * {@code --format}, {@code --out}, {@code --lang}, {@code --debug}, {@code --help}), and runs it with
 * an {@code Invocation}: the checked arguments, an {@code Output} buffer and {@code Inputs}, which
 * reads methodology and submission files (or bundled methodologies by id) and labels every problem
 * with the file as the user typed it. {@code Par} then writes the output as UTF-8 to standard output
 * or {@code --out}, and maps failures to exit codes: a {@code UsageException} or a
 * {@link io.github.parindex.model.ValidationException} to 2, anything else to 1. {@code JsonWriter},
 * {@code Csv} and {@code TextTable} write the three output formats deterministically.
 *
 * <p>To add a command (e.g. {@code score}):
 *
 * <ol>
 *   <li>write {@code ScoreCommand implements Command}: its name, a one-line summary, a description,
 *       its {@code Positionals}, its own {@code Option}s (e.g.
 *       {@code Option.METHODOLOGY.asRequired()}) and its formats;
 *   <li>in {@code run}, read inputs with {@code invocation.inputs()} (e.g.
 *       {@code prepare(methodology)} and {@code submission(file, rules)}, which throw a
 *       {@code ValidationException} listing every problem), write the result to
 *       {@code invocation.out()} in {@code invocation.format()} and return {@code ExitCode.OK};
 *   <li>add one line to {@code Commands.all()};
 *   <li>test it in-process with {@code new Par(dir, out, err).run(args)}.
 * </ol>
 */
package io.github.parindex.cli;
