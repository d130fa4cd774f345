package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.Problem;
import io.github.parindex.model.ValidationException;
import io.github.parindex.report.ComparisonWriter;
import io.github.parindex.scoring.Comparison;
import io.github.parindex.scoring.Scorecard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par compare}: node-by-node differences between two submissions — a self-assessment and its
 * appraisal, one year and the next, or the same unit under two methodology versions.
 */
@Command(name = "compare", header = "node-by-node differences between two submissions",
    description = """
    Scores two submissions A and B and lists the nodes whose points, maximum or status
    differ, with B − A and, for a changed leaf, B's explanation (why the appraiser moved it).
    Nodes are matched by code, so two methodology versions can be compared: give B's with
    --second-methodology; codes present on one side only are listed. --all lists every node.
    """)
final class CompareCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Option(names = "--second-methodology", paramLabel = "M",
      description = "the methodology of B when it differs from A's (a file or a bundled id)")
  String secondMethodology;

  @Option(names = "--all", description = "list every node, not only the top-level ones")
  boolean all;

  @Parameters(index = "0", paramLabel = "A")
  String first;

  @Parameters(index = "1", paramLabel = "B")
  String second;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV,
        OutputFormat.XLSX);
  }

  @Override
  int run() {
    Optional<String> m1 = Optional.ofNullable(methodology);
    Optional<String> m2 = Optional.ofNullable(secondMethodology).or(() -> m1);
    List<Problem> problems = new ArrayList<>();
    Scorecard a = score(new Scoring(inputs(), m1), first, problems);
    Scorecard b = score(new Scoring(inputs(), m2), second, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Comparison c = Comparison.of(a, b);
    Language language = Language.of(lang());
    switch (format()) {
      case JSON -> out().print(ComparisonWriter.json(c));
      case CSV -> out().print(ComparisonWriter.csv(c, language));
      case XLSX -> TableXlsx.write(this, c.second().unit().id(),
          List.of(ComparisonWriter.table(c, language)));
      default -> out().print(ComparisonWriter.text(c, language, all));
    }
    return ExitCode.OK;
  }

  private static Scorecard score(Scoring scoring, String file, List<Problem> problems) {
    try {
      return scoring.score(file);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
