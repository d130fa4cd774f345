package io.github.parindex.cli;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.model.io.internal.DecimalText;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.Scenario;
import io.github.parindex.projection.ScenarioResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The inputs shared by {@code par project} and {@code par simulate}: the submission and the scorer of
 * its methodology (as {@code par score} finds them), and optionally a {@code par-scenario/1} file
 * applied to them first, whose result (its methodology, its submission, its assumptions) the command
 * then works from. Also parses the flag values both commands take.
 */
final class WhatIfInputs {
  static final Option SCENARIO = Option.value("scenario", "SC",
      "apply a par-scenario/1 file first (e.g. assumed survey points); its assumptions are printed");
  static final Option PEERS = Option.value("peers", "P",
      "the other units' published results (par-peers/1)");
  static final Option THREADS = Option.value("threads", "T",
      "threads for random draws (default: all processors; the output does not depend on it)");

  private final Scorer scorer;
  private final Submission submission;
  private final String submissionFile;
  private final Scenario scenario;
  private final ScenarioResult scenarioResult;

  private WhatIfInputs(Scorer scorer, Submission submission, String submissionFile,
      Scenario scenario, ScenarioResult scenarioResult) {
    this.scorer = scorer;
    this.submission = submission;
    this.submissionFile = submissionFile;
    this.scenario = scenario;
    this.scenarioResult = scenarioResult;
  }

  /**
   * Reads the submission, its methodology and the scenario, if any, and applies the scenario.
   *
   * @param invocation the command's invocation, with {@code --submission}, {@code --methodology} and
   *     {@code --scenario}
   * @return the inputs
   * @throws ValidationException with every problem, each naming its file
   */
  static WhatIfInputs read(Invocation invocation) {
    Inputs inputs = invocation.inputs();
    String file = invocation.value("submission").orElseThrow();
    Submission submission = inputs.submission(file, inputs.read(file));
    Optional<String> methodology = invocation.value("methodology");
    MethodologySource source = methodology.isPresent() ? inputs.locate(methodology.get())
        : inputs.bundledFor(submission, file);
    Methodology m = inputs.load(source);
    inputs.prepare(m, source.label());
    Scorer scorer = Scorer.builder().methodology(m).registry(inputs.registry()).build();
    List<Problem> problems = scorer.check(submission);
    if (!problems.isEmpty()) {
      throw new ValidationException(Problems.in(file, problems));
    }
    Optional<String> scenarioFile = invocation.value("scenario");
    if (scenarioFile.isEmpty()) {
      return new WhatIfInputs(scorer, submission, file, null, null);
    }
    Scenario scenario = Scenario.read(inputs.read(scenarioFile.get()), scenarioFile.get());
    try {
      return new WhatIfInputs(scorer, submission, file, scenario, scenario.apply(scorer,
          submission));
    } catch (ValidationException e) {
      throw e.inSource(file);
    }
  }

  /**
   * The scorer to work with: the scenario's (its methodology may be edited), else the submission's.
   *
   * @return the scorer
   */
  Scorer scorer() {
    return scenarioResult != null ? scenarioResult.scorer() : scorer;
  }

  /**
   * The submission to work with: as the scenario makes it, else as read.
   *
   * @return the submission
   */
  Submission submission() {
    return scenarioResult != null ? scenarioResult.submission() : submission;
  }

  /**
   * The submission's file, as typed, for problems that belong to it.
   *
   * @return the file
   */
  String submissionFile() {
    return submissionFile;
  }

  /**
   * The scenario's result.
   *
   * @return the result, if a scenario was given
   */
  Optional<ScenarioResult> scenarioResult() {
    return Optional.ofNullable(scenarioResult);
  }

  /**
   * The scenario's assumptions.
   *
   * @return the assumptions; empty without a scenario
   */
  List<LocalizedText> assumptions() {
    return scenario == null ? List.of() : scenario.assumptions();
  }

  /**
   * The codes whose points the scenario sets (held out of plans).
   *
   * @return the codes; empty without a scenario
   */
  List<String> assumedCodes() {
    return scenario == null ? List.of() : scenario.overriddenCodes();
  }

  /**
   * Reads {@code --peers}, if given.
   *
   * @param invocation the invocation
   * @return the peers
   * @throws ValidationException with every problem of the file
   */
  static Optional<PeerTable> peers(Invocation invocation) {
    return invocation.value("peers").map(f -> PeerTable.read(invocation.inputs().read(f), f));
  }

  /**
   * A decimal flag value.
   *
   * @param option the option's name, for the message
   * @param value the value as typed
   * @param nonNegative whether it must be at least 0
   * @return the exact decimal
   * @throws UsageException if it is not a decimal (or negative when it must not be)
   */
  static BigDecimal decimal(String option, String value, boolean nonNegative) {
    BigDecimal d = DecimalText.parse(value.trim());
    if (d == null || (nonNegative && d.signum() < 0)) {
      throw new UsageException("--" + option + " expects a decimal number" + (nonNegative
          ? " of at least 0" : "") + " such as 88.5, got '" + value + "'");
    }
    return d;
  }

  /**
   * A whole-number flag value.
   *
   * @param option the option's name, for the message
   * @param value the value as typed
   * @param min the least value
   * @param max the greatest value
   * @return the number
   * @throws UsageException if it is not a whole number in range
   */
  static long whole(String option, String value, long min, long max) {
    try {
      long v = Long.parseLong(value.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--" + option + " expects a whole number from " + min + " to " + max
        + ", got '" + value + "'");
  }

  /**
   * The {@code --threads} value.
   *
   * @param invocation the invocation
   * @return the threads
   */
  static int threads(Invocation invocation) {
    return invocation.value("threads").map(v -> (int) whole("threads", v, 1, 1024))
        .orElse(Runtime.getRuntime().availableProcessors());
  }
}
