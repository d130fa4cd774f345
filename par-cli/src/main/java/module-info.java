/**
 * The {@code par} command line ({@link io.github.parindex.cli.Par}): picocli parses it, par's
 * modules do the work. The package is opened to picocli, which sets the commands' option fields by
 * reflection. The shaded {@code par.jar} leaves this descriptor out and runs on the class path
 * ({@code java -jar par.jar}, or {@code java -cp par.jar:my-rules.jar io.github.parindex.cli.Par}
 * with custom rule types found by the service loader).
 */
module io.github.parindex.cli {
  requires io.github.parindex.projection;
  requires io.github.parindex.excel;
  requires info.picocli;

  exports io.github.parindex.cli;
  opens io.github.parindex.cli to info.picocli;
}
