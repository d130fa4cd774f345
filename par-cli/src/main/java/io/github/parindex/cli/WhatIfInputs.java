package io.github.parindex.cli;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.Problem;
import io.github.parindex.model.Submission;
import io.github.parindex.model.ValidationException;
import io.github.parindex.projection.PeerTable;
import io.github.parindex.projection.ProjectionReader;
import io.github.parindex.projection.WhatIf;
import io.github.parindex.projection.scenario.Scenario;
import io.github.parindex.scoring.Scorer;
import java.util.List;
import java.util.Optional;

/**
 * The files shared by {@code par project} and {@code par simulate}: the submission and the scorer of
 * its methodology (as {@code par score} finds them), and optionally a {@code par-scenario/1} file,
 * read into the library's starting point of a what-if study ({@link WhatIf}), which applies the
 * scenario and then works from its result.
 *
 * @param whatIf the starting point
 * @param submissionFile the submission's file, as typed, for problems that belong to it
 */
record WhatIfInputs(WhatIf whatIf, String submissionFile) {
  /** The description of {@code --scenario SC}. */
  static final String SCENARIO =
      "apply a par-scenario/1 file first (e.g. assumed survey points); its assumptions are printed";
  /** The description of {@code --peers P}. */
  static final String PEERS = "the other units' published results (par-peers/1)";
  /** The description of {@code --threads T}. */
  static final String THREADS =
      "threads for random draws (default: all processors; the output does not depend on it)";

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
    Scenario scenario = scenarioFile == null ? null
        : files(inputs).scenario(inputs.read(scenarioFile), scenarioFile);
    try {
      return new WhatIfInputs(WhatIf.of(scorer, submission, scenario), file);
    } catch (ValidationException e) {
      throw e.inSource(file);
    }
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
    return Optional.ofNullable(file).map(f -> files(inputs).peers(inputs.read(f), f));
  }

  /**
   * The reader of the projection formats, with the limits of every other file the command reads.
   *
   * @param inputs the command's inputs
   * @return the reader
   */
  static ProjectionReader files(Inputs inputs) {
    return ProjectionReader.of(inputs.reader());
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
