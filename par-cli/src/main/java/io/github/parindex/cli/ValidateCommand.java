package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code par validate FILE...}: checks methodology and submission files.
 *
 * <p>Unlike the other commands, its report <em>is</em> the list of problems: it goes to standard
 * output (or {@code --out}), one {@code FILE: PATH: message} line per problem in document order, an
 * {@code FILE: ok (...)} line per valid file, then a one-line summary; the exit status is 2 when
 * any file has a problem. See {@link FileValidator} for what is checked.
 */
@Command(name = "validate", header = "check methodology and submission files", description = """
    Checks each FILE (JSON or YAML) by the format it declares. A methodology
    (par-methodology/1) is read and its rules are checked; a FILE that does not exist but
    is the id of a bundled methodology (see par methodologies) checks that one. A
    submission (par-submission/1) is checked against the methodology of --methodology, or
    else against the methodology it names by id: one among the FILEs, or a bundled one.
    Prints each problem as FILE: PATH: message, where PATH is a JSON pointer into the file
    (/ for the whole document), an ok line for each valid file, and a summary. Exits with 2
    when any file has a problem.
    """)
final class ValidateCommand extends ParCommand {
  @Option(names = "--methodology", paramLabel = "M", description = METHODOLOGY)
  String methodology;

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<String> files;

  @Override
  Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  int run() {
    FileValidator validator = new FileValidator(inputs(), Optional.ofNullable(methodology));
    if (methodology == null) {
      validator.noteMethodologies(files);
    }
    List<FileReport> reports = new ArrayList<>();
    for (String file : files) {
      reports.add(validator.check(file));
    }
    reports.addAll(validator.unlistedMethodologies());
    boolean valid = reports.stream().allMatch(FileReport::valid);
    if (format() == OutputFormat.JSON) {
      out().line(json(reports, valid));
    } else {
      text(reports, out());
    }
    return valid ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }

  private static void text(List<FileReport> reports, Output out) {
    int invalid = 0;
    int problems = 0;
    for (FileReport r : reports) {
      if (r.valid()) {
        out.line(Problems.name(r.file()) + ": ok (" + r.summary() + ")");
        continue;
      }
      invalid++;
      problems += r.problems().size();
      for (Problem p : r.problems()) {
        out.line(Problems.line(p));
      }
    }
    int files = reports.size();
    out.line(files + (files == 1 ? " file" : " files") + " checked: " + (files - invalid)
        + " valid, " + invalid + " invalid" + (problems == 0 ? ""
            : " (" + problems + (problems == 1 ? " problem)" : " problems)")));
  }

  private static String json(List<FileReport> reports, boolean valid) {
    return json(json -> {
      json.startObject().startArray("files");
      for (FileReport r : reports) {
        json.startObject()
            .field("file", r.file())
            .field("format", r.format())
            .field("valid", r.valid())
            .startArray("problems");
        for (Problem p : r.problems()) {
          json.startObject()
              .field("path", Problems.path(p))
              .field("message", Problems.oneLine(p.message()))
              .endObject();
        }
        json.endArray().endObject();
      }
      json.endArray().field("valid", valid).endObject();
    });
  }
}
