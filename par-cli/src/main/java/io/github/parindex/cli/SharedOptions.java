package io.github.parindex.cli;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options every command accepts ({@code --format}, {@code --out}, {@code --lang},
 * {@code --debug}, {@code -h/--help}), mixed into each command. {@code --format} and {@code --lang}
 * are checked after parsing, against the command's formats, so that their messages name them.
 */
final class SharedOptions {
  /** The languages of {@code --lang}. */
  static final Set<String> LANGUAGES = Set.of("vi", "en");

  @Option(names = "--format", paramLabel = "FORMAT", description = "output format")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the output to FILE instead of standard output")
  String out;

  @Option(names = "--lang", paramLabel = "vi|en",
      description = "language of titles, names and table headings (default vi)",
      completionCandidates = Languages.class)
  String lang;

  @Option(names = "--debug", description = "print the stack trace of an internal error")
  boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
  boolean help;

  /** The values {@code --lang} completes to. */
  static final class Languages implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("vi", "en").iterator();
    }
  }

  /**
   * The output format: {@code --format}, or the command's default.
   *
   * @param supported the command's formats, the default first
   * @return the format
   * @throws UsageException if the format is unknown or not one of the command's
   */
  OutputFormat format(Set<OutputFormat> supported) {
    if (format == null) {
      return supported.iterator().next();
    }
    String names = supported.stream().map(OutputFormat::id).collect(Collectors.joining(", "));
    OutputFormat f = OutputFormat.byId(format.toLowerCase(Locale.ROOT)).orElseThrow(() ->
        new UsageException("unknown format '" + format + "'; use one of: " + names));
    if (!supported.contains(f)) {
      throw new UsageException("--format " + f.id() + " is not supported here; use one of: "
          + names);
    }
    return f;
  }

  /**
   * The language: {@code vi} (default) or {@code en}.
   *
   * @return the language
   * @throws UsageException if it is neither
   */
  String lang() {
    if (lang == null) {
      return "vi";
    }
    String l = lang.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(l)) {
      throw new UsageException("unknown language '" + lang + "'; use vi or en");
    }
    return l;
  }
}
