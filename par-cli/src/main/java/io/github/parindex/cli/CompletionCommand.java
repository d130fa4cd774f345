package io.github.parindex.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code par generate-completion}: prints a completion script for bash and zsh, made by picocli's
 * {@link AutoComplete} from the commands and their options. Not listed by {@code par --help}, whose
 * text is documented; docs/cli.md describes it.
 */
@Command(name = "generate-completion", hidden = true,
    header = "print a bash/zsh completion script for par",
    description = """
    Prints a completion script for bash and zsh that completes par's commands and their
    options. Load it in the current shell with
      source <(par generate-completion)
    or keep it where your shell finds completions, e.g.
      par generate-completion > /etc/bash_completion.d/par
    In zsh, run 'autoload -U +X bashcompinit && bashcompinit' first.
    """)
final class CompletionCommand extends ParCommand {
  @Spec CommandSpec spec;

  @Override
  int run() {
    CommandLine root = spec.commandLine().getParent();
    out().print(AutoComplete.bash("par", root).replace("\r\n", "\n"));
    return ExitCode.OK;
  }
}
