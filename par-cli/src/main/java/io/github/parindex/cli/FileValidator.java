package io.github.parindex.cli;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.rules.PreparedRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks files one by one for {@code par validate}, collecting every problem of each instead of
 * stopping at the first bad file.
 *
 * <p>A methodology is read and its rules checked; a FILE that does not exist but is the id of a
 * bundled methodology checks that methodology. A submission is read and checked against its
 * methodology: the one of {@code --methodology} if given, else a methodology among the files whose id
 * the submission names ({@link #noteMethodologies}), else the bundled methodology of that id. A
 * methodology is checked once however many submissions use it; if it has problems, the submissions
 * it is used for say so at {@code /methodology}, and its own problems are reported under its own name — in its own report when it is among the files, otherwise in an extra
 * report ({@link #unlistedMethodologies()}).
 */
final class FileValidator {
  private static final String EXPECTED = "expected \"" + Methodology.FORMAT + "\" or \""
      + Submission.FORMAT + "\"";

  private final Inputs inputs;
  private final Optional<String> methodologyOption;
  private final Map<String, MethodologyCheck> checked = new LinkedHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();
  private final Set<String> listed = new HashSet<>();
  private final Map<String, MethodologySource> listedById = new LinkedHashMap<>();

  /**
   * A validator.
   *
   * @param inputs the inputs
   * @param methodologyOption the value of {@code --methodology}, if given
   */
  FileValidator(Inputs inputs, Optional<String> methodologyOption) {
    this.inputs = inputs;
    this.methodologyOption = methodologyOption;
  }

  /**
   * Notes the methodology files among the files to check, so that a submission among them naming a
   * methodology's id is checked against that file (when {@code --methodology} is not given), wherever
   * it stands in the list. Each methodology is checked here, once: {@link #check} reports the
   * outcome kept under its key. Files that cannot be read are left for {@link #check} to report; of
   * two files with one id, the first is used.
   *
   * @param files the files as typed
   */
  void noteMethodologies(List<String> files) {
    for (String file : files) {
      try {
        byte[] content = inputs.read(file);
        if (inputs.formatOf(file, content).filter(Methodology.FORMAT::equals).isPresent()) {
          MethodologySource source = MethodologySource.file(file, inputs.resolve(file));
          Methodology m = checked.computeIfAbsent(source.key(),
              k -> checkMethodology(file, content)).methodology();
          if (m != null) {
            listedById.putIfAbsent(m.id(), source);
          }
        }
      } catch (ValidationException e) {
        // reported when the file is checked
      }
    }
  }

  /**
   * Checks one file.
   *
   * @param file the file as typed
   * @return what was found
   */
  FileReport check(String file) {
    Optional<MethodologySource> bundled = bundledInsteadOf(file);
    if (bundled.isPresent()) {
      MethodologySource source = bundled.get();
      listed.add(source.key());
      return checked.computeIfAbsent(source.key(), k -> checkMethodology(source)).report(file);
    }
    byte[] content;
    Optional<String> format;
    try {
      content = inputs.read(file);
      format = inputs.formatOf(file, content);
    } catch (ValidationException e) {
      return FileReport.invalid(file, null, e.problems());
    }
    if (format.isEmpty()) {
      return FileReport.invalid(file, null, List.of(Problems.at(file, "/format",
          "missing or not a string: " + EXPECTED)));
    }
    switch (format.get()) {
      case Methodology.FORMAT: {
        String key = MethodologySource.file(file, inputs.resolve(file)).key();
        listed.add(key);
        return checked.computeIfAbsent(key, k -> checkMethodology(file, content)).report(file);
      }
      case Submission.FORMAT:
        return checkSubmission(file, content);
      default:
        return FileReport.invalid(file, format.get(), List.of(Problems.at(file, "/format",
            "unknown format \"" + format.get() + "\": " + EXPECTED)));
    }
  }

  /**
   * The bundled methodology a FILE names when no such file exists: {@code par validate
   * vn-par-province-876} checks the bundled methodology (read, validated and its rules prepared)
   * the way other commands take an id for {@code --methodology}. A file of that name wins.
   */
  private Optional<MethodologySource> bundledInsteadOf(String file) {
    try {
      MethodologySource source = inputs.locate(file);
      return source.bundled() == null ? Optional.empty() : Optional.of(source);
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  /**
   * The reports of the methodologies that submissions were checked against, that have problems and
   * are not among the files checked, in the order they were first used.
   *
   * @return the reports
   */
  List<FileReport> unlistedMethodologies() {
    List<FileReport> reports = new ArrayList<>();
    for (String key : used) {
      MethodologyCheck c = checked.get(key);
      if (!listed.contains(key) && !c.problems().isEmpty()) {
        reports.add(c.report(c.label()));
      }
    }
    return reports;
  }

  private MethodologyCheck checkMethodology(String label, byte[] content) {
    Methodology methodology;
    try {
      methodology = inputs.methodology(label, content);
    } catch (ValidationException e) {
      return MethodologyCheck.unreadable(label, Methodology.FORMAT, e.problems());
    }
    try {
      PreparedRules rules = inputs.prepare(methodology, label);
      return new MethodologyCheck(label, Methodology.FORMAT, methodology, rules, List.of());
    } catch (ValidationException e) {
      return new MethodologyCheck(label, Methodology.FORMAT, methodology, null, e.problems());
    }
  }

  private MethodologyCheck checkMethodology(MethodologySource source) {
    if (source.bundled() != null) {
      Methodology m = source.bundled();
      try {
        return new MethodologyCheck(source.label(), Methodology.FORMAT, m,
            inputs.prepare(m, source.label()), List.of());
      } catch (ValidationException e) {
        return new MethodologyCheck(source.label(), Methodology.FORMAT, m, null, e.problems());
      }
    }
    String label = source.label();
    try {
      byte[] content = inputs.read(label);
      Optional<String> format = inputs.formatOf(label, content);
      if (format.isPresent() && !format.get().equals(Methodology.FORMAT)) {
        return MethodologyCheck.unreadable(label, format.get(), List.of(Problems.at(label,
            "/format", "expected \"" + Methodology.FORMAT + "\", got \"" + format.get() + "\"")));
      }
      return checkMethodology(label, content);
    } catch (ValidationException e) {
      return MethodologyCheck.unreadable(label, null, e.problems());
    }
  }

  private FileReport checkSubmission(String file, byte[] content) {
    Submission submission;
    try {
      submission = inputs.submission(file, content);
    } catch (ValidationException e) {
      return FileReport.invalid(file, Submission.FORMAT, e.problems());
    }
    MethodologyCheck methodology;
    try {
      methodology = methodologyFor(submission, file);
    } catch (ValidationException e) {
      return FileReport.invalid(file, Submission.FORMAT, e.problems());
    }
    List<Problem> problems = new ArrayList<>();
    if (methodology.rules() != null) {
      problems.addAll(methodology.rules().check(submission));
    } else {
      if (methodology.methodology() != null) {
        problems.addAll(submission.checkAgainst(methodology.methodology()));
      }
      int n = methodology.problems().size();
      problems.add(Problem.at("/methodology", "cannot be checked against " + methodology.label()
          + ", which has " + n + (n == 1 ? " problem" : " problems") + " (listed under its name)"));
    }
    if (!problems.isEmpty()) {
      return FileReport.invalid(file, Submission.FORMAT, problems);
    }
    return new FileReport(file, Submission.FORMAT, List.of(), "submission "
        + submission.unit().id() + " " + submission.year() + " " + submission.stage()
        + ", methodology " + methodology.methodology().id() + ", "
        + count(submission.observations().size(), "observation"));
  }

  /** The checked methodology of a submission; throws for a submission naming no bundled one. */
  private MethodologyCheck methodologyFor(Submission submission, String file) {
    MethodologySource source;
    if (methodologyOption.isPresent()) {
      String option = methodologyOption.get();
      try {
        source = inputs.locate(option);
      } catch (ValidationException e) {
        String key = "missing:" + option;
        used.add(key);
        return checked.computeIfAbsent(key,
            k -> MethodologyCheck.unreadable(option, null, e.problems()));
      }
    } else if (listedById.containsKey(submission.methodology())) {
      source = listedById.get(submission.methodology());
    } else {
      source = inputs.bundledFor(submission, file);
    }
    used.add(source.key());
    return checked.computeIfAbsent(source.key(), k -> checkMethodology(source));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
