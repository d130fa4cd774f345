package io.github.parindex.cli;

import io.github.parindex.model.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code par validate FILE...}: checks methodology and submission files.
 *
 * <p>Unlike the other commands, its report <em>is</em> the list of problems: it goes to standard
 * output (or {@code --out}), one {@code FILE: PATH: message} line per problem in document order, an
 * {@code FILE: ok (...)} line per valid file, then a one-line summary; the exit status is 2 when
 * any file has a problem. See {@link FileValidator} for what is checked.
 */
final class ValidateCommand implements Command {
  /** Creates the command. */
  ValidateCommand() {}

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check methodology and submission files";
  }

  @Override
  public String description() {
    return "Checks each FILE (JSON or YAML) by the format it declares. A methodology\n"
        + "(par-methodology/1) is read and its rules are checked; a FILE that does not exist but\n"
        + "is the id of a bundled methodology (see par methodologies) checks that one. A\n"
        + "submission (par-submission/1) is checked against the methodology of --methodology, or\n"
        + "else against the methodology it names by id: one among the FILEs, or a bundled one.\n"
        + "Prints each problem as FILE: PATH: message, where PATH is a JSON pointer into the file\n"
        + "(/ for the whole document), an ok line for each valid file, and a summary. Exits with 2\n"
        + "when any file has a problem.\n";
  }

  @Override
  public Positionals positionals() {
    return Positionals.atLeast(1, "FILE...");
  }

  @Override
  public List<Option> options() {
    return List.of(Option.METHODOLOGY);
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON);
  }

  @Override
  public int run(Invocation invocation) {
    FileValidator validator =
        new FileValidator(invocation.inputs(), invocation.value("methodology"));
    if (invocation.value("methodology").isEmpty()) {
      validator.noteMethodologies(invocation.positionals());
    }
    List<FileReport> reports = new ArrayList<>();
    for (String file : invocation.positionals()) {
      reports.add(validator.check(file));
    }
    reports.addAll(validator.unlistedMethodologies());
    boolean valid = reports.stream().allMatch(FileReport::valid);
    if (invocation.format() == OutputFormat.JSON) {
      invocation.out().line(json(reports, valid));
    } else {
      text(reports, invocation.out());
    }
    return valid ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }

  private static void text(List<FileReport> reports, Output out) {
    int invalid = 0;
    int problems = 0;
    for (FileReport r : reports) {
      if (r.valid()) {
        out.line(r.file() + ": ok (" + r.summary() + ")");
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
    JsonWriter json = new JsonWriter().beginObject().name("files").beginArray();
    for (FileReport r : reports) {
      json.beginObject()
          .name("file").value(r.file())
          .name("format").value(r.format())
          .name("valid").value(r.valid())
          .name("problems").beginArray();
      for (Problem p : r.problems()) {
        json.beginObject()
            .name("path").value(Problems.path(p))
            .name("message").value(Problems.oneLine(p.message()))
            .endObject();
      }
      json.endArray().endObject();
    }
    return json.endArray().name("valid").value(valid).endObject().toString();
  }
}
