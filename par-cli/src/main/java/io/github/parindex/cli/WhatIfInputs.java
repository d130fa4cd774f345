package io.github.parindex.cli;

import io.github.parindex.model.LocalizedText;
import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.scoring.Scorer;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.Scenario;
import io.github.parindex.projection.ScenarioResult;
import java.util.List;
import java.util.Optional;

/**
 * The inputs shared by {@code par project} and {@code par simulate}: the submission and the scorer of
 * its methodology (as {@code par score} finds them), and optionally a {@code par-scenario/1} file
 * applied to them first, whose result (its methodology, its submission, its assumptions) the command
 * then works from.
 */
final class WhatIfInputs {
  /** The description of {@code --scenario SC}. */
  static final String SCENARIO =
      "apply a par-scenario/1 file first (e.g. assumed survey points); its assumptions are printed";
  /** The description of {@code --peers P}. */
  static final String PEERS = "the other units' published results (par-peers/1)";
  /** The description of {@code --threads T}. */
  static final String THREADS =
      "threads for random draws (default: all processors; the output does not depend on it)";

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
   * @param inputs the command's inputs
   * @param methodology the {@code --methodology} value, or {@code null}
   * @param file the {@code --submission} file
   * @param scenarioFile the {@code --scenario} file, or {@code null}
   * @return the inputs
   * @throws ValidationException with every problem, each naming its file
   */
  static WhatIfInputs read(Inputs inputs, String methodology, String file, String scenarioFile) {
    Submission submission = inputs.submission(file, inputs.read(file));
    MethodologySource source = methodology != null ? inputs.locate(methodology)
        : inputs.bundledFor(submission, file);
    Methodology m = inputs.load(source);
    inputs.prepare(m, source.label());
    Scorer scorer = Scorer.builder().methodology(m).registry(inputs.registry()).build();
    List<Problem> problems = scorer.check(submission);
    if (!problems.isEmpty()) {
      throw new ValidationException(Problems.in(file, problems));
    }
    if (scenarioFile == null) {
      return new WhatIfInputs(scorer, submission, file, null, null);
    }
    Scenario scenario = Scenario.read(inputs.read(scenarioFile), scenarioFile);
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
   * @param inputs the command's inputs
   * @param file the {@code --peers} file, or {@code null}
   * @return the peers
   * @throws ValidationException with every problem of the file
   */
  static Optional<PeerTable> peers(Inputs inputs, String file) {
    return Optional.ofNullable(file).map(f -> PeerTable.read(inputs.read(f), f));
  }

  /**
   * The number of threads: {@code --threads}, or every processor.
   *
   * @param threads the {@code --threads} value, or {@code null}
   * @return the threads
   */
  static int threads(Long threads) {
    return threads != null ? threads.intValue() : Runtime.getRuntime().availableProcessors();
  }
}
