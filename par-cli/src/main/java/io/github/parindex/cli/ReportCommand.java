package io.github.parindex.cli;

import io.github.parindex.model.Language;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.report.Dashboard;
import io.github.parindex.report.DashboardHtml;
import io.github.parindex.report.DashboardTables;
import io.github.parindex.scoring.Scorecard;
import io.github.parindex.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par report}: the province's dashboard for one year, over every criteria set given (each
 * ranked within its own set) and every previous year given.
 */
@Command(name = "report", header = "the province's dashboard for one year (html or xlsx)",
    description = """
    Scores every submission of --year Y with the criteria set it names (one --methodology M
    per set: departments and communes side by side, each ranked within its own set), and
    the submissions of every folder of --previous-years for the trends (any number of
    years; rank changes against Y − 1). Writes the province's dashboard: an overview of
    every set, the distribution of indices, the rankings, the groups the data names
    (region: a cluster or bloc), the fields of every unit as a heat map, the trends, the
    remediation list by alert and the points lost by lead agency across the province.
    --format html: one self-contained page that prints on A4; --format xlsx: one sheet
    per view (--out required).
    """)
final class ReportCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", required = true,
      description = "a criteria set (a file or a bundled id); repeat for each set")
  List<String> methodologies = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", required = true,
      description = "the year of the dashboard")
  int year;

  @Option(names = "--previous-years", paramLabel = "DIR", arity = "1..*",
      description = "folders of submissions of earlier years (.json, .yaml, .yml), for trends")
  List<String> previousYears = new ArrayList<>();

  @Parameters(paramLabel = "SUBMISSION", arity = "1..*",
      description = "the submissions of the year, of every set")
  List<String> submissions;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.HTML, OutputFormat.XLSX);
  }

  @Override
  int run() {
    if (format() == OutputFormat.XLSX) {
      Sheets.requireOut(this);
    }
    Map<String, Scorer> scorers = new LinkedHashMap<>();
    for (String m : methodologies) {
      MethodologySource source = inputs().locate(m);
      Methodology methodology = inputs().load(source);
      inputs().prepare(methodology, source.label());
      if (scorers.put(methodology.id(), Scorer.builder().methodology(methodology)
          .registry(inputs().registry()).build()) != null) {
        throw new UsageException("two --methodology files have the id " + methodology.id());
      }
    }
    List<String> files = new ArrayList<>(submissions);
    for (String dir : previousYears) {
      files.addAll(folder(dir));
    }
    List<Problem> problems = new ArrayList<>();
    List<Scorecard> cards = new ArrayList<>();
    for (String file : files) {
      try {
        Submission s = inputs().submission(file, inputs().read(file));
        Scorer scorer = scorers.get(s.methodology());
        if (scorer == null) {
          throw Problems.invalid(file, "/methodology", "the criteria set '" + s.methodology()
              + "' is not among those given with --methodology (" + String.join(", ",
              scorers.keySet()) + ")");
        }
        List<Problem> found = scorer.check(s);
        if (!found.isEmpty()) {
          throw new ValidationException(Problems.in(file, found));
        }
        cards.add(scorer.score(s));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    // sets in the order of --methodology
    List<String> order = new ArrayList<>(scorers.keySet());
    cards.sort((a, b) -> Integer.compare(order.indexOf(a.methodology().id()),
        order.indexOf(b.methodology().id())));
    Dashboard dashboard;
    try {
      dashboard = Dashboard.of(year, cards);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Language language = Language.of(lang());
    if (format() == OutputFormat.XLSX) {
      TableXlsx.write(this, "par report " + year, DashboardTables.of(dashboard, language));
    } else {
      out().print(DashboardHtml.render(dashboard, language));
    }
    return ExitCode.OK;
  }

  private List<String> folder(String dir) {
    Path path = inputs().resolve(dir);
    if (!Files.isDirectory(path)) {
      throw Problems.invalid(dir, "", "--previous-years names a folder of submissions: "
          + (Files.exists(path) ? "not a folder" : "no such folder"));
    }
    inputs().noteInput(path);
    try {
      String prefix = dir.endsWith("/") ? dir : dir + "/";
      return InputFiles.submissionFiles(path).stream().map(n -> prefix + n).toList();
    } catch (IOException e) {
      throw Problems.invalid(dir, "", "cannot read: " + InputFiles.reason(path, e));
    }
  }
}
